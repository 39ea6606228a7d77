package parcelatlas.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.io.BadInputException;
import parcelatlas.io.Rings;

/**
 * Builds a JTS geometry (X/Y only, SRID 0) from a GeoJSON geometry object: Point, LineString,
 * Polygon, MultiPoint, MultiLineString, MultiPolygon and GeometryCollection. Rings that are not
 * closed or too short are closed and padded and single-point lines get their point twice, so
 * that building never throws; nothing else is repaired. Structural problems are
 * {@link BadInputException}s naming the file, the record and the field "geometry".
 */
final class GeoJsonGeometryParser {
  private static final String FIELD = "geometry";
  private static final int MAX_COLLECTION_DEPTH = 32;
  private final GeometryFactory factory;
  private final String file;

  GeoJsonGeometryParser(GeometryFactory factory, String file) {
    this.factory = factory;
    this.file = file;
  }

  /** The geometry, or null for a missing or null member. */
  Geometry parse(JsonNode node, long record) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    try {
      return geometry(node, record, 0);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file, record, FIELD, "cannot be built: " + e.getMessage(), e);
    }
  }

  private Geometry geometry(JsonNode node, long record, int depth) {
    if (!node.isObject()) {
      throw bad(record, "is not a JSON object");
    }
    String type = node.path("type").asText("");
    if (type.equals("GeometryCollection")) {
      JsonNode members = node.path("geometries");
      if (!members.isArray() || depth > MAX_COLLECTION_DEPTH) {
        throw bad(record, "GeometryCollection needs a \"geometries\" array (nested at most "
            + MAX_COLLECTION_DEPTH + " deep)");
      }
      Geometry[] parts = new Geometry[members.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = geometry(members.get(i), record, depth + 1);
      }
      return factory.createGeometryCollection(parts);
    }
    JsonNode c = node.path("coordinates");
    if (!c.isArray()) {
      throw bad(record, type + " has no \"coordinates\" array");
    }
    switch (type) {
      case "Point":
        return c.isEmpty() ? factory.createPoint() : factory.createPoint(coordinate(c, record));
      case "MultiPoint":
        return factory.createMultiPointFromCoords(coordinates(c, record));
      case "LineString":
        return line(c, record);
      case "MultiLineString":
        LineString[] lines = new LineString[c.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line(array(c.get(i), record), record);
        }
        return factory.createMultiLineString(lines);
      case "Polygon":
        return polygon(c, record);
      case "MultiPolygon":
        Polygon[] polygons = new Polygon[c.size()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon(array(c.get(i), record), record);
        }
        return factory.createMultiPolygon(polygons);
      default:
        throw bad(record, "unknown geometry type '" + type + "'");
    }
  }

  private LineString line(JsonNode c, long record) {
    Coordinate[] points = coordinates(c, record);
    if (points.length == 1) {
      points = new Coordinate[] {points[0], points[0].copy()};
    }
    return factory.createLineString(points);
  }

  private Polygon polygon(JsonNode c, long record) {
    if (c.isEmpty()) {
      return factory.createPolygon();
    }
    LinearRing shell = ring(c.get(0), record);
    LinearRing[] holes = new LinearRing[c.size() - 1];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(c.get(i + 1), record);
    }
    return factory.createPolygon(shell, holes);
  }

  private LinearRing ring(JsonNode c, long record) {
    return factory.createLinearRing(Rings.closed(coordinates(array(c, record), record)));
  }

  private Coordinate[] coordinates(JsonNode c, long record) {
    Coordinate[] points = new Coordinate[c.size()];
    for (int i = 0; i < points.length; i++) {
      points[i] = coordinate(c.get(i), record);
    }
    return points;
  }

  private Coordinate coordinate(JsonNode position, long record) {
    if (!position.isArray() || position.size() < 2
        || !position.get(0).isNumber() || !position.get(1).isNumber()) {
      throw bad(record, "a position must be an array of at least two numbers, found " + shorten(position));
    }
    double x = position.get(0).doubleValue();
    double y = position.get(1).doubleValue();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw bad(record, "a position is out of range: " + shorten(position));
    }
    return new Coordinate(x, y);
  }

  private JsonNode array(JsonNode node, long record) {
    if (!node.isArray()) {
      throw bad(record, "expected an array of coordinates, found " + shorten(node));
    }
    return node;
  }

  private static String shorten(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private BadInputException bad(long record, String problem) {
    return new BadInputException(file, record, FIELD, problem);
  }
}
