package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.StatementLog;

/**
 * numberMatched on demand (OGC items and the investor search): a page that does not hold every
 * match leaves it out and runs no count statement unless the request says {@code count=true};
 * then it is exact (up to the cap). A page that holds every match tells it without a count
 * statement. {@code count} other than true/false is a 400 naming it.
 */
@Tag("database")
class CountOnDemandTest {
  private static final String ITEMS = "/ogc/collections/parcels/items";
  private static final String SEARCH = "/api/investor/parcels";
  private static StatementLog storage;
  private static RunningApp app;
  private static long publicParcels;

  @BeforeAll
  static void start() {
    storage = new StatementLog(DemoData.loaded());
    publicParcels = Sql.count(storage, "parcels WHERE status IN ('available', 'listed')");
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    storage.close();
  }

  @Test
  void a_full_items_page_is_not_counted_unless_asked() {
    JsonNode page = read(ITEMS + "?limit=10");
    assertFalse(page.has("numberMatched"), page.path("numberMatched").toString());
    assertEquals(10, page.get("numberReturned").asInt());
    assertEquals(List.of(), counts(), "no count statement without count=true");

    JsonNode counted = read(ITEMS + "?limit=10&count=true");
    assertEquals(publicParcels, counted.get("numberMatched").asLong());
    assertEquals(1, counts().size(), "one bounded count: " + counts());

    JsonNode offset = read(ITEMS + "?limit=10&offset=20&count=false");
    assertFalse(offset.has("numberMatched"));
    assertEquals(List.of(), counts());
  }

  @Test
  void a_page_holding_every_match_tells_it_for_free() {
    JsonNode all = read(ITEMS + "?limit=10000");
    assertEquals(publicParcels, all.get("numberMatched").asLong());
    assertEquals(publicParcels, all.get("numberReturned").asLong());
    JsonNode last = read(ITEMS + "?limit=10&offset=" + (publicParcels - 3));
    assertEquals(publicParcels, last.get("numberMatched").asLong());
    assertEquals(List.of(), counts(), "the page itself tells how many match");
  }

  @Test
  void the_html_page_counts_unless_told_not_to() {
    String html = app.get(ITEMS + "?limit=10&f=html").body();
    assertTrue(html.contains("共 " + publicParcels + " 个要素"), html);
  }

  @Test
  void the_investor_search_counts_only_when_asked() {
    JsonNode page = read(SEARCH + "?limit=10");
    assertFalse(page.has("numberMatched") || page.has("numberMatchedMoreThan"), page.toString().substring(0, 80));
    assertNotNull(page.get("next"));
    assertEquals(List.of(), counts(), "no count statement without count=true");

    JsonNode counted = read(SEARCH + "?limit=10&count=true");
    assertEquals(publicParcels, counted.get("numberMatched").asLong());
    assertEquals(1, counts().size(), "one bounded count: " + counts());

    JsonNode next = read(SEARCH + "?limit=10&count=true&cursor=" + java.net.URLEncoder.encode(
        page.get("next").asText(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(publicParcels, next.get("numberMatched").asLong(), "a cursor page is counted when asked");
  }

  @Test
  void count_other_than_true_or_false_is_refused_naming_it() {
    for (String path : List.of(ITEMS + "?count=yes", ITEMS + "?count=true&count=false", SEARCH + "?count=1")) {
      JsonNode error = app.json(path, 400);
      assertEquals("NotOneOf", error.get("code").asText(), path);
      assertEquals("count", error.path("params").path("field").asText(), path + " " + error);
    }
  }

  /** The page, with the statement log cleared just before it. */
  private static JsonNode read(String path) {
    storage.clear();
    return app.json(path, 200);
  }

  /** The statements since the last request that counted parcels. */
  private static List<String> counts() {
    return storage.statements().stream().filter(s -> s.contains("COUNT(") && s.contains("parcels")).toList();
  }
}
