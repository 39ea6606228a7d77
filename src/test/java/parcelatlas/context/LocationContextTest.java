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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * A land-ready plot's facts give the distance to the nearest point of each context kind, in metres
 * on the ellipsoid. The oracle is independent of the code under test: on PostGIS the database's own
 * {@code ST_Distance(geography)} over every highway exit; on H2GIS GeographicLib in this test, the
 * exit's distance to the plot's vertices and to points every 0.5 m along each edge's geodesic.
 */
@Tag("database")
class LocationContextTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  /** Public plots in code order: the first few and every 97th, so parks all round the city are covered. */
  private static List<String> plots() {
    List<String> all = Sql.rows(storage, "SELECT code FROM parcels WHERE status IN ('available', 'listed') ORDER BY code")
        .stream().map(r -> (String) r.get("code")).toList();
    java.util.ArrayList<String> chosen = new java.util.ArrayList<>(all.subList(0, 3));
    for (int i = 97; i < all.size(); i += 97) {
      chosen.add(all.get(i));
    }
    return chosen;
  }

  static double oracleMetres(String code, String kind) throws Exception {
    if (TestDatabases.kind().equals("postgis")) {
      return ((Number) Sql.rows(storage, "SELECT MIN(ST_Distance(p.geom::geography, c.geom::geography)) AS d"
          + " FROM parcels p, context_points c WHERE p.code = ? AND c.kind = ?", code, kind).get(0).get("d")).doubleValue();
    }
    Geometry plot = new WKBReader().read((byte[]) Sql.rows(storage,
        "SELECT ST_AsBinary(geom) AS g FROM parcels WHERE code = ?", code).get(0).get("g"));
    double best = Double.MAX_VALUE;
    for (Map<String, Object> exit : Sql.rows(storage,
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
      JsonNode facts = app.json("/api/investor/parcels/" + code, 200);
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
      browser.driver().get(app.base() + "/?parcel=" + code);
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

  private static JsonNode kind(JsonNode context, String kind) {
    for (JsonNode c : context) {
      if (c.get("kind").asText().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no " + kind + " in " + context);
  }
}
