package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureJsonRows;

/**
 * GeoJSON for served features. Geometry text comes straight from ST_AsGeoJSON (WGS84
 * longitude/latitude) and is passed through untouched for CRS84; for any other {@link OgcCrs}
 * every position is transformed and written in that CRS's axis order (OGC API – Features Part 2),
 * rounded to 1e-9 degrees or 0.1 mm.
 */
final class FeatureJson {
  /**
   * Property names with their quoted UTF-8 form kept (Jackson's {@link SerializedString}), so a
   * name is encoded once, not once per feature. The names come from the catalogue, a fixed set;
   * the map is bounded all the same ({@link #MAX_NAMES}).
   */
  private static final java.util.concurrent.ConcurrentMap<String, SerializedString> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_NAMES = 1_000;

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

  /** How {@link FeatureJsonRows} writes geometries in {@code crs}: CRS84 as the database wrote them, else transformed. */
  static FeatureJsonRows.Geometry geometry(OgcCrs crs) {
    if (crs.isCrs84()) {
      return (g, utf8) -> g.writeRawValue(new RawJsonBytes(utf8));
    }
    return (g, utf8) -> g.writeTree(reproject(new String(utf8, java.nio.charset.StandardCharsets.UTF_8), crs));
  }

  /**
   * A streaming generator for features: numbers written by Jackson's fast (Schubfach) double
   * writer, the shortest text that reads back as the same double, instead of Double.toString; a
   * character outside the BMP (𠀀, an emoji) written as its 4 UTF-8 bytes, as the database sends it
   * and as the rows writer copies it ({@link FeatureJsonRows}), not as two escaped surrogates
   * ({@code \\uD840\\uDC00}, Jackson's default): the same bytes from either writer and either database.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    return FEATURES.createGenerator(out);
  }

  private static final com.fasterxml.jackson.core.JsonFactory FEATURES = Json.MAPPER.getFactory().rebuild()
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build()
      .setCodec(Json.MAPPER);

  /**
   * One feature in CRS84, as {@link #feature} builds it but written as it goes; with
   * {@code textId}, that is its id instead of the numeric one (the investor API's parcel code).
   */
  static void write(JsonGenerator g, Feature feature, String textId) throws IOException {
    write(g, feature, OgcCrs.CRS84, textId);
  }

  /** One feature in {@code crs}; with {@code textId}, that is its id (see above). */
  static void write(JsonGenerator g, Feature feature, OgcCrs crs, String textId) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    if (textId != null) {
      g.writeStringField("id", textId);
    } else {
      g.writeNumberField("id", feature.id());
    }
    g.writeFieldName("geometry");
    if (feature.geometryUtf8() == null) {
      g.writeNull();
    } else if (crs.isCrs84()) {
      g.writeRawValue(new RawJsonBytes(feature.geometryUtf8()));
    } else {
      g.writeTree(reproject(feature.geometryJson(), crs));
    }
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> p : feature.properties().entrySet()) {
      SerializedString name = NAMES.get(p.getKey());
      if (name == null && NAMES.size() < MAX_NAMES) {
        name = NAMES.computeIfAbsent(p.getKey(), SerializedString::new);
      }
      if (name != null) {
        g.writeFieldName(name);
      } else {
        g.writeFieldName(p.getKey());
      }
      Object v = p.getValue();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof String text) {
        g.writeString(text);
      } else if (v instanceof Long n) {
        g.writeNumber(n);
      } else if (v instanceof Double n) {
        g.writeNumber(n);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (v instanceof LocalDate day) {
        g.writeString(day.toString());
      } else {
        g.writeObject(v);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
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
