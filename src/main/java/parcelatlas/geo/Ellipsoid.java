package parcelatlas.geo;

/**
 * A reference ellipsoid given by semi-major axis {@code a} (metres) and inverse flattening.
 *
 * <p>Contract: immutable; {@link #toGeocentric} and {@link #toGeodetic} are exact inverses to
 * well below a micrometre for heights within a few kilometres of the surface, which is all the
 * datum shifts of this package need.
 */
record Ellipsoid(String esriName, double a, double inverseFlattening) {
  static final Ellipsoid WGS84 = new Ellipsoid("WGS_1984", 6378137.0, 298.257223563);
  static final Ellipsoid CGCS2000 = new Ellipsoid("CGCS2000", 6378137.0, 298.257222101);
  static final Ellipsoid KRASSOWSKY = new Ellipsoid("Krasovsky_1940", 6378245.0, 298.3);
  static final Ellipsoid IAG75 = new Ellipsoid("Xian_1980", 6378140.0, 298.257);

  double f() {
    return 1 / inverseFlattening;
  }

  /** First eccentricity squared. */
  double e2() {
    double f = f();
    return f * (2 - f);
  }

  /** Third flattening n = f / (2 - f). */
  double n() {
    double f = f();
    return f / (2 - f);
  }

  /** True when a and 1/f agree with the given values (a to 1 mm, 1/f to 1e-7). */
  boolean matches(double semiMajor, double invF) {
    return Math.abs(semiMajor - a) < 1e-3 && Math.abs(invF - inverseFlattening) < 1e-7;
  }

  /** Geodetic longitude, latitude (degrees) and height (metres) to geocentric X, Y, Z. */
  double[] toGeocentric(double lonDeg, double latDeg, double h) {
    double lam = Math.toRadians(lonDeg);
    double phi = Math.toRadians(latDeg);
    double sinPhi = Math.sin(phi);
    double cosPhi = Math.cos(phi);
    double e2 = e2();
    double nu = a / Math.sqrt(1 - e2 * sinPhi * sinPhi);
    return new double[] {
      (nu + h) * cosPhi * Math.cos(lam),
      (nu + h) * cosPhi * Math.sin(lam),
      (nu * (1 - e2) + h) * sinPhi
    };
  }

  /** Geocentric X, Y, Z to longitude, latitude (degrees) and height (metres). */
  double[] toGeodetic(double x, double y, double z) {
    double e2 = e2();
    double p = Math.hypot(x, y);
    double lam = Math.atan2(y, x);
    double phi = Math.atan2(z, p * (1 - e2));
    double h = 0;
    for (int i = 0; i < 10; i++) {
      double sinPhi = Math.sin(phi);
      double nu = a / Math.sqrt(1 - e2 * sinPhi * sinPhi);
      double cosPhi = Math.cos(phi);
      h = Math.abs(cosPhi) > 1e-12 ? p / cosPhi - nu : Math.abs(z) - nu * (1 - e2);
      double next = Math.atan2(z, p * (1 - e2 * nu / (nu + h)));
      boolean done = Math.abs(next - phi) < 1e-15;
      phi = next;
      if (done) {
        break;
      }
    }
    return new double[] {Math.toDegrees(lam), Math.toDegrees(phi), h};
  }
}
