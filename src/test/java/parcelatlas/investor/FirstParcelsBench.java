package parcelatlas.investor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parcelatlas.testing.Browser;

/**
 * How long the investor page takes, in Debian's headless Chromium with an empty cache, to show its
 * first parcels: from the start of navigation to the first parcels vector tile received and to the
 * first row of the result list, for each view given. Prints one line per run and the medians.
 * Run by {@code src/test/bench/first-parcels.sh}, which starts the portal on a scaled city.
 *
 * <p>Arguments: BASE_URL ROUNDS NAME=QUERY… (QUERY: the page's URL parameters, e.g.
 * {@code city=center=120.1,30.2&zoom=12}).
 */
public final class FirstParcelsBench {
  /** Records, relative to navigation start, the first parcels tile received and the first result row. */
  private static final String PROBE = """
      window.__firstTile = null; window.__firstRow = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (window.__firstTile === null && e.name.includes('/collections/parcels/tiles/')
              && (e.responseStatus === undefined || e.responseStatus === 200)) window.__firstTile = e.responseEnd;
        }
      }).observe({ type: 'resource', buffered: true });
      new MutationObserver((changes, observer) => {
        if (document.querySelector('[data-testid=result-row]')) {
          window.__firstRow = performance.now(); observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      """;
  private static final long PATIENCE_MS = 30_000;

  private FirstParcelsBench() {}

  public static void main(String[] args) throws InterruptedException {
    String base = args[0];
    int rounds = Integer.parseInt(args[1]);
    for (int v = 2; v < args.length; v++) {
      String name = args[v].substring(0, args[v].indexOf('='));
      String query = args[v].substring(args[v].indexOf('=') + 1);
      List<Double> tiles = new ArrayList<>();
      List<Double> rows = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        double[] t = once(base + "/index.html?" + query);
        tiles.add(t[0]);
        rows.add(t[1]);
        System.out.printf(Locale.ROOT, "%s run %d: first parcels tile %.0f ms, first result row %.0f ms%n",
            name, r, t[0], t[1]);
      }
      System.out.printf(Locale.ROOT, "%s median: first parcels tile %.0f ms, first result row %.0f ms, both %.0f ms%n",
          name, median(tiles), median(rows), Math.max(median(tiles), median(rows)));
    }
  }

  /** [first tile ms, first row ms] of one cold visit; NaN for what did not come within the patience. */
  private static double[] once(String url) throws InterruptedException {
    try (Browser browser = Browser.desktop()) {
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
      browser.driver().get(url);
      long until = System.currentTimeMillis() + PATIENCE_MS;
      double tile = Double.NaN;
      double row = Double.NaN;
      while (System.currentTimeMillis() < until && (Double.isNaN(tile) || Double.isNaN(row))) {
        tile = number(browser.driver().executeScript("return window.__firstTile"));
        row = number(browser.driver().executeScript("return window.__firstRow"));
        Thread.sleep(20);
      }
      return new double[] {tile, row};
    }
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
