package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The investor portal on a scaled city ({@code demo --scale 12}: more parcels than the page's
 * old 20,000 cap): parcels are drawn from vector tiles, no request downloads more than a page of
 * parcels, clicking a drawn parcel opens its detail, and the list and its count follow the view.
 */
@Tag("database")
class InvestorLargeCityBrowserTest {
  private static final int SCALE = 12;

  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(SCALE);

  /** The page's requests so far: [{path, bytes}] from the resource timing entries. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> requests(Browser browser) {
    return (List<Map<String, Object>>) browser.driver().executeScript(
        "return performance.getEntriesByType('resource').map(e => { const u = new URL(e.name);"
            + " return { path: u.pathname + u.search, bytes: e.encodedBodySize }; })");
  }

  private static String listUrl(List<Map<String, Object>> requests) {
    String last = null;
    for (Map<String, Object> r : requests) {
      if (String.valueOf(r.get("path")).startsWith("/api/investor/parcels?")) {
        last = String.valueOf(r.get("path"));
      }
    }
    return last;
  }

  private static String countOf(JsonNode page) {
    return page.has("numberMatched") ? String.format("%,d", page.get("numberMatched").asLong())
        : "more than " + String.format("%,d", page.get("numberMatchedMoreThan").asLong());
  }

  /** Prints (never asserts) what the page downloaded against what the old whole-layer load took. */
  private static void report(List<Map<String, Object>> requests) {
    long tiles = 0;
    long tileCount = 0;
    long lists = 0;
    for (Map<String, Object> r : requests) {
      String path = String.valueOf(r.get("path"));
      long bytes = ((Number) r.get("bytes")).longValue();
      if (path.contains("/collections/parcels/tiles/")) {
        tiles += bytes;
        tileCount++;
      } else if (path.startsWith("/api/investor/parcels?")) {
        lists += bytes;
      }
    }
    long whole = 0;
    long wholeGzip = 0;
    for (long offset = 0; offset >= 0 && offset < 1_000_000; ) {
      String body = city.app().get("/api/investor/parcels?limit=1000&offset=" + offset).body();
      byte[] raw = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      whole += raw.length;
      java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
        gzip.write(raw);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      wholeGzip += zipped.size();
      JsonNode next = ApiClient.parse(body).get("nextOffset");
      offset = next == null ? -1 : next.asLong();
    }
    System.out.printf("scale %d: %d parcel tiles, %,d bytes; list pages %,d bytes (as transferred);"
        + " old whole-layer load %,d bytes, %,d gzipped%n", SCALE, tileCount, tiles, lists, whole, wholeGzip);
  }

  @Test
  void parcels_come_from_tiles_a_drawn_parcel_opens_and_the_list_follows_the_view() {
    assertTrue(Sql.count(city.storage(), "parcels") > 20_000);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
      browser.driver().get(city.base() + "/?lang=en");
      String ready = browser.await("window.investor.ready");
      assertFalse(ready.startsWith("ERROR"), ready);
      browser.await("window.investor.idle()");

      // all the parks in view: the list is one page, its count the API's for that view
      String cityUrl = listUrl(requests(browser));
      assertTrue(cityUrl != null && cityUrl.contains("bbox=") && cityUrl.contains("limit=100"), cityUrl);
      JsonNode cityPage = city.app().json(cityUrl, 200);
      String cityCount = browser.textOf("[data-testid=result-count]", Duration.ofSeconds(10));
      assertTrue(cityCount.contains(countOf(cityPage)), cityCount + " vs " + cityPage.toString().substring(0, 80));
      assertEquals(100L, ((Number) browser.driver().executeScript(
          "return JSON.parse(arguments[0]).length", browser.await("window.investor.listCodes()"))).longValue());
      assertFalse((Boolean) browser.driver().executeScript(
          "return document.querySelector('[data-testid=result-more]').hidden"), "more results on demand");
      browser.await("window.investor.more()");
      assertEquals(200L, ((Number) browser.driver().executeScript(
          "return JSON.parse(arguments[0]).length", browser.await("window.investor.listCodes()"))).longValue());

      // zoom into one park: tiles are fetched and drawn, the list and count follow
      JsonNode park = city.app().json("/api/investor/parks", 200).get("parks").get(0);
      JsonNode box = park.get("bbox");
      browser.driver().executeScript("window.investor.map.setView([arguments[0], arguments[1]], 15, {animate: false})",
          (box.get(1).asDouble() + box.get(3).asDouble()) / 2, (box.get(0).asDouble() + box.get(2).asDouble()) / 2);
      browser.await("window.investor.idle()");
      Set<String> drawn = new HashSet<>();
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (drawn.isEmpty() && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(200));
        ApiClient.parse(browser.await("window.investor.tileCodes()")).forEach(n -> drawn.add(n.asText()));
      }
      assertFalse(drawn.isEmpty(), "no parcel painted from the tiles: " + requests(browser) + " "
          + browser.driver().executeScript("return JSON.stringify([window.investor.map.getZoom(), !!window.protomapsL,"
              + " document.querySelectorAll('canvas.leaflet-tile').length])"));
      List<Map<String, Object>> requests = requests(browser);
      assertTrue(requests.stream().anyMatch(r -> String.valueOf(r.get("path"))
          .startsWith("/ogc/collections/parcels/tiles/WebMercatorQuad/15/")), "parcel tiles requested");
      String parkUrl = listUrl(requests);
      assertNotEquals(cityUrl, parkUrl, "the list follows the view");
      JsonNode parkPage = city.app().json(parkUrl, 200);
      String parkCount = browser.textOf("[data-testid=result-count]", Duration.ofSeconds(10));
      assertTrue(parkCount.contains(countOf(parkPage)), parkCount);
      assertNotEquals(cityCount, parkCount);
      Set<String> listed = new HashSet<>();
      ApiClient.parse(browser.await("window.investor.listCodes()")).forEach(n -> listed.add(n.asText()));
      assertFalse(listed.isEmpty());
      assertTrue(drawn.containsAll(listed), "every listed parcel in view is drawn from the tiles");

