package parcelatlas.demo;

import java.time.LocalDate;
import org.locationtech.jts.geom.Polygon;

/**
 * A generated demolition zone (征收片区): a village polygon in EPSG:4527 metres, its targets and
 * who answers for it. {@code targetFloorAreaM2} is the floor area of the houses to be expropriated;
 * {@code penaltyWanPerMonth} is null when the contract sets no penalty. {@code plan} is how its
 * weekly reports develop and is not part of the layer.
 */
record DemoZone(
    String code,
    String name,
    String township,
    int targetHouseholds,
    double targetFloorAreaM2,
    LocalDate deadline,
    Double penaltyWanPerMonth,
    String leader,
    String responsibleUnit,
    Polygon geometry,
    ZonePlan plan) {}
