package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.testing.Browser;
import parcelatlas.testing.InvestorPage;
import parcelatlas.testing.Sql;
import parcelatlas.testing.DemoApp;

/**
 * Site matching drives the investor map (issue 12, items 3 and 5) in headless Chromium on the demo
 * city: the results are the parcels on the map, numbered as in the list; "在地图上查看" opens one
 * filled, in view, with its detail; the match criteria are in the URL and a fresh browser opening
 * that link sees the same results; on a phone the results are in view without scrolling; the list
 * sorts by total price as the stored values say and "search this area" limits it to the view.
 */
class InvestorMatchMapBrowserTest {
  private static final String NEEDS = "{min_mu: 30, max_mu: 200, land_use: ['M1', 'M2'], needs: ['power'], limit: 12}";
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();



  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    ((List<?>) list).forEach(v -> out.add(String.valueOf(v)));
    return out;
  }

  private static List<String> listed(Browser browser) {
    return strings(browser.driver().executeScript(
        "return [...document.querySelectorAll('[data-testid=match-result]')].map(e => e.dataset.code)"));
  }

  /** The markers on the map as "rank:code", and the list's numbers as "rank:code". */
  private static List<String> markers(Browser browser) {
    return strings(browser.driver().executeScript("return [...document.querySelectorAll('[data-testid=match-marker]')]"
        + ".flatMap(e => e.dataset.ranks.split(',').map(r => r + ':' + window.investor.matchCodes()[r - 1]))"
        + ".sort((a, b) => parseInt(a) - parseInt(b))"));
  }

  private static List<String> ranks(Browser browser) {
    return strings(browser.driver().executeScript("return [...document.querySelectorAll('[data-testid=match-result]')]"
        + ".map(e => e.querySelector('[data-testid=match-rank]').textContent + ':' + e.dataset.code)"));
  }

  @Test
  void a_match_result_opens_on_the_map_numbered_as_in_the_list() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/?center=117.25,34.70&zoom=15")) {
      String results = browser.await("window.investor.match(" + NEEDS + ")");
      assertFalse(results.startsWith("ERROR"), results);
      browser.await("window.investor.idle()");
      List<String> codes = listed(browser);
      assertEquals(12, codes.size());
      assertEquals(codes, strings(browser.driver().executeScript("return window.investor.matchCodes()")));
      assertEquals(codes, strings(browser.driver().executeScript("return window.investor.mapCodes()")),
          "the map shows the results, not the listed parcels of the find tab");
      assertEquals(ranks(browser), markers(browser));
      browser.screenshot("investor-match-map-numbered");
      String third = codes.get(2);
      browser.driver().findElements(By.cssSelector("[data-testid=match-result-select]")).get(2).click();
      browser.await("window.investor.idle()");
      browser.waitFor("document.querySelector('[data-testid=detail-panel]').dataset.state === 'loaded'");
      assertEquals(third, browser.attr("[data-testid=detail-panel]", "data-code"));
      // filled, not a hollow outline, and in the map's view
      Object fill = browser.driver().executeScript("const p = [...document.querySelectorAll('path[data-selected=\"' + arguments[0] + '\"]')]"
          + ".find(e => e.getAttribute('fill') !== 'none');"
          + " return p ? p.getAttribute('fill') + ' ' + p.getAttribute('fill-opacity') : null;", third);
      assertTrue(fill != null && !String.valueOf(fill).startsWith("none") && !String.valueOf(fill).endsWith(" 0"), String.valueOf(fill));
      assertEquals(Boolean.TRUE, browser.driver().executeScript("const r = document.querySelector('path[data-selected=\"' + arguments[0]"
          + " + '\"]').getBoundingClientRect(); const m = document.querySelector('[data-testid=map]').getBoundingClientRect();"
          + " return r.width > 4 && r.left >= m.left && r.right <= m.right && r.top >= m.top && r.bottom <= m.bottom;", third));
      browser.screenshot("investor-match-map-opened");
    }
  }

  @Test
  void a_shared_match_link_restores_the_match_in_a_fresh_browser() {
    String link;
    List<String> codes;
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      browser.driver().findElement(By.cssSelector("[data-testid=tab-match]")).click();
      browser.type("[data-testid=match-min-mu]", 30);
      browser.type("[data-testid=match-max-mu]", 200);
      browser.driver().findElement(By.cssSelector("[data-testid=match-land-use-M2]")).click();
      browser.driver().findElement(By.cssSelector("[data-testid=match-need-gas]")).click();
      browser.driver().findElement(By.cssSelector("[data-testid=match-submit]")).click();
      browser.waitFor("document.querySelectorAll('[data-testid=match-result]').length > 0");
      browser.await("window.investor.idle()");
      codes = listed(browser);
      link = browser.driver().getCurrentUrl();
    }
    assertTrue(link.contains("tab=match") && link.contains("m.min_mu=30") && link.contains("m.land_use=M2")
        && link.contains("m.needs=gas"), link);
    try (Browser fresh = InvestorPage.open(Browser.desktop(), DEMO.app(), link.substring(DEMO.app().base().length()))) {
      fresh.waitFor("document.querySelectorAll('[data-testid=match-result]').length > 0");
      fresh.await("window.investor.idle()");
      assertEquals(codes, listed(fresh));
      assertEquals(ranks(fresh), markers(fresh));
      assertEquals("30", fresh.driver().findElement(By.cssSelector("[data-testid=match-min-mu]")).getAttribute("value"));
      assertTrue(fresh.driver().findElement(By.cssSelector("[data-testid=match-need-gas]")).isSelected());
      fresh.screenshot("investor-match-shared-link");
    }
  }

  @Test
  void on_a_phone_the_results_are_in_view_without_scrolling() {
    try (Browser phone = InvestorPage.open(Browser.phone(), DEMO.app(), "/?tab=match")) {
      phone.type("[data-testid=match-min-mu]", 20);
      phone.driver().findElement(By.cssSelector("[data-testid=match-land-use-M1]")).click();
      phone.driver().findElement(By.cssSelector("[data-testid=match-submit]")).click();
      phone.waitFor("document.querySelectorAll('[data-testid=match-result]').length > 0");
      phone.await("window.investor.idle()");
      Object top = phone.driver().executeScript(
          "return document.querySelector('[data-testid=match-result]').getBoundingClientRect().top");
      double y = ((Number) top).doubleValue();
      assertTrue(y >= 0 && y < 844 - 60, "first result at y=" + y);
      phone.screenshot("investor-match-phone");
    }
  }

  @Test
  void sorting_by_total_price_orders_rows_as_the_stored_values_say() {
    Map<String, Double> totals = new HashMap<>();
    for (Map<String, Object> r : Sql.rows(DEMO.storage(), "SELECT code, price_wan_per_mu, area_m2 FROM parcels"
        + " WHERE status IN ('available', 'listed') AND price_wan_per_mu IS NOT NULL")) {
      double mu = Math.round(((Number) r.get("area_m2")).doubleValue() / (10000.0 / 15) * 100) / 100.0;
      totals.put((String) r.get("code"), Math.round(((Number) r.get("price_wan_per_mu")).doubleValue() * mu * 10) / 10.0);
    }
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      browser.driver().findElement(By.cssSelector("[data-testid=sort-select] option[value='-total_price']")).click();
      browser.await("window.investor.idle()");
      List<String> codes = strings(browser.driver().executeScript("return window.investor.listCodes()"));
      assertTrue(codes.size() > 20, "rows: " + codes.size());
      double last = Double.MAX_VALUE;
      for (String code : codes) {
        double total = totals.getOrDefault(code, Double.MAX_VALUE);
        assertTrue(total <= last + 0.1, code + " " + total + " after " + last);
        last = total;
      }
      String first = browser.textOf("[data-testid=result-total]", Duration.ofSeconds(5));
      assertTrue(first.contains("参考总价"), first);
      assertTrue(browser.attr("[data-testid=result-status]", "data-status").matches("available|listed"));
      browser.screenshot("investor-list-total-price");
    }
  }

  @Test
  void search_this_area_limits_the_rows_to_the_view() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      browser.await("window.investor.setFollow(false)");
      List<String> before = strings(browser.driver().executeScript("return window.investor.listCodes()"));
      // into the middle of a park (no basemap shift in the tests: WGS84 is the map's)
      com.fasterxml.jackson.databind.JsonNode park = DEMO.app().json("/api/investor/parks", 200).get("parks").get(0).get("bbox");
      browser.driver().executeScript("window.investor.map.setView([arguments[0], arguments[1]], 16, {animate: false})",
          (park.get(1).asDouble() + park.get(3).asDouble()) / 2, (park.get(0).asDouble() + park.get(2).asDouble()) / 2);
      browser.waitFor("!document.querySelector('[data-testid=search-area]').hidden");
      browser.await("window.investor.idle()");
      assertEquals(before, strings(browser.driver().executeScript("return window.investor.listCodes()")),
          "the list waits for 搜索此区域");
      browser.driver().findElement(By.cssSelector("[data-testid=search-area]")).click();
      browser.await("window.investor.idle()");
      for (int i = 0; i < 50 && (Boolean) browser.driver().executeScript(
          "return !document.querySelector('[data-testid=result-more]').hidden"); i++) {
        browser.await("window.investor.more()");
      }
      List<?> box = (List<?>) browser.driver().executeScript("return window.investor.bbox()");
      Set<String> expected = new TreeSet<>();
      Sql.rows(DEMO.storage(), "SELECT code FROM parcels WHERE status IN ('available', 'listed')"
          + " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))",
          box.stream().map(v -> ((Number) v).doubleValue()).toArray()).forEach(r -> expected.add((String) r.get("code")));
      Set<String> shown = new TreeSet<>(strings(browser.driver().executeScript("return window.investor.listCodes()")));
      assertTrue(!expected.isEmpty() && !expected.equals(new TreeSet<>(before)), "view holds " + expected.size());
      assertEquals(expected, shown);
      browser.screenshot("investor-search-this-area");
    }
  }
}
