package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.features.BBox;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * Vector tiles over HTTP on the demo city, read back by GDAL's MVT driver: the same features, by
 * id and styling attribute, as the items endpoint gives the same viewer for the tile's box.
 */
@Tag("database")
class VectorTilesTest {
  private static final String MVT = "application/vnd.mapbox-vector-tile";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  /** The z-level tile holding a point inside the first feature of {@code table} that meets {@code where}. */
  static int[] tileAround(String table, String where, int z) {
    Map<String, Object> p = Sql.rows(storage, "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y,"
        + " id FROM " + table + " WHERE " + where + " ORDER BY id").get(0);
    return TileReader.tileOf(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue(), z);
  }

  static long idOf(String table, String where) {
    return ((Number) Sql.rows(storage, "SELECT id FROM " + table + " WHERE " + where + " ORDER BY id").get(0).get("id"))
        .longValue();
  }

  static String tilePath(String collection, int[] t) {
    return "/ogc/collections/" + collection + "/tiles/WebMercatorQuad/" + t[0] + "/" + t[1] + "/" + t[2];
  }

  /** The staff variant of a tile's URL (the signed-in viewer's tile; the plain URL is the public tile for everyone). */
  static String staffTilePath(String collection, int[] t) {
    return tilePath(collection, t) + "?audience=staff";
  }

  /** Feature id → properties of the items the viewer gets for a box. */
  static Map<Long, JsonNode> items(ApiClient viewer, String collection, BBox box) {
    String bbox = String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", box.west(), box.south(), box.east(), box.north());
    JsonNode page = viewer.json("/ogc/collections/" + collection + "/items?limit=10000&bbox=" + bbox, 200);
    Map<Long, JsonNode> items = new TreeMap<>();
    page.get("features").forEach(f -> items.put(f.get("id").asLong(), f.get("properties")));
    return items;
  }

  static Map<Long, JsonNode> tile(ApiClient viewer, String collection, int[] t) {
    HttpResponse<byte[]> response = viewer.getBytes(viewer == staff ? staffTilePath(collection, t) : tilePath(collection, t));
    assertEquals(200, response.statusCode(), new String(response.body()));
    assertEquals(MVT, response.headers().firstValue("Content-Type").orElse(""));
    return TileReader.features(response.body(), t[0], t[1], t[2]);
  }

  /** The tile's features are the items of its box with the clipping margin, and hold every item of the tile's own box. */
  static Map<Long, JsonNode> assertSameAsItems(ApiClient viewer, String collection, int[] t, String... attributes) {
    Tile tile = new Tile(t[0], t[1], t[2]);
    Map<Long, JsonNode> decoded = tile(viewer, collection, t);
    Map<Long, JsonNode> items = items(viewer, collection, tile.wgs84WithBuffer());
    assertFalse(items.isEmpty(), "the test tile must hold features");
    assertEquals(items.keySet(), new TreeSet<>(decoded.keySet()), collection + " " + tilePath(collection, t));
    assertTrue(decoded.keySet().containsAll(items(viewer, collection, tile.wgs84()).keySet()));
    for (Map.Entry<Long, JsonNode> e : items.entrySet()) {
      JsonNode properties = decoded.get(e.getKey()).get("properties");
      for (String name : attributes) {
        JsonNode expected = e.getValue().get(name);
        JsonNode actual = properties.get(name);
        String what = collection + " " + e.getKey() + " " + name;
        if (expected == null || expected.isNull()) {
          assertTrue(actual == null || actual.isNull(), what + ": " + actual);
        } else if (expected.isNumber()) {
          assertEquals(expected.asDouble(), actual.asDouble(), 1e-9, what);
        } else {
          assertEquals(expected.asText(), actual.asText(), what);
        }
      }
    }
    return decoded;
  }

  @Test
  void an_anonymous_parcel_tile_holds_the_public_parcels_of_its_box_and_staff_see_the_others_too() {
    int[] t = tileAround("parcels", "status = 'reserved'", 14);
    long hidden = idOf("parcels", "status = 'reserved'");
    Map<Long, JsonNode> anonymous = assertSameAsItems(app.client(), "parcels", t, "code", "status", "land_use");
    Map<Long, JsonNode> forStaff = assertSameAsItems(staff, "parcels", t, "code", "status", "land_use");
    assertFalse(anonymous.containsKey(hidden), "a reserved parcel is not public");
    assertTrue(forStaff.containsKey(hidden));
    assertTrue(anonymous.values().stream().allMatch(f -> f.get("properties").get("status").asText().matches("available|listed")));
    assertFalse(anonymous.values().iterator().next().get("properties").has("internal_note"));
  }

  @Test
  void parks_projects_and_zones_decode_to_their_items_with_the_attributes_the_map_styles_by() {
    assertSameAsItems(app.client(), "parks", tileAround("parks", "1 = 1", 11), "code", "name", "name_en", "level");
    assertSameAsItems(staff, "projects", tileAround("projects", "1 = 1", 12), "code", "name", "stage", "level");
    int[] zone = tileAround("demolition_zones", "1 = 1", 12);
    Map<Long, JsonNode> zones = assertSameAsItems(staff, "demolition-zones", zone, "code", "name", "township",
        "demolished_pct", "overdue");
    assertTrue(zones.values().stream().anyMatch(f -> f.get("properties").get("demolished_pct").isNumber()));
  }

