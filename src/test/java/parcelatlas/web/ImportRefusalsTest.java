package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DeclaredUpload;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Each bad file is refused with a message naming the problem, and leaves nothing behind: no
 * layer row, no upload row (except one kept for adjusting), no scratch file.
 */
@Tag("database")
class ImportRefusalsTest {
  private static final String PASSWORD = "import refusals password";
  private static final long LIMIT = 3L << 20;
  private static Storage storage;
  private static RunningApp app;
  private static Path dataDir;
  private static ApiClient planner;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    new Users(storage, new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
    dataDir = UploadFixtures.dataDir("import-refusals");
    app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", dataDir.toString(), "ATLAS_IMPORT_MAX_BYTES", String.valueOf(LIMIT)));
    planner = app.client().signIn("plan", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @AfterEach
  void nothing_is_left_behind() {
    assertEquals(0, Sql.count(storage, "parcels") + Sql.count(storage, "parks") + Sql.count(storage, "projects"));
    assertEquals(0, Sql.count(storage, "imports"));
    assertEquals(0, Sql.count(storage, "import_uploads"));
    assertTrue(UploadFixtures.nothingLeftBehind(dataDir), "scratch files left under " + dataDir);
  }

  private static String refusedOnUpload(String name, byte[] bytes, int status) {
    JsonNode body = ImportApiTest.upload(planner, "parcels", name, bytes, status);
    return body.get("description").asText();
  }

  @Test
  void a_file_over_the_limit_is_refused_naming_the_limit() {
    DeclaredUpload refused = planner.postDeclared("/api/imports?layer=parcels&name=parcels.zip",
        "application/octet-stream", UploadFixtures.randomBytes((int) LIMIT + 1));
    assertEquals(413, refused.status(), refused.body());
    String message = ApiClient.parse(refused.body()).get("description").asText();
    assertTrue(message.contains("3.0 MB") && message.contains("import.max.bytes"), message);
  }

  @Test
  void a_zip_bomb_is_refused() {
    String message = refusedOnUpload("parcels.zip", UploadFixtures.zipBomb(), 422);
    assertTrue(message.contains("parcels.zip") && message.contains("zip bomb"), message);
  }

  @Test
  void an_entry_escaping_the_archive_folder_is_refused() {
    String message = refusedOnUpload("parcels.zip", UploadFixtures.zipSlip(), 422);
    assertTrue(message.contains("../../parcels.dbf") && message.contains("outside"), message);
  }

  @Test
  void a_file_that_is_not_a_zip_is_refused() {
    String message = refusedOnUpload("parcels.zip", UploadFixtures.randomBytes(4096), 422);
    assertTrue(message.contains("parcels.zip") && message.contains("not a valid zip"), message);
  }

  @Test
  void a_file_type_the_importer_does_not_read_is_refused_by_name() {
    String message = refusedOnUpload("parcels.kml", UploadFixtures.randomBytes(100), 415);
    assertTrue(message.contains(".kml"), message);
  }

  @Test
  void a_shapefile_missing_its_shx_or_dbf_is_refused_naming_the_part() {
    String noShx = refusedOnUpload("parcels.zip", UploadFixtures.demoZip("parcels", ".shx"), 422);
    assertTrue(noShx.contains("parcels.zip/parcels.shp") && noShx.contains(".shx is missing"), noShx);
    String noDbf = refusedOnUpload("parcels.zip", UploadFixtures.demoZip("parcels", ".dbf"), 422);
    assertTrue(noDbf.contains(".dbf is missing"), noDbf);
  }

  @Test
  void a_shapefile_without_prj_needs_a_crs_before_it_lands() {
    JsonNode staged = ImportApiTest.upload(planner, "parks", "parks.zip", UploadFixtures.demoZip("parks", ".prj"), 201);
    JsonNode preview = staged.get("preview");
    assertFalse(preview.get("ok").asBoolean());
    assertTrue(preview.get("problems").get(0).get("message").asText().contains("has no .prj"), preview.toString());
    String id = staged.get("id").asText();
    JsonNode refused = ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parks\"}", 422);
    assertTrue(refused.get("description").asText().contains("no .prj"), refused.toString());
    assertEquals(0, Sql.count(storage, "parks"));
    assertEquals(1, Sql.count(storage, "import_uploads"), "kept for another try");
    JsonNode adjusted = ImportApiTest.step(planner, "/api/imports/" + id + "/preview",
        "{\"layer\": \"parks\", \"crs\": \"EPSG:4527\"}", 200);
    assertTrue(adjusted.get("ok").asBoolean(), adjusted.get("problems").toString());
    assertEquals(204, planner.delete("/api/imports/" + id).statusCode());
  }

  @Test
  void a_record_with_a_bad_value_is_named_by_file_record_and_field_and_nothing_lands() {
    JsonNode staged = ImportApiTest.upload(planner, "parcels", "two.zip", UploadFixtures.parcelsWithStatus(dir, "卖掉了"), 201);
    JsonNode problem = staged.get("preview").get("problems").get(0);
    assertEquals("two.zip/two.shp", problem.get("file").asText());
    assertEquals(2, problem.get("record").asInt());
    assertEquals("供地状态", problem.get("field").asText());
    assertTrue(problem.get("message").asText().contains("'卖掉了' is not one of"), problem.toString());
    String id = staged.get("id").asText();
    JsonNode refused = ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parcels\"}", 422);
    assertEquals("two.zip/two.shp, record 2, field 供地状态: " + problem.get("problem").asText(),
        refused.get("problems").get(0).get("message").asText());
    assertEquals(204, planner.delete("/api/imports/" + id).statusCode());
  }

