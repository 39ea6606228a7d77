package parcelatlas.geo;

/**
 * A map projection on one ellipsoid: longitude/latitude in degrees to easting/northing in
 * metres and back. Implementations are immutable and thread-safe.
 */
interface Projection {
  /** (longitude, latitude) in degrees to (easting, northing) in metres. */
  double[] forward(double lon, double lat);

  /** (easting, northing) in metres to (longitude, latitude) in degrees; longitude in ±180. */
  double[] inverse(double x, double y);

  /** Wraps a longitude (difference) into [-180, 180]; values already inside are unchanged. */
  static double wrap(double lon) {
    if (lon >= -180 && lon <= 180) {
      return lon;
    }
    double w = (lon + 180) % 360;
    if (w < 0) {
      w += 360;
    }
    return w - 180;
  }
}
