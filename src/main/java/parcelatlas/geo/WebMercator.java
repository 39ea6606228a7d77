package parcelatlas.geo;

/**
 * EPSG:3857 "Popular Visualisation Pseudo Mercator": spherical Mercator formulas on a sphere of
 * radius 6378137 m applied to WGS84 longitude/latitude.
 *
 * <p>Contract: latitudes are clamped to +-89.999999° before projecting (the poles have no
 * image); longitudes outside [-180, 180] are wrapped as PROJ does without {@code +over}.
 */
final class WebMercator implements Projection {
  static final WebMercator INSTANCE = new WebMercator();
  private static final double R = 6378137.0;
  private static final double MAX_LAT = 89.999999;

  private WebMercator() {}

  @Override
  public double[] forward(double lon, double lat) {
    double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
    double x = R * Math.toRadians(Projection.wrap(lon));
    double y = R * Math.log(Math.tan(Math.PI / 4 + phi / 2));
    return new double[] {x, y};
  }

  @Override
  public double[] inverse(double x, double y) {
    double lon = Projection.wrap(Math.toDegrees(x / R));
    double lat = Math.toDegrees(Math.PI / 2 - 2 * Math.atan(Math.exp(-y / R)));
    return new double[] {lon, lat};
  }
}
