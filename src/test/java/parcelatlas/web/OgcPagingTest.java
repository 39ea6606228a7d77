package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Keyset paging of OGC items over HTTP: next links carry a cursor, so a walk returns every feature
 * once and in order even when rows are inserted ahead of it between pages (with offsets, such a
 * row pushes the last feature of a page onto the next one too); numberMatched on the first page only.
 */
@Tag("database")
class OgcPagingTest {
  private static final String ITEMS = "/ogc/collections/parcels/items";
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

  /**
   * A client reaching the portal over IPv6 (Chromium resolves localhost to ::1) gets links it can
   * follow: the address was bracketed twice ("http://[[0:0:0:0:0:0:0:1]]:…"), every next link was
   * an invalid URL and the desk at city scale failed with "Failed to construct 'URL'" (the audit of
   * issue 10).
   */
  @Test
  void links_answered_over_ipv6_are_valid_urls_with_the_address_bracketed_once() throws Exception {
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
      probe.getLocalPort();
    } catch (java.io.IOException noIpv6) {
      org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback on this machine: " + noIpv6);
    }
    try (RunningApp v6 = new RunningApp(storage, java.util.Map.of(), "::1")) {
      assertIpv6Links(v6.base());
    }
  }

  private static void assertIpv6Links(String base) throws Exception {
    String port = base.substring(base.lastIndexOf(':') + 1);
    java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + ITEMS + "?limit=1")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode());
    String next = null;
    for (JsonNode link : ApiClient.parse(answer.body()).path("links")) {
      String href = link.path("href").asText();
      java.net.URI uri = java.net.URI.create(href);
      assertEquals("[0:0:0:0:0:0:0:1]", uri.getHost(), href);
      assertEquals(Integer.parseInt(port), uri.getPort(), href);
      if (link.path("rel").asText().equals("next")) {
        next = href;
      }
    }
    assertNotNull(next);
    assertEquals(200, java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(next)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(), "the next link is followed");
  }

  @Test
  void walking_next_links_in_id_order_returns_every_feature_once_though_a_row_is_inserted_ahead() {
    List<Long> expected = ids("SELECT id FROM parcels ORDER BY id");
    List<Long> returned = new ArrayList<>();
    String url = ITEMS + "?limit=300&count=true";
    int pages = 0;
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      page.get("features").forEach(f -> returned.add(f.get("id").asLong()));
      url = link(page, "next");
      if (pages == 0) {
        assertEquals(expected.size(), page.get("numberMatched").asLong(), "the first page is counted");
        insertParcel(-1000L - expected.size(), "TEST-AHEAD-ID", "available", 900.0, square(117.2, 34.7));
      } else {
        assertNull(page.get("numberMatched"), "a page reached by cursor is not counted");
      }
      if (url != null) {
        assertTrue(url.contains("cursor=") && !url.contains("offset=") && url.contains("limit=300"), url);
      }
      pages++;
    }
    assertEquals(expected, returned);
    assertEquals((expected.size() + 299) / 300, pages);
  }

  @Test
  void walking_a_sortby_over_nulls_and_ties_keeps_its_order_though_rows_are_inserted_ahead() {
    String order = "ORDER BY available_date DESC NULLS FIRST, land_use ASC NULLS LAST, id";
    List<Long> expected = ids("SELECT id FROM parcels " + order);
    assertTrue(Sql.count(storage, "parcels WHERE available_date IS NULL") > 100, "the sort meets nulls");
    List<Long> returned = new ArrayList<>();
    String url = ITEMS + "?limit=150&sortby=" + q("-available_date,land_use");
    int pages = 0;
    while (url != null) {
      JsonNode page = staff.json(url, 200);
      page.get("features").forEach(f -> returned.add(f.get("id").asLong()));
      if (pages == 1 || pages == 9) {
        // (no date, land use A, a negative id) is the first key of this order: the row lands before the cursor
        insertParcel(-5000L - pages, "TEST-AHEAD-" + pages, "listed", 800.0, square(117.3, 34.8));
      }
      url = link(page, "next");
      pages++;
    }
    assertEquals(expected, returned);
  }

  @Test
  void a_first_page_is_counted_and_a_page_that_holds_every_match_counts_itself() {
    long total = Sql.count(storage, "parcels");
    assertEquals(total, staff.json(ITEMS + "?limit=5&count=true", 200).get("numberMatched").asLong());
    assertEquals(total, staff.json(ITEMS + "?limit=5&offset=10&count=true", 200).get("numberMatched").asLong(),
        "an offset page is a first page reached without cursor");
    JsonNode all = staff.json(ITEMS + "?limit=10000", 200);
    assertEquals(total, all.get("numberMatched").asLong());
    assertNull(link(all, "next"), "no next link after the last feature");
    JsonNode second = staff.json(link(staff.json(ITEMS + "?limit=5", 200), "next"), 200);
    assertNull(second.get("numberMatched"));
    assertEquals(5, second.get("numberReturned").asInt());
  }

  @Test
  void a_damaged_or_foreign_cursor_is_a_400_that_names_the_cursor() {
    String next = link(staff.json(ITEMS + "?limit=3&sortby=code", 200), "next");
    String cursor = URLDecoder.decode(next.replaceAll(".*[?&]cursor=([^&]*).*", "$1"), StandardCharsets.UTF_8);
    assertEquals(3, staff.json(ITEMS + "?limit=3&sortby=code&cursor=" + cursor, 200).get("numberReturned").asInt());
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    String json = new String(bytes, 0, bytes.length - 4, StandardCharsets.UTF_8);
    byte[] edited = json.replaceFirst("\"i\":(\\d+)", "\"i\":1$1").getBytes(StandardCharsets.UTF_8);
    byte[] forged = java.util.Arrays.copyOf(edited, edited.length + 4);
    System.arraycopy(bytes, bytes.length - 4, forged, edited.length, 4);
    List<String> damaged = List.of(cursor.substring(0, cursor.length() - 3), cursor + "AAAA", "not a cursor!",
        Base64.getUrlEncoder().withoutPadding().encodeToString(forged), "x".repeat(5000));
    for (String bad : damaged) {
      String description = staff.json(ITEMS + "?limit=3&sortby=code&cursor=" + q(bad), 400).get("description").asText();
      assertTrue(description.startsWith("cursor "), description);
    }
    String foreign = staff.json(ITEMS + "?limit=3&sortby=-code&cursor=" + cursor, 400).get("description").asText();
    assertTrue(foreign.contains("sortby=code"), foreign);
    assertTrue(staff.json(ITEMS + "?limit=3&sortby=code&offset=3&cursor=" + cursor, 400).get("description").asText()
        .contains("either cursor or offset"));
    assertTrue(staff.json(ITEMS + "?offset=100001", 400).get("description").asText().contains("offset"));
  }

  @Test
  void a_bbox_across_the_antimeridian_returns_the_features_on_both_sides() {
    long east = insertParcel(null, "TEST-DATELINE-E", "available", 1000.0, square(179.95, 0.5));
    long west = insertParcel(null, "TEST-DATELINE-W", "available", 1000.0, square(-179.95, 0.5));
    long far = insertParcel(null, "TEST-DATELINE-FAR", "available", 1000.0, square(0.5, 0.5));
    Set<Long> returned = idsOf(app.json(ITEMS + "?bbox=179.5,0,-179.5,1", 200));
    assertEquals(Set.of(east, west), returned);
    assertEquals(Set.of(east, west), idsOf(app.json(ITEMS + "?bbox=0,179.5,1,-179.5&bbox-crs="
        + q("http://www.opengis.net/def/crs/EPSG/0/4326"), 200)), "latitude first, the same box");
    assertTrue(idsOf(app.json(ITEMS + "?bbox=-179.5,0,179.5,1", 200)).contains(far), "not crossing: the middle");
    app.json(ITEMS + "?bbox=179.5,1,-179.5,0", 400);
    app.json(ITEMS + "?bbox=179.5,0,-180.5,1", 400);
  }

  @Test
  void a_six_number_bbox_ignores_heights_and_matches_the_four_number_one() {
    String four = "117.15,34.65,117.25,34.75";
    JsonNode expected = staff.json(ITEMS + "?limit=10000&bbox=" + four, 200);
    JsonNode six = staff.json(ITEMS + "?limit=10000&bbox=117.15,34.65,-10,117.25,34.75,250.5", 200);
    assertFalse(expected.get("features").isEmpty());
    assertEquals(idsOf(expected), idsOf(six));
    assertEquals(expected.get("numberMatched"), six.get("numberMatched"));
    staff.json(ITEMS + "?bbox=117.15,34.65,300,117.25,34.75,250", 400);
    staff.json(ITEMS + "?bbox=117.15,34.65,1,117.25,34.75", 400);
  }

  @Test
  void absent_properties_are_written_as_null_so_clients_see_every_field() {
    JsonNode page = staff.json(ITEMS + "?limit=1&filter=" + q("available_date IS NULL"), 200);
    JsonNode p = page.get("features").get(0).get("properties");
    assertTrue(p.has("available_date") && p.get("available_date").isNull(), p.toString());
  }

  private static long insertParcel(Long id, String code, String status, double area, String wkt) {
    return storage.inTransaction(c -> {
      String sql = "INSERT INTO parcels (" + (id == null ? "" : "id, ") + "code, land_use, status, area_m2, geom,"
          + " source_crs, source_file, source_record) VALUES (" + (id == null ? "" : "?, ")
          + "?, 'A', ?, ?, ST_GeomFromText(?, 4326), 'EPSG:4326', 'test', 1)";
      try (var s = c.prepareStatement(sql)) {
        int i = 1;
        if (id != null) {
          s.setLong(i++, id);
        }
        s.setString(i++, code);
        s.setString(i++, status);
        s.setDouble(i++, area);
        s.setString(i, wkt);
        s.executeUpdate();
      }
      try (var s = c.prepareStatement("SELECT id FROM parcels WHERE code = ?")) {
        s.setString(1, code);
        try (var rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  private static String square(double lon, double lat) {
    double d = 0.001;
    return "MULTIPOLYGON(((" + lon + " " + lat + ", " + (lon + d) + " " + lat + ", " + (lon + d) + " " + (lat + d)
        + ", " + lon + " " + (lat + d) + ", " + lon + " " + lat + ")))";
  }

  private static List<Long> ids(String sql) {
    List<Long> ids = new ArrayList<>();
    Sql.rows(storage, sql).forEach(r -> ids.add(((Number) r.get("id")).longValue()));
    return ids;
  }

  private static Set<Long> idsOf(JsonNode page) {
    Set<Long> ids = new TreeSet<>();
    page.get("features").forEach(f -> ids.add(f.get("id").asLong()));
    return ids;
  }

  static String link(JsonNode page, String rel) {
    for (JsonNode l : page.get("links")) {
      if (l.get("rel").asText().equals(rel)) {
        assertNotNull(l.get("href"));
        return l.get("href").asText();
      }
    }
    return null;
  }

  private static String q(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
