package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;
import parcelatlas.testing.Sql;

/** The staff overview map ({@code /overview.html}) in real headless Chromium, against the running app with the demo city. */
class MapPageBrowserTest {
  @RegisterExtension
  static final DemoApp city = new DemoApp().withStaff();

  @Test
  @Tag("database") // also on PostGIS: its counts and ST_AsMVT tiles, not H2's Java encoder
  void the_map_shows_all_four_layers_with_every_feature() throws Exception {
    try (Browser browser = Browser.desktop()) {
      String counts = city.staffOn(browser, "/overview.html", Duration.ofSeconds(60), "window.atlas.ready");
      JsonNode loaded = new ObjectMapper().readTree(counts);
      for (Map.Entry<String, String> layer : Map.of("parks", "parks", "parcels", "parcels",
          "projects", "projects", "demolition-zones", "demolition_zones").entrySet()) {
        assertEquals(Sql.count(city.storage(), layer.getValue()), loaded.get(layer.getKey()).asLong(), layer.getKey());
      }
      // parcels are drawn from vector tiles: every parcel's code is painted once the tiles came
      long parcels = Sql.count(city.storage(), "parcels");
      long drawn = 0;
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (drawn < parcels && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(200));
        drawn = ((Number) browser.driver().executeScript("return window.atlas.tileCodes('parcels').length")).longValue();
      }
      assertEquals(parcels, drawn, "parcels painted from the tiles");
      assertTrue(((Number) browser.driver().executeScript("return performance.getEntriesByType('resource')"
          + ".filter(e => e.name.includes('/collections/parcels/items')).length")).longValue() <= 1,
          "parcels only counted (limit=1), never downloaded as GeoJSON");
      String status = browser.textOf("[data-testid=status-line]", Duration.ofSeconds(10));
      assertTrue(status.contains("地块"), status);
      browser.screenshot("map-desktop");
    }
  }

  @Test
  void a_parcel_popup_speaks_chinese_and_shows_the_area_in_mu() {
    Map<String, Object> parcel = Sql.rows(city.storage(),
        "SELECT id, code FROM parcels WHERE status = 'available' ORDER BY id").get(0);
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      city.signInStaff(browser, "/overview.html?popup=parcels:" + parcel.get("id"));
      browser.await("window.atlas.ready");
      String popup = browser.textOf("[data-testid=popup]", Duration.ofSeconds(10));
      assertTrue(popup.contains((String) parcel.get("code")), popup);
      assertTrue(popup.contains("净地可供"), popup);
      assertTrue(popup.contains("亩"), popup);
      browser.pause(Duration.ofMillis(500)); // let the popup's fade-in finish before the picture
      browser.screenshot("map-parcel-popup");
    }
  }

  @Test
  void an_anonymous_visitor_is_sent_to_sign_in_and_back() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(city.base() + "/overview.html");
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!browser.driver().getCurrentUrl().contains("/login.html") && System.nanoTime() < until) {
        browser.pause(Duration.ofMillis(100));
      }
      assertTrue(browser.driver().getCurrentUrl().contains("/login.html?next=%2Foverview.html"),
          browser.driver().getCurrentUrl());
    }
  }

  @Test
  void the_map_fits_a_phone_screen() {
    try (Browser browser = Browser.phone()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      city.signInStaff(browser, "/overview.html");
      browser.await("window.atlas.ready");
      long scrollWidth = (Long) browser.driver().executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling on a phone: " + scrollWidth);
      browser.screenshot("map-phone");
    }
  }
}
