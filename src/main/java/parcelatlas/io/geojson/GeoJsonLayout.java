package parcelatlas.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parcelatlas.domain.ErrorCode;
import parcelatlas.io.BadInputException;

/**
 * What a first, streaming pass over a GeoJSON file learns without building any tree of
 * features: whether it is a single Feature or a FeatureCollection, the union of property names
 * in first-seen order, the number of features and the legacy {@code crs.properties.name}. The
 * pass also proves the file is well-formed JSON, so syntax errors surface when it is opened.
 *
 * @param singleFeature true for a lone Feature, false for a FeatureCollection
 * @param crsName the legacy CRS name, or "" when absent
 */
record GeoJsonLayout(boolean singleFeature, List<String> fieldNames, long featureCount, String crsName) {
  /**
   * Different property names a file may use: a layer has tens of fields (a shapefile's DBF at most
   * 255), so more is not a layer; unbounded, every name would be kept, mapped and reported.
   */
  static final int MAX_FIELDS = 1_000;

  static GeoJsonLayout scan(ObjectMapper mapper, Path path, String file) {
    try (InputStream in = Files.newInputStream(path);
        JsonParser parser = mapper.getFactory().createParser(in)) {
      return scan(parser, file);
    } catch (IOException e) {
      throw JsonProblems.of(file, null, e);
    }
  }

  private static GeoJsonLayout scan(JsonParser parser, String file) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw BadInputException.ofFile(file, "is not a GeoJSON object (expected '{' at the start)");
    }
    Set<String> names = new LinkedHashSet<>();
    Set<String> ownNames = new LinkedHashSet<>();
    String type = null;
    String crs = "";
    long count = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken value = parser.nextToken();
      if (key.equals("type") && value == JsonToken.VALUE_STRING) {
        type = parser.getText();
      } else if (key.equals("features") && value != JsonToken.START_ARRAY) {
        throw BadInputException.ofFile(file, "\"features\" is not an array");
      } else if (key.equals("features")) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          count++;
          if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new BadInputException(file, count, null, "the feature is not a JSON object");
          }
          scanFeature(parser, names, file, count);
        }
      } else if (key.equals("properties") && value == JsonToken.START_OBJECT) {
        scanProperties(parser, ownNames, file, 1);
      } else if (key.equals("crs")) {
        JsonNode node = parser.readValueAsTree();
        crs = node == null ? "" : node.path("properties").path("name").asText("").strip();
      } else {
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw BadInputException.ofFile(file, "has more content after the GeoJSON object");
    }
    if ("Feature".equals(type)) {
      return new GeoJsonLayout(true, List.copyOf(ownNames), 1, crs);
    }
    if (!"FeatureCollection".equals(type)) {
      throw BadInputException.ofFile(file, "is not a GeoJSON FeatureCollection or Feature (type "
          + (type == null ? "missing" : type) + ")");
    }
    return new GeoJsonLayout(false, List.copyOf(names), count, crs);
  }

  private static void scanFeature(JsonParser parser, Set<String> names, String file, long record)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      if (parser.nextToken() == JsonToken.START_OBJECT && key.equals("properties")) {
        scanProperties(parser, names, file, record);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static void scanProperties(JsonParser parser, Set<String> names, String file, long record)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      if (names.add(parser.currentName()) && names.size() > MAX_FIELDS) {
        throw new BadInputException(ErrorCode.TOO_MANY_FIELDS, file, record, parser.currentName(), "the file uses"
            + " more than " + MAX_FIELDS + " different property names", null, "max", MAX_FIELDS);
      }
      parser.nextToken();
      parser.skipChildren();
    }
  }
}
