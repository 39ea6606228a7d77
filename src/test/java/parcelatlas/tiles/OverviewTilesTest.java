package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.ScaledDemoData;
import parcelatlas.testing.Sql;

/**
 * Vector tiles on a city three times the demo: a z10 tile over the whole city stays bounded (at
 * most {@link TileQuery#LOW_ZOOM_FEATURES} features, the largest, and a bounded number of bytes),
 * as the tileset metadata says; and a flood of uncached tiles is answered within the node's tile
 * limit: 200 or 503 with Retry-After from that limit, never a 500, never the pool's own timeout,
 * while other requests are still served.
 */
@Tag("database")
class OverviewTilesTest {
  /** Bytes a capped z10 parcel tile may take: generous for 2,000 small polygons with three short attributes. */
  private static final int MAX_BYTES = 400_000;
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;
  private static int[] city;

  @BeforeAll
  static void start() {
    storage = ScaledDemoData.loaded(3);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
    Map<String, Object> middle = Sql.rows(storage, "SELECT AVG(ST_X(ST_PointOnSurface(geom))) AS x,"
        + " AVG(ST_Y(ST_PointOnSurface(geom))) AS y FROM parcels").get(0);
    city = TileReader.tileOf(((Number) middle.get("x")).doubleValue(), ((Number) middle.get("y")).doubleValue(), 10);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void a_z10_tile_over_the_city_holds_the_largest_parcels_up_to_the_cap_and_stays_small() {
    Tile tile = new Tile(city[0], city[1], city[2]);
    long inBox = Sql.count(storage, "parcels t WHERE t.geom && ST_MakeEnvelope(" + box(tile.wgs84WithBuffer()) + ", 4326)");
    assertTrue(inBox > TileQuery.LOW_ZOOM_FEATURES, "fixture: the tile's box must hold more than the cap: " + inBox);
    HttpResponse<byte[]> response = staff.getBytes(VectorTilesTest.staffTilePath("parcels", city));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().length <= MAX_BYTES, "z10 tile bytes: " + response.body().length);
    Map<Long, JsonNode> decoded = TileReader.features(response.body(), city[0], city[1], city[2]);
    assertTrue(decoded.size() <= TileQuery.LOW_ZOOM_FEATURES && decoded.size() > TileQuery.LOW_ZOOM_FEATURES / 2,
        "features: " + decoded.size());
    // the largest parcels of the box are kept: the 100 largest are all there
    Set<Long> largest = Sql.rows(storage, "SELECT id FROM parcels t WHERE t.geom && ST_MakeEnvelope("
        + box(tile.wgs84WithBuffer()) + ", 4326) AND ST_Intersects(t.geom, ST_MakeEnvelope(" + box(tile.wgs84WithBuffer())
        + ", 4326)) ORDER BY t.area_m2 DESC, t.id LIMIT 100").stream()
        .map(r -> ((Number) r.get("id")).longValue()).collect(Collectors.toSet());
    assertTrue(decoded.keySet().containsAll(largest), "the largest parcels are kept");
    // the same request gives the same tile
    assertEquals(decoded.keySet(), TileReader.features(staff.getBytes(VectorTilesTest.staffTilePath("parcels", city)).body(),
        city[0], city[1], city[2]).keySet());
    // and the metadata says so
    JsonNode tileJson = app.json("/ogc/collections/parcels/tiles/WebMercatorQuad?f=tilejson", 200);
    assertEquals(TileQuery.LOW_ZOOM_FEATURES, tileJson.get("maxFeaturesPerTile").get("features").asInt());
    assertEquals(Tile.LOW_ZOOM, tileJson.get("maxFeaturesPerTile").get("maxTileMatrix").asInt());
    assertTrue(tileJson.get("vector_layers").get(0).get("description").asText().contains("largest by area"));
    JsonNode tileset = app.json("/ogc/collections/parcels/tiles/WebMercatorQuad", 200);
    assertEquals(TileQuery.LOW_ZOOM_FEATURES, tileset.get("layers").get(0).get("maxFeaturesPerTile").get("features").asInt());
  }

  @Test
  void a_flood_of_uncached_tiles_gets_tiles_or_503_from_the_tile_limit_and_other_requests_are_served() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 96; i++) {
      int z = 10 + i % 3;
      int shift = z - 10;
      int[] t = {z, (city[1] << shift) + (i / 3) % (1 << shift), (city[2] << shift) + (i / 7) % (1 << shift)};
      paths.add(VectorTilesTest.tilePath("parcels", t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(96);
    try {
      List<Future<HttpResponse<byte[]>>> tiles = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        ApiClient viewer = i % 2 == 0 ? app.client() : staff;
        String path = paths.get(i);
        tiles.add(pool.submit(() -> viewer.getBytes(path)));
      }
      Thread.sleep(300);
      HttpResponse<String> parks = app.get("/api/investor/parks");
      int ok = 0;
      int busy = 0;
      for (Future<HttpResponse<byte[]>> f : tiles) {
        HttpResponse<byte[]> r = f.get();
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (r.statusCode() == 200) {
          ok++;
          continue;
        }
        assertEquals(503, r.statusCode(), body);
        assertTrue(body.contains("vector tiles"), "a 503 from the tile limit, not the pool: " + body);
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        busy++;
      }
      assertTrue(ok > 0, "some tiles are drawn: " + ok + " ok, " + busy + " refused");
      assertEquals(200, parks.statusCode(), "another request is served during the flood: " + parks.body());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String box(parcelatlas.features.BBox b) {
    return b.west() + ", " + b.south() + ", " + b.east() + ", " + b.north();
  }
}
