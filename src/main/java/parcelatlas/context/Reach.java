package parcelatlas.context;

import org.locationtech.jts.geom.Envelope;

/**
 * A longitude/latitude box that surely holds every point within a geodesic radius of an envelope:
 * a degree of latitude is at least 110,574 m on the WGS84 ellipsoid (110,000 is used), a degree of
 * longitude at least 111,319 × cos(latitude) m (111,000 is used, at the box's highest latitude).
 * The box is for the spatial index only; the exact distance decides.
 */
final class Reach {
  static final double METRES_PER_DEGREE_LAT = 110_000;
  static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_000;

  private Reach() {}

  /** {@code envelope} grown by {@code metres} in every direction, in degrees. */
  static Envelope around(Envelope envelope, double metres) {
    double dLat = metres / METRES_PER_DEGREE_LAT;
    double south = Math.max(-90, envelope.getMinY() - dLat);
    double north = Math.min(90, envelope.getMaxY() + dLat);
    double highest = Math.max(Math.abs(south), Math.abs(north));
    if (highest >= 89) {
      return new Envelope(-180, 180, south, north);
    }
    double dLon = metres / (METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(highest)));
    return new Envelope(Math.max(-180, envelope.getMinX() - dLon), Math.min(180, envelope.getMaxX() + dLon),
        south, north);
  }
}
