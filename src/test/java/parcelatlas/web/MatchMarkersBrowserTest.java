package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.InvestorPage;

/**
 * Site-match results at a city-wide zoom (the audit of issue 10 found their numbered markers piled
 * on each other, and 20 results all scoring 100 with nothing saying why one came before another):
 * markers that would overlap are merged into one showing the best rank and "+k", every rank on
 * exactly one marker, none overlapping; a merged marker zooms in to its parcels; equal scores say,
 * in Chinese and English, what orders them, and each tied row shows that value, in the list's order.
 */
class MatchMarkersBrowserTest {
  @RegisterExtension
  static final DemoApp DEMO = new DemoApp();

  /** Marker boxes, with their "+k" tags, as [left, top, right, bottom] and their ranks (data-ranks). */
  @SuppressWarnings("unchecked")
  private static List<List<Object>> markerBoxes(Browser browser) {
    return (List<List<Object>>) browser.driver().executeScript("return [...document.querySelectorAll('[data-testid=match-marker]')]"
        + ".map(e => { const r = e.getBoundingClientRect(); const m = e.querySelector('.match-more')?.getBoundingClientRect() ?? r;"
        + " return [Math.min(r.left, m.left), Math.min(r.top, m.top), Math.max(r.right, m.right), Math.max(r.bottom, m.bottom), e.dataset.ranks]; })");
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }

  @Test
  void at_city_zoom_overlapping_markers_merge_and_every_rank_stays_readable() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/?center=117.25,34.70&zoom=11")) {
      String results = browser.await("window.investor.match({limit: 20})");
      assertFalse(results.startsWith("ERROR"), results);
      browser.await("window.investor.idle()");
      browser.driver().executeScript("window.investor.map.setView([34.70, 117.25], 10, {animate: false})");
      browser.pause(Duration.ofMillis(300));
      List<List<Object>> boxes = markerBoxes(browser);
      List<Integer> ranks = new ArrayList<>();
      boxes.forEach(b -> List.of(String.valueOf(b.get(4)).split(",")).forEach(r -> ranks.add(Integer.parseInt(r))));
      ranks.sort(null);
      List<Integer> expected = new ArrayList<>();
      for (int i = 1; i <= 20; i++) {
        expected.add(i);
      }
      assertEquals(expected, ranks, "every rank on exactly one marker");
      assertTrue(boxes.size() < 20, "some markers merged at zoom 10: " + boxes.size());
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          List<Object> a = boxes.get(i);
          List<Object> b = boxes.get(j);
          boolean apart = n(a.get(2)) <= n(b.get(0)) || n(b.get(2)) <= n(a.get(0)) || n(a.get(3)) <= n(b.get(1)) || n(b.get(3)) <= n(a.get(1));
          assertTrue(apart, "markers " + a.get(4) + " and " + b.get(4) + " overlap");
        }
      }
      browser.screenshot("investor-match-markers-city");
      // a merged marker zooms in to its parcels
      double zoom = n(browser.driver().executeScript("return window.investor.map.getZoom()"));
      browser.driver().findElement(By.cssSelector("[data-testid=match-marker].is-merged")).click();
      browser.pause(Duration.ofMillis(800));
      assertTrue(n(browser.driver().executeScript("return window.investor.map.getZoom()")) > zoom, "zoomed in");
      // 20 equal scores and no area asked: the note says they are listed by code
      assertTrue(browser.textOf("[data-testid=match-tie-note]", Duration.ofSeconds(5)).contains("按地块编号排列"));
    }
  }

  @Test
  void equal_scores_show_the_tie_break_the_list_is_ordered_by_in_both_languages() {
    try (Browser browser = InvestorPage.open(Browser.desktop(), DEMO.app(), "/")) {
      String results = browser.await("window.investor.match({min_mu: 30, max_mu: 200, limit: 20})");
      assertFalse(results.startsWith("ERROR"), results);
      browser.await("window.investor.idle()");
      assertTrue(browser.textOf("[data-testid=match-tie-note]", Duration.ofSeconds(5)).contains("中值（115 亩）"));
      @SuppressWarnings("unchecked")
      List<List<Object>> rows = (List<List<Object>>) browser.driver().executeScript(
          "return [...document.querySelectorAll('[data-testid=match-result]')].map(e => [Number(e.dataset.score),"
          + " e.querySelector('[data-testid=match-tie]')?.textContent ?? ''])");
      int tied = 0;
      double last = -1;
      double lastScore = -1;
      for (List<Object> row : rows) {
        String text = String.valueOf(row.get(1));
        if (text.isEmpty()) {
          continue;
        }
        tied++;
        double d = Double.parseDouble(text.replaceAll("[^0-9.]", ""));
        if (n(row.get(0)) == lastScore) {
          assertTrue(d >= last, "tied rows ordered by their distance from the middle: " + rows);
        }
        last = d;
        lastScore = n(row.get(0));
      }
      assertTrue(tied >= 2, "ties shown: " + rows);
      browser.driver().findElement(By.cssSelector("[data-testid=lang-switch]")).click();
      assertTrue(browser.textOf("[data-testid=match-tie-note]", Duration.ofSeconds(5)).contains("middle of your range (115 mu)"));
      assertTrue(browser.textOf("[data-testid=match-tie]", Duration.ofSeconds(5)).startsWith("Tie order: area"));
      browser.screenshot("investor-match-ties-en");
    }
  }
}
