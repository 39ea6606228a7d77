package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.LabelBoxes;
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
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  /** Each label of the kind (zone, project): its box and the codes it stands for (data-places). */
  private static List<List<Object>> labels(Browser browser, String kind) {
    return LabelBoxes.of(browser, "[data-testid=" + kind + "-label]");
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
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
    LabelBoxes.assertApart(boxes, when + kind + " ");
  }

  @Test
  void at_city_zoom_overlapping_zone_and_project_labels_merge_and_each_keeps_one_label() {
    JsonNode box = city.app().staff().json("/api/desk/extent?scope=city", 200).get("bbox");
    try (Browser browser = Browser.desktop()) {
      city.staffOn(browser, "/desk.html?as_of=" + DAY, Duration.ofSeconds(120), "window.desk.ready");
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
      assertEquals(Sql.rows(city.storage(), "SELECT name FROM demolition_zones WHERE code = ?", head).get(0).get("name"),
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
