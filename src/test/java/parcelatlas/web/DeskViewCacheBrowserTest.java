package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/**
 * The desk map on a scaled city ({@code demo --scale 12}) zoomed in from the city's zoom, as an
 * official pans about: every move fetched the whole view's features and figures again (places
 * already drawn, of the same day), and the labels of every place ever seen stayed on the map however
 * far from the view. A move back over places already fetched asks the server nothing (requests and
 * bytes counted in the page); a new day or language asks again; labels and markers stand only near
 * the view (in it plus half its size on each side), come back as it returns, and a small pan keeps
 * the labels in view as they were (the same nodes: no flicker).
 */
class DeskViewCacheBrowserTest {
  private static final String DAY = "2026-11-20";
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  /** Counts, from now on, the map's view requests (features and their figures) and their bytes. */
  private static final String COUNT = "window.__view = { n: 0, bytes: 0, urls: [] }; if (!window.__observing) {"
      + " window.__observing = true; new PerformanceObserver((l) => l.getEntries().forEach(e => {"
      + "   if (/\\/ogc\\/collections\\/(demolition-zones|projects)\\/items|\\/api\\/desk\\/(zones|projects)\\?/.test(e.name)) {"
      + "     window.__view.n++; window.__view.bytes += e.encodedBodySize; window.__view.urls.push(e.name); } }))"
      + " .observe({ type: 'resource' }); }";

  /** The desk on {@link #DAY} at the city's zoom plus two, on the city's middle, settled. */
  private static void zoomedIn(Browser browser) {
    JsonNode box = city.app().staff().json("/api/desk/extent?scope=city", 200).get("bbox");
    city.staffOn(browser, "/desk.html?as_of=" + DAY, Duration.ofSeconds(120), "window.desk.ready");
    browser.await("window.desk.idle()");
    browser.driver().executeScript("const m = window.desk.map; m.fitBounds([[arguments[1], arguments[0]],"
        + " [arguments[3], arguments[2]]], {animate: false}); m.setZoom(m.getZoom() + 2, {animate: false})",
        box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(), box.get(3).asDouble());
    settle(browser);
  }

  private static void settle(Browser browser) {
    browser.pause(Duration.ofMillis(400));
    browser.await("window.desk.idle()");
    browser.pause(Duration.ofMillis(300));
    browser.await("window.desk.idle()");
  }

