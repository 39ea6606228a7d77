package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.FlagLabels;
import parcelatlas.testing.LabelBoxes;
import parcelatlas.testing.MergedTags;

/**
 * The contest's red and yellow flag labels on the desk map of a scaled city ({@code demo --scale
 * 12}) at a city-wide zoom (an audit found them piled on each other): labels that would overlap are
 * merged into one with a tag counting what it holds per kind, every flagged place on exactly one label, no two labels
 * overlapping (nor any other label or location name), also after switching to English (longer
 * words); a merged label zooms in, where its places get labels of their own. Flag labels that yield to
 * location names stay readable: each shows its flag and names its places ({@link FlagLabels}; merged
 * flag labels held projects and zones, up to 107 of them, and hid most names).
 */
class DeskFlagLabelsBrowserTest {
  private static final String DAY = "2026-11-20";
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  private static List<List<Object>> labels(Browser browser) {
    return LabelBoxes.of(browser, "[data-testid=map-flag]");
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }

  @Test
  void at_city_zoom_overlapping_flag_labels_merge_and_every_place_keeps_one_label() {
    JsonNode places = city.app().staff().json("/api/desk/contest/map?as_of=" + DAY, 200).get("places");
    List<String> expected = new ArrayList<>();
    double w = 180;
    double s = 90;
    double e = -180;
    double north = -90;
    for (JsonNode place : places) {
      expected.add(place.get("of").asText() + ":" + place.get("name").asText());
      w = Math.min(w, place.get("bbox").get(0).asDouble());
      s = Math.min(s, place.get("bbox").get(1).asDouble());
      e = Math.max(e, place.get("bbox").get(2).asDouble());
      north = Math.max(north, place.get("bbox").get(3).asDouble());
    }
    assertTrue(expected.size() >= 6, "a city with flags to pile up: " + expected);
    expected.sort(null);
    try (Browser browser = Browser.desktop()) {
      city.staffOn(browser, "/desk.html?as_of=" + DAY, Duration.ofSeconds(120), "window.desk.ready");
      browser.await("window.desk.idle()");
      browser.driver().executeScript("window.desk.map.fitBounds([[arguments[1], arguments[0]], [arguments[3], arguments[2]]],"
          + " {animate: false})", w, s, e, north);
      browser.pause(Duration.ofMillis(400));
      List<List<Object>> boxes = labels(browser);
      List<String> shown = new ArrayList<>();
      boxes.forEach(b -> shown.addAll(List.of(String.valueOf(b.get(4)).split("\\|"))));
      shown.sort(null);
      assertEquals(expected, shown, "every flagged place on exactly one label");
      assertTrue(boxes.size() < expected.size(), "labels merged at city zoom: " + boxes.size() + " for " + expected.size());
      LabelBoxes.assertApart(LabelBoxes.allOnDesk(browser), "");
      FlagLabels.assertReadable(browser, places, "");
      String merged = "[data-testid=map-flag].is-merged";
      String more = browser.textOf(merged + " [data-testid=map-flag-more]", Duration.ofSeconds(5));
      // the places it holds beside its own, per kind: flags and (since all kinds share one layout) projects and zones
      String members = browser.attr(merged, "data-members");
      assertEquals(new MergedTags(city.storage(), places).expected(members, "zh"), more);
      browser.screenshot("desk-flag-labels-city");
      browser.driver().executeScript("document.querySelectorAll('.context-marker').forEach(e => { e.dataset.before = 'zh'; })");
      assertFalse(browser.await("window.desk.setLang('en')").startsWith("ERROR"));
      // (the basemap redraws its location names in English; the labels are laid out again with them)
      browser.waitFor("!!document.querySelector('.context-marker') && !document.querySelector('.context-marker[data-before]')");
      browser.pause(Duration.ofMillis(200));
      browser.await("window.desk.idle()");
      assertTrue(browser.textOf("[data-testid=map-flag][data-form=\"\"] [data-testid=contest-flag]", Duration.ofSeconds(5)).matches(
          "(Red|Yellow) flag .*"), "the labels follow the language");
      LabelBoxes.assertApart(LabelBoxes.allOnDesk(browser), "in English, ");
      double zoom = n(browser.driver().executeScript("return window.desk.map.getZoom()"));
      // (the first merged label an official can click: map controls such as the legend lie over some labels)
      browser.driver().executeScript("const e = [...document.querySelectorAll(arguments[0])].find((l) => {"
          + " const b = l.getBoundingClientRect(); return l.contains(document.elementFromPoint((b.left + b.right) / 2,"
          + " (b.top + b.bottom) / 2)); }); if (e) e.dataset.clickable = 'yes';", merged);
      String clickable = merged + "[data-clickable=yes]";
      List<String> group = List.of(browser.attr(clickable, "data-places").split("\\|"));
      browser.driver().findElement(By.cssSelector(clickable)).click();
      browser.pause(Duration.ofMillis(800));
      assertTrue(n(browser.driver().executeScript("return window.desk.map.getZoom()")) > zoom, "a merged label zooms in");
      // (its places may lie a city apart, so that zoom may still merge them: four levels in, it does not)
      browser.driver().executeScript("window.desk.map.setZoom(arguments[0] + 4, {animate: false})", zoom);
      browser.pause(Duration.ofMillis(400));
      // (labels stand only near the view, DeskViewCacheBrowserTest: places far off have none at that zoom)
      long most = labels(browser).stream().mapToLong(b -> List.of(String.valueOf(b.get(4)).split("\\|")).stream()
          .filter(group::contains).count()).max().orElse(0);
      assertTrue(most < group.size(), "zoomed in, the places of " + group + " no longer share one label: " + most);
    }
  }
}
