package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.figures.FigureFixture;
import parcelatlas.storage.Storage;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.TestDatabases;

/**
 * The desk's figures tab for an official from whom figures are withheld (the small-cell rule,
 * {@code Figures.suppressed()}): on {@link FigureFixture} on 2026-06-30 乙镇's tax and investment
 * are X3's alone, which 甲镇's official may not open. Where each value would be, the card reads
 * 不公开 and gives the reason (words of web/js/withheld-texts.json), and after switching language
 * "withheld" and the English reason, as plain text.
 */
@Tag("database")
class DeskWithheldFiguresBrowserTest {
  private static final String PASSWORD = "withheld on the desk";
  private static final String ZH_REASON = "涉及他镇街少于3个项目，为保护单个项目数据不予显示";
  private static final String EN_REASON = "fewer than 3 projects you may not open: withheld so no single project can be read from it";
  private static final List<String> WITHHELD = List.of("investment_rate_pct", "tax_wan_per_mu");
  @RegisterExtension
  static final DemoApp city = DemoApp.on(DeskWithheldFiguresBrowserTest::figures);

  private static Storage figures() {
    Storage storage = TestDatabases.fresh();
    FigureFixture.load(storage);
    return storage;
  }

  @BeforeAll
  static void official() {
    new Users(city.storage(), new PasswordHasher(4)).add("jia", Role.OFFICIAL, "甲镇", null, PASSWORD.toCharArray());
  }

  @Test
  void another_townships_official_reads_withheld_and_the_reason_where_the_value_would_be() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.signIn(city.base(), "jia", PASSWORD, "/desk.html?as_of=2026-06-30&tab=figures&scope=township:%E4%B9%99%E9%95%87");
      String ready = browser.await("window.desk.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.await("window.desk.idle()");
      assertEquals("township:乙镇", browser.attr("[data-testid=figures-panel]", "data-scope"));
      assertEquals("100%", card(browser, "start_rate_pct").get("value"), "the headline figures stay");
      for (String key : WITHHELD) {
        assertEquals(Map.of("value", "不公开", "detail", ZH_REASON, "elements", 0L), card(browser, key), key);
      }
      browser.screenshot("desk-figures-withheld");

      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      browser.waitFor("document.querySelector('[data-testid=figure-card][data-key=tax_wan_per_mu] .figure-label')"
          + ".textContent === 'Tax per mu (year to date)'");
      for (String key : WITHHELD) {
        assertEquals(Map.of("value", "withheld", "detail", EN_REASON, "elements", 0L), card(browser, key), key);
      }
    }
  }

  /** A figure card's value and detail (their text) and how many elements its value holds (none: text only). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> card(Browser browser, String key) {
    return (Map<String, Object>) browser.driver().executeScript(
        "const c = document.querySelector(`[data-testid=figure-card][data-key=${arguments[0]}]`);"
        + " const v = c.querySelector('[data-testid=figure-value]'), d = c.querySelector('.figure-detail');"
        + " return {value: v.textContent, detail: d ? d.textContent : null, elements: v.childElementCount};", key);
  }
}
