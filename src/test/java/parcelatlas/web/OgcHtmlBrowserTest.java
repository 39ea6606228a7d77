package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/** The OGC API's HTML in Chromium: a browser gets HTML by its Accept header, the page maps its features, markup in values stays text. */
class OgcHtmlBrowserTest {
  private static final String WAIT_FOR_MAP = "new Promise(resolve => { const poll = () => window.ogcMap && window.ogcMap.ready"
      + " ? resolve(window.ogcMap.ready.then(() => ({ features: window.ogcMap.features, error: window.ogcMap.error,"
      + " shapes: document.querySelectorAll('.leaflet-overlay-pane path').length, pwned: window.pwned === 1 })))"
      + " : setTimeout(poll, 50); poll(); })";
  @RegisterExtension
  static final DemoApp city = new DemoApp();

  @BeforeAll
  static void start() {
    city.storage().inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parks SET summary = ?")) {
        s.setString(1, "<img src=x onerror=\"window.pwned = 1\">");
        return s.executeUpdate();
      }
    });
  }

  @Test
  void a_browser_sees_the_items_page_with_every_feature_on_the_map_and_no_markup_from_the_data() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(city.base() + "/ogc/collections/parks/items");
      JsonNode map = ApiClient.parse(browser.await(WAIT_FOR_MAP));
      assertEquals("null", map.get("error").toString(), map.toString());
      assertEquals(7, map.get("features").asInt());
      assertEquals(7, map.get("shapes").asInt(), "one shape per park");
      assertEquals(false, map.get("pwned").asBoolean(), "a value's onerror never ran");
      assertTrue(browser.driver().getPageSource().contains("&lt;img src=x"));
      browser.screenshot("ogc-items-parks");
      browser.driver().get(city.base() + "/ogc/collections/parcels/items?limit=25&offset=25");
      assertEquals(25, ApiClient.parse(browser.await(WAIT_FOR_MAP)).get("features").asInt());
      browser.screenshot("ogc-items-parcels-page-2");
    }
  }

  @Test
  void a_page_reached_by_another_name_of_the_server_maps_its_features_and_pages_there() {
    // the links' origin is the address the connection reached (127.0.0.1); the browser says localhost
    String other = city.base().replace("127.0.0.1", "localhost");
    assertTrue(other.contains("localhost"), other);
    try (Browser browser = Browser.desktop()) {
      browser.driver().get(other + "/ogc/collections/parcels/items?limit=10");
      JsonNode map = ApiClient.parse(browser.await(WAIT_FOR_MAP));
      assertEquals("null", map.get("error").toString(), "the map fetched its features: " + map);
      assertEquals(10, map.get("features").asInt());
      browser.driver().findElement(org.openqa.selenium.By.linkText("下一页 Next ›")).click();
      browser.waitFor("location.search.includes('offset=10') || location.search.includes('cursor')");
      assertTrue(browser.driver().getCurrentUrl().startsWith(other), browser.driver().getCurrentUrl());
      assertEquals(10, ApiClient.parse(browser.await(WAIT_FOR_MAP)).get("features").asInt());
    }
  }
}
