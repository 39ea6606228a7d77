package parcelatlas.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import parcelatlas.geo.Reprojector;
import parcelatlas.io.shapefile.ShapeType;

/**
 * Turns WKB straight into the content of a .shp record, reprojected, without building JTS
 * geometries: the same bytes as {@code ShapefileWriter} writes for the geometry the WKB holds
 * (shells clockwise and holes counter-clockwise after reprojection, empty parts left out, null or
 * empty geometries as null shapes). Reads ISO and extended WKB in either byte order, with Z or M
 * ordinates (dropped: a .shp here is X/Y) and an SRID (ignored). A POLYGON file takes Polygon and
 * MultiPolygon, a POINT file takes Point; anything else is an {@link IllegalArgumentException}.
 * Reuses its buffers: the content returned is valid until the next call. Not thread-safe.
 */
final class WkbShapes {
  private static final int POINT = 1;
  private static final int POLYGON = 3;
  private static final int MULTIPOLYGON = 6;
  private final ShapeType type;
  private final Reprojector reprojector;
  private final boolean identity;
  private ByteBuffer in;
  private double[] xs = new double[1024];
  private double[] ys = new double[1024];
  private int[] ringStarts = new int[16];
  private int points;
  private int rings;
  private ByteBuffer out = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  /** The box of the last shape: minX, minY, maxX, maxY (NaN for a null shape). */
  final double[] box = new double[4];

  WkbShapes(ShapeType type, Reprojector reprojector) {
    this.type = type;
    this.reprojector = reprojector;
    this.identity = reprojector.from().equals(reprojector.to());
  }

  /** The record content for {@code wkb} (null: a null shape), positioned at 0. */
  ByteBuffer encode(byte[] wkb) {
    points = 0;
    rings = 0;
    if (wkb != null) {
      in = ByteBuffer.wrap(wkb);
      int kind = header();
      if (type == ShapeType.POINT && kind == POINT) {
        point();
      } else if (type == ShapeType.POLYGON && kind == POLYGON) {
        polygon();
      } else if (type == ShapeType.POLYGON && kind == MULTIPOLYGON) {
        int n = in.getInt();
        for (int i = 0; i < n; i++) {
          if (header() != POLYGON) {
            throw new IllegalArgumentException("a MultiPolygon's WKB holds another kind of geometry");
          }
          polygon();
        }
      } else {
        throw new IllegalArgumentException("WKB geometry type " + kind + " cannot be written to a " + type + " shapefile");
      }
    }
    return points == 0 ? nullShape() : type == ShapeType.POINT ? pointShape() : polygonShape();
  }

  private int dimensions;

  /** Reads a geometry's byte order and type; skips an SRID; returns the 2D type code. */
  private int header() {
    in.order(in.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int code = in.getInt();
    boolean z = (code & 0x80000000) != 0;
    boolean m = (code & 0x40000000) != 0;
    if ((code & 0x20000000) != 0) {
      in.getInt();
    }
    int iso = code & 0x0FFFFFFF;
    z |= iso / 1000 == 1 || iso / 1000 == 3;
    m |= iso / 1000 == 2 || iso / 1000 == 3;
    dimensions = 2 + (z ? 1 : 0) + (m ? 1 : 0);
    return iso % 1000;
  }

  private void point() {
    double x = in.getDouble();
    double y = in.getDouble();
    skipExtra();
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      add(x, y);
    }
  }

  private void polygon() {
    int n = in.getInt();
    for (int r = 0; r < n; r++) {
      int count = in.getInt();
      if (count == 0) {
        if (r == 0) { // an empty shell: the whole polygon is empty
          for (r++; r < n; r++) {
            in.position(in.position() + in.getInt() * 8 * dimensions);
          }
        }
        continue;
      }
      if (rings == ringStarts.length) {
        ringStarts = java.util.Arrays.copyOf(ringStarts, rings * 2);
      }
      ringStarts[rings++] = points;
      int start = points;
      for (int i = 0; i < count; i++) {
        add(in.getDouble(), in.getDouble());
        skipExtra();
      }
      orient(start, points, r == 0);
    }
  }

  private void skipExtra() {
    if (dimensions > 2) {
      in.position(in.position() + 8 * (dimensions - 2));
    }
  }

  private void add(double x, double y) {
    if (points == xs.length) {
      xs = java.util.Arrays.copyOf(xs, points * 2);
      ys = java.util.Arrays.copyOf(ys, points * 2);
    }
    if (identity) {
      xs[points] = x;
      ys[points] = y;
    } else {
      double[] p = reprojector.transform(x, y);
      xs[points] = p[0];
      ys[points] = p[1];
    }
    points++;
  }

  /** Reverses points [from, to) when they wind the wrong way (signed area as JTS's Area.ofRingSigned). */
  private void orient(int from, int to, boolean shell) {
    if (to - from < 3) {
      return;
    }
    double sum = 0;
    double x0 = xs[from];
    for (int i = from + 1; i < to - 1; i++) {
      sum += (xs[i] - x0) * (ys[i - 1] - ys[i + 1]);
    }
    double signed = sum / 2.0; // > 0: clockwise
    if (shell ? signed < 0 : signed > 0) {
      for (int i = from, j = to - 1; i < j; i++, j--) {
        double x = xs[i];
        xs[i] = xs[j];
        xs[j] = x;
        double y = ys[i];
        ys[i] = ys[j];
        ys[j] = y;
      }
    }
  }

  private ByteBuffer nullShape() {
    box[0] = box[1] = box[2] = box[3] = Double.NaN;
    return room(4).putInt(0).flip();
  }

  private ByteBuffer pointShape() {
    box[0] = box[2] = xs[0];
    box[1] = box[3] = ys[0];
    return room(20).putInt(ShapeType.POINT.code()).putDouble(xs[0]).putDouble(ys[0]).flip();
  }

  private ByteBuffer polygonShape() {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < points; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    box[0] = minX;
    box[1] = minY;
    box[2] = maxX;
    box[3] = maxY;
    ByteBuffer b = room(44 + 4 * rings + 16 * points).putInt(ShapeType.POLYGON.code());
    b.putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY).putInt(rings).putInt(points);
    for (int r = 0; r < rings; r++) {
      b.putInt(ringStarts[r]);
    }
    for (int i = 0; i < points; i++) {
      b.putDouble(xs[i]).putDouble(ys[i]);
    }
    return b.flip();
  }

  private ByteBuffer room(int size) {
    if (out.capacity() < size) {
      out = ByteBuffer.allocate(Integer.highestOneBit(size) * 2).order(ByteOrder.LITTLE_ENDIAN);
    }
    return out.clear();
  }
}
