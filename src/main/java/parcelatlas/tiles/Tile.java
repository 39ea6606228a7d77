package parcelatlas.tiles;

import parcelatlas.features.BBox;

/**
 * One tile of the OGC WebMercatorQuad tile matrix set (EPSG:3857, 256×256 pixels, the origin at
 * the top left, rows counted down from the north): tile matrix {@code z}, row and column.
 */
public record Tile(int z, int row, int col) {
  /** Half the width of the Web Mercator world, metres. */
  public static final double HALF_WORLD = 20037508.342789244;
  public static final int MAX_ZOOM = 22;
  /** Coordinates across a tile in the encoded tile, and the margin kept around it for clipping. */
  public static final int EXTENT = 4096;
  public static final int BUFFER = 64;
  /**
   * The highest tile matrix of the overview zooms, whose tiles may span a whole city: there
   * geometry is simplified harder and a tile holds at most {@link TileQuery#LOW_ZOOM_FEATURES}
   * features (see {@link TileQuery}).
   */
  public static final int LOW_ZOOM = 10;
  private static final double R = 6378137.0;

  public Tile {
    String problem = problem(z, row, col);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why no tile of the matrix set has this address, or null when one has. */
  public static String problem(int z, int row, int col) {
    if (z < 0 || z > MAX_ZOOM) {
      return "tile matrix must be 0 to " + MAX_ZOOM + ", got " + z;
    }
    long size = 1L << z;
    if (row < 0 || row >= size) {
      return "tile row must be 0 to " + (size - 1) + " at tile matrix " + z + ", got " + row;
    }
    if (col < 0 || col >= size) {
      return "tile column must be 0 to " + (size - 1) + " at tile matrix " + z + ", got " + col;
    }
    return null;
  }

  /** Width (and height) of the tile in metres. */
  public double width() {
    return 2 * HALF_WORLD / (1L << z);
  }

  /** [minX, minY, maxX, maxY] in EPSG:3857, widened on every side by {@code margin} tile units. */
  public double[] mercator(int margin) {
    double w = width();
    double pad = w * margin / EXTENT;
    double minX = -HALF_WORLD + col * w;
    double maxY = HALF_WORLD - row * w;
    return new double[] {minX - pad, maxY - w - pad, minX + w + pad, maxY + pad};
  }

  /** The tile with its clipping margin ({@link #BUFFER}) as a longitude/latitude box, clamped to the world. */
  public BBox wgs84WithBuffer() {
    double[] m = mercator(BUFFER);
    double limit = HALF_WORLD;
    return new BBox(lon(Math.max(-limit, m[0])), lat(Math.max(-limit, m[1])),
        lon(Math.min(limit, m[2])), lat(Math.min(limit, m[3])));
  }

  /** The tile itself as a longitude/latitude box. */
  public BBox wgs84() {
    double[] m = mercator(0);
    return new BBox(lon(m[0]), lat(m[1]), lon(m[2]), lat(m[3]));
  }

  /**
   * The simplification tolerance at this zoom, metres: an eighth of a pixel of a 256-pixel tile,
   * well under what a screen shows, and above the encoded grid (1/16 pixel), which ST_AsMVTGeom
   * snaps to anyway; at the overview zooms (≤ {@link #LOW_ZOOM}) half a pixel, so a city's
   * outlines cost few vertices.
   */
  public double simplifyTolerance() {
    return width() / 256 / (isOverview() ? 2 : 8);
  }

  /** True at the overview zooms (≤ {@link #LOW_ZOOM}), where tiles are capped. */
  public boolean isOverview() {
    return z <= LOW_ZOOM;
  }

  static double lon(double x) {
    return Math.toDegrees(x / R);
  }

  static double lat(double y) {
    return Math.toDegrees(Math.atan(Math.sinh(y / R)));
  }

  /** EPSG:3857 easting of a longitude. */
  static double x(double lon) {
    return R * Math.toRadians(lon);
  }

  /** EPSG:3857 northing of a latitude (inside the Web Mercator world). */
  static double y(double lat) {
    double phi = Math.toRadians(Math.max(-85.06, Math.min(85.06, lat)));
    return R * Math.log(Math.tan(Math.PI / 4 + phi / 2));
  }
}
