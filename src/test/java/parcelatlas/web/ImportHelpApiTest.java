package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Imports that help: every problem grouped by kind with counts and examples, constant values,
 * refused records on the preview map, repairs grouped, and the re-import diff confirmed before commit.
 */
@Tag("database")
class ImportHelpApiTest {
  private static final String PASSWORD = "import help password";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient planner;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    new Users(storage, new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
    Path dataDir = UploadFixtures.dataDir("import-help");
    app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", dataDir.toString()));
    planner = app.client().signIn("plan", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  /** A GeoJSON feature: a small square at {@code i}, or a bow tie (self-intersecting) when asked. */
  static String feature(int i, String properties, boolean bowTie) {
    double x = 117.30 + i * 0.001;
    double y = 34.70;
    String ring = bowTie
        ? "[[" + x + "," + y + "],[" + (x + 0.0005) + "," + (y + 0.0005) + "],[" + (x + 0.0005) + "," + y + "],["
            + x + "," + (y + 0.0005) + "],[" + x + "," + y + "]]"
        : "[[" + x + "," + y + "],[" + (x + 0.0005) + "," + y + "],[" + (x + 0.0005) + "," + (y + 0.0005) + "],["
            + x + "," + (y + 0.0005) + "],[" + x + "," + y + "]]";
    return "{\"type\": \"Feature\", \"properties\": {" + properties + "}, \"geometry\": {\"type\": \"Polygon\","
        + " \"coordinates\": [" + ring + "]}}";
  }

  static byte[] collection(List<String> features) {
    return ("{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode upload(String name, byte[] bytes) {
    return ImportApiTest.upload(planner, "parcels", name, bytes, 201);
  }

  static JsonNode group(JsonNode groups, String key, String value) {
    for (JsonNode group : groups) {
      if (group.get(key).asText().equals(value)) {
        return group;
      }
    }
    throw new AssertionError("no group " + value + " in " + groups);
  }

  /** The commit body echoing the diff a preview showed (no confirm when the layer was empty). */
  static String confirmed(JsonNode preview) {
    JsonNode diff = preview.get("diff");
    return "{\"layer\": \"parcels\", \"confirm\": {\"changed\": " + diff.get("changed").asLong() + ", \"absent\": "
        + diff.get("absent").asLong() + "}}";
  }

  @Test
  void every_missing_required_field_is_reported_in_the_first_preview_grouped_with_its_count() {
    List<String> features = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      features.add(feature(i, "\"code\": \"MISS-" + i + "\"", false));
    }
    JsonNode preview = upload("missing.geojson", collection(features)).get("preview");
    assertFalse(preview.get("ok").asBoolean());
    JsonNode missing = group(preview.get("problemGroups"), "code", "RequiredFieldMissing");
    assertEquals(2, missing.get("count").asLong(), missing.toString());
    List<String> fields = new ArrayList<>();
    missing.get("examples").forEach(e -> fields.add(e.get("field").asText()));
    assertEquals(List.of("land_use", "status"), fields);
    assertEquals("missing.geojson", missing.get("examples").get(0).get("file").asText());
    JsonNode map = preview.get("features").get("features");
    assertEquals(3, map.size(), "the records are on the map although none could be converted");
    for (JsonNode f : map) {
      assertTrue(f.get("properties").get("refused").asBoolean(), f.toString());
      assertEquals(2, f.get("properties").get("problems").size());
    }
  }

  @Test
  void problems_are_counted_past_fifty_with_five_examples_each_and_refused_records_are_marked_on_the_map() {
    List<String> features = new ArrayList<>();
    features.add(feature(0, "\"code\": \"BAD-000\", \"land_use\": \"M1\", \"status\": \"available\"", true));
    for (int i = 1; i <= 60; i++) {
      features.add(feature(i, "\"code\": \"BAD-" + i + "\", \"land_use\": \"M1\", \"status\": \"bogus\"", false));
    }
    features.add(feature(61, "\"code\": \"BAD-061\", \"land_use\": \"Q9\", \"status\": \"available\"", false));
    JsonNode preview = upload("bad.geojson", collection(features)).get("preview");
    assertFalse(preview.get("ok").asBoolean());
    JsonNode groups = preview.get("problemGroups");
    assertEquals(1, groups.size(), "one kind of problem (an unreadable code): " + groups);
    assertEquals(61, groups.get(0).get("count").asLong(), "counted past the fifty listed");
    assertEquals(5, groups.get(0).get("examples").size());
    assertEquals(2, groups.get(0).get("examples").get(0).get("record").asLong());
    assertEquals("status", groups.get(0).get("examples").get(0).get("field").asText());
    JsonNode map = preview.get("features").get("features");
    JsonNode good = null;
    int refused = 0;
    for (JsonNode f : map) {
      if (f.get("properties").path("refused").asBoolean()) {
        refused++;
        assertFalse(f.get("properties").get("problems").isEmpty(), f.toString());
        assertTrue(f.get("geometry").has("coordinates"));
      } else {
        good = f;
      }
    }
    assertEquals(50, refused, "the first fifty refused records are on the map, marked");
    assertEquals("BAD-000", good.get("id").asText(), "the good record too");
    JsonNode repairs = group(preview.get("repairGroups"), "kind", "Self-intersection");
    assertEquals(1, repairs.get("count").asLong());
    assertEquals(1, repairs.get("examples").get(0).get("record").asLong());
  }

  @Test
  void every_record_repaired_costs_a_count_not_a_list_in_the_preview_the_report_or_the_audit_log() {
    int n = 2_000;
    List<String> features = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      features.add(feature(i, "\"code\": \"REP-" + i + "\", \"land_use\": \"M1\", \"status\": \"available\"", true));
    }
    JsonNode staged = upload("bowties.geojson", collection(features));
    JsonNode preview = staged.get("preview");
    assertTrue(preview.toString().length() < 100_000, "a preview of " + preview.toString().length() + " characters");
    JsonNode report = ImportApiTest.step(planner, "/api/imports/" + staged.get("id").asText() + "/commit",
        confirmed(preview), 200);
    String audited = (String) Sql.rows(storage, "SELECT new_value FROM audit_log WHERE action = 'import'"
        + " AND entity_key = 'bowties.geojson'").get(0).get("new_value");
    assertTrue(audited.length() < 10_000, "an audit value of " + audited.length() + " characters");
    assertEquals(n, preview.get("repaired").asLong(), "every bow tie repaired");
    JsonNode repairs = group(preview.get("repairGroups"), "kind", "Self-intersection");
    assertEquals(n, repairs.get("count").asLong());
    assertEquals(5, repairs.get("examples").size());
    assertEquals(n, report.get("repaired").asLong());
    assertEquals(n, group(report.get("repairGroups"), "kind", "Self-intersection").get("count").asLong());
    assertEquals(n, Sql.count(storage, "parcels WHERE code LIKE 'REP-%'"));
    assertEquals(n, ((Number) Sql.rows(storage, "SELECT repaired FROM imports WHERE source_file = 'bowties.geojson'")
        .get(0).get("repaired")).longValue());
  }

  @Test
  void a_constant_value_is_checked_like_a_file_value_and_lands_in_every_row() {
    List<String> features = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      features.add(feature(100 + i, "\"code\": \"CST-" + i + "\", \"land_use\": \"M1\"", false));
    }
    JsonNode staged = upload("constant.geojson", collection(features));
    String id = staged.get("id").asText();
    assertFalse(staged.get("preview").get("ok").asBoolean(), "status is required and missing");
    JsonNode bad = ImportApiTest.step(planner, "/api/imports/" + id + "/preview", "{\"layer\": \"parcels\","
        + " \"constants\": {\"status\": \"bogus\"}}", 400);
    assertEquals("ConstantInvalid", bad.get("code").asText());
    assertTrue(bad.toString().contains("status"), bad.toString());
    ImportApiTest.step(planner, "/api/imports/" + id + "/preview", "{\"layer\": \"parcels\","
        + " \"constants\": {\"nonsense\": \"x\"}}", 400);
    String constants = "\"constants\": {\"status\": \"available\", \"park_code\": \"青岚新能源产业园\"}";
    JsonNode preview = ImportApiTest.step(planner, "/api/imports/" + id + "/preview", "{\"layer\": \"parcels\", "
        + constants + "}", 200);
    assertTrue(preview.get("ok").asBoolean(), preview.get("problems").toString());
    assertEquals("青岚新能源产业园", preview.get("features").get("features").get(0).get("properties").get("park_code").asText());
    String body = confirmed(preview).replace("{\"layer\": \"parcels\",", "{\"layer\": \"parcels\", " + constants + ",");
    ImportApiTest.step(planner, "/api/imports/" + id + "/commit", body, 200);
    assertEquals(4, Sql.count(storage, "parcels WHERE code LIKE 'CST-%' AND park_code = '青岚新能源产业园'"
        + " AND status = 'available'"));
  }

