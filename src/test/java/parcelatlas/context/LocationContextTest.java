package parcelatlas.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.testing.Browser;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;
import parcelatlas.testing.DemoApp;

/**
 * A land-ready plot's facts give the distance to the nearest point of each context kind, in metres
 * on the ellipsoid. The oracle is independent of the code under test: on PostGIS the database's own
 * {@code ST_Distance(geography)} over every highway exit; on H2GIS GeographicLib in this test, the
 * exit's distance to the plot's vertices and to points every 0.5 m along each edge's geodesic.
 */
@Tag("database")
class LocationContextTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  /** Public plots in code order: the first few and every 97th, so parks all round the city are covered. */
  private static List<String> plots() {
    List<String> all = Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed') ORDER BY code")
        .stream().map(r -> (String) r.get("code")).toList();
    java.util.ArrayList<String> chosen = new java.util.ArrayList<>(all.subList(0, 3));
    for (int i = 97; i < all.size(); i += 97) {
      chosen.add(all.get(i));
    }
    return chosen;
  }

  static double oracleMetres(String code, String kind) throws Exception {
    if (TestDatabases.kind().equals("postgis")) {
      return ((Number) Sql.rows(DEMO.storage(), "SELECT MIN(ST_Distance(p.geom::geography, c.geom::geography)) AS d"
          + " FROM parcels p, context_points c WHERE p.code = ? AND c.kind = ?", code, kind).get(0).get("d")).doubleValue();
    }
    Geometry plot = new WKBReader().read((byte[]) Sql.rows(DEMO.storage(),
        "SELECT ST_AsBinary(geom) AS g FROM parcels WHERE code = ?", code).get(0).get("g"));
    double best = Double.MAX_VALUE;
    for (Map<String, Object> exit : Sql.rows(DEMO.storage(),
        "SELECT ST_X(geom) AS x, ST_Y(geom) AS y FROM context_points WHERE kind = ?", kind)) {
      double x = ((Number) exit.get("x")).doubleValue();
      double y = ((Number) exit.get("y")).doubleValue();
      if (plot.contains(plot.getFactory().createPoint(new Coordinate(x, y)))) {
        return 0;
      }
      best = Math.min(best, alongEdges(plot, x, y));
    }
    return best;
  }

  /** The least geodesic distance from (x, y) to the plot's rings, sampled every 0.5 m along each edge. */
  private static double alongEdges(Geometry plot, double x, double y) {
    double best = Double.MAX_VALUE;
    for (int g = 0; g < plot.getNumGeometries(); g++) {
      Polygon polygon = (Polygon) plot.getGeometryN(g);
      for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
        Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinates();
        for (int i = 1; i < ring.length; i++) {
          GeodesicLine line = Geodesic.WGS84.InverseLine(ring[i - 1].y, ring[i - 1].x, ring[i].y, ring[i].x);
          int steps = (int) Math.ceil(line.Distance() / 0.5);
          for (int k = 0; k <= steps; k++) {
            var at = line.Position(line.Distance() * k / Math.max(1, steps),
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            best = Math.min(best, Geodesic.WGS84.Inverse(y, x, at.lat2, at.lon2).s12);
          }
        }
      }
    }
    return best;
  }

  @Test
  void facts_give_the_nearest_highway_exit_equal_to_an_independent_geodesic_distance() throws Exception {
    for (String code : plots()) {
      JsonNode facts = DEMO.app().json("/api/investor/parcels/" + code, 200);
      JsonNode exit = kind(facts.get("context"), "highway_exit");
      double expected = oracleMetres(code, "highway_exit");
      assertEquals(expected, exit.get("distance_m").asDouble(), 1.0, code + " " + exit);
      assertEquals("高速出入口", exit.get("kind_zh").asText());
      assertEquals(6, facts.get("context").size(), code + ": every kind has a point within 300 km in the demo");
      for (JsonNode c : facts.get("context")) {
        assertEquals(oracleMetres(code, c.get("kind").asText()), c.get("distance_m").asDouble(), 1.0, code + " " + c);
      }
    }
  }

  @Test
  void the_detail_panel_shows_the_distance_to_the_nearest_highway_exit_in_both_languages() throws Exception {
    String code = plots().get(3);
    double expected = oracleMetres(code, "highway_exit");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/?parcel=" + code);
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      String dd = "[data-testid=detail-panel][data-state=loaded] [data-testid=detail-context] dd[data-kind=highway_exit]";
      String text = browser.textOf(dd, Duration.ofSeconds(15));
      double shown = Double.parseDouble(browser.attr(dd, "data-distance-m"));
      assertEquals(expected, shown, 1.0, text);
      String km = String.format(Locale.ROOT, "%.2f 公里", shown / 1000);
      assertTrue(text.startsWith(km) && text.contains("高速出入口"), text + " vs " + km);
      assertTrue(browser.textOf("[data-testid=detail-context]", Duration.ofSeconds(1)).contains("高速出入口"));
      browser.screenshot("context-detail-zh");
      browser.driver().executeScript("window.investor.setLang('en')");
      browser.waitFor("document.querySelector('[data-testid=detail-context] dt') != null"
          + " && document.querySelector('[data-testid=detail-context] dt').textContent === 'Highway exit'");
      String en = browser.textOf(dd, Duration.ofSeconds(5));
      assertTrue(en.startsWith(String.format(Locale.ROOT, "%.2f km", shown / 1000)) && en.contains("Highway Exit"), en);
      browser.screenshot("context-detail-en");
    }
  }

  private static JsonNode post(String body, int status) {
    java.net.http.HttpResponse<String> response = DEMO.app().post("/api/investor/match", "application/json", body);
    assertEquals(status, response.statusCode(), response.body());
    return parcelatlas.testing.ApiClient.parse(response.body());
  }

  private static JsonNode kind(JsonNode context, String kind) {
    for (JsonNode c : context) {
      if (c.get("kind").asText().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no " + kind + " in " + context);
  }

  /** Public plots with a point of the kind at most {@code metres} away, by an oracle outside the SQL under test. */
  private static java.util.Set<String> within(String kind, double metres) throws Exception {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    if (TestDatabases.kind().equals("postgis")) {
      Sql.rows(DEMO.storage(), "SELECT DISTINCT p.code FROM parcels p, context_points c WHERE p.status IN ('available', 'listed')"
          + " AND c.kind = ? AND ST_Distance(p.geom::geography, c.geom::geography) <= ?", kind, metres)
          .forEach(r -> codes.add((String) r.get("code")));
      return codes;
    }
    List<Map<String, Object>> points = Sql.rows(DEMO.storage(), "SELECT ST_X(geom) AS x, ST_Y(geom) AS y FROM context_points WHERE kind = ?", kind);
    for (Map<String, Object> p : Sql.rows(DEMO.storage(),
        "SELECT code, ST_AsBinary(geom) AS g FROM parcels WHERE status IN ('available', 'listed')")) {
      Geometry plot = new WKBReader().read((byte[]) p.get("g"));
      for (Map<String, Object> c : points) {
        if (parcelatlas.photos.SiteDistance.metres(((Number) c.get("x")).doubleValue(), ((Number) c.get("y")).doubleValue(), plot) <= metres) {
          codes.add((String) p.get("code"));
        }
      }
    }
    return codes;
  }

  @Test
  void the_filter_finds_exactly_the_plots_within_the_distance_and_refuses_unknown_kinds_and_far_limits() throws Exception {
    java.util.Set<String> expected = within("highway_exit", 3000);
    java.util.Set<String> found = new java.util.TreeSet<>();
    DEMO.app().json("/api/investor/parcels?limit=2000&max_km.highway_exit=3", 200).get("features")
        .forEach(f -> found.add(f.get("id").asText()));
    assertTrue(expected.size() > 10 && expected.size() < Sql.count(DEMO.storage(), "parcels WHERE status IN ('available', 'listed')"),
        "the demo has plots on both sides of 3 km: " + expected.size());
    assertEquals(expected, found);
    java.util.Set<String> both = new java.util.TreeSet<>(expected);
    both.retainAll(within("substation", 2000));
    java.util.Set<String> foundBoth = new java.util.TreeSet<>();
    DEMO.app().json("/api/investor/parcels?limit=2000&max_km.highway_exit=3&max_km.substation=2", 200).get("features")
        .forEach(f -> foundBoth.add(f.get("id").asText()));
    assertEquals(both, foundBoth);
    JsonNode unknown = DEMO.app().json("/api/investor/parcels?max_km.volcano=3", 400);
    assertEquals("max_km.volcano", unknown.get("params").get("field").asText(), unknown.toString());
    JsonNode far = DEMO.app().json("/api/investor/parcels?max_km.highway_exit=51", 400);
    assertEquals("max_km.highway_exit", far.get("params").get("field").asText(), far.toString());
    DEMO.app().json("/api/investor/parcels?max_km.highway_exit=abc", 400);
    assertEquals(6, DEMO.app().json("/api/investor/context-kinds", 200).get("kinds").size());
  }

  @Test
  void matching_ranks_plots_near_a_highway_exit_first_and_says_why_in_both_languages() throws Exception {
    java.util.Set<String> near = within("highway_exit", 2000);
    java.util.Set<String> half = within("highway_exit", 4000);
    JsonNode results = post("{\"near_km\": {\"highway_exit\": 2}, \"limit\": 100}", 200).get("results");
    assertTrue(!near.isEmpty() && near.size() < 100, "the demo has some plots within 2 km: " + near.size());
    int i = 0;
    for (JsonNode r : results) {
      String code = r.get("code").asText();
      int expectedScore = near.contains(code) ? 100 : half.contains(code) ? 50 : 0;
      assertEquals(expectedScore, r.get("score").asInt(), code);
      if (i < near.size()) {
        assertTrue(near.contains(code), "the first " + near.size() + " results are the plots within 2 km: " + code);
        assertEquals("2 公里内有高速出入口", r.get("fits").get(0).get("zh").asText(), r.toString());
        assertEquals("a highway exit within 2 km", r.get("fits").get(0).get("en").asText(), r.toString());
      }
      i++;
    }
    JsonNode bad = post("{\"near_km\": {\"highway_exit\": 0}}", 400);
    assertEquals("near_km.highway_exit", bad.get("params").get("field").asText(), bad.toString());
  }

  @Test
  void without_basemap_tiles_the_map_draws_the_context_points_with_their_names() {
    String code = (String) Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed') AND park_code = 'QL-P04'"
        + " ORDER BY code").get(0).get("code");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/?parcel=" + code);
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      browser.driver().executeScript("window.investor.map.setZoom(12)");
      browser.waitFor("document.querySelectorAll('.no-basemap .context-marker').length > 0");
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) browser.driver().executeScript(
          "return Array.from(document.querySelectorAll('.context-marker .context-label')).map(e => e.textContent)");
      List<String> stored = Sql.rows(DEMO.storage(), "SELECT name FROM context_points").stream().map(r -> (String) r.get("name")).toList();
      assertTrue(stored.containsAll(labels) && labels.stream().anyMatch(l -> l.startsWith("青岚")), labels.toString());
      browser.screenshot("context-offline-basemap");
    }
  }

  @Test
  void the_filter_panel_offers_the_kinds_and_the_list_follows_the_api() throws Exception {
    java.util.Set<String> expected = within("highway_exit", 3000);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/");
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=filter-panel] summary")).click();
      browser.waitFor("document.querySelectorAll('[data-testid=filter-near-kind] option').length === 7");
      assertEquals("高速出入口", browser.driver().executeScript(
          "return document.querySelector('[data-testid=filter-near-kind] option[value=highway_exit]').textContent"));
      browser.driver().executeScript("const k = document.querySelector('[data-testid=filter-near-kind]');"
          + " k.value = 'highway_exit'; const n = document.querySelector('[data-testid=filter-near-km]'); n.value = '3';"
          + " n.dispatchEvent(new Event('change', { bubbles: true }));");
      browser.waitFor("window.investor.state().filters.near_kind === 'highway_exit'");
      browser.await("window.investor.idle()");
      browser.driver().executeScript("window.investor.map.setZoom(9)");
      browser.await("window.investor.idle()");
      @SuppressWarnings("unchecked")
      List<String> listed = (List<String>) browser.driver().executeScript("return window.investor.listCodes()");
      assertFalse(listed.isEmpty());
      assertTrue(expected.containsAll(listed), "every listed plot is within 3 km of a highway exit: " + listed);
      browser.screenshot("context-filter");
    }
  }

  @Test
  void a_shared_link_with_a_distance_filter_restores_it_in_a_fresh_browser() throws Exception {
    java.util.Set<String> expected = within("highway_exit", 3000);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/?max_km.highway_exit=3&max_km.volcano=1");
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      browser.await("window.investor.idle()");
      assertEquals("highway_exit", browser.driver().executeScript("return window.investor.state().filters.near_kind"));
      assertEquals(3L, ((Number) browser.driver().executeScript("return window.investor.state().filters.near_km")).longValue());
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=filter-panel] summary")).click();
      browser.waitFor("document.querySelector('[data-testid=filter-near-kind]').value === 'highway_exit'");
      assertEquals("3", browser.driver().executeScript("return document.querySelector('[data-testid=filter-near-km]').value"));
      browser.driver().executeScript("window.investor.map.setZoom(9)");
      browser.await("window.investor.idle()");
      @SuppressWarnings("unchecked")
      List<String> listed = (List<String>) browser.driver().executeScript("return window.investor.listCodes()");
      assertFalse(listed.isEmpty());
      assertTrue(expected.containsAll(listed), "every listed plot is within 3 km of a highway exit: " + listed);
      assertTrue(String.valueOf(browser.driver().getCurrentUrl()).contains("max_km.highway_exit=3"),
          "the page keeps the filter in its URL: " + browser.driver().getCurrentUrl());
    }
  }

  @Test
  void a_match_near_a_highway_exit_is_asked_in_the_panel_and_restored_from_its_link() throws Exception {
    java.util.Set<String> near = within("highway_exit", 2000);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/?tab=match");
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      browser.waitFor("document.querySelectorAll('[data-testid=match-near-kind] option').length === 7");
      browser.driver().executeScript("document.querySelector('[data-testid=match-near-kind]').value = 'highway_exit';"
          + " document.querySelector('[data-testid=match-near-km]').value = '2';"
          + " document.querySelector('[data-testid=match-submit]').click();");
      browser.waitFor("document.querySelectorAll('[data-testid=match-result]').length > 0");
      String url = String.valueOf(browser.driver().getCurrentUrl());
      assertTrue(url.contains("m.near_km.highway_exit=2"), "the match link holds the criterion: " + url);
      @SuppressWarnings("unchecked")
      List<String> first = (List<String>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
          + "'[data-testid=match-result]')).slice(0, " + near.size() + ").map(e => e.dataset.code)");
      assertTrue(near.containsAll(first), "the plots within 2 km come first: " + first + " of " + near);

      try (Browser fresh = Browser.desktop()) {
        fresh.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        fresh.driver().get(url);
        assertFalse(fresh.await("window.investor.ready").startsWith("ERROR"));
        fresh.waitFor("document.querySelectorAll('[data-testid=match-result]').length > 0");
        fresh.waitFor("document.querySelector('[data-testid=match-near-kind]').value === 'highway_exit'");
        assertEquals("2", fresh.driver().executeScript("return document.querySelector('[data-testid=match-near-km]').value"));
        @SuppressWarnings("unchecked")
        List<String> again = (List<String>) fresh.driver().executeScript("return Array.from(document.querySelectorAll("
            + "'[data-testid=match-result]')).slice(0, " + near.size() + ").map(e => e.dataset.code)");
        assertEquals(first, again, "a fresh browser shows the same match");
        fresh.screenshot("context-match-link");
      }
    }
  }
}
