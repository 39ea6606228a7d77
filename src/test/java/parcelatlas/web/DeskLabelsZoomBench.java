package parcelatlas.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.DeskPage;

/**
 * Not a test (Surefire's default includes skip it; it asserts nothing): the time of one zoom step and
 * one pan of the desk map at city zoom on {@code demo --scale 12}, this tree's pages against a base
 * version's, interleaved. A step is {@code map.setZoom(z ± 1, {animate: false})} (or {@code
 * map.panBy([±160, 0])}) until the second animation frame after it (the labels laid out and the frame
 * painted), and until the page is idle again (the view's features and figures reloaded and restyled);
 * the page is idle between steps. Also
 * the time spent in {@code getBoundingClientRect} (forced layouts) and the labels on the map.
 *
 * <p>Put the base beside this tree's pages first, then run it on H2:
 * <pre>
 * mvn -B -q test-compile -o
 * rm -rf target/classes/web/js/desk-base &amp;&amp; mkdir -p target/classes/web/js/desk-base
 * git archive BASE web/js/desk | tar -x --strip-components=3 -C target/classes/web/js/desk-base
 * sed 's#/js/desk/main.js#/js/desk-base/main.js#' web/desk.html &gt; target/classes/web/desk-base.html
 * mvn -B -q surefire:test@default-test -o -Dtest=DeskLabelsZoomBench -Dbench.rounds=6 -Dbench.steps=10
 * </pre>
 * Results: {@code target/desk-labels-zoom.txt} (one line a round, then medians). {@code -Dbench.modes=pan} times the
 * pans only; {@code -Dbench.profile=true} adds a V8 profile of each page's steps ({@code -Dbench.profileMode=pan}: pans).
 * Dec 6 2026, base 8dc359b against desk12 (restyle only changed looks, labels moved aside, tags per kind),
 * 4 rounds of 8 steps, load 8-11: zoom to the 2nd frame 211 → 205 ms, to idle 658 → 522 ms; pan 44 → 46 ms,
 * to idle 278 → 275 ms (noise at that load; a V8 profile of 10 zoom steps: setAttribute 335 → 116 ms self).
 * Dec 6 2026, base e245b28 against desk13 (a move asks only for what it has not fetched, labels only near the
 * view), 3 rounds of 8 steps, load 16-26: view requests (features, figures, photos) a zoom step 13.0 (122 KiB)
 * → 0, a pan step 17.0 (172 KiB) → 0.13 (photos then kept too; now asked for at each move: +1 a step); zoom to
 * the 2nd frame 544 → 229 ms, to idle 1234 → 229 ms; pan to the 2nd frame 85 → 99 ms, to idle 559 → 99 ms.
 */
class DeskLabelsZoomBench {
  private static final String DAY = "2026-11-20";
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  private static final String STEPS = "const [n, done] = [arguments[0], arguments[arguments.length - 1]];"
      + " const frame = () => new Promise((r) => requestAnimationFrame(() => r()));"
      + " (async () => { const m = window.desk.map; const z = m.getZoom(); const out = [];"
      + " if (!window.__gbcr) { const o = Element.prototype.getBoundingClientRect; window.__gbcr = { ms: 0, n: 0 };"
      + "   Element.prototype.getBoundingClientRect = function () { const t = performance.now();"
      + "     try { return o.call(this); } finally { window.__gbcr.ms += performance.now() - t; window.__gbcr.n++; } }; }"
      + " if (!window.__res) { window.__res = { n: 0, bytes: 0 }; new PerformanceObserver((l) => l.getEntries().forEach((e) => {"
      + "   if (/\\/ogc\\/collections\\/(demolition-zones|projects)\\/items|\\/api\\/desk\\/(zones|projects|photos)\\?/.test(e.name)) {"
      + "     window.__res.n++; window.__res.bytes += e.encodedBodySize; } })).observe({ type: 'resource' }); }"
      + " for (let i = 0; i < n; i++) { await window.desk.idle(); await new Promise((r) => setTimeout(r, 150));"
      + "   window.__gbcr.ms = 0; window.__gbcr.n = 0; window.__res.n = 0; window.__res.bytes = 0;"
      + "   const t0 = performance.now(); if (arguments[1] === 'pan') m.panBy([i % 2 ? -160 : 160, 0], { animate: false });"
      + "   else m.setZoom(i % 2 ? z : z + 1, { animate: false }); await frame(); await frame(); const t1 = performance.now();"
      + "   await window.desk.idle(); const t2 = performance.now(); await new Promise((r) => setTimeout(r, 50));"
      + "   out.push([t1 - t0, window.__gbcr.ms, window.__gbcr.n, t2 - t0, window.__res.n, window.__res.bytes]); }"
      + " await window.desk.idle(); const count = (s) => document.querySelectorAll(s).length;"
      + " done({ steps: out, labels: [count('[data-testid=zone-label]'), count('[data-testid=project-label]'),"
      + "   count('[data-testid=map-flag]'), count('.context-label:not([hidden])')] }); })();";

