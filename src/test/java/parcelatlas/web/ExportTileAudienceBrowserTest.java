package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/**
 * The export page's faint parcel layer asks for the tiles of its viewer: a visitor the public,
 * cacheable URL, a signed-in member of staff {@code ?audience=staff} (the rows a staff export takes).
 */
@Tag("database")
class ExportTileAudienceBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();

  /** The parcel tile URLs the page fetched, once it shows parcels at street zoom. */
  @SuppressWarnings("unchecked")
  private static List<String> parcelTiles(Browser browser) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    assertFalse(browser.await("window.exportPage.ready").startsWith("ERROR"));
    browser.driver().executeScript("window.exportPage.form.set('export-layer', 'parcels')");
    browser.await("window.exportPage.idle()");
    JsonNode box = city.app().json("/api/investor/parks", 200).get("parks").get(0).get("bbox");
    browser.driver().executeScript("window.exportPage.map.setView([arguments[0], arguments[1]], 14, {animate: false})",
        (box.get(1).asDouble() + box.get(3).asDouble()) / 2, (box.get(0).asDouble() + box.get(2).asDouble()) / 2);
    List<String> tiles = List.of();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (tiles.isEmpty() && System.nanoTime() < until) {
      browser.pause(Duration.ofMillis(200));
      tiles = (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".map(e => new URL(e.name)).map(u => u.pathname + u.search)"
          + ".filter(p => p.startsWith('/ogc/collections/parcels/tiles/WebMercatorQuad/'))");
    }
    assertFalse(tiles.isEmpty(), "parcel tiles requested");
    return tiles;
  }

  @Test
  void a_visitor_draws_the_public_tiles_and_staff_their_own() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(city.base() + "/export.html");
      parcelTiles(browser).forEach(p -> assertFalse(p.contains("audience"), "a visitor asks for public tiles: " + p));
    }
    try (Browser browser = Browser.desktop()) {
      city.signInStaff(browser, "/export.html");
      parcelTiles(browser).forEach(p -> assertTrue(p.endsWith("?audience=staff"), "staff ask for staff tiles: " + p));
      browser.screenshot("export-staff-tiles");
    }
  }
}
