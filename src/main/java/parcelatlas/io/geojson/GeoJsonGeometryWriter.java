package parcelatlas.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.io.Rings;

/**
 * Writes a JTS geometry as a GeoJSON geometry object (RFC 7946): exterior rings
 * counter-clockwise, holes clockwise, X/Y only, at most 8 decimals without trailing zeros.
 * Null becomes JSON null; LinearRings are written as LineStrings. A NaN or infinite coordinate
 * is an {@link IllegalArgumentException}.
 */
public final class GeoJsonGeometryWriter {
  private static final int DECIMALS = 8;

  private GeoJsonGeometryWriter() {}

  /** Writes one geometry as a GeoJSON geometry object (or null). */
  public static void write(JsonGenerator out, Geometry geometry) throws IOException {
    if (geometry == null) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    if (geometry instanceof GeometryCollection && !isMulti(geometry)) {
      out.writeStringField("type", "GeometryCollection");
      out.writeArrayFieldStart("geometries");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        write(out, geometry.getGeometryN(i));
      }
      out.writeEndArray();
    } else {
      String type = geometry instanceof LineString ? "LineString" : geometry.getGeometryType();
      out.writeStringField("type", type);
      out.writeFieldName("coordinates");
      coordinates(out, geometry);
    }
    out.writeEndObject();
  }

  private static boolean isMulti(Geometry g) {
    return g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon;
  }

  private static void coordinates(JsonGenerator out, Geometry geometry) throws IOException {
    if (geometry instanceof Point) {
      if (geometry.isEmpty()) {
        out.writeStartArray();
        out.writeEndArray();
      } else {
        position(out, geometry.getCoordinate());
      }
    } else if (geometry instanceof LineString) {
      positions(out, geometry.getCoordinates());
    } else if (geometry instanceof Polygon) {
      polygon(out, (Polygon) geometry);
    } else {
      out.writeStartArray();
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        coordinates(out, geometry.getGeometryN(i));
      }
      out.writeEndArray();
    }
  }

  private static void polygon(JsonGenerator out, Polygon polygon) throws IOException {
    out.writeStartArray();
    if (!polygon.isEmpty()) {
      positions(out, Rings.oriented(polygon.getExteriorRing().getCoordinates(), false));
      for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
        positions(out, Rings.oriented(polygon.getInteriorRingN(i).getCoordinates(), true));
      }
    }
    out.writeEndArray();
  }

  private static void positions(JsonGenerator out, Coordinate[] points) throws IOException {
    out.writeStartArray();
    for (Coordinate c : points) {
      position(out, c);
    }
    out.writeEndArray();
  }

  private static void position(JsonGenerator out, Coordinate c) throws IOException {
    out.writeStartArray();
    out.writeNumber(number(c.x));
    out.writeNumber(number(c.y));
    out.writeEndArray();
  }

  /** At most 8 decimals, no trailing zeros, never exponent notation. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("coordinate " + value + " cannot be written to GeoJSON");
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.stripTrailingZeros().toPlainString();
  }
}
