package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * free side is hidden, its symbol kept; a closer view shows it. Park names stand on one line, apart
 * from each other (the widest park's first), never broken inside a word.
 */
class PublicMapNamesBrowserTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  private static final String NAMES = ".park-label:not([hidden]), .context-label:not([hidden])";
  /**
   * The park names shown broken inside a word, as "before / after" the break: a line that ends with
   * neither a space nor a hyphen (every break in a Chinese name, which has no spaces).
   */
  private static final String BROKEN = "return [...document.querySelectorAll('.park-label:not([hidden]) [data-park]')]"
      + ".flatMap(s => { const text = s.firstChild, r = document.createRange(), tops = [];"
      + " if (!text) return [];"
      + " for (let i = 0; i < text.length; i++) { r.setStart(text, i); r.setEnd(text, i + 1);"
      + "   const rect = r.getClientRects()[0]; tops.push(rect ? rect.top : null); }"
      + " const out = [];"
      + " for (let i = 1; i < text.length; i++) if (tops[i] != null && tops[i - 1] != null && tops[i] > tops[i - 1] + 2"
      + "   && !/[\\s-]/.test(text.data[i - 1]) && !/\\s/.test(text.data[i]))"
      + "   out.push(text.data.slice(0, i) + ' / ' + text.data.slice(i));"
      + " return out; })";

  private static void assertNamesApart(Browser browser, String when) {
    // the view's context points drawn and no layout of the names waiting (it runs on the next frame);
    // a drawing just after (a park layer's) asks for another, so asked twice
    String settled = "Number(document.querySelector('#map').dataset.contextPoints) > 0"
        + " && Number(document.querySelector('#map').dataset.namesLaidOut) > 0"
        + " && !('namesPending' in document.querySelector('#map').dataset)";
    browser.waitFor(settled);
    browser.pause(Duration.ofMillis(300));
    browser.waitFor(settled);
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

  private static void assertParkNamesWhole(Browser browser, String when) {
    assertNamesApart(browser, when);
    browser.waitFor("document.querySelectorAll('.park-label:not([hidden]) [data-park]').length > 1");
    assertEquals(List.of(), browser.driver().executeScript(BROKEN), when + "park names broken inside a word");
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

  /**
   * Park names read as a map maker sets them: on one line (a long English name in balanced lines
   * broken between words), never broken inside a word, and kept apart, the widest park's first; a
   * name with no room is hidden until a closer view. Before, each wrapped inside its park's width:
   * 青岚新能源产 / 业园 at the investor page's first view.
   */
  @Test
  void park_names_stand_whole_and_apart_in_both_languages_and_a_hidden_one_shows_closer_in() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      assertParkNamesWhole(browser, "city view: ");
      browser.screenshot("public-park-names-zh");
      long laidOut = Long.parseLong(browser.attr("#map", "data-names-laid-out"));
      browser.driver().executeScript("document.querySelector('[data-testid=lang-switch]').click()");
      browser.waitFor("document.documentElement.lang === 'en' && Number(document.querySelector('#map').dataset.namesLaidOut) > "
          + laidOut);
      browser.pause(Duration.ofMillis(600)); // the points are asked for again in English
      assertParkNamesWhole(browser, "city view, English: ");
      browser.screenshot("public-park-names-en");
      Object hiddenPark = browser.driver().executeScript("const l = document.querySelector('.park-label[hidden] [data-park]');"
          + " if (!l) return null; const r = l.getBoundingClientRect();"
          + " const m = window.investor.map, c = m.getContainer().getBoundingClientRect();"
          + " m.setView(m.containerPointToLatLng([r.left + r.width / 2 - c.left, r.top + r.height / 2 - c.top]),"
          + " m.getZoom() + 2, {animate: false}); window.hiddenPark = l.dataset.park; return l.dataset.park;");
      if (hiddenPark != null) { // closer in, the park's name has room
        browser.waitFor("!!document.querySelector('.park-label:not([hidden]) [data-park=\"' + window.hiddenPark + '\"]')");
        assertParkNamesWhole(browser, "closer in: ");
      }
    }
  }

  /**
   * A park's name moved under the land-use legend is hidden (its park stays labelled, the
   * name kept for when there is room) and shows again once the view moves off. Before, park names
   * were never hidden: one under a control stood over it.
   */
  @Test
  void a_park_name_under_a_map_control_hides_until_the_view_moves_off() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      assertNamesApart(browser, "city view: ");
      String park = (String) browser.driver().executeScript("const l = document.querySelector('.park-label:not([hidden])');"
          + " const g = document.querySelector('[data-testid=land-use-legend]').getBoundingClientRect();"
          + " const r = l.getBoundingClientRect(); window.offLegend = [r.left + r.width / 2 - g.left - g.width / 2,"
          + " r.top + r.height / 2 - g.top - g.height / 2]; window.investor.map.panBy(window.offLegend, {animate: false});"
          + " return l.querySelector('[data-park]').dataset.park;");
      String label = ".park-label:has([data-park='" + park + "'])";
      browser.waitFor("!!document.querySelector(\"" + label + "[hidden]\")");
      assertNamesApart(browser, "a park's name under the legend: ");
      browser.driver().executeScript("window.investor.map.panBy(window.offLegend.map(v => -v), {animate: false})");
      browser.waitFor("!!document.querySelector(\"" + label + ":not([hidden])\")");
      assertNamesApart(browser, "back: ");
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
