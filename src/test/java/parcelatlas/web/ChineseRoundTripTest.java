package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.Gdal;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * A layer exported with Chinese field names ({@code names=zh}) and imported again without a mapping
 * lands with zero changes: the re-import diff says 0 new, 0 changed, 0 absent. Also what GDAL reads
 * in such a file: Chinese field names from a GBK DBF, codes written as their Chinese labels.
 */
@Tag("database")
class ChineseRoundTripTest {
  private static final String PASSWORD = "round trip password";
  @TempDir static Path dir;
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient planner;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    new Users(storage, new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", UploadFixtures.dataDir("round-trip").toString()));
    planner = app.client().signIn("plan", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static byte[] export(String query) {
    HttpResponse<byte[]> response = planner.getBytes("/api/export?" + query);
    assertEquals(200, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    return response.body();
  }

  /** Exports the whole layer with Chinese names in the city's zone, previews it as an upload, commits it. */
  private static JsonNode roundTrip(String layer, long rows) {
    byte[] zip = export("layer=" + layer + "&format=shp&crs=EPSG:4527&encoding=GBK&names=zh");
    JsonNode staged = ImportApiTest.upload(planner, layer, layer + "-zh.zip", zip, 201);
    JsonNode preview = staged.get("preview");
    assertTrue(preview.get("ok").asBoolean(), preview.path("problemGroups").toString());
    JsonNode diff = preview.get("diff");
    assertEquals(rows, diff.get("existing").asLong(), diff.toString());
    assertEquals(0, diff.get("new").asLong(), diff.toString());
    assertEquals(0, diff.get("changed").asLong(), diff.toString());
    assertEquals(0, diff.get("absent").asLong(), diff.toString());
    assertEquals(rows, diff.get("unchanged").asLong(), diff.toString());
    assertTrue(diff.get("examples").isEmpty(), diff.toString());
    JsonNode committed = ImportApiTest.step(planner, "/api/imports/" + staged.get("id").asText() + "/commit",
        "{\"layer\": \"" + layer + "\"}", 200); // nothing held is changed or left out: nothing to confirm
    return committed;
  }

  @Test
  void parcels_exported_with_chinese_names_import_again_without_a_mapping_with_zero_changes() {
    long notes = Sql.count(storage, "parcels WHERE internal_note IS NOT NULL");
    assertTrue(notes > 0, "the demo has internal notes, which a planner's round trip keeps");
    roundTrip("parcels", Sql.count(storage, "parcels"));
    assertEquals(notes, Sql.count(storage, "parcels WHERE internal_note IS NOT NULL"));
  }

  @Test
  void parks_and_demolition_zones_round_trip_too() {
    roundTrip("parks", Sql.count(storage, "parks"));
    roundTrip("demolition-zones", Sql.count(storage, "demolition_zones"));
  }

  @Test
  void key_projects_round_trip_too() {
    long projects = Sql.count(storage, "projects");
    assertTrue(projects > 0, "the demo has key projects");
    roundTrip("projects", projects);
  }

  /**
   * The portal imports no GeoPackage, so a planner's GeoPackage goes back through GDAL: the parcels'
   * GeoPackage (Chinese names, WGS84) converted by ogr2ogr to GeoJSON imports with zero changes, so
   * the GeoPackage holds the same names, labels, dates and numbers as the shapefile.
   */
  @Test
  void a_geopackage_export_converted_by_gdal_imports_again_with_zero_changes() throws IOException {
    Path gpkg = Files.write(dir.resolve("all-zh.gpkg"), export("layer=parcels&format=gpkg&crs=EPSG:4326&names=zh"));
    Path geojson = dir.resolve("from-gpkg.geojson");
    Gdal.run("ogr2ogr", "-f", "GeoJSON", "-lco", "COORDINATE_PRECISION=15", geojson.toString(), gpkg.toString(), "parcels");
    long rows = Sql.count(storage, "parcels");
    JsonNode staged = ImportApiTest.upload(planner, "parcels", "from-gpkg.geojson", Files.readAllBytes(geojson), 201);
    JsonNode preview = staged.get("preview");
    assertTrue(preview.get("ok").asBoolean(), preview.path("problemGroups").toString());
    JsonNode diff = preview.get("diff");
    assertEquals(rows, diff.get("existing").asLong(), diff.toString());
    assertEquals(rows, diff.get("unchanged").asLong(), diff.toString());
    assertEquals(0, diff.get("new").asLong() + diff.get("changed").asLong() + diff.get("absent").asLong(), diff.toString());
    planner.delete("/api/imports/" + staged.get("id").asText());
  }

  @Test
  void a_parcel_moved_by_a_metre_is_still_a_change_in_the_diff() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode file = (com.fasterxml.jackson.databind.node.ObjectNode)
        ApiClient.parse(new String(export("layer=parcels&format=geojson&crs=EPSG:4326&names=zh"
            + "&filter=" + java.net.URLEncoder.encode("code = 'QL-P01-A-002'", java.nio.charset.StandardCharsets.UTF_8)),
            java.nio.charset.StandardCharsets.UTF_8));
    JsonNode feature = file.get("features").get(0);
    assertEquals("QL-P01-A-002", feature.get("properties").get("地块编号").asText());
    for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
      for (JsonNode ring : feature.get("geometry").get("type").asText().equals("Polygon") ? List.of(polygon) : iterable(polygon)) {
        for (JsonNode point : ring) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) point).set(0, point.get(0).asDouble() + 0.00001);
        }
      }
    }
    JsonNode staged = ImportApiTest.upload(planner, "parcels", "moved.geojson", Json.MAPPER.writeValueAsBytes(file), 201);
    JsonNode diff = staged.get("preview").get("diff");
    assertEquals(1, diff.get("changed").asLong(), diff.toString());
    assertEquals("geometry", diff.get("examples").get(0).get("changes").get(0).get("field").asText(), diff.toString());
    planner.delete("/api/imports/" + staged.get("id").asText());
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> out = new java.util.ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  @Test
  void gdal_reads_the_chinese_field_names_and_labels() throws IOException {
    Path folder = unzip(export("layer=parcels&format=shp&crs=EPSG:4527&encoding=GBK&names=zh"
        + "&filter=" + java.net.URLEncoder.encode("code = 'QL-P01-A-001'", java.nio.charset.StandardCharsets.UTF_8)),
        dir.resolve("zh"));
    assertEquals("GBK", Files.readString(folder.resolve("parcels.cpg")).strip().toUpperCase(java.util.Locale.ROOT)
        .replace("CP936", "GBK"));
    String feature = Gdal.run("ogrinfo", "-ro", "-q", folder.resolve("parcels.shp").toString(), "parcels");
    assertTrue(feature.contains("地块编号 (String) = QL-P01-A-001"), feature);
    assertTrue(feature.contains("供地状态 (String) = 已投产"), feature);
    assertTrue(feature.contains("用地性质 (String) = "), feature);
    assertFalse(feature.contains("in_production"), feature);
    String summary = Gdal.run("ogrinfo", "-ro", "-so", folder.resolve("parcels.shp").toString(), "parcels");
    for (String name : new String[] {"地块编号", "园区编号", "容积率下", "投资强度", "产业导向", "可供日期", "内部备注"}) {
      assertTrue(summary.contains(name + ":"), name + " in " + summary);
    }
    Path gpkg = Files.write(dir.resolve("zh.gpkg"), export("layer=parcels&format=gpkg&crs=EPSG:4527&names=zh"
        + "&filter=" + java.net.URLEncoder.encode("code = 'QL-P01-A-001'", java.nio.charset.StandardCharsets.UTF_8)));
    String row = Gdal.run("ogrinfo", "-ro", "-q", gpkg.toString(), "parcels");
    assertTrue(row.contains("地块编号 (String) = QL-P01-A-001") && row.contains("供地状态 (String) = 已投产"), row);
  }

  @Test
  void chinese_names_in_utf8_do_not_fit_a_dbf_field_name_and_are_refused_naming_the_option() {
    HttpResponse<byte[]> response = planner.getBytes("/api/export?layer=parcels&format=shp&encoding=UTF-8&names=zh");
    assertEquals(400, response.statusCode());
    JsonNode body = ApiClient.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("ChineseNamesNeedGbk", body.get("code").asText());
    assertEquals("names", body.get("params").get("field").asText());
  }

  private static Path unzip(byte[] zip, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Files.copy(in, folder.resolve(e.getName()));
      }
    }
    return folder;
  }
}
