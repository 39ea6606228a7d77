package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
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

/** Planners import through the API: upload, preview, adjust, commit; the good files land whole. */
@Tag("database")
class ImportApiTest {
  private static final String PASSWORD = "import api password";
  private static final int DEMO_PARCELS = 1764;
  private static Storage storage;
  private static RunningApp app;
  private static Path dataDir;
  private static ApiClient planner;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    new Users(storage, new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
    dataDir = UploadFixtures.dataDir("import-api");
    app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", dataDir.toString()));
    planner = app.client().signIn("plan", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  static JsonNode upload(ApiClient client, String layer, String name, byte[] bytes, int expected) {
    HttpResponse<String> response = client.postBytes("/api/imports?layer=" + layer + "&name=" + name,
        "application/octet-stream", bytes);
    assertEquals(expected, response.statusCode(), response.body());
    return ApiClient.parse(response.body());
  }

  static JsonNode step(ApiClient client, String path, String body, int expected) {
    HttpResponse<String> response = client.post(path, "application/json", body);
    assertEquals(expected, response.statusCode(), response.body());
    return ApiClient.parse(response.body());
  }

  private static String portalOf(JsonNode preview, String source) {
    for (JsonNode field : preview.get("fields")) {
      if (field.get("source").asText().equals(source)) {
        return field.get("portal").isNull() ? null : field.get("portal").asText();
      }
    }
    throw new AssertionError("no source field " + source + " in " + preview.get("fields"));
  }

  private static String labelOf(JsonNode preview, String portalField) {
    for (JsonNode field : preview.get("portalFields")) {
      if (field.get("name").asText().equals(portalField)) {
        return field.get("label").asText();
      }
    }
    throw new AssertionError("no portal field " + portalField + " in " + preview.get("portalFields"));
  }

  private static double firstLongitude(JsonNode preview) {
    return preview.get("features").get("features").get(0).get("geometry").get("coordinates").get(0).get(0).get(0)
        .get(0).asDouble();
  }

  @Test
  void a_zipped_gbk_shapefile_is_previewed_with_its_crs_encoding_and_first_features_then_lands_whole() {
    String before = Sql.rows(storage, "SELECT code, updated_at FROM parcels ORDER BY code").toString();
    JsonNode staged = upload(planner, "parcels", "parcels.zip", UploadFixtures.demoZip("parcels"), 201);
    JsonNode preview = staged.get("preview");
    assertTrue(preview.get("ok").asBoolean(), preview.get("problems").toString());
    assertEquals("EPSG:4527", preview.get("crs").asText());
    assertEquals("prj", preview.get("crsSource").asText());
    assertEquals("GBK", preview.get("encoding").asText());
    assertEquals("dbf code page", preview.get("encodingSource").asText());
    assertEquals("code", portalOf(preview, "地块编号"));
    assertEquals("地块编号", labelOf(preview, "code"), "labels come from the default mapping");
    assertEquals("容积率下", labelOf(preview, "far_min"));
    for (JsonNode field : preview.get("portalFields")) {
      assertFalse(field.get("label").asText().matches("[a-z_0-9]+"), "every parcel field has a Chinese label: " + field);
    }
    assertEquals(DEMO_PARCELS, preview.get("records").asLong());
    assertEquals(DEMO_PARCELS, preview.get("inserted").asLong() + preview.get("updated").asLong());
    JsonNode features = preview.get("features").get("features");
    assertEquals(50, features.size());
    JsonNode corner = features.get(0).get("geometry").get("coordinates").get(0).get(0).get(0);
    assertTrue(corner.get(0).asDouble() > 116 && corner.get(0).asDouble() < 119, corner.toString());
    assertTrue(corner.get(1).asDouble() > 33 && corner.get(1).asDouble() < 36, corner.toString());
    assertEquals(before, Sql.rows(storage, "SELECT code, updated_at FROM parcels ORDER BY code").toString(),
        "a preview writes nothing");
    String id = staged.get("id").asText();
    assertEquals(1, Sql.count(storage, "import_uploads WHERE id = '" + id + "' AND owner = 'plan'"));
    assertEquals(64, staged.get("sha256").asText().length());

    JsonNode diff = preview.get("diff");
    JsonNode report = step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\", \"confirm\": {\"changed\": "
        + diff.get("changed") + ", \"absent\": " + diff.get("absent") + "}}", 200);
    assertEquals(preview.get("inserted").asLong(), report.get("inserted").asLong());
    assertEquals(DEMO_PARCELS, Sql.count(storage, "parcels"));
    assertEquals(0, Sql.count(storage, "import_uploads WHERE id = '" + id + "'"), "the upload is gone once imported");
    assertEquals(1, Sql.count(storage, "imports WHERE imported_by = 'plan' AND source_file LIKE 'parcels.zip/%'"));
    assertEquals(1, Sql.count(storage, "audit_log WHERE actor = 'plan' AND action = 'import' AND entity = 'parcels'"
        + " AND entity_key LIKE 'parcels.zip/%'"));
    step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\"}", 404);
    assertTrue(UploadFixtures.nothingLeftBehind(dataDir));
  }

