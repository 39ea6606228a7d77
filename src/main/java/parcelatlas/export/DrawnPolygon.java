package parcelatlas.export;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * An area drawn by a user: a GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude (a bare
 * geometry, or a Feature holding one). Checked before use: the type, every ring closed with at
 * least four positions, every position within ±180/±90, at most {@link #MAX_VERTICES} positions in
 * all, and the bounds of {@link PolygonBounds} (rings, crossings, the repaired polygon's vertices
 * and area). An invalid polygon (a ring crossing itself, say) is repaired with JTS's GeometryFixer
 * and the repair is described in {@link #repair}; one that encloses no area is refused. Every refusal
 * is a {@link BadInput} whose message starts with the option name, {@code within:}.
 *
 * @param geometry the polygon(s), valid, SRID 4326
 * @param repair what was repaired, if anything
 */
public record DrawnPolygon(Geometry geometry, Optional<String> repair) {
  public static final int MAX_VERTICES = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

  /** Parses and checks GeoJSON text. */
  public static DrawnPolygon parse(String geoJson) {
    JsonNode node;
    try {
      node = JSON.readTree(geoJson == null ? "" : geoJson);
    } catch (JsonProcessingException e) {
      throw refused("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw refused("must be a GeoJSON Polygon or MultiPolygon object");
    }
    if ("Feature".equals(node.path("type").asText())) {
      node = node.path("geometry");
    }
    String type = node.path("type").asText("");
    JsonNode coordinates = node.path("coordinates");
    List<Polygon> polygons = new ArrayList<>();
    int[] vertices = {0};
    switch (type) {
      case "Polygon" -> polygons.add(polygon(coordinates, 1, vertices));
      case "MultiPolygon" -> {
        requireArray(coordinates, "coordinates", 1);
        for (int i = 0; i < coordinates.size(); i++) {
          polygons.add(polygon(coordinates.get(i), i + 1, vertices));
        }
      }
      default -> throw refused("must be a GeoJSON Polygon or MultiPolygon, not '" + type + "'");
    }
    Geometry geometry = polygons.size() == 1 ? polygons.get(0)
        : WGS84.createMultiPolygon(polygons.toArray(Polygon[]::new));
    return checked(geometry);
  }

  private static DrawnPolygon checked(Geometry geometry) {
    PolygonBounds.beforeRepair(geometry);
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    Optional<String> repair = Optional.empty();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      repair = Optional.of(String.format(Locale.ROOT, "within: the polygon was not valid (%s at %.6f, %.6f) and was"
          + " repaired", error.getMessage(), at.x, at.y));
      geometry = GeometryFixer.fix(geometry);
    }
    if (geometry.isEmpty() || geometry.getArea() == 0) {
      throw refused("the area encloses nothing (zero area)");
    }
    PolygonBounds.afterRepair(geometry);
    geometry.setSRID(4326);
    return new DrawnPolygon(geometry, repair);
  }

  private static Polygon polygon(JsonNode rings, int number, int[] vertices) {
    requireArray(rings, "polygon " + number, 1);
    LinearRing[] parsed = new LinearRing[rings.size()];
    for (int r = 0; r < rings.size(); r++) {
      parsed[r] = ring(rings.get(r), "ring " + (r + 1) + " of polygon " + number, vertices);
    }
    return WGS84.createPolygon(parsed[0], java.util.Arrays.copyOfRange(parsed, 1, parsed.length));
  }

  private static LinearRing ring(JsonNode positions, String where, int[] vertices) {
    requireArray(positions, where, 4);
    vertices[0] += positions.size();
    if (vertices[0] > MAX_VERTICES) {
      throw new BadInput(ErrorCode.AREA_TOO_COMPLEX, "within: more than " + MAX_VERTICES
          + " vertices; simplify the area or draw it again", "limit", MAX_VERTICES + " vertices");
    }
    Coordinate[] ring = new Coordinate[positions.size()];
    for (int i = 0; i < positions.size(); i++) {
      JsonNode p = positions.get(i);
      if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw refused("position " + (i + 1) + " of " + where + " is not [longitude, latitude]");
      }
      double lon = p.get(0).asDouble();
      double lat = p.get(1).asDouble();
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        throw refused("position " + (i + 1) + " of " + where + " (" + lon + ", " + lat
            + ") is outside longitude ±180 / latitude ±90; send WGS84 longitude, latitude");
      }
      ring[i] = new Coordinate(lon, lat);
    }
    if (!ring[0].equals2D(ring[ring.length - 1])) {
      throw refused(where + " is not closed: its first and last positions differ");
    }
    return WGS84.createLinearRing(ring);
  }

  private static void requireArray(JsonNode node, String what, int min) {
    if (!node.isArray() || node.size() < min) {
      throw refused(what + (min > 1 ? " needs at least " + min + " positions" : " must be a non-empty array"));
    }
  }

  private static BadInput refused(String why) {
    return new BadInput(ErrorCode.AREA_INVALID, "within: " + why);
  }
}
