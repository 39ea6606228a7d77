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
 * the labels in view as they were (the same nodes: no flicker); places new to the page at the view's
 * edge move no label shown.
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

  /**
   * What the map shows, against its container: every label (head, members, box, place, form), the
   * location names shown, the controls' boxes and the places drawn. With a snapshot taken before a pan
   * by arguments[0], arguments[1] px (window.__before), the labels in view before and after that stand
   * elsewhere (one that grew or gave up places may widen where it stands), or are no longer a label's
   * head, though nothing made them move: no control, no label of
   * a kind before theirs (flag, then names, project, zone) on their place, no place new to the page
   * nor one a control now covers joined to them; and how many were looked at and how many places were new.
   */
  private static final String SNAPSHOT = "const snap = () => { const r = window.desk.map.getContainer().getBoundingClientRect();"
      + " const box = (e) => { const b = e.getBoundingClientRect(); return [b.left - r.left, b.top - r.top, b.right - r.left, b.bottom - r.top]; };"
      + " const d = window.desk.drawnCodes(); return { w: r.width, h: r.height,"
      + "   labels: [...document.querySelectorAll('[data-members]')].map(e => ({ members: e.dataset.members.split('|'),"
      + "     box: box(e), place: e.dataset.place ?? '', form: e.dataset.form ?? '' })),"
      + "   names: [...document.querySelectorAll('.context-label:not([hidden])')].map(box),"
      + "   controls: [...window.desk.map.getContainer().querySelectorAll('.leaflet-control')].map(box).filter(b => b[2] > b[0]),"
      + "   codes: [...d.zones.map(c => 'zone:' + c), ...d.projects.map(c => 'project:' + c)] }; };";
  private static final String MOVED = SNAPSHOT + " const [dx, dy] = [arguments[0], arguments[1]]; const a = snap(), b = window.__before;"
      + " const rank = { flag: 0, project: 2, zone: 3 }; const kindOf = (m) => m.split(':')[0];"
      + " const hit = (p, q) => p[0] < q[2] + 2 && q[0] < p[2] + 2 && p[1] < q[3] + 2 && q[1] < p[3] + 2;"
      + " const inView = (q) => q[0] >= 0 && q[1] >= 0 && q[2] <= a.w && q[3] <= a.h; const known = new Set(b.codes);"
      + " const fresh = a.codes.filter(c => !known.has(c)); let looked = 0; const moved = [];"
      + " const covered = new Set(b.labels.filter(l => a.controls.some(c => hit(c, [l.box[0] - dx, l.box[1] - dy,"
      + "   l.box[2] - dx, l.box[3] - dy]))).flatMap(l => l.members));"
      + " for (const l of b.labels) { const head = l.members[0]; const was = [l.box[0] - dx, l.box[1] - dy, l.box[2] - dx, l.box[3] - dy];"
      + "   if (!inView(l.box) || !inView(was)) continue; looked++;"
      + "   const now = a.labels.find(x => x.members[0] === head);"
      + "   if (now && Math.abs(now.box[0] - was[0]) < 1 && Math.abs(now.box[1] - was[1]) < 1 && now.place === l.place && now.form === l.form) continue;"
      + "   if (now && now.members.join('|') !== l.members.join('|') && now.place === l.place && now.form === l.form) continue;"
      + "   const k = rank[kindOf(head)];"
      + "   const forced = a.controls.some(c => hit(c, was)) || (k > 1 && a.names.some(n => hit(n, was)))"
      + "     || a.labels.some(x => rank[kindOf(x.members[0])] < k && hit(x.box, was))"
      + "     || (now && now.members.some(m => (!known.has(m) && fresh.includes(m)) || covered.has(m)));"
      + "   if (!forced) moved.push(l.members.slice(0, 3).join('|') + ' at ' + was.map(Math.round) + ' ' + l.place"
      + "     + ' now ' + (now ? now.box.map(Math.round) + ' ' + now.place : 'on ' + (a.labels.find(x => x.members.includes(head))?.members[0])));"
      + " }"
      + " return { looked, fresh: fresh.length, moved };";

  /**
   * An official zoomed in on a district the page has not seen pans about: each pan loads the places
   * new at the view's edge, and those used to take the places of labels already shown near them (a
   * new place whose name sorted first stood where a shown label stood, which moved or joined a label
   * far off). A label in view keeps where it stands unless a control, a label of a kind before its
   * own or a location name now stands there, or a new place joined it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void a_pan_that_brings_new_places_leaves_the_labels_shown_where_they_stood() {
    try (Browser browser = Browser.desktop()) {
      // opened on a township of one district, then to one of another the page has loaded nothing of
      // (both away from the city's start view, 青岚市)
      city.staffOn(browser, "/desk.html?as_of=" + DAY + "&scope=township:" + java.net.URLEncoder.encode("柳川市城关街道",
          java.nio.charset.StandardCharsets.UTF_8), Duration.ofSeconds(120), "window.desk.ready");
      settle(browser);
      JsonNode box = city.app().staff().json("/api/desk/extent?scope=township:" + java.net.URLEncoder.encode("嘉湖市城关街道",
          java.nio.charset.StandardCharsets.UTF_8), 200).get("bbox");
      move(browser, "m.setView([" + (box.get(1).asDouble() + box.get(3).asDouble()) / 2 + ", "
          + (box.get(0).asDouble() + box.get(2).asDouble()) / 2 + "], 13, {animate: false})");
      long looked = 0;
      long fresh = 0;
      List<String> moved = new java.util.ArrayList<>();
      for (int[] pan : new int[][] {{160, 0}, {0, 120}, {-160, 0}, {-160, 0}, {0, -120}, {0, -120}, {160, 0}, {160, 0}, {0, 120}}) {
        browser.driver().executeScript(SNAPSHOT + " window.__before = snap();");
        move(browser, "m.panBy([" + pan[0] + ", " + pan[1] + "], {animate: false})");
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeScript(MOVED, pan[0], pan[1]);
        looked += ((Number) result.get("looked")).longValue();
        fresh += ((Number) result.get("fresh")).longValue();
        for (Object m : (List<Object>) result.get("moved")) {
          moved.add("pan " + pan[0] + "," + pan[1] + ": " + m);
        }
      }
      assertTrue(fresh >= 10, "the pans brought places new to the page: " + fresh);
      assertTrue(looked >= 20, "labels in view before and after a pan: " + looked);
      assertEquals(List.of(), moved, "labels moved though nothing stands where they stood (of " + looked + ")");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void labels_stand_only_near_the_view_and_come_back_with_it_unchanged() {
    try (Browser browser = Browser.desktop()) {
      zoomedIn(browser);
      assertEquals(List.of(), browser.driver().executeScript(FAR), "no label or marker far outside the view");
      List<Object> inView = (List<Object>) browser.driver().executeScript(IN_VIEW + ".map(e => e.dataset.members)");
      assertTrue(inView.size() > 3, "labels in view: " + inView);
      browser.driver().executeScript(SNAPSHOT + " window.__before = snap();" // every label (one partly out comes in)
          + " document.querySelectorAll('[data-members]').forEach(e => { e.__before = true; })");
      move(browser, "m.panBy([30, 0], {animate: false})");
      // (no new label: those whose places changed keep where they stand, above; what a control now covers gives way)
      assertEquals(List.of(), ((Map<String, Object>) browser.driver().executeScript(MOVED, 30, 0)).get("moved"),
          "a small pan keeps the labels well inside the view where they were");
      assertEquals(List.of(), browser.driver().executeScript(SNAPSHOT + " const a = snap(); const covered = new Set("
          + " window.__before.labels.filter(l => a.controls.some(c => c[0] < l.box[2] - 30 + 2 && l.box[0] - 30 < c[2] + 2"
          + "   && c[1] < l.box[3] + 2 && l.box[1] < c[3] + 2)).flatMap(l => l.members));"
          + IN_VIEW + ".filter(e => !e.__before && "
          + " (e.getBoundingClientRect().left > window.desk.map.getContainer().getBoundingClientRect().left + 200)"
          + " && !e.dataset.members.split('|').some(m => covered.has(m))"
          + " && !window.__before.labels.some(l => l.members[0] === e.dataset.members.split('|')[0]))"
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
