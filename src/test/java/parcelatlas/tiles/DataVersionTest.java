package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.catalog.Layer;
import parcelatlas.importer.ImportOptions;
import parcelatlas.importer.LayerImporter;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Every kind of write that changes a map layer changes that layer's data version in the database,
 * and with it the ETag of the layer's tiles (so a cache revalidating the old tag gets the new
 * tile); a write that is rolled back, or that changes no map, leaves it.
 */
@Tag("database")
class DataVersionTest {
  /**
   * Every table whose writes change a layer's map, with that layer, in a fixed order: written out here
   * rather than read from {@link DataVersions}, so a table missing there fails the tests that use it.
   */
  static final Map<String, Layer> MAP_TABLES = mapTables();

  private static Map<String, Layer> mapTables() {
    Map<String, Layer> tables = new java.util.LinkedHashMap<>();
    tables.put("parks", Layer.PARKS);
    tables.put("parcels", Layer.PARCELS);
    tables.put("projects", Layer.PROJECTS);
    tables.put("demolition_zones", Layer.DEMOLITION_ZONES);
    tables.put("demolition_reports", Layer.DEMOLITION_ZONES);
    tables.put("context_points", Layer.CONTEXT_POINTS);
    return java.util.Collections.unmodifiableMap(tables);
  }
  private static final String JSON = "application/json";
  private static final String PASSWORD = "correct horse battery staple";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient city;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    new Users(storage, new PasswordHasher(4)).add("city.official", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    city = app.client().signIn("city.official", PASSWORD);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  static long version(Layer layer) {
    return storage.read(c -> DataVersions.current(c, layer));
  }

  static String etag(ApiClient viewer, String collection, int[] t) {
    HttpResponse<byte[]> response = viewer.getBytes(VectorTilesTest.tilePath(collection, t));
    assertEquals(200, response.statusCode());
    return response.headers().firstValue("ETag").orElseThrow();
  }

  static int[] tileAround(String table, String where, int z) {
    Map<String, Object> p = Sql.rows(storage, "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y"
        + " FROM " + table + " WHERE " + where).get(0);
    return TileReader.tileOf(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue(), z);
  }

  @Test
  void an_import_bumps_its_layer_and_a_dry_run_or_a_refused_import_does_not() {
    int[] t = tileAround("parks", "1 = 1", 11);
    String tag = etag(app.client(), "parks", t);
    long parks = version(Layer.PARKS);
    long parcels = version(Layer.PARCELS);
    LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.geojson")).withDryRun(true));
    assertEquals(parks, version(Layer.PARKS), "a dry run is rolled back, its bump too");
    LayerImporter.run(storage, ImportOptions.of(Layer.PARKS, DemoData.file("parks.geojson")));
    assertTrue(version(Layer.PARKS) > parks);
    assertEquals(parcels, version(Layer.PARCELS), "other layers keep their version");
    assertNotEquals(tag, etag(app.client(), "parks", t));
    assertEquals(200, app.client().getBytes(VectorTilesTest.tilePath("parks", t), "If-None-Match", tag).statusCode());
  }

  @Test
  void a_weekly_report_filed_on_the_desk_bumps_the_demolition_zones() {
    Map<String, Object> z = Sql.rows(storage, "SELECT z.code, r.signed_households AS s, r.demolished_households AS d,"
        + " r.cleared_area_m2 AS a, (SELECT MAX(id) FROM demolition_reports x WHERE x.zone_id = z.id) AS latest"
        + " FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id ORDER BY z.code").get(0);
    int[] t = tileAround("demolition_zones", "code = '" + z.get("code") + "'", 12);
    String tag = etag(city, "demolition-zones", t);
    long before = version(Layer.DEMOLITION_ZONES);
    String body = "{\"report_date\": \"2026-11-20\", \"signed_households\": " + z.get("s") + ", \"demolished_households\": "
        + (((Number) z.get("d")).intValue() + 1) + ", \"cleared_area_m2\": " + z.get("a") + ", \"based_on\": " + z.get("latest") + "}";
    HttpResponse<String> filed = city.post("/api/desk/zones/" + z.get("code") + "/reports", JSON, body);
    assertEquals(201, filed.statusCode(), filed.body());
    assertTrue(version(Layer.DEMOLITION_ZONES) > before);
    assertNotEquals(tag, etag(city, "demolition-zones", t));
  }

  @Test
  void a_stage_change_on_the_desk_bumps_the_projects_and_a_months_investment_does_not() {
    String code = (String) Sql.rows(storage, "SELECT code FROM projects WHERE stage = 'land_secured' ORDER BY code")
        .get(0).get("code");
    int[] t = tileAround("projects", "code = '" + code + "'", 12);
    String tag = etag(city, "projects", t);
    long before = version(Layer.PROJECTS);
    HttpResponse<String> invested = city.post("/api/desk/projects/" + code + "/investments", JSON,
        "{\"month\": \"2026-11\", \"completed_wan\": 12.5}");
    assertTrue(invested.statusCode() < 300, invested.body());
    assertEquals(before, version(Layer.PROJECTS), "investments are not on the map");
    HttpResponse<String> moved = city.post("/api/desk/projects/" + code + "/stage", JSON,
        "{\"stage\": \"started\", \"effective_date\": \"2026-11-18\", \"note\": \"开工\"}");
    assertEquals(200, moved.statusCode(), moved.body());
    assertTrue(version(Layer.PROJECTS) > before);
    assertNotEquals(tag, etag(city, "projects", t));
  }

  /**
   * Every table a tile reads from, written by a plain UPDATE from outside the portal, bumps its own
   * layer and no other (the kinds of write through the portal: imports and re-imports, the demo
   * loader, desk reports and stage changes, the industry catalogue's sync all write these tables).
   */
  @Test
  void a_plain_update_of_any_map_table_bumps_its_layer_and_only_it() {
    Map<String, Layer> tables = MAP_TABLES;
    for (Map.Entry<String, Layer> table : tables.entrySet()) {
      Map<Layer, Long> before = new java.util.EnumMap<>(Layer.class);
      tables.values().forEach(l -> before.put(l, version(l)));
      storage.inTransaction(c -> c.createStatement().executeUpdate("UPDATE " + table.getKey() + " SET id = id WHERE id = (SELECT MIN(id) FROM "
          + table.getKey() + ")"));
      for (Layer layer : before.keySet()) {
        if (layer == table.getValue()) {
          assertTrue(version(layer) > before.get(layer), table.getKey() + " bumps " + layer);
        } else {
          assertEquals(before.get(layer), version(layer), table.getKey() + " leaves " + layer);
        }
      }
    }
  }

  @Test
  void a_delete_even_from_outside_the_portal_bumps_the_layer_and_the_parcel_leaves_its_tile() {
    Map<String, Object> p = Sql.rows(storage, "SELECT id, code FROM parcels WHERE status = 'available'"
        + " AND code NOT IN (SELECT parcel_code FROM project_parcels) ORDER BY id").get(0);
    long id = ((Number) p.get("id")).longValue();
    int[] t = tileAround("parcels", "id = " + id, 14);
    String tag = etag(app.client(), "parcels", t);
    assertTrue(VectorTilesTest.tile(app.client(), "parcels", t).containsKey(id));
    long before = version(Layer.PARCELS);
    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM parcels WHERE id = " + id));
    assertTrue(version(Layer.PARCELS) > before);
    HttpResponse<byte[]> revalidated = app.client().getBytes(VectorTilesTest.tilePath("parcels", t), "If-None-Match", tag);
    assertEquals(200, revalidated.statusCode(), "the old tag no longer matches");
    assertFalse(TileReader.features(revalidated.body(), t[0], t[1], t[2]).containsKey(id));
  }
}
