package parcelatlas.demo;

import org.locationtech.jts.geom.Polygon;

/**
 * A generated park: its hand-written {@link ParkSpec}, the management office's fictional contact
 * and the drawn boundary in EPSG:4527 metres.
 */
record DemoPark(ParkSpec spec, String contactPerson, String contactPhone, Polygon boundary) {
  String code() {
    return spec.code();
  }

  /** The 镇街 a point of the park belongs to: parks spanning two have the second to the west. */
  String townshipAt(double x) {
    return spec.townships().size() > 1 && x < spec.centreX()
        ? spec.townships().get(1)
        : spec.townships().get(0);
  }
}
