package parcelatlas.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.FieldKind;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Sql;

/**
 * The demo city with HTML in every text a page can show: every text field of every layer (from the
 * catalog, so a new field is covered too) re-imported from the demo GeoJSON with a payload appended,
 * plus one feature per layer whose code is a payload,
 * milestone names, issue texts, report notes and reasons, stage-change notes; and, through the API,
 * a report, an issue, a stage change and an enquiry typed with payloads. Each payload would set
 * {@code top.__xss} if it ever ran. User names cannot carry one: {@code Users.add} allows only
 * {@code [A-Za-z0-9_.-]}.
 */
final class XssFixtures {
  static final String IMG = "<img src=x onerror=top.__xss=1>";
  static final String SVG = "\"><svg onload=top.__xss=1>";
  static final String SCRIPT = "<script>top.__xss=1</script>";
  static final String JS_URL = "javascript:top.__xss=1";
  static final List<String> PAYLOADS = List.of(IMG, SVG, SCRIPT, JS_URL);
  private static final Set<String> KEYS = Set.of("code", "park_code");
  private static final ObjectMapper JSON = new ObjectMapper();

  private XssFixtures() {}

  /** {@code original} (shortened so the longest payload still fits a 64-character column) followed by a payload. */
  static String poisoned(Object original, String payload) {
    String text = original == null ? "" : original.toString();
    return (text.length() > 24 ? text.substring(0, 24) : text) + payload;
  }

  /** Re-imports each demo layer with a payload in every text field but the codes (names get {@link #IMG}). */
  static void importLayers(Storage storage, Path workDir) {
    try {
      Files.createDirectories(workDir);
      for (Layer layer : Layer.values()) {
        JsonNode collection = JSON.readTree(DemoData.file(layer.table() + ".geojson").toFile());
        List<Field> texts = layer.fields().stream()
            .filter(f -> f.kind() == FieldKind.TEXT && !KEYS.contains(f.name())).toList();
        for (JsonNode feature : collection.get("features")) {
          ObjectNode props = (ObjectNode) feature.get("properties");
          for (int i = 0; i < texts.size(); i++) {
            String name = texts.get(i).name();
            String payload = name.equals("name") ? IMG : PAYLOADS.get(i % PAYLOADS.size());
            props.put(name, poisoned(props.path(name).isNull() ? null : props.path(name).asText(null), payload));
          }
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) collection.get("features")).add(poisonedCode(collection));
        Path file = workDir.resolve(layer.table() + ".geojson");
        JSON.writeValue(file.toFile(), collection);
        LayerImporter.run(storage, ImportOptions.of(layer, file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the layer's first public-looking feature (a listed parcel) whose code is a payload too. */
  private static JsonNode poisonedCode(JsonNode collection) {
    JsonNode source = collection.get("features").get(0);
    for (JsonNode feature : collection.get("features")) {
      if ("listed".equals(feature.path("properties").path("status").asText())) {
        source = feature;
        break;
      }
    }
    ObjectNode copy = source.deepCopy();
    ((ObjectNode) copy.get("properties")).put("code", "XSS" + IMG);
    return copy;
  }

  /** Payloads in the texts the demo loader wrote beside the layers: milestones, issues, reports, stage changes. */
  static void poisonProgress(Storage storage) {
    Map<String, List<String>> columns = Map.of(
        "project_milestones", List.of("name"),
        "project_issues", List.of("description", "responsible", "resolution"),
        "demolition_reports", List.of("note", "change_reason"),
        "project_stage_changes", List.of("note", "reason"));
    storage.inTransaction(c -> {
      int n = 0;
      for (var entry : columns.entrySet()) {
        for (String column : entry.getValue()) {
          String sql = "UPDATE " + entry.getKey() + " SET " + column + " = ?";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, PAYLOADS.get(n++ % PAYLOADS.size()));
            s.executeUpdate();
          }
        }
      }
      return null;
    });
  }

  /** Texts typed through the API by a city-wide official: a weekly report, an issue, a stage change; and an enquiry. */
  static void typeThroughApi(Storage storage, ApiClient official, ApiClient anyone) {
    Map<String, Object> zone = Sql.rows(storage, "SELECT z.code, (SELECT MAX(d.id) FROM demolition_reports d WHERE d.zone_id = z.id) AS id, r.signed_households, r.demolished_households,"
        + " r.cleared_area_m2 FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id ORDER BY z.code").get(0);
    expect(201, official.post("/api/desk/zones/" + zone.get("code") + "/reports", "application/json",
        "{\"report_date\": \"2026-11-20\", \"signed_households\": " + zone.get("signed_households")
            + ", \"demolished_households\": " + zone.get("demolished_households") + ", \"cleared_area_m2\": "
            + zone.get("cleared_area_m2") + ", \"based_on\": " + zone.get("id") + ", \"note\": " + quote(SVG)
            + ", \"change_reason\": " + quote(IMG) + "}"));
    String project = (String) Sql.rows(storage, "SELECT code FROM projects WHERE stage = 'land_secured' ORDER BY code")
        .get(0).get("code");
    expect(201, official.post("/api/desk/projects/" + project + "/issues", "application/json",
        "{\"description\": " + quote(IMG) + ", \"responsible\": " + quote(SCRIPT) + "}"));
    expect(201, official.post("/api/desk/projects/" + project + "/stage", "application/json",
        "{\"stage\": \"started\", \"effective_date\": \"2026-11-18\", \"note\": " + quote(SVG) + ", \"reason\": "
            + quote(JS_URL) + "}"));
    String parcel = (String) Sql.rows(storage, "SELECT code FROM parcels WHERE status = 'listed' ORDER BY code")
        .get(0).get("code");
    expect(201, anyone.post("/api/investor/enquiries", "application/json", "{\"parcel_code\": \"" + parcel
        + "\", \"name\": " + quote(IMG) + ", \"contact\": \"xss@example.com\", \"message\": " + quote(SCRIPT) + "}"));
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status && response.statusCode() != 200) {
      throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
