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
  void a_script_page_reached_by_another_name_follows_next_links_on_its_own_origin() {
    String other = city.base().replace("127.0.0.1", "localhost");
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
      browser.driver().get(other + "/");
      // the next link the API gives carries 127.0.0.1; followed as the pages (and the desk's loader) follow it
      JsonNode pages = ApiClient.parse(browser.await("import('/js/api.js').then(async api => {"
          + " const first = await api.getJson('/ogc/collections/parcels/items?limit=100');"
          + " const next = api.nextHref(first); const second = await api.getJson(next);"
          + " return { link: first.links.find(l => l.rel === 'next').href, next, second: second.features.length,"
          + " firstId: first.features[0].id, secondId: second.features[0].id }; })"));
      assertTrue(pages.path("link").asText().startsWith("http://127.0.0.1:"), pages.toString());
      assertEquals(100, pages.path("second").asInt(), "the next page came: " + pages);
      assertTrue(!pages.path("firstId").equals(pages.path("secondId")), pages.toString());
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
