package parcelatlas.investor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The investors' search paged by keyset cursor over HTTP: following {@code next} visits every
 * matching parcel exactly once even while parcels that sort before the current page are added
 * between requests (offset paging would show rows twice), {@code nextOffset} keeps coming along,
 * and a cursor that is damaged, too long, made for another order or given with an offset is a
 * 400 naming the cursor, never a 500.
 */
@Tag("database")
class SearchCursorTest {
  private static final String PUBLIC = "status IN ('available', 'listed')";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Storage storage;
  private static RunningApp app;
  private static int added;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    ExtraParcels.landReady(storage, 2);
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
  void following_next_sees_every_parcel_once_while_earlier_sorted_parcels_are_added() {
    String where = PUBLIC + " AND land_use = 'M2'";
    Set<String> expected = codes("SELECT code FROM parcels WHERE " + where);
    assertTrue(expected.size() > 300, "fixture: " + expected.size());
    for (String sort : List.of("-area_mu", "code", "price")) {
      Set<String> seen = new HashSet<>();
      String url = "/api/investor/parcels?land_use=M2&limit=100&sort=" + sort;
      int pages = 0;
      long offset = 0;
      while (true) {
        JsonNode page = app.json(url, 200);
        assertEquals(offset, pages * 100L, "nextOffset counts the pages read");
        for (JsonNode f : page.get("features")) {
          assertTrue(seen.add(f.get("id").asText()), sort + ": twice: " + f.get("id"));
        }
        pages++;
        if (!page.has("next")) {
          assertFalse(page.has("nextOffset"), "the last page offers no next offset either");
          break;
        }
        offset = page.get("nextOffset").asLong();
        // parcels that sort before this page (huge, cheapest, lowest code) arrive between requests
        addEarlierSortedParcel();
        url = "/api/investor/parcels?land_use=M2&limit=100&sort=" + sort + "&cursor="
            + URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
      }
      Set<String> original = seen.stream().filter(expected::contains).collect(Collectors.toSet());
      assertEquals(expected, original, sort + ": every parcel present at the start is seen");
      assertTrue(pages >= 4, sort + ": pages " + pages);
    }
  }

  @Test
  void a_bad_cursor_is_a_400_naming_the_cursor() throws Exception {
    JsonNode first = app.json("/api/investor/parcels?limit=10&sort=-area_mu", 200);
    String cursor = first.get("next").asText();
    assertTrue(cursor.length() < ParcelFilter.MAX_CURSOR, cursor);
    String tampered = (cursor.charAt(3) == 'A' ? "B" : "A");
    tampered = cursor.substring(0, 3) + tampered + cursor.substring(4);
    for (String query : List.of("cursor=" + tampered, "cursor=not*base64", "cursor=" + "A".repeat(ParcelFilter.MAX_CURSOR + 1),
        "sort=code&cursor=" + cursor, "cursor=" + cursor + "&offset=10", "cursor=" + cursor + "&cursor=" + cursor)) {
      String q = query.contains("sort=") ? query : "sort=-area_mu&" + query;
      HttpResponse<String> r = app.get("/api/investor/parcels?limit=10&" + q);
      assertEquals(400, r.statusCode(), q + ": " + r.body());
      String message = JSON.readTree(r.body()).toString();
      assertTrue(message.contains("cursor"), q + ": " + message);
    }
    // the cursor as given still works, with the sort it was made for
    JsonNode second = app.json("/api/investor/parcels?limit=10&sort=-area_mu&cursor=" + cursor, 200);
    assertEquals(10, second.get("numberReturned").asInt());
    assertEquals(20, second.get("nextOffset").asLong());
  }

  /** A land-ready M2 parcel larger, cheaper and of a lower code than any: first in every order. */
  private static void addEarlierSortedParcel() {
    added++;
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("INSERT INTO parcels (code, park_code, land_use, status, price_wan_per_mu,"
          + " area_m2, geom, source_crs, source_file, source_record) SELECT ?, park_code, 'M2', 'available', 0.0" + added
          + ", ?, geom, source_crs, source_file, source_record FROM parcels WHERE code = (SELECT MIN(code) FROM parcels)")) {
        s.setString(1, "0-EARLY-" + (1000 + added));
        s.setDouble(2, 9e8 + added);
        s.executeUpdate();
      }
      return null;
    });
  }

  private static Set<String> codes(String sql) {
    return Sql.rows(storage, sql).stream().map(r -> r.values().iterator().next().toString()).collect(Collectors.toSet());
  }
}
