package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/**
 * The staff overview on a scaled city ({@code demo --scale 12}, more parcels than the old page
 * limit of the items loader): the parcels are said to be more than the server counts (10,000+),
 * parcels, projects and zones are drawn from tile requests, and no request downloads one of
 * those layers as GeoJSON.
 */
@Tag("database")
class OverviewLargeCityBrowserTest {
  @RegisterExtension
  static final DemoApp city = DemoApp.scaled(12).withStaff();

  @Test
  void the_overview_counts_every_parcel_and_draws_them_from_tiles() {
    long parcels = Sql.count(city.storage(), "parcels");
    assertTrue(parcels > 20_000);
    try (Browser browser = Browser.desktop()) {
      String counts = city.staffOn(browser, "/overview.html", Duration.ofSeconds(120), "window.atlas.ready");
      assertTrue(ApiClient.parse(counts).get("parcels").isNull(), "the server counts up to 10,000: " + counts);
      String status = browser.textOf("[data-testid=status-line]", Duration.ofSeconds(10));
      assertTrue(status.contains("地块 10,000+"), "says the parcels are more than counted: " + status);
      assertEquals(Sql.count(city.storage(), "projects"), ApiClient.parse(counts).get("projects").asLong());

      JsonNode park = city.app().json("/api/investor/parks", 200).get("parks").get(0);
      JsonNode box = park.get("bbox");
      browser.driver().executeScript("window.atlas.map.setView([arguments[0], arguments[1]], 14, {animate: false})",
          (box.get(1).asDouble() + box.get(3).asDouble()) / 2, (box.get(0).asDouble() + box.get(2).asDouble()) / 2);
      long drawn = 0;
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (drawn == 0 && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(200));
        drawn = ((Number) browser.driver().executeScript("return window.atlas.tileCodes('parcels').length")).longValue();
      }
      assertTrue(drawn > 0, "parcels painted from the tiles");

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> requests = (List<Map<String, Object>>) browser.driver().executeScript(
          "return performance.getEntriesByType('resource').map(e => ({ path: new URL(e.name).pathname + new URL(e.name).search }))");
      for (String layer : List.of("parcels", "projects", "demolition-zones")) {
        assertTrue(requests.stream().anyMatch(r -> String.valueOf(r.get("path"))
            .startsWith("/ogc/collections/" + layer + "/tiles/WebMercatorQuad/")), layer + " tiles requested");
        requests.stream().map(r -> String.valueOf(r.get("path")))
            .filter(p -> p.startsWith("/ogc/collections/" + layer + "/tiles/WebMercatorQuad/"))
            .forEach(p -> assertTrue(p.endsWith("?audience=staff"), "a signed-in overview asks for staff tiles: " + p));
        requests.stream().map(r -> String.valueOf(r.get("path")))
            .filter(p -> p.startsWith("/ogc/collections/" + layer + "/items"))
            .forEach(p -> assertTrue(p.contains("limit=1") && !p.contains("limit=1000"), "only counted: " + p));
      }
      browser.screenshot("overview-large-city");
    }
  }
}
