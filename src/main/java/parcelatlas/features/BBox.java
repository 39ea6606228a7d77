package parcelatlas.features;

import java.util.Locale;

/** A WGS84 longitude/latitude box; west may exceed east only across the antimeridian (refused). */
public record BBox(double west, double south, double east, double north) {

  /** Parses {@code minLon,minLat,maxLon,maxLat}; throws IllegalArgumentException saying what is wrong. */
  public static BBox parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox must be four numbers: minLon,minLat,maxLon,maxLat");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox value '" + parts[i] + "' is not a number");
      }
    }
    BBox box = new BBox(v[0], v[1], v[2], v[3]);
    if (!(v[0] <= v[2] && v[1] <= v[3])) {
      throw new IllegalArgumentException("bbox minimums must not exceed maximums");
    }
    if (Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180 || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
      throw new IllegalArgumentException("bbox must be longitude/latitude within ±180/±90");
    }
    return box;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", west, south, east, north);
  }
}
