package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.DeskPage;
import parcelatlas.testing.LabelBoxes;

/**
 * The desk map's legend and its other controls (zoom buttons, scale, attribution) against its labels,
 * on a scaled city ({@code demo --scale 12}) at the city's zoom: the legend covers a quarter of the
 * map, and the labels and location names were laid out as if it were not there, so that many stood
 * under it. No label or location name shown stands under a control, in Chinese, in English (a wider
 * legend) and after the window shrinks. The legend folds to its title and opens again from a button
 * (aria-expanded, aria-controls; zh and en titles saying what it does), by mouse or keyboard; folded,
 * the labels take the room it gave back.
 */
class DeskLegendBrowserTest {
  private static final String DAY = "2026-11-20";
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  /** The boxes [left, top, right, bottom, name] of the map's controls shown. */
  private static final String CONTROLS = "return [...window.desk.map.getContainer().querySelectorAll('.leaflet-control')]"
      + ".map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, e.className]; })"
      + ".filter(b => b[2] > b[0] && b[3] > b[1])";
  private static final String LEGEND = "const r = document.querySelector('[data-testid=desk-legend]').getBoundingClientRect();"
      + " return [r.left, r.top, r.right, r.bottom, 'legend'];";

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }

  private static boolean overlap(List<Object> a, List<Object> b) {
    return Math.min(n(a.get(2)), n(b.get(2))) - Math.max(n(a.get(0)), n(b.get(0))) > 0.5
        && Math.min(n(a.get(3)), n(b.get(3))) - Math.max(n(a.get(1)), n(b.get(1))) > 0.5;
  }

  /** The labels (of every kind, location names shown included) standing on one of the boxes. */
  private static List<String> under(Browser browser, List<List<Object>> boxes) {
    return LabelBoxes.allOnDesk(browser).stream().flatMap(label -> boxes.stream().filter(box -> overlap(label, box))
        .map(box -> label.get(4) + " under " + box.get(4))).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> controls(Browser browser) {
    return (List<List<Object>>) browser.driver().executeScript(CONTROLS);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> legend(Browser browser) {
    return (List<Object>) browser.driver().executeScript(LEGEND);
  }

  private static void assertClear(Browser browser, String when) {
    List<List<Object>> boxes = controls(browser);
    assertTrue(boxes.size() >= 4, when + "zoom, scale, attribution and legend: " + boxes);
    assertTrue(LabelBoxes.allOnDesk(browser).size() > 20, when + "labels on the map");
    assertEquals(List.of(), under(browser, boxes), when + "labels standing under a control of the map");
    LabelBoxes.assertApart(LabelBoxes.allOnDesk(browser), when);
  }

  @Test
  void at_city_zoom_no_label_or_name_stands_under_the_legend_or_another_control() {
    try (Browser browser = Browser.desktop()) {
      DeskPage.atCityZoom(city, browser, "/desk.html", DAY);
      List<Object> legend = legend(browser);
      assertTrue((n(legend.get(2)) - n(legend.get(0))) * (n(legend.get(3)) - n(legend.get(1))) > 40_000,
          "the legend open, a large box over the map: " + legend);
      assertClear(browser, "");
      browser.screenshot("desk-legend-city");
      assertFalse(browser.await("window.desk.setLang('en')").startsWith("ERROR"));
      DeskPage.settle(browser);
      assertEquals("Legend", browser.textOf("[data-testid=desk-legend-toggle]", Duration.ofSeconds(5)));
      assertClear(browser, "in English: ");
      browser.driver().manage().window().setSize(new Dimension(1100, 700));
      DeskPage.settle(browser);
      assertClear(browser, "in a smaller window: ");
    }
  }

  @Test
  void the_legend_folds_from_its_title_and_the_labels_take_the_room_it_gives_back() {
    try (Browser browser = Browser.desktop()) {
      DeskPage.atCityZoom(city, browser, "/desk.html", DAY);
      String toggle = "[data-testid=desk-legend-toggle]";
      assertEquals("true", browser.attr(toggle, "aria-expanded"));
      assertEquals("收起图例", browser.attr(toggle, "title"));
      String body = browser.attr(toggle, "aria-controls");
      assertEquals("false", browser.driver().executeScript("return String(document.getElementById(arguments[0]).hidden)", body));
      List<Object> open = legend(browser);
      assertEquals(List.of(), under(browser, List.of(open)), "nothing under the open legend");

      browser.driver().findElement(By.cssSelector(toggle)).click();
      DeskPage.settle(browser);
      assertEquals("false", browser.attr(toggle, "aria-expanded"), "folded");
      assertEquals("展开图例", browser.attr(toggle, "title"));
      assertEquals("true", browser.driver().executeScript("return String(document.getElementById(arguments[0]).hidden)", body));
      List<Object> folded = legend(browser);
      assertTrue(n(folded.get(3)) - n(folded.get(1)) < 40, "folded to its title: " + folded);
      assertClear(browser, "folded: ");
      assertFalse(under(browser, List.of(open)).isEmpty(), "labels take the room the legend gave back");
      browser.screenshot("desk-legend-folded");

      browser.driver().findElement(By.cssSelector(toggle)).sendKeys(Keys.ENTER); // a button: the keyboard opens it too
      DeskPage.settle(browser);
      assertEquals("true", browser.attr(toggle, "aria-expanded"), "open again");
      assertEquals(open, legend(browser), "the legend as it was");
      assertClear(browser, "open again: ");
      assertFalse(browser.await("window.desk.setLang('en')").startsWith("ERROR"));
      DeskPage.settle(browser);
      assertEquals("Hide the legend", browser.attr(toggle, "title"));
    }
  }
}
