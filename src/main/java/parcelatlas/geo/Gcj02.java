package parcelatlas.geo;

/**
 * GCJ-02 ("Mars coordinates"), the obfuscated datum of Amap, Tencent and other Chinese web maps:
 * WGS84 plus an offset of a few hundred metres. The Java twin of {@code web/js/gcj02.js} (same
 * formula, same box, same inverse), used to correct data digitised on such maps.
 *
 * <p>The offset is given in metres by two empirical polynomials-plus-sines in x = lon − 105°,
 * y = lat − 35°, turned into degrees with the radii of curvature of the Krasovsky ellipsoid.
 * Outside a coarse box around China the offset is zero. There is no closed-form inverse;
 * {@link #toWgs84} iterates until the forward shift of its answer lands on the input (to 1e-10°).
 */
public final class Gcj02 {
  private static final double A = 6378245.0;
  private static final double E2 = 0.00669342162296594323;
  private static final double TOLERANCE = 1e-10;

  private Gcj02() {}

  static boolean outOfChina(double lon, double lat) {
    return !(lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271);
  }

  /** WGS84 → GCJ-02, {lon, lat} in degrees. */
  public static double[] fromWgs84(double lon, double lat) {
    if (outOfChina(lon, lat)) {
      return new double[] {lon, lat};
    }
    double x = lon - 105;
    double y = lat - 35;
    double phi = Math.toRadians(lat);
    double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
    double meridianRadius = A * (1 - E2) / (w * Math.sqrt(w));
    double parallelRadius = A / Math.sqrt(w) * Math.cos(phi);
    return new double[] {
      lon + east(x, y) * 180 / (parallelRadius * Math.PI),
      lat + north(x, y) * 180 / (meridianRadius * Math.PI)};
  }

  /** GCJ-02 → WGS84, {lon, lat} in degrees. */
  public static double[] toWgs84(double lon, double lat) {
    if (outOfChina(lon, lat)) {
      return new double[] {lon, lat};
    }
    double wgsLon = lon;
    double wgsLat = lat;
    for (int i = 0; i < 30; i++) {
      double[] g = fromWgs84(wgsLon, wgsLat);
      double dLon = lon - g[0];
      double dLat = lat - g[1];
      wgsLon += dLon;
      wgsLat += dLat;
      if (Math.abs(dLon) < TOLERANCE && Math.abs(dLat) < TOLERANCE) {
        break;
      }
    }
    return new double[] {wgsLon, wgsLat};
  }

  private static double waves(double t) {
    return (20 * Math.sin(6 * t * Math.PI) + 20 * Math.sin(2 * t * Math.PI)) * 2 / 3;
  }

  private static double north(double x, double y) {
    return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
        + waves(x)
        + (20 * Math.sin(y * Math.PI) + 40 * Math.sin(y / 3 * Math.PI)) * 2 / 3
        + (160 * Math.sin(y / 12 * Math.PI) + 320 * Math.sin(y / 30 * Math.PI)) * 2 / 3;
  }

  private static double east(double x, double y) {
    return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
        + waves(x)
        + (20 * Math.sin(x * Math.PI) + 40 * Math.sin(x / 3 * Math.PI)) * 2 / 3
        + (150 * Math.sin(x / 12 * Math.PI) + 300 * Math.sin(x / 30 * Math.PI)) * 2 / 3;
  }
}