  @Test
  void points_uploaded_for_a_polygon_layer_are_refused_for_their_geometry() {
    JsonNode staged = ImportApiTest.upload(planner, "parks", "projects.zip", UploadFixtures.demoZip("projects"), 201);
    String id = staged.get("id").asText();
    JsonNode refused = ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parks\","
        + " \"mapping\": {\"项目编号\": \"code\", \"项目名称\": \"name\", \"园区编号\": \"\"}}", 422);
    JsonNode first = refused.get("problems").get(0);
    assertEquals(1, first.get("record").asInt(), refused.toString());
    assertTrue(first.get("problem").asText().contains("expected a polygon, got a Point"), refused.toString());
    assertEquals(204, planner.delete("/api/imports/" + id).statusCode());
  }

  @Test
  void a_value_longer_than_its_column_is_a_problem_named_with_its_limit_not_a_500() {
    String square = "[117.30, 34.70], [117.31, 34.70], [117.31, 34.71], [117.30, 34.71], [117.30, 34.70]";
    JsonNode problem = parkRefused("long.geojson", park("园".repeat(250), square),
        "long.geojson, record 1, field name");
    assertEquals("name", problem.get("field").asText());
    assertTrue(problem.get("message").asText().contains("at most 200 characters"), problem.toString());
  }

  @Test
  void a_geometry_with_more_vertices_than_a_boundary_has_is_refused_naming_its_record_and_the_limit() {
    StringBuilder ring = new StringBuilder();
    int n = 50_001;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      ring.append(String.format(java.util.Locale.ROOT, "[%.7f, %.7f], ",
          117.30 + 0.01 * Math.cos(a), 34.70 + 0.01 * Math.sin(a)));
    }
    ring.append("[117.3100000, 34.7000000]");
    JsonNode problem = parkRefused("dense.geojson", park("园", ring.toString()), "dense.geojson, record 1");
    assertTrue(problem.get("message").asText().contains("50002 vertices; at most 50000"), problem.toString());
  }

  @Test
  void a_file_with_more_property_names_than_a_layer_has_is_refused_naming_the_first_one_past_the_limit() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 999; i++) {
      names.append(", \"f").append(i).append("\": ").append(i);
    }
    String square = "[117.30, 34.70], [117.31, 34.70], [117.31, 34.71], [117.30, 34.71], [117.30, 34.70]";
    byte[] wide = new String(park("园", square), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"name\": \"园\"", "\"name\": \"园\"" + names).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonNode refused = ImportApiTest.upload(planner, "parks", "wide.geojson", wide, 422);
    JsonNode problem = refused.get("problems").get(0);
    assertEquals("TooManyFields", problem.get("code").asText(), refused.toString());
    assertTrue(problem.get("message").asText().startsWith("wide.geojson, record 1, field f998"), refused.toString());
    assertEquals(1000, problem.get("params").get("max").asInt(), refused.toString());
  }

  /** A GeoJSON feature for the parks layer: code P-1, the name, one ring. */
  private static byte[] park(String name, String ring) {
    return ("{\"type\": \"Feature\", \"properties\": {\"code\": \"P-1\", \"name\": \"" + name + "\"},"
        + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Uploads one park, returns the preview's problem with record 1, and checks that the commit is refused
   * with a message holding {@code named} and that the upload can be discarded.
   */
  private static JsonNode parkRefused(String file, byte[] park, String named) {
    JsonNode staged = ImportApiTest.upload(planner, "parks", file, park, 201);
    JsonNode problem = staged.get("preview").get("problems").get(0);
    assertEquals(1, problem.get("record").asInt(), problem.toString());
    String id = staged.get("id").asText();
    JsonNode refused = ImportApiTest.step(planner, "/api/imports/" + id + "/commit", "{\"layer\": \"parks\"}", 422);
    assertTrue(refused.get("problems").get(0).get("message").asText().contains(named), refused.toString());
    assertEquals(204, planner.delete("/api/imports/" + id).statusCode());
    return problem;
  }
}
