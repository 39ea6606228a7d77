package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The investors' search over HTTP on a city with more land-ready parcels than the count cap:
 * counts exact up to the cap and "more than" above it, never silently cut; pages say whether
 * another follows; the map's view filters.
 */
@Tag("database")
class SearchPagingTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    ExtraParcels.landReady(storage, 6);
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
  void over_the_cap_the_count_says_more_than_and_a_next_page_is_offered() {
    long all = Sql.count(storage, "parcels WHERE " + PUBLIC);
    assertTrue(all > PublicParcels.COUNT_CAP, "the fixture must exceed the cap: " + all);
    JsonNode page = app.json("/api/investor/parcels?limit=2000&count=true", 200);
    assertFalse(page.has("numberMatched"), "no exact count above the cap: " + page.get("numberMatched"));
    assertEquals(PublicParcels.COUNT_CAP, page.get("numberMatchedMoreThan").asInt());
    assertEquals(2000, page.get("numberReturned").asInt());
    assertEquals(2000, page.get("nextOffset").asLong());
    // below the cap the count is exact, also on a page that is not the last
    long m1 = Sql.count(storage, "parcels WHERE " + PUBLIC + " AND land_use = 'M1'");
    assertTrue(m1 > 100 && m1 <= PublicParcels.COUNT_CAP, "M1: " + m1);
    JsonNode first = app.json("/api/investor/parcels?land_use=M1&limit=100&count=true", 200);
    assertEquals(m1, first.get("numberMatched").asLong());
    assertFalse(first.has("numberMatchedMoreThan"));
    assertEquals(100, first.get("nextOffset").asLong());
  }

  @Test
  void following_next_offsets_visits_every_match_once_and_the_last_page_says_so() {
    String filter = "land_use=M2&servicing=gas&sort=-area_mu";
    long expected = Sql.count(storage, "parcels WHERE " + PUBLIC + " AND land_use = 'M2' AND has_gas = TRUE");
    Set<String> seen = new HashSet<>();
    long offset = 0;
    int pages = 0;
    while (true) {
      JsonNode page = app.json("/api/investor/parcels?" + filter + "&limit=500&count=true&offset=" + offset, 200);
      assertEquals(expected, page.get("numberMatched").asLong());
      page.get("features").forEach(f -> assertTrue(seen.add(f.get("id").asText()), "twice: " + f.get("id")));
      pages++;
      if (!page.has("nextOffset")) {
        break;
      }
      offset = page.get("nextOffset").asLong();
    }
    assertEquals(expected, seen.size());
    assertEquals((expected + 499) / 500, pages);
    JsonNode past = app.json("/api/investor/parcels?" + filter + "&limit=500&count=true&offset=" + (expected + 10), 200);
    assertEquals(0, past.get("numberReturned").asInt());
    assertEquals(expected, past.get("numberMatched").asLong());
  }

  @Test
  void the_map_view_filters_the_search() {
    var rows = Sql.rows(storage, "SELECT ST_XMin(geom) AS w, ST_YMin(geom) AS s FROM parcels WHERE code = "
        + "(SELECT MIN(code) FROM parcels WHERE " + PUBLIC + ")");
    double w = ((Number) rows.get(0).get("w")).doubleValue();
    double s = ((Number) rows.get(0).get("s")).doubleValue();
    String box = (w - 0.005) + "," + (s - 0.005) + "," + (w + 0.005) + "," + (s + 0.005);
    String[] c = box.split(",");
    long inside = Sql.count(storage, "parcels t WHERE t." + PUBLIC + " AND ST_Intersects(t.geom, ST_MakeEnvelope("
        + String.join(", ", c) + ", 4326))");
    long all = Sql.count(storage, "parcels WHERE " + PUBLIC);
    assertTrue(inside > 0 && inside < all, inside + " of " + all);
    JsonNode page = app.json("/api/investor/parcels?limit=2000&bbox=" + box, 200);
    assertEquals(inside, page.get("numberMatched").asLong());
    assertEquals(400, app.get("/api/investor/parcels?bbox=1,2,3").statusCode());
    assertEquals(400, app.get("/api/investor/parcels?bbox=10,10,5,5").statusCode());
  }
}