  private static void move(Browser browser, String script) {
    browser.driver().executeScript("const m = window.desk.map; " + script);
    settle(browser);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> counted(Browser browser) {
    return (Map<String, Object>) browser.driver().executeScript("return window.__view");
  }

  private static double n(Object v) {
    return ((Number) v).doubleValue();
  }

  @Test
  void a_move_back_over_places_fetched_asks_nothing_and_a_new_day_or_language_asks_again() {
    try (Browser browser = Browser.desktop()) {
      zoomedIn(browser);
      browser.driver().executeScript(COUNT);
      // the city's view was fetched whole: beyond it (two views and more to the east) is new
      move(browser, "m.panBy([4000, 0], {animate: false})");
      assertTrue(n(counted(browser).get("n")) > 0, "a pan onto new places fetches them: " + counted(browser));
      move(browser, "m.panBy([400, 0], {animate: false})");
      browser.driver().executeScript(COUNT);
      move(browser, "m.panBy([-400, 0], {animate: false})");
      move(browser, "m.panBy([400, 0], {animate: false})");
      move(browser, "m.setZoom(m.getZoom() + 1, {animate: false})");
      move(browser, "m.setZoom(m.getZoom() - 1, {animate: false})");
      assertEquals(Map.of("n", 0L, "bytes", 0L, "urls", List.of()), counted(browser),
          "moves back over places fetched for the day ask the server nothing");
      // five minutes on, what others filed meanwhile is asked for again
      browser.driver().executeScript("const now = Date.now; Date.now = () => now() + 6 * 60 * 1000;");
      browser.driver().executeScript(COUNT);
      move(browser, "m.panBy([-400, 0], {animate: false})");
      assertTrue(n(counted(browser).get("n")) > 0, "after five minutes a move asks again: " + counted(browser));
      move(browser, "m.panBy([400, 0], {animate: false})");
      browser.driver().executeScript(COUNT);
      move(browser, "m.panBy([-400, 0], {animate: false})");
      move(browser, "m.panBy([400, 0], {animate: false})");
      assertEquals(0.0, n(counted(browser).get("n")), "and then remembers again: " + counted(browser));
      browser.driver().executeScript(COUNT);
      browser.await("window.desk.setAsOf('2026-10-20')");
      settle(browser);
      assertTrue(n(counted(browser).get("n")) > 0, "a new day fetches the view's figures again: " + counted(browser));
      browser.await("window.desk.setAsOf('" + DAY + "')");
      settle(browser);
      browser.await("window.desk.setLang('en')");
      browser.pause(Duration.ofMillis(300));
      browser.driver().executeScript(COUNT);
      move(browser, "m.panBy([-400, 0], {animate: false})");
      assertTrue(n(counted(browser).get("n")) > 0, "after the language changed, a move asks again: " + counted(browser));
    }
  }

  /** The labels (of any kind) and photo markers standing farther than half the view's size outside it. */
  private static final String FAR = "const r = window.desk.map.getContainer().getBoundingClientRect();"
      + " const [w, h] = [r.width / 2 + 400, r.height / 2 + 400];" // half the view, and a label's width
      + " return [...document.querySelectorAll('[data-members], [data-testid=photo-marker]')].filter(e => {"
      + "   const b = e.getBoundingClientRect(); return b.right < r.left - w || b.left > r.right + w"
      + "     || b.bottom < r.top - h || b.top > r.bottom + h; }).map(e => e.dataset.members ?? e.dataset.id)";

  private static final String IN_VIEW = "const r = window.desk.map.getContainer().getBoundingClientRect();"
      + " return [...document.querySelectorAll('[data-members]')].filter(e => { const b = e.getBoundingClientRect();"
      + "   return b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom; })";

  @Test
  @SuppressWarnings("unchecked")
  void labels_stand_only_near_the_view_and_come_back_with_it_unchanged() {
    try (Browser browser = Browser.desktop()) {
      zoomedIn(browser);
      assertEquals(List.of(), browser.driver().executeScript(FAR), "no label or marker far outside the view");
      List<Object> inView = (List<Object>) browser.driver().executeScript(IN_VIEW + ".map(e => e.dataset.members)");
      assertTrue(inView.size() > 3, "labels in view: " + inView);
      browser.driver().executeScript(IN_VIEW + ".forEach(e => { e.__before = true; })");
      move(browser, "m.panBy([30, 0], {animate: false})");
      assertEquals(List.of(), browser.driver().executeScript(IN_VIEW + ".filter(e => !e.__before && "
          + " (e.getBoundingClientRect().left > window.desk.map.getContainer().getBoundingClientRect().left + 200))"
          + ".map(e => e.dataset.members)"), "a small pan keeps the labels well inside the view as they were");
      move(browser, "m.panBy([-3000, 0], {animate: false})");
      assertEquals(List.of(), browser.driver().executeScript(FAR), "after a pan far away, none far outside the view");
      move(browser, "m.panBy([3000, 0], {animate: false}); m.panBy([-30, 0], {animate: false})");
      List<Object> back = (List<Object>) browser.driver().executeScript(IN_VIEW + ".map(e => e.dataset.members)");
      assertEquals(new java.util.TreeSet<>(inView), new java.util.TreeSet<>(back), "the labels come back with the view");
      parcelatlas.testing.LabelBoxes.assertApart(parcelatlas.testing.LabelBoxes.allOnDesk(browser), "back: ");
    }
  }
}