  @Test
  void a_reimport_shows_its_diff_and_is_committed_only_with_the_counts_confirmed() throws Exception {
    byte[] demo = UploadFixtures.demoFile("parcels.geojson");
    JsonNode first = upload("parcels.geojson", demo);
    ImportApiTest.step(planner, "/api/imports/" + first.get("id").asText() + "/commit", confirmed(first.get("preview")), 200);
    long existing = Sql.count(storage, "parcels");

    JsonNode again = upload("parcels.geojson", demo).get("preview").get("diff");
    assertEquals(existing, again.get("existing").asLong());
    assertEquals(0, again.get("new").asLong());
    assertEquals(0, again.get("changed").asLong());
    assertEquals(1764, again.get("unchanged").asLong());
    assertEquals(existing - 1764, again.get("absent").asLong());
    assertTrue(again.get("examples").isEmpty());

    ObjectNode file = (ObjectNode) ApiClient.parse(new String(demo, StandardCharsets.UTF_8));
    ((ObjectNode) file.get("features").get(0).get("properties")).put("far_max", 3.5);
    JsonNode staged = upload("parcels.geojson", Json.MAPPER.writeValueAsBytes(file));
    String id = staged.get("id").asText();
    JsonNode diff = staged.get("preview").get("diff");
    assertEquals(1, diff.get("changed").asLong(), diff.toString());
    assertEquals(1763, diff.get("unchanged").asLong());
    JsonNode example = diff.get("examples").get(0);
    assertEquals("QL-P01-A-001", example.get("code").asText());
    assertEquals(1, example.get("changes").size(), example.toString());
    assertEquals("far_max", example.get("changes").get(0).get("field").asText());
    assertEquals(3.0, Double.parseDouble(example.get("changes").get(0).get("before").asText()));
    assertEquals(3.5, Double.parseDouble(example.get("changes").get(0).get("after").asText()));

    String before = Sql.rows(storage, "SELECT code, far_max, updated_at FROM parcels ORDER BY code").toString();
    JsonNode refused = ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\"}", 409);
    assertEquals("ReimportNotConfirmed", refused.get("code").asText(), refused.toString());
    ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\", \"confirm\":"
        + " {\"changed\": 0, \"absent\": " + diff.get("absent").asLong() + "}}", 409);
    ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\", \"confirm\":"
        + " {\"changed\": \"one\"}}", 400);
    assertEquals(before, Sql.rows(storage, "SELECT code, far_max, updated_at FROM parcels ORDER BY code").toString(),
        "a refused commit changes nothing");
    assertEquals(1, Sql.count(storage, "import_uploads WHERE id = '" + id + "'"), "the upload is kept");
    assertEquals(0, Sql.count(storage, "import_diff_rows"));

    ImportApiTest.step(planner, "/api/imports/" + id + "/commit", confirmed(staged.get("preview")), 200);
    assertEquals(1, Sql.count(storage, "parcels WHERE code = 'QL-P01-A-001' AND far_max = 3.5"));
    assertEquals(0, Sql.count(storage, "import_diff_rows"), "the before picture is gone");
  }
}
