package parcelatlas.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;

/**
 * The benchmarks' load client reads what the portal sends in full, over one connection kept
 * alive: a streamed (chunked) items page and a tile byte for byte as the JDK's client reads them,
 * a 304 without a body, a JSON POST; so its request rates count whole responses.
 */
@Tag("database")
class LeanHttpTest {
  private static final String ITEMS = "/ogc/collections/parcels/items?limit=50&bbox=100,20,130,45";
  private static final String TILES = "/ogc/collections/parcels/tiles/WebMercatorQuad/";
  private static Storage storage;
  private static RunningApp app;
  private static URI base;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
    base = URI.create(app.base());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void readsWholeBodiesOverOneConnection() throws Exception {
    HttpClient jdk = HttpClient.newHttpClient();
    byte[] page = jdk.send(HttpRequest.newBuilder(base.resolve(ITEMS)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    String tile = firstTileWithParcels(jdk);
    HttpResponse<byte[]> tileResponse = jdk.send(HttpRequest.newBuilder(base.resolve(TILES + tile)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    try (LeanHttp lean = new LeanHttp(base.getHost(), base.getPort())) {
      for (int round = 0; round < 3; round++) {
        assertEquals(200, lean.get(ITEMS, ""));
        assertTrue(new String(lean.body(), StandardCharsets.UTF_8).endsWith("}"), "a whole JSON document");
        assertEquals(new String(page, StandardCharsets.UTF_8).replaceAll("\"timeStamp\":\"[^\"]*\"", ""),
            new String(lean.body(), StandardCharsets.UTF_8).replaceAll("\"timeStamp\":\"[^\"]*\"", ""));
        assertTrue(lean.bodyContains("\"rel\":\"self\"".getBytes(StandardCharsets.UTF_8)));
        assertTrue(lean.bodyContains("}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(lean.bodyContains("\"rel\":\"nothing\"".getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, lean.get(TILES + tile, ""));
        assertArrayEquals(tileResponse.body(), lean.body());
        String etag = lean.etag();
        assertNotNull(etag);
        assertEquals(304, lean.get(TILES + tile, "If-None-Match: " + etag + "\r\n"));
        assertEquals(0, lean.bodyLength());
        assertEquals(404, lean.get("/ogc/collections/nothing/items", ""));
        assertEquals(200, lean.postJson("/api/investor/match",
            "{\"min_mu\": 1, \"max_mu\": 1000, \"limit\": 5}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(new String(lean.body(), StandardCharsets.UTF_8).startsWith("{"), "the match's JSON");
      }
    }
  }

  /** A z14 tile under the first public parcel: it holds at least that parcel. */
  private static String firstTileWithParcels(HttpClient jdk) throws Exception {
    String body = jdk.send(HttpRequest.newBuilder(base.resolve("/ogc/collections/parcels/items?limit=1")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    var ring = json.at("/features/0/geometry/coordinates/0/0");
    double lon = ring.get(0).get(0).asDouble();
    double lat = ring.get(0).get(1).asDouble();
    int n = 1 << 14;
    int col = (int) Math.floor((lon + 180) / 360 * n);
    double r = Math.toRadians(lat);
    int row = (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    return "14/" + row + "/" + col;
  }
}