  /**
   * The parks tileset starts at tile matrix 0 (TileJSON minzoom), so each zoom's tile holds every
   * park of its box: at z0-z2 a park of a few km² is smaller than one grid unit (about 10 km at z0),
   * and is kept as a one-unit square rather than snapped away.
   */
  @Test
  void every_zoom_from_the_parks_minzoom_holds_every_park_of_its_box() {
    int minZoom = app.json("/ogc/collections/parks/tiles/WebMercatorQuad?f=tilejson", 200).get("minzoom").asInt();
    assertEquals(0, minZoom);
    for (int z = minZoom; z <= 12; z++) {
      assertSameAsItems(app.client(), "parks", tileAround("parks", "1 = 1", z), "code", "name");
    }
  }

  @Test
  void staff_only_layers_need_a_sign_in_even_as_tiles() {
    int[] t = tileAround("projects", "1 = 1", 12);
    assertEquals(401, app.client().getBytes(tilePath("projects", t)).statusCode());
    app.json("/ogc/collections/demolition-zones/tiles", 401);
  }

  @Test
  void a_tile_answers_304_to_its_etag_and_is_cacheable_by_a_cdn_only_when_public() {
    int[] t = tileAround("parcels", "status = 'available'", 14);
    HttpResponse<byte[]> first = app.client().getBytes(tilePath("parcels", t));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").startsWith("public, max-age="));
    HttpResponse<byte[]> again = app.client().getBytes(tilePath("parcels", t), "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
    HttpResponse<byte[]> other = app.client().getBytes(tilePath("parcels", t), "If-None-Match", "\"something-else\"");
    assertEquals(200, other.statusCode());

    HttpResponse<byte[]> staffTile = staff.getBytes(staffTilePath("parcels", t));
    String staffTag = staffTile.headers().firstValue("ETag").orElseThrow();
    assertFalse(staffTag.equals(etag), "staff tiles hold other rows: another tag");
    assertEquals("private, no-store", staffTile.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(200, staff.getBytes(staffTilePath("parcels", t), "If-None-Match", etag).statusCode(),
        "a public tile's tag does not revalidate a staff tile");
    assertEquals(304, staff.getBytes(staffTilePath("parcels", t), "If-None-Match", staffTag).statusCode());
  }

  @Test
  void bad_tile_addresses_get_4xx_naming_the_problem() {
    String base = "/ogc/collections/parcels/tiles/";
    assertError(400, base + "WebMercatorQuad/x/1/1", "tileMatrix must be a whole number");
    assertError(400, base + "WebMercatorQuad/14/-1/1", "tileRow must be a whole number");
    assertError(400, base + "WebMercatorQuad/14/1/99999999999999999999", "tileCol must be a whole number");
    assertError(404, base + "WebMercatorQuad/23/0/0", "tile matrix must be 0 to 22");
    assertError(404, base + "WebMercatorQuad/14/16384/0", "tile row must be 0 to 16383");
    assertError(404, base + "WebMercatorQuad/14/0/16384", "tile column must be 0 to 16383");
    assertError(404, base + "WebMercatorQuad/3/0/0", "parcels tiles start at tile matrix 10");
    assertError(404, base + "WorldCRS84Quad/14/0/0", "no tile matrix set 'WorldCRS84Quad'");
    assertError(404, "/ogc/collections/roads/tiles/WebMercatorQuad/14/0/0", "no collection 'roads'");
    assertError(400, base + "WebMercatorQuad?f=png", "f must be json or tilejson");
  }

  private static void assertError(int status, String path, String message) {
    HttpResponse<String> response = app.get(path);
    assertEquals(status, response.statusCode(), path + ": " + response.body());
    assertTrue(response.body().contains(message), path + ": " + response.body());
  }

  @Test
  void the_tile_matrix_set_tilesets_and_tilejson_describe_the_tiles_and_are_linked() {
    JsonNode tms = app.json("/ogc/tileMatrixSets/WebMercatorQuad", 200);
    assertEquals(23, tms.get("tileMatrices").size());
    assertEquals(16384, tms.get("tileMatrices").get(14).get("matrixWidth").asInt());
    assertEquals("WebMercatorQuad", app.json("/ogc/tileMatrixSets", 200).get("tileMatrixSets").get(0).get("id").asText());
    JsonNode tilesets = app.json("/ogc/collections/parcels/tiles", 200).get("tilesets");
    assertEquals("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", tilesets.get(0).get("tileMatrixSetURI").asText());
    JsonNode tileset = app.json("/ogc/collections/parcels/tiles/WebMercatorQuad", 200);
    assertTrue(tileset.get("links").toString().contains("/ogc/collections/parcels/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"));
    JsonNode tileJson = app.json("/ogc/collections/parcels/tiles/WebMercatorQuad?f=tilejson", 200);
    assertEquals("3.0.0", tileJson.get("tilejson").asText());
    assertTrue(tileJson.get("tiles").get(0).asText().endsWith("/ogc/collections/parcels/tiles/WebMercatorQuad/{z}/{y}/{x}"));
    assertEquals("String", tileJson.get("vector_layers").get(0).get("fields").get("status").asText());
    assertEquals(4, tileJson.get("bounds").size());
    assertTrue(app.json("/ogc", 200).get("links").toString().contains("/ogc/tileMatrixSets"));
    assertTrue(app.json("/ogc/collections/parcels", 200).get("links").toString().contains("/ogc/collections/parcels/tiles"));
    assertTrue(app.json("/ogc/conformance", 200).get("conformsTo").toString().contains("ogcapi-tiles-1/1.0/conf/mvt"));
  }
}