  @Test
  void a_geojson_file_over_a_megabyte_lands_with_as_many_features_as_it_holds() {
    byte[] bytes = UploadFixtures.demoFile("parcels.geojson");
    assertTrue(bytes.length > 1 << 20, "larger than Javalin's default body limit");
    JsonNode file = ApiClient.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    JsonNode staged = upload(planner, "parcels", "parcels.geojson", bytes, 201);
    assertEquals("EPSG:4326", staged.get("preview").get("crs").asText());
    assertEquals("rfc7946", staged.get("preview").get("crsSource").asText());
    long before = Sql.count(storage, "parcels");
    JsonNode diff = staged.get("preview").get("diff");
    JsonNode report = step(planner, "/api/imports/" + staged.get("id").asText() + "/commit",
        "{\"layer\": \"parcels\", \"confirm\": {\"changed\": " + diff.get("changed") + ", \"absent\": "
        + diff.get("absent") + "}}", 200);
    assertEquals(file.get("features").size(), report.get("records").asInt());
    assertEquals(file.get("features").size(), report.get("inserted").asInt() + report.get("updated").asInt());
    assertEquals(before + report.get("inserted").asInt(), Sql.count(storage, "parcels"));
    assertEquals(file.get("features").size(), Sql.count(storage, "parcels"));
    assertTrue(UploadFixtures.nothingLeftBehind(dataDir));
  }

  @Test
  void the_crs_encoding_and_mapping_chosen_in_a_preview_replace_what_the_file_says() {
    JsonNode staged = upload(planner, "parks", "parks.zip", UploadFixtures.demoZip("parks"), 201);
    String id = staged.get("id").asText();
    assertEquals("cpg", staged.get("preview").get("encodingSource").asText());
    assertEquals("name", portalOf(staged.get("preview"), "园区名称"));
    JsonNode adjusted = step(planner, "/api/imports/" + id + "/preview", "{\"layer\": \"parks\", \"crs\": \"EPSG:4528\","
        + " \"encoding\": \"GB18030\", \"mapping\": {\"园区名称\": \"\", \"联系人\": \"name\"}}", 200);
    assertEquals("EPSG:4528", adjusted.get("crs").asText());
    assertEquals("option", adjusted.get("crsSource").asText());
    assertEquals("GB18030", adjusted.get("encoding").asText());
    assertEquals("option", adjusted.get("encodingSource").asText());
    assertNull(portalOf(adjusted, "园区名称"));
    assertEquals("name", portalOf(adjusted, "联系人"));
    double lonAsFiled = firstLongitude(staged.get("preview"));
    assertTrue(Math.abs(firstLongitude(adjusted) - lonAsFiled) > 1, "zone 40 moves the features: " + lonAsFiled);
    step(planner, "/api/imports/" + id + "/preview", "{\"layer\": \"parks\", \"mapping\": {\"园区名称\": \"nom\"}}", 400);
    assertEquals(0, Sql.count(storage, "parks WHERE name LIKE 'x%'"));
    assertEquals(204, planner.delete("/api/imports/" + id).statusCode());
    assertEquals(0, Sql.count(storage, "import_uploads WHERE id = '" + id + "'"));
    assertTrue(UploadFixtures.nothingLeftBehind(dataDir));
  }