  private static Browser open(String page) {
    Browser browser = Browser.desktop();
    DeskPage.atCityZoom(city, browser, page, DAY);
    return browser;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> steps(Browser browser, int n, String mode) {
    return (Map<String, Object>) browser.driver().executeAsyncScript(STEPS, n, mode);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** Self time by function (and by URL:function), the top 18, of n steps of mode (zoom, pan) under V8's sampling profiler. */
  @SuppressWarnings("unchecked")
  private static String profile(Browser browser, int n, String mode) {
    var driver = browser.driver();
    driver.executeCdpCommand("Profiler.enable", Map.of());
    driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
    driver.executeCdpCommand("Profiler.start", Map.of());
    steps(browser, n, mode);
    Map<String, Object> profile = (Map<String, Object>) driver.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
    List<Object> samples = (List<Object>) profile.get("samples");
    List<Object> deltas = (List<Object>) profile.get("timeDeltas");
    Map<Long, String> names = new java.util.HashMap<>();
    for (Map<String, Object> node : nodes) {
      Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
      String url = String.valueOf(frame.get("url"));
      names.put(((Number) node.get("id")).longValue(), url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("functionName")
          + ":" + frame.get("lineNumber"));
    }
    Map<String, Double> self = new java.util.HashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      self.merge(names.get(((Number) samples.get(i)).longValue()), ((Number) deltas.get(i)).doubleValue() / 1000, Double::sum);
    }
    Map<Long, Double> own = new java.util.HashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      own.merge(((Number) samples.get(i)).longValue(), ((Number) deltas.get(i)).doubleValue() / 1000, Double::sum);
    }
    Map<Long, List<Long>> children = new java.util.HashMap<>();
    for (Map<String, Object> node : nodes) {
      List<Object> kids = (List<Object>) node.getOrDefault("children", List.of());
      children.put(((Number) node.get("id")).longValue(), kids.stream().map(k -> ((Number) k).longValue()).toList());
    }
    Map<String, Double> total = new java.util.HashMap<>();
    totals(((Number) nodes.get(0).get("id")).longValue(), names, own, children, new java.util.HashSet<>(), total);
    return self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(18)
        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue())).toList()
        + "\n  with callees (desk's modules): " + total.entrySet().stream().filter(e -> e.getKey().matches("^[a-z-]+\\.js:.*"))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(24)
        .map(e -> String.format("%s %.0f ms", e.getKey(), e.getValue())).toList();
  }

  /** Adds to total the time of node id with its callees, once per function on a stack (recursion not counted twice); returns it. */
  private static double totals(long id, Map<Long, String> names, Map<Long, Double> own, Map<Long, List<Long>> children,
      java.util.Set<String> stack, Map<String, Double> total) {
    String name = names.get(id);
    boolean outer = stack.add(name);
    double sum = own.getOrDefault(id, 0.0);
    for (long child : children.getOrDefault(id, List.of())) {
      sum += totals(child, names, own, children, stack, total);
    }
    if (outer) {
      stack.remove(name);
      total.merge(name, sum, Double::sum);
    }
    return sum;
  }

  @Test
  @SuppressWarnings("unchecked")
  void zoom_and_pan_steps_at_city_zoom_base_against_this_tree() throws Exception {
    int rounds = Integer.getInteger("bench.rounds", 4);
    int n = Integer.getInteger("bench.steps", 10);
    StringBuilder out = new StringBuilder();
    Map<String, List<Double>> frames = new java.util.TreeMap<>();
    Map<String, List<Double>> idles = new java.util.TreeMap<>();
    Map<String, List<Double>> forced = new java.util.TreeMap<>();
    Map<String, List<Double>> requests = new java.util.TreeMap<>();
    Map<String, List<Double>> bytes = new java.util.TreeMap<>();
    try (Browser base = open("/desk-base.html"); Browser tree = open("/desk.html")) {
      for (String mode : System.getProperty("bench.modes", "zoom,pan").split(",")) {
        for (int r = 0; r < rounds; r++) {
          for (String which : r % 2 == 0 ? List.of("base", "tree") : List.of("tree", "base")) {
            Map<String, Object> result = steps(which.equals("base") ? base : tree, n, mode);
            List<Double> ms = new ArrayList<>();
            List<Double> idle = new ArrayList<>();
            List<Double> gbcr = new ArrayList<>();
            List<Double> req = new ArrayList<>();
            List<Double> kb = new ArrayList<>();
            for (Object step : (List<Object>) result.get("steps")) {
              List<Object> v = (List<Object>) step;
              ms.add(((Number) v.get(0)).doubleValue());
              gbcr.add(((Number) v.get(1)).doubleValue());
              idle.add(((Number) v.get(3)).doubleValue());
              req.add(((Number) v.get(4)).doubleValue());
              kb.add(((Number) v.get(5)).doubleValue() / 1024);
            }
            String key = mode + " " + which;
            frames.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ms);
            idles.computeIfAbsent(key, k -> new ArrayList<>()).addAll(idle);
            forced.computeIfAbsent(key, k -> new ArrayList<>()).addAll(gbcr);
            requests.computeIfAbsent(key, k -> new ArrayList<>()).addAll(req);
            bytes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(kb);
            String load = Files.readString(Path.of("/proc/loadavg")).strip();
            out.append(String.format("round %d %s: frame median %.1f ms, idle median %.1f ms (gbcr %.1f ms)"
                + " view requests %.0f (%.0f KiB) steps %s labels %s load %s%n", r, key, median(ms), median(idle), median(gbcr),
                req.stream().mapToDouble(Double::doubleValue).sum(), kb.stream().mapToDouble(Double::doubleValue).sum(),
                ms.stream().map(v -> String.format("%.0f", v)).toList(), result.get("labels"), load));
          }
        }
      }
    }
    if (Boolean.getBoolean("bench.profile")) {
      for (String page : List.of("/desk-base.html", "/desk.html")) {
        try (Browser browser = open(page)) {
          String mode = System.getProperty("bench.profileMode", "zoom");
          out.append(page).append(' ').append(mode).append(": ").append(profile(browser, n, mode)).append('\n');
        }
      }
    }
    for (String key : frames.keySet()) {
      out.append(String.format("%s: to the 2nd frame median %.1f ms, to idle (view reloaded) median %.1f ms, of %d steps,"
          + " gbcr median %.1f ms; view requests %.2f (%.1f KiB) a step%n", key, median(frames.get(key)), median(idles.get(key)),
          frames.get(key).size(), median(forced.get(key)), mean(requests.get(key)), mean(bytes.get(key))));
    }
    Files.writeString(Path.of("target/desk-labels-zoom.txt"), out.toString());
    System.out.print(out);
  }
}
