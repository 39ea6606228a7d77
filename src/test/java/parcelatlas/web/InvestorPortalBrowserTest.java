package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.InvestorPage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoApp;

/** The investor portal at {@code /} in real headless Chromium against the running app with the demo city. */
class InvestorPortalBrowserTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();



  private static Set<String> codes(String json) {
    Set<String> codes = new TreeSet<>();
    ApiClient.parse(json).forEach(n -> codes.add(n.asText()));
    return codes;
  }

  private static Set<String> apiCodes(String query) {
    Set<String> codes = new TreeSet<>();
    DEMO.app().json("/api/investor/parcels?limit=2000&" + query, 200).get("features").forEach(f -> codes.add(f.get("id").asText()));
    return codes;
  }

  /** The list comes a page at a time: asks for the next page until there is none. */
  private static void listEveryPage(Browser browser) {
    for (int i = 0; i < 50 && (Boolean) browser.driver().executeScript(
        "return !document.querySelector('[data-testid=result-more]').hidden"); i++) {
      browser.await("window.investor.more()");
    }
  }

  @Test
  @Tag("database") // also on PostGIS: the filtered list, paged, against the API
  void filtering_keeps_the_list_and_the_map_in_step_with_the_api() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      browser.driver().findElement(By.cssSelector("[data-testid=filter-panel]")).click();
      browser.driver().findElement(By.cssSelector("[data-testid=filter-land-use-M1]")).click();
      browser.await("window.investor.idle()");
      listEveryPage(browser);
      Set<String> expected = apiCodes("land_use=M1");
      assertFalse(expected.isEmpty());
      assertEquals(expected, codes(browser.await("window.investor.listCodes()")));
      assertEquals(expected, codes(browser.await("window.investor.mapCodes()")));
      browser.await("window.investor.setFilters({min_mu: 80, servicing: ['gas']})");
      listEveryPage(browser);
      Set<String> narrower = apiCodes("land_use=M1&min_mu=80&servicing=gas");
      assertEquals(narrower, codes(browser.await("window.investor.listCodes()")));
      assertEquals(narrower, codes(browser.await("window.investor.mapCodes()")));
      browser.screenshot("investor-filtered-desktop");
    }
  }

  @Test
  void a_parcel_opens_with_its_facts_prints_on_one_a4_page_and_takes_an_enquiry() throws Exception {
    String code = apiCodes("sort=code").iterator().next();
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      browser.driver().findElement(By.cssSelector("[data-testid=result-row][data-code='" + code + "'] [data-testid=result-select]")).click();
      String facts = browser.textOf("[data-testid=detail-panel][data-state=loaded] [data-testid=detail-facts]", Duration.ofSeconds(10));
      assertTrue(facts.contains("亩"), facts);
      assertEquals(code, browser.textOf("[data-testid=detail-code]", Duration.ofSeconds(5)));
      browser.screenshot("investor-detail-desktop");
      browser.driver().findElement(By.cssSelector("[data-testid=enquiry-name]")).sendKeys("孙经理");
      browser.driver().findElement(By.cssSelector("[data-testid=enquiry-contact]")).sendKeys("sun@example.com");
      browser.driver().findElement(By.cssSelector("[data-testid=enquiry-message]")).sendKeys("请介绍该地块的供电容量。");
      browser.driver().findElement(By.cssSelector("[data-testid=enquiry-submit]")).click();
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      String state = "";
      while (!state.equals("success") && System.nanoTime() < until) {
        state = String.valueOf(browser.driver().executeScript(
            "return document.querySelector('[data-testid=enquiry-status]').dataset.state"));
        browser.pause(Duration.ofMillis(100));
      }
      assertEquals("success", state);
      assertEquals(1, Sql.count(DEMO.storage(), "enquiries WHERE parcel_code = '" + code + "' AND contact = 'sun@example.com'"));
    }
    try (Browser sheet = Browser.desktop()) {
      sheet.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      sheet.driver().get(DEMO.app().base() + "/sheet.html?code=" + code);
      assertFalse(sheet.await("window.sheet.ready").startsWith("ERROR"));
      String facts = sheet.textOf("[data-testid=sheet-facts]", Duration.ofSeconds(5));
      assertTrue(facts.contains("亩") && facts.contains("万元"), facts);
      PrintOptions a4 = new PrintOptions();
      a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
      byte[] pdf = Base64.getDecoder().decode(sheet.driver().print(a4).getContent());
      java.nio.file.Files.createDirectories(Browser.SCREENSHOTS);
      java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("investor-sheet.pdf"), pdf);
      String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertEquals(1, text.split("/Type\\s*/Page[^s]", -1).length - 1, "the sheet prints on one page");
      sheet.screenshot("investor-sheet");
    }
  }

  @Test
  void matching_ranks_parcels_with_reasons_and_compare_shows_three_side_by_side() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      String results = browser.await("window.investor.match({min_mu: 50, max_mu: 150, land_use: ['M1', 'M2'],"
          + " needs: ['power', 'gas'], limit: 10})");
      assertFalse(results.startsWith("ERROR"), results);
      List<Integer> scores = new ArrayList<>();
      for (Object score : (List<?>) browser.driver().executeScript("return Array.from(document.querySelectorAll("
          + "'[data-testid=match-result]')).map(e => Number(e.dataset.score))")) {
        scores.add(((Number) score).intValue());
      }
      assertEquals(10, scores.size());
      assertEquals(scores.stream().sorted((a, b) -> b - a).toList(), scores);
      assertTrue(browser.textOf("[data-testid=match-fits]", Duration.ofSeconds(5)).length() > 2);
      browser.screenshot("investor-match-desktop");
      List<String> three = new ArrayList<>(apiCodes("sort=code")).subList(0, 3);
      for (String code : three) {
        browser.driver().executeScript("window.investor.toggleCompare(arguments[0])", code);
      }
      browser.await("window.investor.openCompare()");
      long differing = (Long) browser.driver().executeScript(
          "return document.querySelectorAll('[data-testid=compare-table] tr[data-differs=true]').length");
      assertTrue(differing > 0);
      String table = browser.textOf("[data-testid=compare-table]", Duration.ofSeconds(5));
      three.forEach(code -> assertTrue(table.contains(code), code));
      browser.screenshot("investor-compare-desktop");
    }
  }

  @Test
  void a_shared_link_opens_the_same_view_in_a_fresh_browser_and_the_language_switches() {
    String url;
    JsonNode state;
    List<String> two = new ArrayList<>(apiCodes("sort=code")).subList(3, 5);
    try (Browser first = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      first.await("window.investor.setFilters({land_use: ['M1', 'M2'], max_price: 40})");
      first.await("window.investor.select('" + two.get(0) + "')");
      first.driver().executeScript("window.investor.toggleCompare(arguments[0]); window.investor.toggleCompare(arguments[1])",
          two.get(0), two.get(1));
      first.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      first.await("window.investor.idle()");
      assertEquals("en", first.driver().executeScript("return window.investor.state().lang"));
      assertTrue(first.textOf("[data-testid=result-count]", Duration.ofSeconds(5)).matches(".*[A-Za-z].*"));
      state = ApiClient.parse(first.await("window.investor.state()"));
      url = first.driver().getCurrentUrl();
    }
    try (Browser fresh = InvestorPage.open(Browser.desktop(), DEMO.app(), url.substring(DEMO.app().base().length()))) {
      JsonNode restored = ApiClient.parse(fresh.await("window.investor.state()"));
      for (String key : List.of("lang", "filters", "selected", "compare", "sort")) {
        assertEquals(state.get(key), restored.get(key), key + " from " + url);
      }
      assertEquals(state.get("view").get("zoom").asDouble(), restored.get("view").get("zoom").asDouble(), 0.01);
      fresh.screenshot("investor-shared-link-en");
    }
  }

  @Test
  void the_portal_fits_a_phone() {
    try (Browser phone = InvestorPage.open(Browser.phone(), DEMO.app(), "/")) {
      long scrollWidth = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
      phone.screenshot("investor-phone");
      phone.await("window.investor.select('" + apiCodes("sort=code").iterator().next() + "')");
      phone.screenshot("investor-phone-detail");
    }
  }
}
