package parcelatlas.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Locale;
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
 * The tile URL says whose tile it is, so a shared cache can keep the public ones: the plain URL
 * answers the same public bytes with or without a staff session, {@code public} and without
 * {@code Vary: Cookie}; {@code ?audience=staff} needs a session and answers the staff tile (rows
 * the public does not see), {@code private, no-store}; both revalidate with 304; the tile metadata
 * gives each viewer the template of its own tiles.
 */
@Tag("database")
class TileAudienceTest {
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient staff;
  private static int[] tile;
  private static long hidden;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    staff = app.staff();
    Map<String, Object> p = Sql.rows(storage, "SELECT ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y,"
        + " id FROM parcels WHERE status = 'reserved' ORDER BY id").get(0);
    tile = TileReader.tileOf(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue(), 14);
    hidden = ((Number) p.get("id")).longValue();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  private static String path(String collection) {
    return String.format(Locale.ROOT, "/ogc/collections/%s/tiles/WebMercatorQuad/%d/%d/%d", collection, tile[0], tile[1], tile[2]);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static Map<Long, JsonNode> decode(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), new String(response.body()));
    return TileReader.features(response.body(), tile[0], tile[1], tile[2]);
  }

  @Test
  void the_public_url_gives_everyone_the_same_cacheable_public_tile() {
    HttpResponse<byte[]> anonymous = app.client().getBytes(path("parcels"));
    HttpResponse<byte[]> withCookie = staff.getBytes(path("parcels"));
    assertEquals(200, anonymous.statusCode());
    assertEquals(200, withCookie.statusCode());
    assertArrayEquals(anonymous.body(), withCookie.body(), "a staff cookie does not change the public tile");
    assertEquals(header(anonymous, "ETag"), header(withCookie, "ETag"));
    for (HttpResponse<byte[]> r : java.util.List.of(anonymous, withCookie)) {
      assertEquals("public, max-age=60", header(r, "Cache-Control"));
      assertTrue(r.headers().allValues("Vary").stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains("cookie")),
          "no Vary: Cookie: " + r.headers().allValues("Vary"));
    }
    assertFalse(decode(withCookie).containsKey(hidden), "a reserved parcel is not in the public tile");
    assertEquals(anonymous.body().length, app.client().getBytes(path("parcels") + "?audience=public").body().length);
  }

  @Test
  void the_staff_url_needs_a_session_and_answers_the_fuller_private_tile() {
    HttpResponse<String> refused = app.get(path("parcels") + "?audience=staff");
    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("sign in"), refused.body());
    HttpResponse<String> bad = app.get(path("parcels") + "?audience=everyone");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("audience must be public or staff"), bad.body());

    HttpResponse<byte[]> forStaff = staff.getBytes(path("parcels") + "?audience=staff");
    Map<Long, JsonNode> staffFeatures = decode(forStaff);
    Map<Long, JsonNode> publicFeatures = decode(app.client().getBytes(path("parcels")));
    assertTrue(staffFeatures.containsKey(hidden), "staff see the reserved parcel");
    assertTrue(staffFeatures.keySet().containsAll(publicFeatures.keySet()));
    assertTrue(staffFeatures.size() > publicFeatures.size());
    assertEquals("private, no-store", header(forStaff, "Cache-Control"));
    assertTrue(header(forStaff, "ETag").contains("-staff-"), header(forStaff, "ETag"));
  }

  @Test
  void both_urls_revalidate_with_304_and_a_tag_of_one_does_not_revalidate_the_other() {
    String publicTag = header(app.client().getBytes(path("parcels")), "ETag");
    HttpResponse<byte[]> again = staff.getBytes(path("parcels"), "If-None-Match", publicTag);
    assertEquals(304, again.statusCode());
    assertEquals("public, max-age=60", header(again, "Cache-Control"));
    assertEquals(304, app.client().getBytes(path("parcels"), "If-None-Match", publicTag).statusCode());

    String staffTag = header(staff.getBytes(path("parcels") + "?audience=staff"), "ETag");
    assertNotEquals(publicTag, staffTag);
    HttpResponse<byte[]> staffAgain = staff.getBytes(path("parcels") + "?audience=staff", "If-None-Match", staffTag);
    assertEquals(304, staffAgain.statusCode());
    assertEquals("private, no-store", header(staffAgain, "Cache-Control"));
    assertEquals(200, staff.getBytes(path("parcels") + "?audience=staff", "If-None-Match", publicTag).statusCode());
  }

  @Test
  void staff_only_layers_have_staff_tiles_only() {
    assertEquals(401, app.client().getBytes(path("projects")).statusCode());
    assertEquals(401, app.client().getBytes(path("projects") + "?audience=staff").statusCode());
    HttpResponse<byte[]> plain = staff.getBytes(path("projects"));
    assertEquals(200, plain.statusCode());
    assertEquals("private, no-store", header(plain, "Cache-Control"));
    HttpResponse<byte[]> asked = staff.getBytes(path("projects") + "?audience=staff");
    assertEquals(header(plain, "ETag"), header(asked, "ETag"));
    HttpResponse<String> publicAsked = staff.get(path("projects") + "?audience=public");
    assertEquals(400, publicAsked.statusCode(), publicAsked.body());
    assertTrue(publicAsked.body().contains("audience=staff"), publicAsked.body());
  }

  @Test
  void the_metadata_gives_each_viewer_the_template_of_its_tiles() {
    String tileJson = "/ogc/collections/parcels/tiles/WebMercatorQuad?f=tilejson";
    String tileset = "/ogc/collections/parcels/tiles/WebMercatorQuad";
    assertTrue(app.json(tileJson, 200).get("tiles").get(0).asText().endsWith("/WebMercatorQuad/{z}/{y}/{x}"));
    assertTrue(staff.json(tileJson, 200).get("tiles").get(0).asText().endsWith("/WebMercatorQuad/{z}/{y}/{x}?audience=staff"));
    assertFalse(app.json(tileset, 200).get("links").toString().contains("audience"));
    assertTrue(staff.json(tileset, 200).get("links").toString().contains("/{tileMatrix}/{tileRow}/{tileCol}?audience=staff"));
    // parks look the same to everyone: staff are pointed at the public, cacheable tiles
    assertTrue(staff.json("/ogc/collections/parks/tiles/WebMercatorQuad?f=tilejson", 200).get("tiles").get(0).asText()
        .endsWith("/WebMercatorQuad/{z}/{y}/{x}"));
  }
}
