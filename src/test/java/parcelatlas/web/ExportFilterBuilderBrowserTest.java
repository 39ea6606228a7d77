package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.openqa.selenium.By;
import parcelatlas.testing.AreaCounts;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The export page shows what it takes: a park chosen is outlined, a filter built in Chinese (fields by
 * their Chinese names, a status picked by its label, an industry category by its catalogue name) changes
 * the count and the features drawn on
 * the map, and the download asks for exactly that CQL2; the city's zone is the default CRS.
 */
@Tag("database")
class ExportFilterBuilderBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp();

  private static String value(Browser b, String script) {
    return String.valueOf(b.driver().executeScript(script));
  }

  /** Chooses the option with this text (or value, with {@code byValue}) as a person would: the select fires change. */
  private static void choose(Browser b, String testId, String option, boolean byValue) {
    Object found = b.driver().executeScript("const s = document.querySelector('[data-testid=' + arguments[0] + ']');"
        + " const o = [...s.options].find(x => (arguments[2] ? x.value : x.text) === arguments[1]); if (!o) return false;"
        + " s.value = o.value; s.dispatchEvent(new Event('change', { bubbles: true })); return true;", testId, option, byValue);
    assertEquals(Boolean.TRUE, found, option + " in " + testId);
  }

  private static String chosen(Browser b, String testId, boolean value) {
    return String.valueOf(b.driver().executeScript("const s = document.querySelector('[data-testid=' + arguments[0] + ']');"
        + " const o = s.options[s.selectedIndex]; return arguments[1] ? o.value : o.text;", testId, value));
  }

  private static String options(Browser b, String testId) {
    return String.valueOf(b.driver().executeScript("return [...document.querySelector('[data-testid=' + arguments[0]"
        + " + ']').options].map(o => o.text).join('|')", testId));
  }

  /** The park's parcels of one status, by JTS over every row (not by the SQL under test). */
  private static long parcels(String park, String status) throws Exception {
    return parcels(park, status, "");
  }

  /** The park's parcels of one status meeting a further plain SQL condition ({@code and}), by JTS. */
  private static long parcels(String park, String status, String and) throws Exception {
    Geometry area = AreaCounts.park(city.storage(), park);
    long n = 0;
    for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT ST_AsBinary(geom) AS wkb FROM parcels WHERE status = ?" + and,
        status)) {
      if (new WKBReader().read((byte[]) row.get("wkb")).intersects(area)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void a_filter_built_in_chinese_changes_the_count_and_the_map_and_goes_into_the_download() throws Exception {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/export.html?lang=zh");
      assertFalse(browser.await("window.exportPage.ready").startsWith("ERROR"));
      assertEquals("EPSG:4527", chosen(browser, "export-crs", true),
          "the city's zone (city.crs) is the default");

      browser.driver().findElement(By.cssSelector("[data-testid=area-park]")).click();
      browser.driver().executeScript("window.exportPage.form.set('park-select', 'QL-P01')");
      long all = Long.parseLong(browser.await("window.exportPage.idle()").replace("\"", ""));
      long drawnAll = Long.parseLong(browser.await("window.exportPage.mapIdle()").replace("\"", ""));
      long publicParcels = AreaCounts.intersecting(city.storage(), "parcels", AreaCounts.park(city.storage(), "QL-P01"), true);
      assertEquals(publicParcels, all);
      assertEquals(all, drawnAll, "the whole park is in view: every selected parcel is drawn");
      assertEquals("1", value(browser, "return document.querySelectorAll('[data-park=\"QL-P01\"][data-chosen]').length"),
          "the chosen park is outlined");

      browser.driver().findElement(By.cssSelector("[data-testid=filter-add]")).click();
      assertTrue(options(browser, "filter-field-0").contains("用地性质"), "fields by their Chinese names");
      choose(browser, "filter-field-0", "供地状态", false);
      assertTrue(options(browser, "filter-value-0").contains("净地可供"), "statuses by their labels");
      choose(browser, "filter-value-0", "挂牌中", false);
      long listed = Long.parseLong(browser.await("window.exportPage.idle()").replace("\"", ""));
      long drawnListed = Long.parseLong(browser.await("window.exportPage.mapIdle()").replace("\"", ""));
      assertEquals(parcels("QL-P01", "listed"), listed);
      assertTrue(listed > 0 && listed < all, listed + " of " + all);
      assertEquals(listed, drawnListed, "the map draws what the filter selects");
      assertEquals(String.valueOf(listed), browser.driver().findElement(By.cssSelector("[data-testid=export-map-note]"))
          .getAttribute("data-drawn"));
      assertTrue(browser.driver().findElement(By.cssSelector("[data-testid=export-count]")).getText()
          .contains(String.valueOf(listed)));

      browser.driver().findElement(By.cssSelector("[data-testid=filter-add]")).click();
      choose(browser, "filter-field-1", "产业类别", false);
      assertEquals("true", browser.await("new Promise(done => { const t = setInterval(() => { const s = document"
          + ".querySelector('[data-testid=filter-value-1]'); if (s && [...s.options].some(o => o.text === '新材料')) {"
          + " clearInterval(t); done(true); } }, 100); })"), "the categories by their Chinese names");
      choose(browser, "filter-value-1", "新材料", false);
      long materials = Long.parseLong(browser.await("window.exportPage.idle()").replace("\"", ""));
      assertEquals(parcels("QL-P01", "listed", " AND industry_codes LIKE '%,new!_materials,%' ESCAPE '!'"), materials);
      assertTrue(materials > 0 && materials < listed, materials + " of " + listed);
      assertEquals(String.valueOf(materials), browser.await("window.exportPage.mapIdle()").replace("\"", ""));

      browser.driver().findElement(By.cssSelector("[data-testid=export-names]")).click();
      browser.await("window.exportPage.idle()");
      String query = value(browser, "return window.exportPage.url().split('?')[1]");
      Map<String, String> params = new java.util.HashMap<>();
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
      }
      assertEquals("(status = 'listed') AND (A_CONTAINS(industry_codes, ('new_materials')))", params.get("filter"), query);
      assertEquals("QL-P01", params.get("park"));
      assertEquals("EPSG:4527", params.get("crs"));
      assertEquals("zh", params.get("names"));
      assertEquals("GBK", params.get("encoding"));
      browser.screenshot("export-filter-builder-zh");

      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      assertEquals("Supply status", chosen(browser, "filter-field-0", false));
      assertEquals("Listed for transfer", chosen(browser, "filter-value-0", false));
      assertEquals("Industry category", chosen(browser, "filter-field-1", false));
      assertEquals("New materials", chosen(browser, "filter-value-1", false));
      browser.screenshot("export-filter-builder-en");
    }
  }
}
