package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;
import parcelatlas.features.Feature;

/** GeoJSON (RFC 7946) for served features; geometry text comes straight from ST_AsGeoJSON. */
final class FeatureJson {
  private FeatureJson() {}

  static ObjectNode feature(Feature feature) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", "Feature");
    node.put("id", feature.id());
    if (feature.geometryJson() == null) {
      node.putNull("geometry");
    } else {
      node.putRawValue("geometry", new RawValue(feature.geometryJson()));
    }
    node.set("properties", Json.MAPPER.valueToTree(feature.properties()));
    return node;
  }

  static ObjectNode collection(List<Feature> features, long matched, List<Map<String, Object>> links,
      String timeStamp) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("type", "FeatureCollection");
    ArrayNode array = node.putArray("features");
    features.forEach(f -> array.add(feature(f)));
    node.put("numberMatched", matched);
    node.put("numberReturned", features.size());
    node.put("timeStamp", timeStamp);
    node.set("links", Json.MAPPER.valueToTree(links));
    return node;
  }
}
