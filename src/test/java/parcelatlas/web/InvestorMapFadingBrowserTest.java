package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
 * The investor map fades the tile parcels the filters leave out, in Chromium: with no filter none
 * is faded; choosing 新能源 (in Chinese) or New energy (in English) draws unfaded exactly the painted
 * tile parcels whose stored categories include new_energy (SQL), the rest faded, and with an area floor
 * and a servicing need added, those SQL selects with the search's rule; the keyword
 * "hydrogen", which a tile cannot judge, fades by the complete result list and the note says so.
 * The view holds the new-energy park and its neighbours, so both kinds are on the map.
 */
@Tag("database")
class InvestorMapFadingBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp();
  private static Set<String> newEnergy;
  private static String view;

  @BeforeAll
  static void start() {
    newEnergy = new TreeSet<>();
    for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
        + " AND industry_codes LIKE '%,new_energy,%'")) {
      newEnergy.add((String) row.get("code"));
    }
    Map<String, Object> park = Sql.rows(city.storage(), "SELECT ST_X(ST_Centroid(geom)) AS x, ST_Y(ST_Centroid(geom)) AS y"
        + " FROM parks WHERE name = '青岚新能源产业园'").get(0);
    view = String.format(Locale.ROOT, "center=%.6f,%.6f&zoom=12", ((Number) park.get("x")).doubleValue(),
        ((Number) park.get("y")).doubleValue());
    assertTrue(newEnergy.size() >= 20, newEnergy.toString());
  }

  @Test
  void new_energy_in_chinese_fades_every_painted_parcel_without_the_category() {
    try (Browser browser = InvestorPage.openWithFilters(city.app(), "/?lang=zh&" + view)) {
      Fading before = fading(browser);
      assertTrue(before.faded().isEmpty(), "no filter, nothing faded: " + before.faded());
      assertFalse("null".equals(browser.attr("[data-testid=map-filter-note]", "hidden")), "no note without a filter");
      InvestorPage.chooseIndustry(browser, "新能源");
      assertFadedBy(fading(browser), newEnergy);
      assertEquals("exact", browser.attr("[data-testid=map-filter-note]", "data-kind"));
      browser.screenshot("investor-map-fading-new-energy-zh");

      // with an area floor (the median of those plots, in 亩) and a servicing need on top: SQL's rule again
      List<Map<String, Object>> areas = Sql.rows(city.storage(), "SELECT area_m2 FROM parcels WHERE status IN ('available', 'listed')"
          + " AND industry_codes LIKE '%,new_energy,%' ORDER BY area_m2");
      double minMu = Math.round(((Number) areas.get(areas.size() / 2).get("area_m2")).doubleValue() * 15 / 10000 * 10) / 10.0;
      Set<String> kept = new TreeSet<>();
      for (Map<String, Object> row : Sql.rows(city.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
          + " AND industry_codes LIKE '%,new_energy,%' AND area_m2 >= ? AND has_road = TRUE",
          minMu * parcelatlas.domain.Area.SQUARE_METRES_PER_MU)) { // the server's product (investor/ParcelQuery)
        kept.add((String) row.get("code"));
      }
      browser.await("window.investor.setFilters({min_mu: " + minMu + ", servicing: ['road']})");
      assertFadedBy(fading(browser), kept);
    }
  }

  @Test
  void new_energy_in_english_fades_the_same_and_a_keyword_fades_by_the_complete_list() {
    try (Browser browser = InvestorPage.openWithFilters(city.app(), "/?lang=en&" + view)) {
      InvestorPage.chooseIndustry(browser, "New energy");
      assertFadedBy(fading(browser), newEnergy);
      String note = (String) browser.driver().executeScript(
          "return document.querySelector('[data-testid=map-filter-note]').textContent");
      assertTrue(note.startsWith("Plots the filters leave out are faded"), note);
      browser.screenshot("investor-map-fading-new-energy-en");

      InvestorPage.chooseIndustry(browser, "All industries");
      browser.driver().findElement(By.cssSelector("[data-testid=filter-keyword]")).sendKeys("hydrogen");
      browser.pause(Duration.ofMillis(600)); // typing is debounced (400 ms)
      browser.await("window.investor.idle()");
      assertEquals("byList", browser.attr("[data-testid=map-filter-note]", "data-kind"));
      Set<String> listed = new TreeSet<>();
      ApiClient.parse(browser.await("window.investor.listCodes()")).forEach(n -> listed.add(n.asText()));
      assertFalse(listed.isEmpty());
      assertFadedBy(fading(browser), listed);
      browser.screenshot("investor-map-fading-keyword-en");
    }
  }

  /** Painted tile parcels: those in {@code kept} are not faded, every other one is; both kinds on the map. */
  private static void assertFadedBy(Fading painted, Set<String> kept) {
    assertFalse(painted.shown().isEmpty(), "some parcels are drawn unfaded");
    assertFalse(painted.faded().isEmpty(), "some parcels are drawn faded");
    Set<String> wronglyShown = new TreeSet<>(painted.shown());
    wronglyShown.removeAll(kept);
    assertTrue(wronglyShown.isEmpty(), "drawn unfaded but left out by the filter: " + wronglyShown);
    Set<String> wronglyFaded = new TreeSet<>(painted.faded());
    wronglyFaded.retainAll(kept);
    assertTrue(wronglyFaded.isEmpty(), "drawn faded but selected by the filter: " + wronglyFaded);
  }

  private record Fading(Set<String> faded, Set<String> shown) {}

  /** The tile parcels painted faded and not, once every request is answered and the painting has settled. */
  private static Fading fading(Browser browser) {
    Fading last = null;
    for (int i = 0; i < 40; i++) {
      browser.await("window.investor.idle()");
      browser.pause(Duration.ofMillis(400));
      JsonNode now = ApiClient.parse(browser.await("window.investor.tileFading()"));
      Fading f = new Fading(codes(now.get("faded")), codes(now.get("shown")));
      if (f.equals(last) && !(f.faded().isEmpty() && f.shown().isEmpty())) {
        return f;
      }
      last = f;
    }
    throw new AssertionError("the map's painting did not settle: " + last);
  }

  private static Set<String> codes(JsonNode array) {
    Set<String> codes = new TreeSet<>();
    array.forEach(n -> codes.add(n.asText()));
    return codes;
  }
}
