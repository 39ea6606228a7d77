package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.InvestorPage;

/**
 * The offline basemap's location points (区位要素) are asked for per view, 500 at most: a view
 * holding more (a scaled city at zoom 9 holds about 1,000) drew the first 500 by id, so some
 * districts had their points and others none, and nothing said so (the audit of issue 10). Now such
 * a view draws none and says to zoom in, in Chinese and English; a closer view draws them all.
 */
class ContextPointsCapBrowserTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  /** 520 extra substations in a 0.4° box around the demo city's middle. */
  @BeforeAll
  static void crowd() {
    DEMO.storage().inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO context_points (code, name, name_en, kind, geom, source_crs,"
          + " source_file, source_record) VALUES (?, ?, ?, 'substation', ST_GeomFromText(?, 4326), 'EPSG:4326', 'test', ?)")) {
        for (int i = 0; i < 520; i++) {
          s.setString(1, "CAP-" + i);
          s.setString(2, "测试变电站" + i);
          s.setString(3, "Test substation " + i);
          s.setString(4, "POINT(" + (117.05 + (i % 26) * 0.016) + " " + (34.50 + (i / 26) * 0.02) + ")");
          s.setLong(5, i);
          s.addBatch();
        }
        return s.executeBatch().length;
      }
    });
  }

  private static String shown(Browser browser) {
    return String.valueOf(browser.driver().executeScript("return window.investor.map.getContainer().dataset.contextPoints"));
  }

  @Test
  void a_view_with_more_points_than_a_page_draws_none_and_says_to_zoom_in() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/?center=117.25,34.70&zoom=9")) {
      browser.waitFor("window.investor.map.getContainer().dataset.contextPoints !== undefined");
      browser.pause(Duration.ofMillis(500));
      assertEquals("0", shown(browser));
      assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('.context-marker').length"));
      assertTrue(browser.textOf("[data-testid=context-note]", Duration.ofSeconds(5)).contains("区位要素超过 500 个"));
      browser.screenshot("context-points-cap-zh");
      browser.driver().executeScript("document.querySelector('[data-testid=lang-switch]').click()");
      assertTrue(browser.textOf("[data-testid=context-note]", Duration.ofSeconds(5)).contains("More than 500 location points"));
      browser.driver().executeScript("window.investor.map.setView([34.70, 117.25], 13, {animate: false})");
      browser.waitFor("document.querySelector('[data-testid=context-note]').hidden");
      browser.waitFor("Number(window.investor.map.getContainer().dataset.contextPoints) > 0");
      assertFalse(shown(browser).equals("0"));
      assertTrue(((Number) browser.driver().executeScript("return document.querySelectorAll('.context-marker').length")).intValue() > 0);
    }
  }
}
