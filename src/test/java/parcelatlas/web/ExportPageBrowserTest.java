package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import parcelatlas.testing.AreaCounts;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Gdal;

/** The export page in Chromium: pick a park or draw an area, choose GeoPackage in Gauss-Krüger, download, read with GDAL. */
class ExportPageBrowserTest {
  @TempDir static Path dir;
  @RegisterExtension
  static final DemoApp city = new DemoApp();

  private static String value(Browser b, String script, Object... args) {
    return String.valueOf(b.driver().executeScript(script, args));
  }

  private static Path download(String url, String name) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(city.base() + url))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    return Files.write(dir.resolve(name), response.body());
  }

  private static long gdalCount(Path file, String layer) {
    String summary = Gdal.run("ogrinfo", "-ro", "-so", file.toString(), layer);
    assertTrue(summary.contains("EPSG\",4527") || summary.contains("\"EPSG\",\"4527\""), summary);
    return Long.parseLong(summary.replaceAll("(?s).*Feature Count: (\\d+).*", "$1"));
  }

  @Test
  void a_visitor_picks_a_park_then_draws_an_area_and_downloads_geopackages_in_gauss_kruger() throws Exception {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().get(city.base() + "/export.html");
      assertFalse(browser.await("window.exportPage.ready").startsWith("ERROR"));
      String layers = value(browser, "return [...document.querySelectorAll('[data-testid=export-layer] option')]"
          + ".map(o => o.value).join(',')");
      assertEquals("parks,parcels", layers, "visitors are offered the public layers only");

      browser.driver().findElement(By.cssSelector("[data-testid=area-park]")).click();
      browser.driver().executeScript("const f = window.exportPage.form; f.set('export-layer', 'parcels');"
          + " f.set('park-select', 'QL-P01'); f.set('export-format', 'gpkg'); f.set('export-crs', 'EPSG:4527');");
      String counted = browser.await("window.exportPage.idle()");
      String url = value(browser, "return window.exportPage.url()");
      assertTrue(url.startsWith("/api/export?") && url.contains("park=QL-P01") && url.contains("crs=EPSG%3A4527")
          && url.contains("format=gpkg"), url);
      long park = AreaCounts.intersecting(city.storage(), "parcels", AreaCounts.park(city.storage(), "QL-P01"), true);
      assertEquals("\"" + park + "\"", counted);
      assertEquals(park, gdalCount(download(url, "park.gpkg"), "parcels"));
      browser.screenshot("export-park");

      browser.driver().findElement(By.cssSelector("[data-testid=area-polygon]")).click();
      browser.driver().findElement(By.cssSelector("[data-testid=draw-start]")).click();
      WebElement map = browser.driver().findElement(By.cssSelector("[data-testid=map]"));
      double[][] corners = {{117.34, 34.70}, {117.365, 34.695}, {117.37, 34.73}, {117.35, 34.74}};
      for (double[] corner : corners) {
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) browser.driver().executeScript("const m = window.exportPage.map;"
            + " const p = m.latLngToContainerPoint([arguments[1], arguments[0]]); const s = m.getSize();"
            + " return [Math.round(p.x - s.x / 2), Math.round(p.y - s.y / 2)];", corner[0], corner[1]);
        new Actions(browser.driver()).moveToElement(map, point.get(0).intValue(), point.get(1).intValue()).click().perform();
        browser.pause(Duration.ofMillis(350)); // apart, so Leaflet does not take two clicks for a double-click
      }
      browser.driver().findElement(By.cssSelector("[data-testid=draw-finish]")).click();
      String drawn = browser.await("window.exportPage.idle()");
      url = value(browser, "return window.exportPage.url()");
      assertTrue(url.contains("within=") && !url.contains("park="), url);
      Coordinate[] ring = drawnRing(browser);
      assertEquals(corners.length + 1, ring.length);
      for (int i = 0; i < corners.length; i++) {
        assertEquals(corners[i][0], ring[i].x, 0.001, "the click landed where aimed");
        assertEquals(corners[i][1], ring[i].y, 0.001, "the click landed where aimed");
      }
      long expected = AreaCounts.intersecting(city.storage(), "parcels", new GeometryFactory().createPolygon(ring), true);
      assertTrue(expected > 0, "the drawn area holds public parcels");
      assertEquals("\"" + expected + "\"", drawn);
      assertEquals(expected, gdalCount(download(url, "drawn.gpkg"), "parcels"));
      browser.screenshot("export-drawn-polygon");
    }
  }

  /** The ring of the polygon the page built from the clicks, read from the page itself. */
  private static Coordinate[] drawnRing(Browser browser) {
    var ring = parcelatlas.testing.ApiClient.parse(value(browser,
        "return JSON.stringify(window.exportPage.form.choice().area.polygon)")).get("coordinates").get(0);
    Coordinate[] coordinates = new Coordinate[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
    }
    return coordinates;
  }

  @Test
  void the_export_page_fits_a_phone() {
    try (Browser phone = Browser.phone()) {
      phone.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      phone.driver().get(city.base() + "/export.html");
      assertFalse(phone.await("window.exportPage.ready").startsWith("ERROR"));
      long scrollWidth = (Long) phone.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
      phone.screenshot("export-phone");
    }
  }
}
