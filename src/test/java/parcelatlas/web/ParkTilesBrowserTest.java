package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The investor, overview and export pages draw park outlines from the parks vector tiles and never
 * download the parks layer (issue 10: no page downloads a whole layer): the parks' items are at most
 * counted (limit=1) or fetched one park at a time (the export page's chosen park), their tiles are
 * requested, and the parks in view are labelled by name.
 */
class ParkTilesBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();

  /** Paths (with query) of the page's requests that start with prefix. */
  @SuppressWarnings("unchecked")
  private static List<String> requests(Browser browser, String prefix) {
    return ((List<Object>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
        + ".map(e => new URL(e.name).pathname + new URL(e.name).search).filter(p => p.startsWith(arguments[0]))", prefix))
        .stream().map(String::valueOf).toList();
  }

  private static void assertParksFromTiles(Browser browser, String page) {
    browser.waitFor("performance.getEntriesByType('resource').some(e => e.name.includes('/ogc/collections/parks/tiles/'))");
    for (String items : requests(browser, "/ogc/collections/parks/items")) {
      assertTrue(items.contains("limit=1") && !items.contains("limit=1000"), page + " only counts the parks: " + items);
    }
    browser.waitFor("document.querySelectorAll('.park-label [data-park]').length > 0");
    String label = browser.textOf(".park-label [data-park]", Duration.ofSeconds(5));
    String code = browser.attr(".park-label [data-park]", "data-park");
    assertEquals(Sql.rows(city.storage(), "SELECT name FROM parks WHERE code = ?", code).get(0).get("name"), label, page);
  }

  @Test
  void the_investor_page_draws_parks_from_tiles_and_labels_those_in_view() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      assertEquals(Sql.count(city.storage(), "parks"), ApiClient.parse(ready).get("parks").asLong());
      assertParksFromTiles(browser, "investor");
      browser.screenshot("investor-parks-from-tiles");
    }
  }

  /**
   * A park's label is centred on its park in English too: a long English name stands in balanced
   * lines (app.css), and the label is placed at that width (it once kept the left edge of the unwrapped
   * name, so "Qinglan Economic and Technological Development Zone" stood beside its park, over another).
   */
  @Test
  void english_park_labels_wrap_to_their_park_and_stay_centred_on_it() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/?lang=en");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.waitFor("document.querySelectorAll('.park-label [data-park]').length > 0");
      browser.await("window.investor.idle()");
      @SuppressWarnings("unchecked")
      List<Object> offsets = (List<Object>) browser.driver().executeScript("const map = window.investor.map;"
          + " const box = map.getContainer().getBoundingClientRect(); const out = [];"
          + " map.eachLayer((l) => { if (!(l instanceof L.Tooltip) || l.options.className !== 'park-label') return;"
          + "   const r = l.getElement().getBoundingClientRect(); const x = map.latLngToContainerPoint(l.getLatLng()).x;"
          + "   out.push(l.getElement().textContent + ' ' + Math.round(r.left + r.width / 2 - box.left - x)); });"
          + " return out;");
      assertFalse(offsets.isEmpty());
      for (Object offset : offsets) {
        String text = String.valueOf(offset);
        int dx = Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1));
        assertTrue(Math.abs(dx) <= 2, "label off its park's centre by " + dx + " px: " + offsets);
      }
      browser.screenshot("investor-park-labels-en");
    }
  }

  /**
   * A pan that asks for the view's parks again keeps the labels of the parks still in view as the
   * same elements (before, every answer removed and re-added every label: they blinked).
   */
  @Test
  void labels_of_parks_still_in_view_stay_put_when_the_view_is_asked_for_again() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.waitFor("document.querySelectorAll('.park-label [data-park]').length > 0");
      browser.await("window.investor.idle()");
      browser.driver().executeScript("document.querySelectorAll('.park-label').forEach(e => { e.dataset.probe = 'before' })");
      Object labelled = browser.driver().executeScript(
          "return [...document.querySelectorAll('.park-label [data-park]')].map(s => s.dataset.park)");
      int asked = requests(browser, "/api/investor/parks?").size();
      browser.driver().executeScript("window.investor.map.panBy([12, 8], {animate: false})");
      browser.waitFor("performance.getEntriesByType('resource').filter(e => e.name.includes('/api/investor/parks?')).length > " + asked);
      browser.await("window.investor.idle()");
      // Labels of parks labelled before and after the pan (a park may come or go at the edge).
      @SuppressWarnings("unchecked")
      List<Object> again = (List<Object>) browser.driver().executeScript(
          "return [...document.querySelectorAll('.park-label [data-park]')].filter(s => arguments[0].includes(s.dataset.park))"
          + ".map(s => s.closest('.park-label').dataset.probe || 'new')", labelled);
      assertFalse(again.isEmpty(), "some parks stay labelled across a small pan");
      assertTrue(again.stream().allMatch("before"::equals), "the same label elements: " + again);
    }
  }

  /**
   * Pages that name parks by their Chinese names (the bulletin, the contest, the desk's flags) look
   * them up as names, whatever characters a name has: a park whose Chinese name is plain ASCII is
   * still found and shown by its English name (names.js took any ASCII key for a code).
   */
  @Test
  void a_park_named_in_plain_ascii_is_found_by_its_name() {
    String code = "QL-P07";
    Object oldName = Sql.rows(city.storage(), "SELECT name FROM parks WHERE code = ?", code).get(0).get("name");
    rename(code, "QLXPark");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/login.html?lang=en"); // a page that names no park itself
      String named = browser.await("import('/js/names.js').then(m => m.loadParksNamed(['QLXPark'])"
          + ".then(found => ({ found: found.map(p => p.code), shown: m.parkName('QLXPark') })))");
      Object english = Sql.rows(city.storage(), "SELECT name_en FROM parks WHERE code = ?", code).get(0).get("name_en");
      assertEquals("{\"found\":[\"" + code + "\"],\"shown\":\"" + english + "\"}", named);
    } finally {
      rename(code, oldName);
    }
  }

  private static void rename(String code, Object name) {
    city.storage().inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parks SET name = ? WHERE code = ?")) {
        s.setString(1, String.valueOf(name));
        s.setString(2, code);
        return s.executeUpdate();
      }
    });
  }

  @Test
  void the_overview_draws_parks_from_tiles_counts_them_and_labels_those_in_view() {
    try (Browser browser = Browser.desktop()) {
      String counts = city.staffOn(browser, "/overview.html", Duration.ofSeconds(60), "window.atlas.ready");
      assertEquals(Sql.count(city.storage(), "parks"), ApiClient.parse(counts).get("parks").asLong());
      assertParksFromTiles(browser, "overview");
      browser.screenshot("overview-parks-from-tiles");
    }
  }

  @Test
  @Tag("database") // also on PostGIS: a park picked from ST_AsMVT tiles by its code attribute
  void the_export_page_draws_parks_from_tiles_and_fetches_only_the_chosen_park() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/export.html?lang=zh");
      String ready = browser.await("window.exportPage.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      assertParksFromTiles(browser, "export");

      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=area-park]")).click();
      browser.driver().findElement(org.openqa.selenium.By.cssSelector("[data-testid=park-select]")).sendKeys("QL-P0");
      browser.waitFor("document.querySelectorAll('[data-testid=park-select-list] [role=option]').length === "
          + Sql.count(city.storage(), "parks WHERE code LIKE 'QL-P0%'"));
      browser.screenshot("export-park-picker");
      browser.driver().executeScript("window.exportPage.form.set('park-select', 'QL-P01')");
      browser.await("window.exportPage.mapIdle()");
      browser.waitFor("document.querySelectorAll('path[data-park=\"QL-P01\"][data-chosen]').length === 1");
      List<String> items = requests(browser, "/ogc/collections/parks/items");
      assertTrue(items.stream().anyMatch(i -> i.contains("QL-P01")), "the chosen park's outline is fetched: " + items);
      for (String request : items) {
        String query = java.net.URLDecoder.decode(request, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(query.matches(".*[?&]limit=1(&.*)?") && (!query.contains("filter=") || query.contains("code = 'QL-P01'")), "one park at most: " + query);
      }
      browser.screenshot("export-parks-from-tiles");

      Map<String, Object> inside = Sql.rows(city.storage(), "SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM"
          + " (SELECT ST_PointOnSurface(geom) AS p FROM parks WHERE code = 'QL-P02') q").get(0);
      browser.driver().executeScript("window.exportPage.map.setView([arguments[1], arguments[0]], 14, {animate: false})",
          inside.get("lon"), inside.get("lat"));
      browser.waitFor("(window.exportPage.map.fire('click', {latlng: L.latLng(" + inside.get("lat") + ", " + inside.get("lon")
          + ")}), window.exportPage.form.choice().area.park === 'QL-P02')"); // picked from the loaded tiles
      browser.await("window.exportPage.mapIdle()");
      browser.waitFor("document.querySelectorAll('path[data-park=\"QL-P02\"][data-chosen]').length === 1");
      assertEquals("0", String.valueOf(browser.driver().executeScript(
          "return document.querySelectorAll('path[data-park=\"QL-P01\"]').length")), "one park outlined at a time");
    }
  }
}