      // nothing downloads a whole parcel layer: no items requests, list requests one page each
      for (Map<String, Object> r : requests) {
        String path = String.valueOf(r.get("path"));
        assertFalse(path.contains("/collections/parcels/items"), path);
        if (path.startsWith("/api/investor/parcels?")) {
          assertTrue(path.contains("limit=100"), path);
        }
      }

      report(requests);

      // a parcel drawn from the tiles (not an outlined listed one: other land uses than M1) opens
      // its detail when clicked
      browser.await("window.investor.setFilters({land_use: ['M1']})");
      browser.await("window.investor.idle()");
      listed.clear();
      ApiClient.parse(browser.await("window.investor.listCodes()")).forEach(n -> listed.add(n.asText()));
      browser.pause(Duration.ofMillis(500));
      browser.screenshot("investor-large-city-m1");
      @SuppressWarnings("unchecked")
      Map<String, Object> spot = (Map<String, Object>) browser.driver().executeScript(
          "const s = window.investor.map.getSize(); const listed = new Set(arguments[0]);"
              + " for (let y = 40; y < s.y - 40; y += 12) for (let x = 40; x < s.x - 40; x += 12) {"
              + "   const code = window.investor.codeAt(x, y);"
              + "   const r = window.investor.map.getContainer().getBoundingClientRect();"
              + "   const at = code && document.elementFromPoint(r.left + x, r.top + y);"
              // the point shows the map itself (tile canvases and park outlines take no pointer events),
              // not a panel, control or listed parcel's outline over it
              + "   if (at && !listed.has(code) && (at === window.investor.map.getContainer() || at.closest('.leaflet-map-pane'))"
              + "       && !at.closest('[data-code]'))"
              + "     return { x, y, code, w: s.x, h: s.y }; }"
              + " return null;", List.copyOf(listed));
      assertTrue(spot != null, "a parcel drawn from the tiles only, to click");
      WebElement map = browser.driver().findElement(By.cssSelector("[data-testid=map]"));
      int dx = ((Number) spot.get("x")).intValue() - ((Number) spot.get("w")).intValue() / 2;
      int dy = ((Number) spot.get("y")).intValue() - ((Number) spot.get("h")).intValue() / 2;
      new Actions(browser.driver()).moveToElement(map, dx, dy).click().perform();
      String code = String.valueOf(spot.get("code"));
      browser.textOf("[data-testid=detail-panel][data-state=loaded] [data-testid=detail-facts]", Duration.ofSeconds(10));
      assertEquals(code, browser.textOf("[data-testid=detail-code]", Duration.ofSeconds(5)));
      browser.await("window.investor.idle()");
      browser.screenshot("investor-large-city");
    }
  }
}
