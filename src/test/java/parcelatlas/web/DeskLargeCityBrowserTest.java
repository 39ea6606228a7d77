package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The desk on a scaled city ({@code demo --scale 12}): a township's official opens on their
 * township; the page holds only what its views showed (zones and projects of the view's box, 200 a
 * page, and the day's figures of just those codes), never a whole layer; the lagging list counts the
 * whole city and pages; opening a project outside every view seen so far flies to it and draws it.
 */
@Tag("database")
class DeskLargeCityBrowserTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static final Pattern LIMIT = Pattern.compile("[?&]limit=(\\d+)");
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12);
  private static String township;

  @BeforeAll
  static void start() {
    township = (String) Sql.rows(city.storage(), "SELECT township, COUNT(*) AS n FROM demolition_zones GROUP BY township"
        + " ORDER BY n DESC, township").get(0).get("township");
    new Users(city.storage(), new PasswordHasher(4)).add("town", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
  }

  @Test
  void a_township_official_sees_their_township_first_and_the_page_never_loads_a_whole_layer() {
    long zones = Sql.count(city.storage(), "demolition_zones");
    long projects = Sql.count(city.storage(), "projects");
    assertTrue(zones + projects > 1_000, "a city larger than one view's pages: " + zones + " + " + projects);
    Map<String, Object> far = Sql.rows(city.storage(), "SELECT code FROM projects WHERE township <> ? ORDER BY code DESC",
        township).get(0);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
      browser.signIn(city.base(), "town", PASSWORD, "/desk.html");
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      assertEquals("township:" + township, browser.driver().executeScript("return window.desk.state().scope"));
      Map<String, Object> box = Sql.rows(city.storage(), "SELECT MIN(ST_XMin(geom)) AS w, MIN(ST_YMin(geom)) AS s,"
          + " MAX(ST_XMax(geom)) AS e, MAX(ST_YMax(geom)) AS n FROM demolition_zones WHERE township = ?", township).get(0);
      assertEquals(Boolean.TRUE, browser.driver().executeScript("const b = window.desk.map.getBounds();"
          + " return b.contains([(arguments[1] + arguments[3]) / 2, (arguments[0] + arguments[2]) / 2]);",
          num(box.get("w")), num(box.get("s")), num(box.get("e")), num(box.get("n"))), "the map opens on the township");
      List<?> drawnZones = (List<?>) browser.driver().executeScript("return window.desk.drawnCodes().zones");
      List<String> own = Sql.rows(city.storage(), "SELECT code FROM demolition_zones WHERE township = ?", township).stream()
          .map(r -> (String) r.get("code")).toList();
      assertTrue(drawnZones.stream().anyMatch(own::contains), "the township's zones are drawn");
      assertTrue(drawnZones.size() < zones, "not every zone of the city is held: " + drawnZones.size() + " of " + zones);

      String list = "[data-testid=lagging-list]";
      long lagging = Long.parseLong(browser.attr(list, "data-count"));
      long shown = ((Number) browser.driver().executeScript(
          "return document.querySelectorAll('[data-testid=lagging-item]').length")).longValue();
      assertEquals(Math.min(100, lagging), shown, "the lagging list shows its first page of " + lagging);
      assertEquals(lagging > 100 ? "false" : "true", String.valueOf(browser.driver().executeScript(
          "return document.querySelector('[data-testid=lagging-more]').hidden")), "more pages are offered, not cut");

      String code = (String) far.get("code");
      assertFalse(browser.await("window.desk.openProject('" + code.replace("'", "") + "')").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      assertEquals(code, browser.attr("[data-testid=project-panel]", "data-code"));
      List<?> where = (List<?>) browser.driver().executeScript("const m = window.desk.map; let hit = null;"
          + " m.eachLayer(l => { if (l.feature && l.feature.properties.code === arguments[0] && l.getLatLng) hit = l.getLatLng(); });"
          + " return hit ? [m.getCenter().distanceTo(hit), m.getZoom()] : null;", code);
      assertTrue(where != null, "the project is drawn once opened");
      assertTrue(((Number) where.get(0)).doubleValue() < 200, "the map is centred on the project: " + where);
      assertTrue(((Number) where.get(1)).doubleValue() >= 14, "and zoomed in: " + where);
      Object drawn = browser.driver().executeScript("const m = window.desk.map; let out = 'none';"
          + " m.eachLayer(l => { if (l.feature && l.feature.properties.code === arguments[0] && l.getLatLng) {"
          + " const e = l.getElement && l.getElement(); out = e ? e.outerHTML.slice(0, 300) : 'no element'; } }); return out;", code);
      assertFalse("null".equals(browser.attr("path[data-code='" + code + "'][data-stage]", "data-stage")),
          "coloured by its stage: " + drawn);

      @SuppressWarnings("unchecked")
      List<String> requests = (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".map(e => new URL(e.name)).map(u => u.pathname + decodeURIComponent(u.search))");
      for (String request : requests) {
        if (request.startsWith("/ogc/collections/demolition-zones/items") || request.startsWith("/ogc/collections/projects/items")) {
          Matcher limit = LIMIT.matcher(request);
          assertTrue(limit.find() && Integer.parseInt(limit.group(1)) <= 200, "paged: " + request);
          assertTrue(request.contains("bbox=") || request.contains("filter=code="), "the view's box or one feature: " + request);
        }
        if (request.startsWith("/api/desk/zones?") || request.startsWith("/api/desk/projects?")) {
          assertTrue(request.contains("codes="), "the day's figures of the view's codes only: " + request);
        }
        if (request.startsWith("/api/desk/lagging")) {
          Matcher limit = LIMIT.matcher(request);
          assertTrue(limit.find() && Integer.parseInt(limit.group(1)) <= 500, "a page: " + request);
        }
      }
      assertTrue(requests.stream().anyMatch(r -> r.startsWith("/api/desk/zones?") && r.contains("codes=")), "figures asked");
      assertEquals(Boolean.TRUE, browser.driver().executeScript(
          "return document.querySelector('[data-testid=error-message]').hidden"), "no load failed");
      browser.screenshot("desk-large-city");
    }
  }

  private static double num(Object value) {
    return ((Number) value).doubleValue();
  }
}
