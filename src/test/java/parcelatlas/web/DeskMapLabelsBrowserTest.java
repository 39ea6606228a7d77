package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.ScaledDemoData;
import parcelatlas.testing.Sql;

/**
 * The names of the demolition zones and key projects on the desk map of a scaled city ({@code demo
 * --scale 12}) at the city's zoom (an audit found them piled on each other, as the contest's flags
 * were before {@link DeskFlagLabelsBrowserTest}): labels of a kind that would overlap merge into one
 * with a "+k" tag, every drawn zone and project on exactly one label of its kind, no two labels of a
 * kind overlapping, also after switching to English; a merged label zooms in.
 */
class DeskMapLabelsBrowserTest {
  private static final String DAY = "2026-11-20";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = ScaledDemoData.loaded(12);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  /** Each label's box [left, top, right, bottom] and the codes it stands for (data-places). */
  @SuppressWarnings("unchecked")
  private static List<List<Object>> labels(Browser browser, String kind) {
    return (List<List<Object>>) browser.driver().executeScript("return [...document.querySelectorAll('[data-testid=' + arguments[0]"
        + " + '-label]')].map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, e.dataset.places]; })",
        kind);
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }

  private static void assertApart(List<List<Object>> boxes, String when) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        List<Object> a = boxes.get(i);
        List<Object> b = boxes.get(j);
        boolean apart = n(a.get(2)) <= n(b.get(0)) || n(b.get(2)) <= n(a.get(0)) || n(a.get(3)) <= n(b.get(1))
            || n(b.get(3)) <= n(a.get(1));
        assertTrue(apart, when + "labels " + a.get(4) + " and " + b.get(4) + " overlap");
      }
    }
  }

  /** Every drawn code of the kind on exactly one label, fewer labels than codes, none overlapping. */
  private static void assertDecluttered(Browser browser, String kind, String drawnKey, String when) {
    @SuppressWarnings("unchecked")
    List<String> drawn = new ArrayList<>((List<String>) ((Map<String, Object>) browser.driver()
        .executeScript("return window.desk.drawnCodes()")).get(drawnKey));
    drawn.sort(null);
    List<List<Object>> boxes = labels(browser, kind);
    List<String> shown = new ArrayList<>();
    boxes.forEach(b -> shown.addAll(List.of(String.valueOf(b.get(4)).split("\\|"))));
    shown.sort(null);
    assertTrue(drawn.size() >= 20, when + "a city with " + kind + "s to pile up: " + drawn.size());
    assertEquals(drawn, shown, when + "every drawn " + kind + " on exactly one label");
    assertTrue(boxes.size() < drawn.size(), when + kind + " labels merged at city zoom: " + boxes.size() + " for " + drawn.size());
    assertApart(boxes, when + kind + " ");
  }

  @Test
  void at_city_zoom_overlapping_zone_and_project_labels_merge_and_each_keeps_one_label() {
    JsonNode box = app.staff().json("/api/desk/extent?scope=city", 200).get("bbox");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
      browser.signIn(app.base(), RunningApp.STAFF, RunningApp.STAFF_PASSWORD, "/desk.html?as_of=" + DAY);
      assertFalse(browser.await("window.desk.ready").startsWith("ERROR"));
      browser.await("window.desk.idle()");
      browser.driver().executeScript("window.desk.map.fitBounds([[arguments[1], arguments[0]], [arguments[3], arguments[2]]],"
          + " {animate: false})", box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble());
      browser.pause(Duration.ofMillis(400));
      browser.await("window.desk.idle()");
      assertDecluttered(browser, "zone", "zones", "");
      assertDecluttered(browser, "project", "projects", "");
      String merged = "[data-testid=zone-label].is-merged";
      String more = browser.textOf(merged + " [data-testid=zone-label-more]", Duration.ofSeconds(5));
      String codes = browser.attr(merged, "data-places");
      assertEquals("+" + (codes.split("\\|").length - 1), more);
      String head = codes.split("\\|")[0];
      assertEquals(Sql.rows(storage, "SELECT name FROM demolition_zones WHERE code = ?", head).get(0).get("name"),
          browser.textOf(merged + " [data-code]", Duration.ofSeconds(5)), "a merged label shows its first zone's name as text");
      String title = browser.attr(merged, "title");
      assertEquals(codes.split("\\|").length + 1, title.split("\n").length, "its title names every zone it holds: " + title);
      browser.screenshot("desk-map-labels-city");
      assertFalse(browser.await("window.desk.setLang('en')").startsWith("ERROR"));
      browser.pause(Duration.ofMillis(200));
      assertDecluttered(browser, "zone", "zones", "in English, ");
      assertDecluttered(browser, "project", "projects", "in English, ");
      assertTrue(browser.attr(merged, "title").endsWith("click to zoom in"), "the title follows the language");
      double zoom = n(browser.driver().executeScript("return window.desk.map.getZoom()"));
      WebElement label = browser.driver().findElement(By.cssSelector(merged));
      browser.driver().executeScript("arguments[0].click()", label);
      browser.pause(Duration.ofMillis(800));
      assertTrue(n(browser.driver().executeScript("return window.desk.map.getZoom()")) > zoom, "a merged label zooms in");
    }
  }
}
