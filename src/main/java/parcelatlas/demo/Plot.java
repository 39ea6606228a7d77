package parcelatlas.demo;

import org.locationtech.jts.geom.Geometry;

/**
 * A parcel's shape before it gets attributes.
 *
 * @param code 地块编号, e.g. {@code QL-P01-C-017} (park, grid column, sequence in the column)
 * @param parkCode the park it lies in, or null for the few plots outside every park
 * @param geometry the plot in EPSG:4527 metres
 * @param development 0 where the park started developing, 1 at its far edge; drives the status
 * @param feature what is special about the plot: null, or one of the {@code Plot.*} constants
 */
record Plot(String code, String parkCode, Geometry geometry, double development, String feature) {
  /** A retained transmission-tower footing cut out as a hole. */
  static final String TOWER = "tower";
  /** A retained drainage pump station cut out as a hole. */
  static final String PUMP_STATION = "pump_station";
  /** Split in two by a stream: a MultiPolygon. */
  static final String STREAM = "stream";
  /** Digitised as a self-intersecting bow-tie ring: a deliberate flaw. */
  static final String BOW_TIE = "bow_tie";
  /** Digitised with a spike back to a repeated vertex: a deliberate flaw. */
  static final String SPIKE = "spike";

  Plot with(Geometry newGeometry, String newFeature) {
    return new Plot(code, parkCode, newGeometry, development, newFeature);
  }

  /** True for the two deliberately invalid plots. */
  boolean isFlawed() {
    return BOW_TIE.equals(feature) || SPIKE.equals(feature);
  }
}
