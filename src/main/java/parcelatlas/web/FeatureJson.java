package parcelatlas.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;
import parcelatlas.features.Feature;

/**
 * GeoJSON for served features. Geometry text comes straight from ST_AsGeoJSON (WGS84
 * longitude/latitude) and is passed through untouched for CRS84; for any other {@link OgcCrs}
 * every position is transformed and written in that CRS's axis order (OGC API – Features Part 2),
 * rounded to 1e-9 degrees or 0.1 mm.
 */
final class FeatureJson {
  private FeatureJson() {}

  /** In CRS84, as RFC 7946 wants. */
  static ObjectNode feature(Feature feature) {
    return feature(feature, OgcCrs.CRS84);
  }

  static ObjectNode feature(Feature feature, OgcCrs crs) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", "Feature");
    node.put("id", feature.id());
    if (feature.geometryJson() == null) {
      node.putNull("geometry");
    } else if (crs.isCrs84()) {
      node.putRawValue("geometry", new RawValue(feature.geometryJson()));
    } else {
      node.set("geometry", reproject(feature.geometryJson(), crs));
    }
    node.set("properties", Json.MAPPER.valueToTree(feature.properties()));
    return node;
  }

  static ObjectNode collection(List<Feature> features, OgcCrs crs, long matched, List<Map<String, Object>> links,
      String timeStamp) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", "FeatureCollection");
    ArrayNode array = node.putArray("features");
    features.forEach(f -> array.add(feature(f, crs)));
    node.put("numberMatched", matched);
    node.put("numberReturned", features.size());
    node.put("timeStamp", timeStamp);
    node.set("links", Json.MAPPER.valueToTree(links));
    return node;
  }

  private static JsonNode reproject(String geometryJson, OgcCrs crs) {
    try {
      JsonNode geometry = Json.MAPPER.readTree(geometryJson);
      transform(geometry, crs, crs.isGeographic() ? 1e9 : 1e4);
      return geometry;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the database returned a geometry that is not JSON", e);
    }
  }

  /** Transforms every position under a geometry object (GeometryCollections included) in place. */
  private static void transform(JsonNode geometry, OgcCrs crs, double scale) {
    if (geometry.has("geometries")) {
      geometry.get("geometries").forEach(g -> transform(g, crs, scale));
    } else if (geometry.has("coordinates")) {
      positions(geometry.get("coordinates"), crs, scale);
    }
  }

  private static void positions(JsonNode array, OgcCrs crs, double scale) {
    if (array.size() >= 2 && array.get(0).isNumber()) {
      double[] p = crs.fromLonLat(array.get(0).asDouble(), array.get(1).asDouble());
      ((ArrayNode) array).set(0, Math.round(p[0] * scale) / scale);
      ((ArrayNode) array).set(1, Math.round(p[1] * scale) / scale);
      return;
    }
    array.forEach(child -> positions(child, crs, scale));
  }
}
