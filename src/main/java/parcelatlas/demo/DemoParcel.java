package parcelatlas.demo;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParcelStatus;

/**
 * A generated parcel (地块) with every attribute of the parcels layer. Prices and intensities are
 * null for green space (no land is sold for it); {@code availableDate} is set only for available
 * and listed plots; {@code internalNote} is staff-only text, null on most plots.
 *
 * @param parkCode the park, or null for a plot outside every park
 * @param geometry EPSG:4527 metres; two are deliberately invalid (see {@link Plot#isFlawed()})
 */
record DemoParcel(
    String code,
    String parkCode,
    LandUse landUse,
    ParcelStatus status,
    double farMin,
    double farMax,
    double buildingDensityPct,
    double greenRatioPct,
    double heightLimitM,
    Double priceWanPerMu,
    Double investIntensityWanPerMu,
    Double taxWanPerMu,
    String industry,
    LocalDate availableDate,
    Servicing servicing,
    String internalNote,
    Geometry geometry,
    String feature) {

  /** Area in 亩, planar in EPSG:4527. */
  double areaMu() {
    return parcelatlas.domain.Area.mu(geometry.getArea());
  }

  boolean isFlawed() {
    return Plot.BOW_TIE.equals(feature) || Plot.SPIKE.equals(feature);
  }
}
