package parcelatlas.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.io.BadInputException;
import parcelatlas.io.LookaheadRecords;
import parcelatlas.io.SourceRecord;

/**
 * Streams the features of a GeoJSON file, building a tree for one feature at a time. The n-th
 * feature is record n. Every record carries every field name (null where the feature lacks the
 * property). Property values: string → String, integer → Long (Double when too big), other
 * number → Double, boolean → Boolean, null → null, object or array → its JSON text. The file is
 * closed when the walk ends, fails or is closed early.
 */
final class GeoJsonRecords extends LookaheadRecords {
  private final GeoJsonReader source;
  private final GeoJsonGeometryParser geometries;
  private final List<String> names;
  private final String file;
  private final JsonParser parser;
  private long number;

  GeoJsonRecords(GeoJsonReader source, ObjectMapper mapper, Path path,
      GeoJsonGeometryParser geometries) throws IOException {
    this.source = source;
    this.geometries = geometries;
    this.names = source.fieldNames();
    this.file = source.fileName();
    InputStream in = Files.newInputStream(path);
    try {
      this.parser = mapper.getFactory().createParser(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  protected SourceRecord fetch() {
    try {
      JsonNode feature = nextFeature();
      if (feature == null) {
        return null;
      }
      number++;
      return new SourceRecord(number, geometries.parse(feature.get("geometry"), number),
          Collections.unmodifiableMap(properties(feature.get("properties"))));
    } catch (IOException e) {
      throw JsonProblems.of(file, number + 1, e);
    }
  }

  @Override
  protected String fileName() {
    return file;
  }

  private JsonNode nextFeature() throws IOException {
    if (source.singleFeature()) {
      return number == 0 ? parser.readValueAsTree() : null;
    }
    if (number == 0 && !seekFeatures()) {
      return null;
    }
    return parser.nextToken() == JsonToken.START_OBJECT ? parser.readValueAsTree() : null;
  }

  /** Moves to the start of the top-level "features" array; false when there is none. */
  private boolean seekFeatures() throws IOException {
    parser.nextToken();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (parser.nextToken() == JsonToken.START_ARRAY && key.equals("features")) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  private Map<String, Object> properties(JsonNode properties) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : names) {
      values.put(name, properties == null ? null : value(properties.get(name)));
    }
    return values;
  }

  private static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.toString();
  }

  @Override
  protected void release() {
    source.forget(this);
    try {
      parser.close();
    } catch (IOException e) {
      throw new BadInputException(file, null, null, "cannot be closed: " + e.getMessage(), e);
    }
  }
}
