package parcelatlas.features.cql2;

import org.locationtech.jts.geom.Geometry;

/**
 * The CRS a filter's geometry literals are written in (OGC API Features Part 3 {@code filter-crs}),
 * as far as the parser needs to know it. Literals are read as written: a coordinate's first number
 * is the CRS's first axis (latitude for EPSG:4326, northing for a Gauss-Krüger zone) and becomes
 * the JTS x. Each pair is checked with {@link #check}; each parsed literal is turned into WGS84
 * longitude/latitude with {@link #toLonLat} before it is bound, since features are stored in WGS84.
 */
public interface LiteralCrs {
  /** CRS84: longitude, latitude, used as written. */
  LiteralCrs CRS84 = new Crs84Literals();

  /**
   * Refuses a coordinate pair, in this CRS's axis order, that lies outside the CRS's range.
   *
   * @throws IllegalArgumentException whose message names the CRS and its axes
   */
  void check(double first, double second);

  /**
   * The literal, parsed as written, as a WGS84 longitude/latitude geometry. Straight edges of a
   * projected CRS are densified first, so the result covers the same ground.
   */
  Geometry toLonLat(Geometry written);

  /**
   * True when a box written in this CRS is still a longitude/latitude rectangle after
   * {@link #toLonLat} (geographic CRSs); a projected box becomes a polygon.
   */
  boolean keepsBoxes();
}
