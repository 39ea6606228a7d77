package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The investor page's industry filter in Chromium: choosing 新能源 (in Chinese) or New energy (in
 * English) among the catalogue's categories lists exactly the land-ready plots of 青岚新能源产业园
 * (counted in SQL by the park's name), the choices are named in the viewer's language, and the
 * English keyword "hydrogen" finds the same plots.
 */
class IndustryFilterBrowserTest {
  private static Storage storage;
  private static RunningApp app;
  private static Set<String> parkPlots;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
    parkPlots = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(storage, "SELECT p.code FROM parcels p JOIN parks k ON k.code = p.park_code"
        + " WHERE k.name = '青岚新能源产业园' AND p.status IN ('available', 'listed')")) {
      parkPlots.add((String) row.get("code"));
    }
    assertTrue(parkPlots.size() >= 20, parkPlots.toString());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void choosing_new_energy_in_chinese_lists_the_new_energy_parks_plots() {
    try (Browser browser = open("/?lang=zh")) {
      Select industry = industrySelect(browser);
      assertTrue(optionTexts(industry).containsAll(List.of("全部产业", "新能源", "新材料", "装备制造")), optionTexts(industry).toString());
      industry.selectByVisibleText("新能源");
      assertEquals(parkPlots, listed(browser));
      assertTrue(browser.driver().getCurrentUrl().contains("industry=new_energy"), browser.driver().getCurrentUrl());
      browser.screenshot("industry-filter-zh");
      browser.await("window.investor.setLang('en')");
      assertEquals("New energy", industrySelect(browser).getFirstSelectedOption().getText());
    }
  }

  @Test
  void choosing_new_energy_in_english_lists_the_same_plots_and_hydrogen_finds_them_too() {
    try (Browser browser = open("/?lang=en")) {
      Select industry = industrySelect(browser);
      assertTrue(optionTexts(industry).containsAll(List.of("All industries", "New energy", "Biomedicine")),
          optionTexts(industry).toString());
      assertFalse(optionTexts(industry).contains("新能源"));
      industry.selectByVisibleText("New energy");
      assertEquals(parkPlots, listed(browser));
      browser.screenshot("industry-filter-en");
      industry.selectByVisibleText("All industries");
      WebElement keyword = browser.driver().findElement(By.cssSelector("[data-testid=filter-keyword]"));
      keyword.sendKeys("hydrogen");
      browser.pause(Duration.ofMillis(600)); // typing is debounced (400 ms)
      assertEquals(parkPlots, listed(browser));
      browser.screenshot("industry-keyword-hydrogen-en");
    }
  }

  private static Browser open(String path) {
    Browser browser = Browser.desktop();
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browser.driver().get(app.base() + path);
    String ready = browser.await("window.investor.ready");
    assertFalse(ready.startsWith("ERROR"), ready);
    browser.driver().executeScript("document.querySelector('[data-testid=filter-panel]').open = true");
    return browser;
  }

  private static Select industrySelect(Browser browser) {
    return new Select(browser.driver().findElement(By.cssSelector("[data-testid=filter-industry]")));
  }

  private static List<String> optionTexts(Select select) {
    return select.getOptions().stream().map(WebElement::getText).toList();
  }

  /** The codes the list shows once every request is answered and every page asked for. */
  private static Set<String> listed(Browser browser) {
    browser.await("window.investor.idle()");
    for (int i = 0; i < 50 && (Boolean) browser.driver().executeScript(
        "return !document.querySelector('[data-testid=result-more]').hidden"); i++) {
      browser.await("window.investor.more()");
    }
    Set<String> codes = new TreeSet<>();
    ApiClient.parse(browser.await("window.investor.listCodes()")).forEach(n -> codes.add(n.asText()));
    return codes;
  }
}