  @Test
  void uploads_older_than_a_day_are_purged_by_the_next_upload_and_cannot_be_used_meanwhile() {
    Timestamp old = Timestamp.from(RunningApp.CLOCK.instant().minus(Duration.ofHours(25)));
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("INSERT INTO import_uploads (id, owner, file_name, size_bytes, sha256, content,"
          + " created_at) VALUES ('stale', 'plan', 'old.geojson', 2, 'x', ?, ?)")) {
        s.setBytes(1, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s.setTimestamp(2, old);
        return s.executeUpdate();
      }
    });
    step(planner, "/api/imports/stale/preview", "{\"layer\": \"parks\"}", 404);
    JsonNode staged = upload(planner, "parks", "parks.geojson", UploadFixtures.demoFile("parks.geojson"), 201);
    assertEquals(0, Sql.count(storage, "import_uploads WHERE id = 'stale'"));
    assertEquals(204, planner.delete("/api/imports/" + staged.get("id").asText()).statusCode());
  }

  @Test
  void a_file_digitised_on_gcj02_is_uploaded_with_crs_gcj02_and_lands_corrected_to_wgs84() {
    // Tiananmen as Amap shows it; its published WGS84 position is 116.404, 39.915 (src/test/resources/gcj02)
    byte[] project = ("{\"type\": \"Feature\", \"properties\": {\"code\": \"GCJ-1\", \"name\": \"天安门项目\","
        + " \"stage\": \"signed\"}, \"geometry\": {\"type\": \"Point\","
        + " \"coordinates\": [116.41024449916938, 39.91640428150164]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonNode uploaded = upload(planner, "projects", "amap.geojson&crs=GCJ-02", project, 201);
    assertEquals("GCJ-02", uploaded.get("preview").get("crs").asText());
    step(planner, "/api/imports/" + uploaded.get("id").asText() + "/commit",
        "{\"layer\": \"projects\", \"crs\": \"GCJ-02\"}", 200);
    Map<String, Object> row = Sql.rows(storage,
        "SELECT ST_X(geom) AS x, ST_Y(geom) AS y FROM projects WHERE code = 'GCJ-1'").get(0);
    assertEquals(116.404, ((Number) row.get("x")).doubleValue(), 1e-8);
    assertEquals(39.915, ((Number) row.get("y")).doubleValue(), 1e-8);
  }

  @Test
  void an_import_while_another_of_its_layer_runs_is_refused_at_once_and_can_be_committed_after() {
    byte[] project = ("{\"type\": \"Feature\", \"properties\": {\"code\": \"LOCK-1\", \"name\": \"锁定测试项目\","
        + " \"stage\": \"signed\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [117.2, 34.3]}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonNode staged = upload(planner, "projects", "lock.geojson", project, 201);
    String id = staged.get("id").asText();
    JsonNode diff = staged.get("preview").get("diff");  // projects other tests left
    String commit = "{\"layer\": \"projects\", \"confirm\": {\"changed\": " + diff.get("changed")
        + ", \"absent\": " + diff.get("absent") + "}}";
    // another node's import of projects, holding the layer's lock for its whole transaction
    // (before the lock: a deadlock on PostgreSQL, a lock timeout on H2 once both wrote; a 500 either way)
    parcelatlas.storage.ImportLock.inTransaction(storage, parcelatlas.catalog.Layer.PROJECTS, false, c -> {
      JsonNode refused = step(planner, "/api/imports/" + id + "/commit", commit, 409);
      assertEquals("ImportRunning", refused.get("code").asText());
      assertEquals("projects", refused.get("params").get("layer").asText());
      return null;
    });
    assertEquals(0, Sql.count(storage, "projects WHERE code = 'LOCK-1'"));
    assertEquals(1, Sql.count(storage, "import_uploads WHERE id = '" + id + "'"), "the upload kept for a retry");
    step(planner, "/api/imports/" + id + "/commit", commit, 200);
    assertEquals(1, Sql.count(storage, "projects WHERE code = 'LOCK-1'"));
  }
}
