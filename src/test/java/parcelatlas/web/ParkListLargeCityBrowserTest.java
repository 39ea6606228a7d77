package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import parcelatlas.investor.ParkQuery;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * On a scaled city ({@code demo --scale 12}: 84 parks, more than a default page of park summaries)
 * the investor, overview and export pages never ask for the park list as a whole (issue 10): every
 * request for park summaries names a view, a search or codes, and none walks the pages with a
 * cursor. The park labels of a view and the park pickers (typed, chosen with the keyboard) still
 * work, for a park far down the code order.
 */
@Tag("database")
class ParkListLargeCityBrowserTest {
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();
  private static String code;
  private static String name;
  private static double lon;
  private static double lat;

  @BeforeAll
  static void start() {
    Map<String, Object> park = Sql.rows(city.storage(), "SELECT code, name, (ST_XMin(geom) + ST_XMax(geom)) / 2 AS lon,"
        + " (ST_YMin(geom) + ST_YMax(geom)) / 2 AS lat FROM parks ORDER BY code DESC").get(0);
    code = (String) park.get("code");
    name = (String) park.get("name");
    lon = ((Number) park.get("lon")).doubleValue();
    lat = ((Number) park.get("lat")).doubleValue();
  }

  /** A browser that keeps every request of a page in its resource timing (not only the first 250). */
  private static Browser browser() {
    Browser browser = Browser.desktop();
    browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", "performance.setResourceTimingBufferSize(100000)"));
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    return browser;
  }

  @SuppressWarnings("unchecked")
  private static List<String> requests(Browser browser) {
    return ((List<Object>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
        + ".map(e => new URL(e.name)).map(u => u.pathname + u.search)")).stream().map(String::valueOf).toList();
  }

  /** Every request for park summaries is bounded by a view, a search or codes, and none follows a cursor. */
  private static void assertNoParkList(Browser browser, String page) {
    List<String> asked = requests(browser).stream().filter(p -> p.startsWith("/api/investor/parks")).toList();
    assertFalse(asked.isEmpty(), page + " asks for some park summaries");
    for (String request : asked) {
      if (request.equals("/api/investor/parks/extent")) {
        continue;
      }
      assertTrue(request.matches("/api/investor/parks\\?(.*&)?(bbox|q|codes|names)=.*"), page + " asks for a bounded set: " + request);
      assertFalse(request.contains("cursor="), page + " does not walk every page: " + request);
    }
    for (String items : requests(browser).stream().filter(p -> p.startsWith("/ogc/collections/parks/items")).toList()) {
      assertTrue(items.matches(".*[?&]limit=1(&.*)?"), page + " fetches one park at most: " + items);
    }
  }

  /** Types into a park picker as a person would and picks the park with ↓ and Enter. */
  private static void pick(Browser browser, String testid) {
    WebElement input = browser.driver().findElement(By.cssSelector("[data-testid=" + testid + "]"));
    input.click();
    input.sendKeys(name);
    String option = "[data-testid=" + testid + "-list] [role=option][data-park='" + code + "']";
    browser.waitFor("!!document.querySelector(\"" + option + "\")");
    for (int i = 0; i < 50 && !"true".equals(browser.attr(option, "aria-selected")); i++) {
      input.sendKeys(Keys.ARROW_DOWN);
    }
    assertEquals(name, browser.textOf(option + " .park-picker-name", Duration.ofSeconds(2)), "the match reads its name");
    input.sendKeys(Keys.ENTER);
  }

  private static void assertLabelled(Browser browser, String page) {
    String label = ".park-label [data-park='" + code + "']";
    browser.waitFor("!!document.querySelector(\"" + label + "\")");
    assertEquals(name, browser.textOf(label, Duration.ofSeconds(5)), page + " labels the park in view by name");
  }

  @Test
  void the_investor_page_labels_the_parks_in_view_and_finds_a_park_by_typing_without_the_park_list() {
    assertTrue(Sql.count(city.storage(), "parks") > ParkQuery.DEFAULT_LIMIT);
    try (Browser browser = browser()) {
      browser.driver().get(city.base() + "/?lang=zh");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      assertEquals(Sql.count(city.storage(), "parks"), ApiClient.parse(ready).get("parks").asLong(), "the city's park count");
      pick(browser, "filter-park");
      browser.waitFor("window.investor.state().filters.park === '" + code + "'");
      browser.await("window.investor.idle()");
      assertLabelled(browser, "investor");
      browser.screenshot("park-list-large-city-investor");
      assertNoParkList(browser, "investor");
    }
  }

  @Test
  void the_overview_labels_the_parks_in_view_without_the_park_list() {
    try (Browser browser = browser()) {
      city.signInStaff(browser, "/overview.html");
      String counts = browser.await("window.atlas.ready");
      assertFalse(counts.startsWith("ERROR"), counts);
      browser.driver().executeScript("window.atlas.map.setView([arguments[0], arguments[1]], 14, {animate: false})", lat, lon);
      assertLabelled(browser, "overview");
      assertNoParkList(browser, "overview");
    }
  }

  @Test
  void the_export_page_picks_a_park_by_typing_its_name_without_the_park_list() {
    try (Browser browser = browser()) {
      browser.driver().get(city.base() + "/export.html?lang=zh");
      String ready = browser.await("window.exportPage.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.driver().findElement(By.cssSelector("[data-testid=area-park]")).click();
      pick(browser, "park-select");
      browser.waitFor("window.exportPage.form.choice().area.park === '" + code + "'");
      browser.await("window.exportPage.mapIdle()");
      browser.waitFor("document.querySelectorAll('path[data-park=\"" + code + "\"][data-chosen]').length === 1");
      assertLabelled(browser, "export");
      browser.screenshot("park-list-large-city-export");
      assertNoParkList(browser, "export");
    }
  }
}
