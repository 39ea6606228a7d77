package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.InvestorPage;
import parcelatlas.testing.Sql;

/**
 * The investor page's industry filter in Chromium: choosing 新能源 (in Chinese) or New energy (in
 * English) among the catalogue's categories lists exactly the land-ready plots of 青岚新能源产业园
 * (counted in SQL by the park's name), the choices are named in the viewer's language, and the
 * English keyword "hydrogen" finds the same plots.
 */
class IndustryFilterBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp();
  private static Set<String> parkPlots;

  @BeforeAll
  static void start() {
    parkPlots = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT p.code FROM parcels p JOIN parks k ON k.code = p.park_code"
        + " WHERE k.name = '青岚新能源产业园' AND p.status IN ('available', 'listed')")) {
      parkPlots.add((String) row.get("code"));
    }
    assertTrue(parkPlots.size() >= 20, parkPlots.toString());
  }

  @Test
  void choosing_new_energy_in_chinese_lists_the_new_energy_parks_plots() {
    try (Browser browser = InvestorPage.openWithFilters(city.app(), "/?lang=zh")) {
      List<String> options = optionTexts(browser);
      assertTrue(options.containsAll(List.of("全部产业", "新能源", "新材料", "装备制造")), options.toString());
      InvestorPage.chooseIndustry(browser, "新能源");
      assertEquals(parkPlots, listed(browser));
      assertTrue(browser.driver().getCurrentUrl().contains("industry=new_energy"), browser.driver().getCurrentUrl());
      screenshot(browser, "industry-filter-zh");
      browser.await("window.investor.setLang('en')");
      assertEquals("New energy", browser.driver().executeScript(
          "const s = document.querySelector('[data-testid=filter-industry]'); return s.options[s.selectedIndex].text"));
    }
  }

  @Test
  void choosing_new_energy_in_english_lists_the_same_plots_and_hydrogen_finds_them_too() {
    try (Browser browser = InvestorPage.openWithFilters(city.app(), "/?lang=en")) {
      List<String> options = optionTexts(browser);
      assertTrue(options.containsAll(List.of("All industries", "New energy", "Biomedicine")), options.toString());
      assertFalse(options.contains("新能源"));
      InvestorPage.chooseIndustry(browser, "New energy");
      assertEquals(parkPlots, listed(browser));
      screenshot(browser, "industry-filter-en");
      InvestorPage.chooseIndustry(browser, "All industries");
      WebElement keyword = browser.driver().findElement(By.cssSelector("[data-testid=filter-keyword]"));
      keyword.sendKeys("hydrogen");
      browser.pause(Duration.ofMillis(600)); // typing is debounced (400 ms)
      assertEquals(parkPlots, listed(browser));
      screenshot(browser, "industry-keyword-hydrogen-en");
    }
  }

  /** A screenshot with the list's count in view (the filter form is long). */
  private static void screenshot(Browser browser, String name) {
    browser.driver().executeScript("document.querySelector('[data-testid=result-count]').scrollIntoView({block: 'center'})");
    browser.screenshot(name);
  }

  private static List<String> optionTexts(Browser browser) {
    return browser.driver().findElements(By.cssSelector("[data-testid=filter-industry] option")).stream()
        .map(WebElement::getText).toList();
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
