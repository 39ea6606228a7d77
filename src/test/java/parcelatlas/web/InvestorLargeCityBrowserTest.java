package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parcelatlas.investor.ExtraParcels;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The investor portal on a city with more land-ready parcels than it loads (20,000) and than the
 * API counts (10,000): the page says "more than 10,000" and that it shows only the first 20,000,
 * instead of stopping silently.
 */
class InvestorLargeCityBrowserTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    ExtraParcels.landReady(storage, 12);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void the_page_says_when_it_shows_only_part_of_the_matches() {
    assertTrue(Sql.count(storage, "parcels WHERE status IN ('available', 'listed')") > 20_000);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(240));
      browser.driver().get(app.base() + "/?lang=en");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.await("window.investor.idle()");
      String count = browser.textOf("[data-testid=result-count]", Duration.ofSeconds(10));
      assertTrue(count.contains("10,000") || count.contains("10000"), count);
      String note = browser.textOf("[data-testid=result-note]", Duration.ofSeconds(10));
      assertTrue(note.contains("20,000") || note.contains("20000"), "no word of the cut: '" + note + "'");
      assertEquals(20_000L, ((Number) browser.driver().executeScript(
          "return JSON.parse(arguments[0]).length", browser.await("window.investor.listCodes()"))).longValue());
      browser.screenshot("investor-large-city");
    }
  }
}
