package parcelatlas.io.shapefile;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import parcelatlas.io.BadInputException;

/**
 * Turns the content of one .shp record into a JTS geometry, X/Y only: null shapes → null,
 * points → Point, polylines → MultiLineString, polygons → MultiPolygon (always), multipoints →
 * MultiPoint; Z and M variants are read as their 2D type. Counts and part indexes are checked
 * against the record length, so corrupt content becomes a {@link BadInputException} naming the
 * file and record rather than an index or underflow error. Single-point line parts are kept as
 * two identical points, so that JTS accepts them; nothing else is changed.
 */
final class ShapeDecoder {
  private final GeometryFactory factory;
  private final PolygonAssembler polygons;

  ShapeDecoder(GeometryFactory factory) {
    this.factory = factory;
    this.polygons = new PolygonAssembler(factory);
  }

  Geometry decode(ByteBuffer content, String file, long record) {
    ByteBuffer in = content.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    try {
      int type = in.getInt();
      switch (type) {
        case 0:
          return null;
        case 1: case 11: case 21:
          return factory.createPoint(xy(in));
        case 8: case 18: case 28:
          return multiPoint(in, file, record);
        case 3: case 13: case 23:
          return lines(parts(in, file, record));
        case 5: case 15: case 25:
          return polygons.assemble(parts(in, file, record));
        default:
          throw new BadInputException(file, record, null,
              "shape type " + type + " is not supported (only points, lines, polygons and multipoints)");
      }
    } catch (BufferUnderflowException e) {
      throw new BadInputException(file, record, null,
          "the shape is shorter than its points need (corrupt .shp?)", e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, record, null,
          "the shape cannot be built: " + e.getMessage() + " (corrupt .shp?)", e);
    }
  }

  /** A coordinate from the next two doubles; NaN or infinite values mean a corrupt file. */
  private static Coordinate xy(ByteBuffer in) {
    double x = in.getDouble();
    double y = in.getDouble();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("coordinate (" + x + ", " + y + ") is not a number");
    }
    return new Coordinate(x, y);
  }

  private Geometry multiPoint(ByteBuffer in, String file, long record) {
    in.position(in.position() + 32);
    int count = in.getInt();
    checkPoints(in, count, 0, file, record);
    Coordinate[] points = new Coordinate[count];
    for (int i = 0; i < count; i++) {
      points[i] = xy(in);
    }
    return factory.createMultiPointFromCoords(points);
  }

  private static List<Coordinate[]> parts(ByteBuffer in, String file, long record) {
    in.position(in.position() + 32);
    int partCount = in.getInt();
    int pointCount = in.getInt();
    if (partCount < 0) {
      throw new BadInputException(file, record, null,
          "negative part count " + partCount + " (corrupt .shp?)");
    }
    checkPoints(in, pointCount, 4L * partCount, file, record);
    int[] starts = new int[partCount + 1];
    for (int i = 0; i < partCount; i++) {
      starts[i] = in.getInt();
      boolean ordered = i == 0 ? starts[i] >= 0 : starts[i] >= starts[i - 1];
      if (!ordered || starts[i] > pointCount) {
        throw new BadInputException(file, record, null,
            "part " + (i + 1) + " starts at point " + starts[i] + ", out of order or past the "
                + pointCount + " points (corrupt .shp?)");
      }
    }
    starts[partCount] = pointCount;
    int skipped = partCount == 0 ? pointCount : starts[0];
    in.position(in.position() + 16 * skipped);
    List<Coordinate[]> parts = new ArrayList<>(partCount);
    for (int i = 0; i < partCount; i++) {
      Coordinate[] points = new Coordinate[starts[i + 1] - starts[i]];
      for (int j = 0; j < points.length; j++) {
        points[j] = xy(in);
      }
      if (points.length > 0) {
        parts.add(points);
      }
    }
    return parts;
  }

  private static void checkPoints(ByteBuffer in, int count, long before, String file, long record) {
    if (count < 0 || before + 16L * count > in.remaining()) {
      throw new BadInputException(file, record, null,
          "the shape claims " + count + " points but its record is only " + in.limit()
              + " bytes (corrupt .shp?)");
    }
  }

  private Geometry lines(List<Coordinate[]> parts) {
    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      Coordinate[] points = parts.get(i);
      if (points.length == 1) {
        points = new Coordinate[] {points[0], points[0].copy()};
      }
      lines[i] = factory.createLineString(points);
    }
    return factory.createMultiLineString(lines);
  }
}
