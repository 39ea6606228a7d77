package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The shared cache in front of the app nodes ({@code deploy/haproxy/portal.cfg}, HAProxy's own
 * cache): a public tile asked for again is answered from the cache — the same bytes, the app's
 * response (its request id) and no request reaching the app; a write bumps the layer's data
 * version, and once the kept tile's max-age has passed the cache fetches the new tile; staff tiles
 * ({@code ?audience=staff}, and the plain URL of a staff-only layer) are never kept, so no other
 * client is answered with one. Needs the {@code haproxy} binary ({@code .ci/install-deps}).
 */
@Tag("haproxy")
class TileCacheTest {
  private static final int MAX_AGE = 2;
  private static final String TILE_ROUTE =
      "route=\"/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}\"";
  private static Storage storage;
  private static RunningApp app;
  private static CachingProxy proxy;

  @BeforeAll
  static void start() throws Exception {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    proxy = new CachingProxy(app.base(), MAX_AGE);
  }

  @AfterAll
  static void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static HttpResponse<byte[]> viaProxy(ApiClient client, String path) {
    return client.getBytes(proxy.base() + path);
  }

  private static int[] tileAround(String where, int z) {
    Map<String, Object> p = Sql.rows(storage, "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y"
        + " FROM parcels WHERE " + where + " ORDER BY id").get(0);
    return TileReader.tileOf(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue(), z);
  }

  /** Tile requests this app node has answered, by its own metrics. */
  private static long tileRequests() {
    long count = 0;
    for (String line : app.get("/metrics").body().split("\n")) {
      if (line.startsWith("http_server_requests_seconds_count{") && line.contains(TILE_ROUTE)) {
        count += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return count;
  }

  /** The app's count once it has recorded {@code expected} (metrics are written after the response). */
  private static long tileRequestsReaching(long expected) throws InterruptedException {
    long count = tileRequests();
    for (int i = 0; i < 50 && count < expected; i++) {
      Thread.sleep(100);
      count = tileRequests();
    }
    return count;
  }

  @Test
  void a_public_tile_asked_again_comes_from_the_cache_with_the_same_bytes() throws Exception {
    String path = VectorTilesTest.tilePath("parcels", tileAround("status = 'available'", 14));
    long before = tileRequests();
    HttpResponse<byte[]> first = viaProxy(app.client(), path);
    assertEquals(200, first.statusCode());
    assertTrue(first.body().length > 0, "the tile holds a public parcel");
    assertEquals("MISS", header(first, "X-Cache"));
    assertEquals("public, max-age=60", header(first, "Cache-Control"));
    for (ApiClient other : new ApiClient[] {app.client(), app.staff()}) { // a session cookie does not matter
      HttpResponse<byte[]> again = viaProxy(other, path);
      assertEquals(200, again.statusCode());
      assertEquals("HIT", header(again, "X-Cache"));
      assertFalse(header(again, "Age").isEmpty(), "a kept response says its age");
      assertArrayEquals(first.body(), again.body());
      assertEquals(header(first, "ETag"), header(again, "ETag"));
      assertEquals(header(first, "X-Request-Id"), header(again, "X-Request-Id"), "the app's first answer, kept");
    }
    assertEquals(before + 1, tileRequestsReaching(before + 1), "only the first request reached the app");
    String tag = header(first, "ETag");
    HttpResponse<byte[]> revalidated = app.client().getBytes(proxy.base() + path, "If-None-Match", tag);
    assertEquals(304, revalidated.statusCode(), "the cache answers a client's revalidation itself");
  }

  @Test
  void after_a_write_and_the_max_age_the_cache_fetches_the_new_tile() throws Exception {
    long id = ((Number) Sql.rows(storage, "SELECT id FROM parcels WHERE status = 'available'"
        + " AND code NOT IN (SELECT parcel_code FROM project_parcels) ORDER BY id DESC").get(0).get("id")).longValue();
    int[] t = tileAround("id = " + id, 15);
    String path = VectorTilesTest.tilePath("parcels", t);
    HttpResponse<byte[]> kept = viaProxy(app.client(), path);
    assertEquals(200, kept.statusCode(), new String(kept.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(TileReader.features(kept.body(), t[0], t[1], t[2]).containsKey(id));
    storage.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM parcels WHERE id = " + id));
    HttpResponse<byte[]> fresh = app.client().getBytes(path);
    assertNotEquals(header(kept, "ETag"), header(fresh, "ETag"), "the write bumped the data version");
    HttpResponse<byte[]> seen = viaProxy(app.client(), path);
    for (int i = 0; i < 100 && header(seen, "ETag").equals(header(kept, "ETag")); i++) {
      // until the kept tile expires, the cache answers it as it was
      assertEquals("HIT", header(seen, "X-Cache"));
      assertArrayEquals(kept.body(), seen.body());
      Thread.sleep(200);
      seen = viaProxy(app.client(), path);
    }
    assertEquals(header(fresh, "ETag"), header(seen, "ETag"), "after max-age the cache asked the app again");
    assertEquals("MISS", header(seen, "X-Cache"));
    assertArrayEquals(fresh.body(), seen.body());
    assertFalse(TileReader.features(seen.body(), t[0], t[1], t[2]).containsKey(id));
    HttpResponse<byte[]> next = viaProxy(app.client(), path);
    assertEquals("HIT", header(next, "X-Cache"), "and keeps the new one");
    assertArrayEquals(fresh.body(), next.body());
  }

  @Test
  void staff_tiles_are_never_kept_nor_given_to_another_client() throws Exception {
    ApiClient staff = app.staff();
    int[] t = tileAround("status = 'reserved'", 13);
    long hidden = ((Number) Sql.rows(storage, "SELECT id FROM parcels WHERE status = 'reserved' ORDER BY id")
        .get(0).get("id")).longValue();
    String path = VectorTilesTest.tilePath("parcels", t);
    long before = tileRequests();
    HttpResponse<byte[]> first = viaProxy(staff, path + "?audience=staff");
    HttpResponse<byte[]> second = viaProxy(staff, path + "?audience=staff");
    assertEquals(200, second.statusCode());
    assertTrue(TileReader.features(second.body(), t[0], t[1], t[2]).containsKey(hidden), "the staff tile shows the reserved parcel");
    assertNotEquals(header(first, "X-Request-Id"), header(second, "X-Request-Id"), "both went to the app");
    assertEquals("", header(second, "Age"));
    assertEquals(401, viaProxy(app.client(), path + "?audience=staff").statusCode());
    assertFalse(TileReader.features(viaProxy(app.client(), path).body(), t[0], t[1], t[2]).containsKey(hidden));
    // a staff-only layer answers its plain URL with the staff tile: private, so never kept either
    String projects = VectorTilesTest.tilePath("projects", t);
    HttpResponse<byte[]> staffProjects = viaProxy(staff, projects);
    assertEquals(200, staffProjects.statusCode());
    assertEquals("MISS", header(viaProxy(staff, projects), "X-Cache"));
    assertEquals(401, viaProxy(app.client(), projects).statusCode(), "an anonymous visitor is not given the staff tile");
    assertEquals(before + 7, tileRequestsReaching(before + 7), "every one of them reached the app");
  }
}
