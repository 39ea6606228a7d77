package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The desk's start-up asks for the view it settles on, once: a township's official opens on their
 * township, a link to a zone opens on the zone, and the map's view data (the zones' and projects'
 * items, the site photos, each asked by the view's box) are asked for that view only. Before, the
 * desk loaded the map's default view (/api/config's centre and zoom) at once and then the scope's or
 * the zone's: two views' requests, and the first view's places drawn or thrown away as they came.
 */
class DeskStartViewBrowserTest {
  private static final String PASSWORD = "one view at start";
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();
  private static String township;

  /** Keeps, from the page's first script on, the address of every fetch the page makes (aborted ones too). */
  private static final String LOG = "window.__asked = []; const fetch0 = window.fetch;"
      + " window.fetch = function (input, init) { window.__asked.push(String(input && input.url ? input.url : input));"
      + " return fetch0.apply(this, arguments); };";
  private static final Pattern VIEW = Pattern.compile(
      "/(ogc/collections/(demolition-zones|projects)/items|api/desk/photos)\\?(?:.*&)?bbox=([-0-9.,]+)");

  @BeforeAll
  static void official() {
    township = (String) Sql.rows(city.storage(), "SELECT township FROM demolition_zones ORDER BY code").get(0).get("township");
    new Users(city.storage(), new PasswordHasher(4)).add("home", Role.OFFICIAL, township, null, PASSWORD.toCharArray());
  }

  @Test
  void a_township_official_s_desk_asks_for_the_township_s_view_once_at_start() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LOG));
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "home", PASSWORD, "/desk.html");
      String ready = browser.await("window.desk.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.await("window.desk.idle()");
      assertEquals("township:" + township, browser.driver().executeScript("return window.desk.state().scope"));
      List<Number> view = assertOneView(browser);
      String query = URLEncoder.encode("township:" + township, StandardCharsets.UTF_8);
      JsonNode extent = city.app().staff().json("/api/desk/extent?scope=" + query, 200).get("bbox");
      for (int i = 0; i < 4; i++) {
        double edge = view.get(i).doubleValue();
        double scope = extent.get(i).asDouble();
        assertTrue(i < 2 ? edge <= scope : edge >= scope, "the view holds the township: " + view + " " + extent);
      }
    }
  }

  @Test
  void a_link_to_a_zone_asks_for_the_zone_s_view_once_at_start() {
    String zone = (String) Sql.rows(city.storage(), "SELECT code FROM demolition_zones ORDER BY code DESC").get(0).get("code");
    try (Browser browser = Browser.desktop()) {
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LOG));
      city.staffOn(browser, "/desk.html?zone=" + zone, Duration.ofSeconds(60), "window.desk.ready");
      browser.await("window.desk.idle()");
      assertEquals("loaded", browser.attr("[data-testid=zone-panel]", "data-state"));
      assertEquals(zone, browser.attr("[data-testid=zone-panel]", "data-code"));
      assertOneView(browser);
      assertEquals(Boolean.TRUE, browser.driver().executeScript(
          "return window.desk.drawnCodes().zones.includes(arguments[0])", zone), "the zone is drawn");
    }
  }

  /**
   * The view data asked for since the page opened were asked for the view the map stands on, only:
   * each box equals its bounds (the items may come in pages), and the photos were asked for once.
   */
  private static List<Number> assertOneView(Browser browser) {
    Map<String, List<String>> boxes = viewBoxes(browser);
    assertEquals(List.of("demolition-zones", "photos", "projects"), List.copyOf(boxes.keySet()), boxes.toString());
    assertEquals(1, boxes.get("photos").size(), "the photos asked for once: " + boxes);
    @SuppressWarnings("unchecked")
    List<Number> view = (List<Number>) browser.driver().executeScript("const b = window.desk.map.getBounds();"
        + " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]");
    for (var asked : boxes.entrySet()) {
      for (String box : asked.getValue()) {
        String[] edges = box.split(",");
        for (int i = 0; i < 4; i++) {
          assertEquals(view.get(i).doubleValue(), Double.parseDouble(edges[i]), 1e-4,
              asked.getKey() + " asked for the view the map settled on " + view + ", only: " + boxes);
        }
      }
    }
    return view;
  }

  /** The boxes of the view data asked for so far (bbox=w,s,e,n), by what: demolition-zones, projects, photos; in order. */
  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> viewBoxes(Browser browser) {
    Map<String, List<String>> boxes = new TreeMap<>();
    for (Object url : (List<Object>) browser.driver().executeScript("return window.__asked")) {
      Matcher m = VIEW.matcher(URLDecoder.decode(String.valueOf(url), StandardCharsets.UTF_8));
      if (m.find()) {
        boxes.computeIfAbsent(m.group(2) == null ? "photos" : m.group(2), k -> new java.util.ArrayList<>()).add(m.group(3));
      }
    }
    return boxes;
  }
}
