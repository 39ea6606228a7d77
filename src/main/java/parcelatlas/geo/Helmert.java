package parcelatlas.geo;

/**
 * A seven-parameter Helmert transformation in the position-vector convention (EPSG method 9606;
 * the three-parameter "geocentric translations" 9603 is the case with no rotation or scale),
 * applied to geodetic coordinates through geocentric X, Y, Z as PROJ's {@code cart} /
 * {@code helmert} / {@code inv cart} pipeline does.
 *
 * <p>Contract: translations in metres, rotations in arc-seconds, scale difference in parts per
 * million. The rotation matrix is the usual small-angle one, not the exact rotation; the
 * reverse applies its transpose, as PROJ's reverse does, so forward and reverse are inverse to
 * about 0.1 mm for these small angles. Ellipsoidal height is taken as 0 on input and dropped on
 * output (PROJ's push/pop of the height leaves it unchanged).
 */
record Helmert(double tx, double ty, double tz, double rx, double ry, double rz, double ppm) {
  private static final double ARCSEC = Math.PI / (180 * 3600);

  static Helmert translation(double tx, double ty, double tz) {
    return new Helmert(tx, ty, tz, 0, 0, 0, 0);
  }

  /**
   * Moves (lon, lat) in degrees on {@code from} to {@code to}; {@code reverse} applies the
   * inverse transformation (the ellipsoids are then given in the reverse order by the caller).
   */
  double[] apply(double lon, double lat, Ellipsoid from, Ellipsoid to, boolean reverse) {
    double[] p = from.toGeocentric(lon, lat, 0);
    double[] q = reverse ? reverse(p) : forward(p);
    double[] g = to.toGeodetic(q[0], q[1], q[2]);
    return new double[] {g[0], g[1]};
  }

  private double[] forward(double[] p) {
    double m = 1 + ppm * 1e-6;
    double ax = rx * ARCSEC;
    double ay = ry * ARCSEC;
    double az = rz * ARCSEC;
    return new double[] {
      tx + m * (p[0] - az * p[1] + ay * p[2]),
      ty + m * (az * p[0] + p[1] - ax * p[2]),
      tz + m * (-ay * p[0] + ax * p[1] + p[2])
    };
  }

  private double[] reverse(double[] q) {
    double m = 1 + ppm * 1e-6;
    double ax = rx * ARCSEC;
    double ay = ry * ARCSEC;
    double az = rz * ARCSEC;
    double x = (q[0] - tx) / m;
    double y = (q[1] - ty) / m;
    double z = (q[2] - tz) / m;
    return new double[] {
      x + az * y - ay * z,
      -az * x + y + ax * z,
      ay * x - ax * y + z
    };
  }
}
