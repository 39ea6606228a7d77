package parcelatlas.web;

import static parcelatlas.web.OpenApiComponents.obj;
import static parcelatlas.web.OpenApiComponents.string;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The response schemas of the OpenAPI document, written for this API (no external references). */
final class OpenApiSchemas {
  private OpenApiSchemas() {}

  static ObjectNode ref(String schema) {
    return obj().put("$ref", "#/components/schemas/" + schema);
  }

  static ObjectNode schemas() {
    ObjectNode s = obj();
    s.set("link", object(new String[] {"href", "rel"}, "href", string(), "rel", string(), "type", string(),
        "title", string()));
    s.set("links", arrayOf(ref("link")));
    s.set("landingPage", object(new String[] {"links"}, "title", string(), "description", string(),
        "links", ref("links")));
    s.set("confClasses", object(new String[] {"conformsTo"}, "conformsTo", arrayOf(string()),
        "links", ref("links")));
    ObjectNode box = arrayOf(obj().put("type", "number")).put("minItems", 4).put("maxItems", 4);
    s.set("extent", object(null, "spatial", object(null, "bbox", arrayOf(box), "crs", string())));
    s.set("collection", object(new String[] {"id", "links"}, "id", string(), "title", string(),
        "itemType", string(), "extent", ref("extent"), "crs", arrayOf(string()), "storageCrs", string(),
        "links", ref("links")));
    s.set("collections", object(new String[] {"links", "collections"}, "links", ref("links"),
        "collections", arrayOf(ref("collection"))));
    s.set("geometryGeoJSON", object(new String[] {"type"}, "type", string(), "coordinates",
        obj().put("type", "array"), "geometries", arrayOf(ref("geometryGeoJSON"))));
    ObjectNode id = obj();
    id.putArray("oneOf").add(string()).add(obj().put("type", "integer"));
    s.set("featureGeoJSON", object(new String[] {"type", "geometry", "properties"},
        "type", enumOf("Feature"), "id", id, "geometry", nullable(ref("geometryGeoJSON")),
        "properties", obj().put("type", "object").put("nullable", true), "links", ref("links")));
    s.set("featureCollectionGeoJSON", object(new String[] {"type", "features"},
        "type", enumOf("FeatureCollection"), "features", arrayOf(ref("featureGeoJSON")),
        "numberMatched", obj().put("type", "integer").put("minimum", 0).put("description", "On a page"
            + " that holds every match; on another page requested without cursor only with count=true, and only"
            + " up to " + parcelatlas.features.FeatureReader.COUNT_CAP
            + " matches (counted with a bound); left out on cursor pages and beyond the bound"),
        "numberReturned", obj().put("type", "integer").put("minimum", 0),
        "timeStamp", string().put("format", "date-time"), "links", ref("links")));
    s.set("exception", object(new String[] {"code"}, "code", string(), "description", string()));
    s.set("queryables", object(null, "$schema", string(), "$id", string(), "type", string(), "title", string(),
        "properties", obj().put("type", "object")));
    s.set("openApiDocument", object(new String[] {"openapi", "info", "paths"}, "openapi", string(),
        "info", obj().put("type", "object"), "paths", obj().put("type", "object")));
    return s;
  }

  /** An object schema from name/schema pairs, with the required property names (null: none). */
  private static ObjectNode object(String[] required, Object... nameSchemaPairs) {
    ObjectNode schema = obj().put("type", "object");
    if (required != null) {
      ArrayNode names = schema.putArray("required");
      for (String r : required) {
        names.add(r);
      }
    }
    ObjectNode properties = schema.putObject("properties");
    for (int i = 0; i < nameSchemaPairs.length; i += 2) {
      properties.set((String) nameSchemaPairs[i], (ObjectNode) nameSchemaPairs[i + 1]);
    }
    return schema;
  }

  private static ObjectNode arrayOf(ObjectNode items) {
    ObjectNode schema = obj().put("type", "array");
    schema.set("items", items);
    return schema;
  }

  /** In OpenAPI 3.0 a $ref takes no siblings, so a nullable reference is an allOf with nullable. */
  private static ObjectNode nullable(ObjectNode ref) {
    ObjectNode schema = obj().put("nullable", true);
    schema.putArray("allOf").add(ref);
    return schema;
  }

  private static ObjectNode enumOf(String value) {
    ObjectNode schema = string();
    schema.putArray("enum").add(value);
    return schema;
  }
}
