package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.InvestorPage;
import parcelatlas.testing.LabelBoxes;

/**
 * The names on the public maps (investor and export pages, offline basemap): park names and location
 * points' names (substations, highway exits…) never cover one another or a map control (zoom, legend,
 * scale). Before place-names.js the demo city's first view drew a park's substation name over the
 * park's own name (青岚经济技术开发区110千伏变电站 on 青岚经济技术开发区) on both pages. A name with no
 * free side is hidden, its symbol kept; a closer view shows it.
 */
class PublicMapNamesBrowserTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  private static final String NAMES = ".park-label, .context-label:not([hidden])";

  private static void assertNamesApart(Browser browser, String when) {
    browser.waitFor("Number(document.querySelector('#map').dataset.contextPoints) > 0"
        + " && Number(document.querySelector('#map').dataset.namesLaidOut) > 0");
    browser.pause(Duration.ofMillis(400)); // a layout asked for by the last drawing runs on the next frame
    List<List<Object>> names = LabelBoxes.of(browser, NAMES);
    assertTrue(names.size() > 4, when + names);
    LabelBoxes.assertApart(names, when);
    for (List<Object> control : LabelBoxes.of(browser, "#map .leaflet-control")) {
      List<List<Object>> pair = new ArrayList<>(List.of(control));
      for (List<Object> name : names) {
        pair.add(name);
        LabelBoxes.assertApart(pair, when + "(a map control) ");
        pair.remove(1);
      }
    }
  }

  private static long shown(Browser browser) {
    return (Long) browser.driver().executeScript("return document.querySelectorAll('.context-label:not([hidden])').length");
  }

  @Test
  void the_investor_map_keeps_park_and_place_names_apart_in_both_languages_and_shows_more_closer_in() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      assertNamesApart(browser, "city view: ");
      browser.screenshot("public-names-investor-zh");
      long city = shown(browser);
      browser.driver().executeScript("document.querySelector('[data-testid=lang-switch]').click()");
      browser.waitFor("document.documentElement.lang === 'en'");
      browser.pause(Duration.ofMillis(600)); // the points are asked for again in English
      assertNamesApart(browser, "city view, English: ");
      String hiddenName = (String) browser.driver().executeScript("const l = document.querySelector('.context-label[hidden]');"
          + " if (!l) return null; const r = l.parentElement.querySelector('.context-symbol').getBoundingClientRect();"
          + " const m = window.investor.map, c = m.getContainer().getBoundingClientRect();"
          + " m.setView(m.containerPointToLatLng([r.left + r.width / 2 - c.left, r.top + r.height / 2 - c.top]),"
          + " m.getZoom() + 3, {animate: false}); window.hiddenName = l.textContent; return l.textContent;");
      assertTrue(city > 0, "some names shown at city zoom");
      if (hiddenName != null) { // closer in, a name hidden for want of room shows
        browser.waitFor("[...document.querySelectorAll('.context-label:not([hidden])')].some(e => e.textContent === window.hiddenName)");
        LabelBoxes.assertApart(LabelBoxes.of(browser, NAMES), "closer in: ");
      }
    }
  }

  @Test
  void the_export_map_keeps_them_apart_too() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(DEMO.app().base() + "/export.html");
      assertFalse(browser.await("window.exportPage.ready").startsWith("ERROR"));
      assertNamesApart(browser, "export page: ");
      browser.screenshot("public-names-export");
    }
  }
}
