package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/** The OGC API's HTML pages: chosen by f and Accept, linked to their JSON both ways, values escaped. */
@Tag("database")
class OgcHtmlTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
  private static final List<String> RESOURCES = List.of("/ogc", "/ogc/conformance", "/ogc/collections",
      "/ogc/collections/parks", "/ogc/collections/parks/items?limit=3", "/ogc/api");
  private static Storage storage;
  private static RunningApp app;
  private static long hostileParkId;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    Map<String, Object> park = Sql.rows(storage, "SELECT id, code FROM parks ORDER BY id").get(0);
    hostileParkId = ((Number) park.get("id")).longValue();
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("UPDATE parks SET summary = ?, name = ? WHERE id = ?")) {
        s.setString(1, HOSTILE);
        s.setString(2, "青岚<b>园</b>");
        s.setLong(3, hostileParkId);
        return s.executeUpdate();
      }
    });
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void every_resource_is_html_with_f_html_and_with_a_browsers_accept_header_and_json_otherwise() {
    for (String path : RESOURCES) {
      HttpResponse<String> html = app.get(path + (path.contains("?") ? "&" : "?") + "f=html");
      assertEquals(200, html.statusCode(), path);
      assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
      assertTrue(html.body().startsWith("<!doctype html>"), path);
      assertTrue(html.body().contains("<link rel=\"alternate\" type=\"application/json\""), path);
      HttpResponse<String> browser = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
      assertTrue(browser.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
      HttpResponse<String> plain = get(path, "*/*");
      assertFalse(plain.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
      ApiClient.parse(plain.body());
      ApiClient.parse(app.get(path + (path.contains("?") ? "&" : "?") + "f=json").body());
    }
    assertEquals("InvalidParameterValue", app.json("/ogc/collections?f=xml", 400).get("code").asText());
  }

  @Test
  void every_json_resource_links_its_html_alternate_and_the_html_links_back_to_the_json() {
    for (String path : RESOURCES.subList(0, 5)) {
      JsonNode body = app.json(path, 200);
      String alternate = OgcHtml.href(body, "alternate");
      assertNotNull(alternate, path);
      HttpResponse<String> html = app.get(alternate);
      assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
      Matcher json = Pattern.compile("<link rel=\"alternate\" type=\"application/json\" href=\"([^\"]+)\"")
          .matcher(html.body());
      assertTrue(json.find(), path);
      String back = json.group(1).replace("&amp;", "&");
      assertTrue(back.endsWith("f=json"), back);
      assertEquals(comparable(body), comparable(app.json(back, 200)), path);
    }
  }

  @Test
  void a_property_holding_a_script_tag_arrives_escaped_on_the_items_and_item_pages() {
    String items = app.get("/ogc/collections/parks/items?f=html&limit=100").body();
    String item = app.get("/ogc/collections/parks/items/" + hostileParkId + "?f=html").body();
    for (String page : List.of(items, item)) {
      assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), page);
      assertFalse(page.contains("<script>alert"), page);
      assertTrue(page.contains("青岚&lt;b&gt;园&lt;/b&gt;"));
      assertFalse(page.contains("<b>园"));
    }
    assertEquals(HOSTILE, app.json("/ogc/collections/parks/items/" + hostileParkId, 200)
        .get("properties").get("summary").asText(), "JSON keeps the value as it is");
  }

  @Test
  void the_items_page_tables_its_features_pages_in_html_and_maps_the_page_as_crs84_geojson() {
    JsonNode json = app.json("/ogc/collections/parcels/items?limit=7&offset=7", 200);
    String page = app.get("/ogc/collections/parcels/items?limit=7&offset=7&f=html").body();
    for (JsonNode f : json.get("features")) {
      assertTrue(page.contains(">" + f.get("properties").get("code").asText() + "<"), f.get("id").toString());
      assertTrue(page.contains("/ogc/collections/parcels/items/" + f.get("id").asText() + "?f=html\""));
    }
    assertEquals(7 + 1, page.split("<tr>").length - 1, "a header row and one row per feature");
    assertTrue(Pattern.compile("limit=7&amp;cursor=[A-Za-z0-9_-]+&amp;f=html\">下一页 Next").matcher(page).find(), page);
    assertTrue(page.contains("offset=0&amp;f=html\">‹ 上一页 Previous"), page);
    Matcher map = Pattern.compile("data-geojson=\"([^\"]+)\"").matcher(
        app.get("/ogc/collections/parcels/items?limit=7&crs=http://www.opengis.net/def/crs/EPSG/0/4527&f=html").body());
    assertTrue(map.find());
    String mapUrl = map.group(1).replace("&amp;", "&");
    assertFalse(mapUrl.contains("crs="), mapUrl);
    HttpResponse<String> geojson = app.get(mapUrl);
    assertTrue(geojson.headers().firstValue("Content-Type").orElseThrow().startsWith("application/geo+json"));
    assertEquals(7, ApiClient.parse(geojson.body()).get("features").size());
  }

  @Test
  void staff_only_collections_stay_closed_in_html() {
    assertEquals(401, app.get("/ogc/collections/projects/items?f=html").statusCode());
    assertFalse(app.get("/ogc/collections?f=html").body().contains("projects"));
    assertTrue(app.staff().get("/ogc/collections?f=html").body().contains("/ogc/collections/projects"));
  }

  @Test
  void errors_come_as_an_escaped_html_page_to_browsers_and_as_json_to_other_clients() {
    String unknown = "/ogc/collections/" + java.net.URLEncoder.encode("<b>x</b>&'", java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> browser = get(unknown, "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals(404, browser.statusCode());
    assertTrue(browser.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(browser.body().startsWith("<!doctype html>"), browser.body());
    assertTrue(browser.body().contains("no collection &#39;&lt;b&gt;x&lt;/b&gt;&amp;&#39;&#39;"), browser.body());
    assertFalse(browser.body().contains("<b>x"), browser.body());
    assertTrue(browser.body().contains("未找到 <span class=\"en\">Not found</span>"), browser.body());
    HttpResponse<String> json = get(unknown, "application/json");
    assertEquals(404, json.statusCode());
    assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals("no collection '<b>x</b>&''", ApiClient.parse(json.body()).get("description").asText());
    assertEquals("NotFound", ApiClient.parse(get(unknown + "?f=json", "text/html").body()).get("code").asText());

    HttpResponse<String> badLimit = app.get("/ogc/collections/parks/items?limit=0&f=html");
    assertEquals(400, badLimit.statusCode());
    assertTrue(badLimit.body().contains("limit must be between 1 and"), badLimit.body());
    assertTrue(badLimit.body().contains("href=\"/ogc/collections/parks/items?limit=0&amp;f=json\""), badLimit.body());
    HttpResponse<String> closed = get("/ogc/collections/projects", "text/html");
    assertEquals(401, closed.statusCode());
    assertTrue(closed.body().contains("sign in to see projects") && closed.body().contains("/login.html"));
    HttpResponse<String> noRoute = get("/ogc/nowhere", "text/html");
    assertEquals(404, noRoute.statusCode());
    assertTrue(noRoute.body().contains(ApiErrors.NO_ROUTE), noRoute.body());
    HttpResponse<String> api = get("/api/investor/parcels/NO-SUCH-CODE", "text/html");
    assertEquals(404, api.statusCode());
    assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
        "errors outside /ogc stay JSON");
  }

  /** The body without its link targets (the alternate's own links carry f=json) and time stamp. */
  private static String comparable(JsonNode body) {
    return body.toString().replaceAll("\"(href|timeStamp)\":\"[^\"]+\"", "");
  }

  private static HttpResponse<String> get(String path, String accept) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path))
          .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
