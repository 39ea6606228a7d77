package parcelatlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.io.Rings;

/**
 * Encodes a geometry as the content of one .shp record (little-endian, X/Y only) for a file of
 * one shape type. POINT takes Point; MULTIPOINT takes Point or MultiPoint; POLYLINE takes
 * LineString or MultiLineString; POLYGON takes Polygon or MultiPolygon, written with shells
 * clockwise and holes counter-clockwise. Null and empty geometries become null shapes. Any other
 * geometry is an {@link IllegalArgumentException}.
 */
final class ShapeEncoder {
  private static final int NULL_SHAPE = 0;
  private final ShapeType type;

  ShapeEncoder(ShapeType type) {
    this.type = type;
  }

  /** The record content, positioned at 0. */
  ByteBuffer encode(Geometry geometry) {
    if (geometry == null || geometry.isEmpty()) {
      return buffer(4).putInt(NULL_SHAPE).flip();
    }
    switch (type) {
      case POINT:
        if (geometry instanceof Point) {
          Coordinate c = geometry.getCoordinate();
          return buffer(20).putInt(type.code()).putDouble(c.x).putDouble(c.y).flip();
        }
        break;
      case MULTIPOINT:
        if (geometry instanceof Point || geometry instanceof MultiPoint) {
          return multiPoint(geometry);
        }
        break;
      case POLYLINE:
        if (geometry instanceof LineString || geometry instanceof MultiLineString) {
          return parts(geometry.getEnvelopeInternal(), lineParts(geometry));
        }
        break;
      case POLYGON:
        if (geometry instanceof Polygon || geometry instanceof MultiPolygon) {
          return parts(geometry.getEnvelopeInternal(), ringParts(geometry));
        }
        break;
      default:
        break;
    }
    throw new IllegalArgumentException(
        "a " + geometry.getGeometryType() + " cannot be written to a " + type + " shapefile");
  }

  private ByteBuffer multiPoint(Geometry geometry) {
    Coordinate[] points = geometry.getCoordinates();
    ByteBuffer out = buffer(40 + 16 * points.length).putInt(type.code());
    putBox(out, geometry.getEnvelopeInternal()).putInt(points.length);
    for (Coordinate c : points) {
      out.putDouble(c.x).putDouble(c.y);
    }
    return out.flip();
  }

  private static List<Coordinate[]> lineParts(Geometry geometry) {
    List<Coordinate[]> parts = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry line = geometry.getGeometryN(i);
      if (!line.isEmpty()) {
        parts.add(line.getCoordinates());
      }
    }
    return parts;
  }

  private static List<Coordinate[]> ringParts(Geometry geometry) {
    List<Coordinate[]> parts = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Polygon polygon = (Polygon) geometry.getGeometryN(i);
      if (polygon.isEmpty()) {
        continue;
      }
      parts.add(Rings.oriented(polygon.getExteriorRing().getCoordinates(), true));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        LineString hole = polygon.getInteriorRingN(h);
        if (!hole.isEmpty()) {
          parts.add(Rings.oriented(hole.getCoordinates(), false));
        }
      }
    }
    return parts;
  }

  private ByteBuffer parts(Envelope box, List<Coordinate[]> parts) {
    int points = 0;
    for (Coordinate[] part : parts) {
      points += part.length;
    }
    ByteBuffer out = buffer(44 + 4 * parts.size() + 16 * points).putInt(type.code());
    putBox(out, box).putInt(parts.size()).putInt(points);
    int start = 0;
    for (Coordinate[] part : parts) {
      out.putInt(start);
      start += part.length;
    }
    for (Coordinate[] part : parts) {
      for (Coordinate c : part) {
        out.putDouble(c.x).putDouble(c.y);
      }
    }
    return out.flip();
  }

  private static ByteBuffer putBox(ByteBuffer out, Envelope box) {
    return out.putDouble(box.getMinX()).putDouble(box.getMinY())
        .putDouble(box.getMaxX()).putDouble(box.getMaxY());
  }

  private static ByteBuffer buffer(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
