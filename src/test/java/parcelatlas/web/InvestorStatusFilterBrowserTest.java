package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.InvestorPage;
import parcelatlas.testing.Sql;

/**
 * The supply-status filter on the investor page, in Chromium: ticking 挂牌中 (listed) leaves in the
 * result list exactly the parcels the API gives for {@code status=listed} in the same view, every
 * one badged listed, and fades every painted tile parcel that SQL says is land-ready; the page's URL
 * carries {@code status=listed}, and that link opened in a fresh browser (in English) shows the
 * box ticked and the same list.
 */
@Tag("database")
class InvestorStatusFilterBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp();
  private static Set<String> listed;
  private static String view;

  @BeforeAll
  static void start() {
    listed = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status = 'listed'")) {
      listed.add((String) row.get("code"));
    }
    Map<String, Object> park = Sql.rows(city.storage(), "SELECT ST_X(ST_Centroid(geom)) AS x, ST_Y(ST_Centroid(geom)) AS y"
        + " FROM parks WHERE name = '青岚新能源产业园'").get(0);
    view = String.format(Locale.ROOT, "center=%.6f,%.6f&zoom=12", ((Number) park.get("x")).doubleValue(),
        ((Number) park.get("y")).doubleValue());
  }

  @Test
  void ticking_listed_filters_the_list_and_the_map_and_a_shared_link_keeps_it() {
    String link;
    List<String> chosen;
    try (Browser browser = InvestorPage.openWithFilters(city.app(), "/?lang=zh&" + view)) {
      List<String> before = codes(browser.await("window.investor.listCodes()"));
      assertFalse(before.stream().allMatch(listed::contains), "land-ready plots are listed before filtering");
      browser.driver().findElement(By.cssSelector("[data-testid=filter-status-listed]")).click();
      browser.await("window.investor.idle()");
      chosen = codes(browser.await("window.investor.listCodes()"));
      assertFalse(chosen.isEmpty(), "some listed plots in view");
      assertEquals(api(browser), chosen, "the list is the API's answer for status=listed in the view");
      assertTrue(listed.containsAll(chosen), "only listed plots: " + chosen);
      for (String status : statuses(browser)) {
        assertEquals("listed", status);
      }
      assertEquals("挂牌中", browser.driver().findElement(By.cssSelector("[data-testid=filter-status]"))
          .findElements(By.tagName("label")).get(1).getText().strip());
      assertFadedBy(browser);
      link = browser.driver().getCurrentUrl();
      assertTrue(link.contains("status=listed"), link);
      browser.screenshot("investor-status-filter-zh");
    }
    try (Browser fresh = InvestorPage.open(Browser.desktop(), city.app(), link.substring(city.base().length())
        .replace("lang=zh", "lang=en"))) {
      assertEquals(List.of("listed"), codes(fresh.await("window.investor.state().filters.status")));
      assertEquals(Boolean.TRUE, fresh.driver().executeScript(
          "return document.querySelector('[data-testid=filter-status-listed]').checked"));
      assertEquals(Boolean.FALSE, fresh.driver().executeScript(
          "return document.querySelector('[data-testid=filter-status-available]').checked"));
      assertEquals(chosen, codes(fresh.await("window.investor.listCodes()")));
      assertEquals("Listed for transfer", fresh.driver().findElement(By.cssSelector("[data-testid=filter-status]"))
          .findElements(By.tagName("label")).get(1).getAttribute("textContent").strip());
      assertFadedBy(fresh);
      fresh.screenshot("investor-status-filter-shared-en");
    }
  }

  /** The codes the API gives for status=listed in the page's current view, in code order. */
  private static List<String> api(Browser browser) {
    List<String> bbox = codes(browser.await("window.investor.bbox()"));
    JsonNode page = city.app().json("/api/investor/parcels?status=listed&limit=2000&bbox=" + String.join(",", bbox), 200);
    List<String> codes = new ArrayList<>();
    page.get("features").forEach(f -> codes.add(f.get("id").asText()));
    return codes;
  }

  private static List<String> statuses(Browser browser) {
    return browser.driver().findElements(By.cssSelector("[data-testid=result-status]")).stream()
        .map(e -> e.getAttribute("data-status")).toList();
  }

  /** Painted tile parcels: the listed ones unfaded, every land-ready one faded; some of each. */
  private static void assertFadedBy(Browser browser) {
    JsonNode last = null;
    for (int i = 0; i < 40; i++) {
      browser.await("window.investor.idle()");
      browser.pause(Duration.ofMillis(400));
      JsonNode now = ApiClient.parse(browser.await("window.investor.tileFading()"));
      if (now.equals(last) && now.get("shown").size() > 0) {
        break;
      }
      last = now;
    }
    Set<String> shown = new TreeSet<>(codes(last.get("shown").toString()));
    Set<String> faded = new TreeSet<>(codes(last.get("faded").toString()));
    assertFalse(shown.isEmpty() || faded.isEmpty(), "both kinds on the map: " + last);
    assertTrue(listed.containsAll(shown), "drawn unfaded but not listed: " + shown);
    Set<String> wronglyFaded = new TreeSet<>(faded);
    wronglyFaded.retainAll(listed);
    assertTrue(wronglyFaded.isEmpty(), "listed but faded: " + wronglyFaded);
  }

  private static List<String> codes(String json) {
    List<String> codes = new ArrayList<>();
    ApiClient.parse(json).forEach(n -> codes.add(n.asText()));
    return codes;
  }
}
