package parcelatlas.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parcelatlas.leads.LeadFixture.codes;
import static parcelatlas.leads.LeadFixture.park;
import static parcelatlas.leads.LeadFixture.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * {@code GET /api/leads/counts} answers a page of the parks with leads, not every park: in code
 * order, {@code limit} at a time with a {@code next} cursor until the last, the pages together
 * exactly the parks SQL finds leads for, each with SQL's counts, and the totals of all of them on
 * every page; {@code codes} asks for given parks only; bad parameters get 400 naming them; a park
 * official still sees only their park.
 */
@Tag("database")
class LeadCountsApiTest {
  private static LeadFixture fx;
  private static ApiClient city;

  @BeforeAll
  static void start() {
    fx = new LeadFixture();
    List<Map<String, Object>> parcels = Sql.rows(fx.storage, "SELECT MIN(code) AS code FROM parcels"
        + " WHERE status IN ('available', 'listed') AND park_code IS NOT NULL GROUP BY park_code ORDER BY park_code");
    for (int i = 0; i < 7; i++) {
      fx.lead((String) parcels.get(i).get("code"), "counts-" + i, Duration.ofHours(i % 2 == 0 ? 0 : 100));
    }
    fx.lead(fx.parcelP1, "counts-p1", Duration.ZERO);
    city = fx.as("city");
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** Park code → leads, by SQL. */
  private static Map<String, Long> sqlTotals() {
    Map<String, Long> totals = new TreeMap<>();
    Sql.rows(fx.storage, "SELECT park_code, COUNT(*) AS n FROM enquiries GROUP BY park_code").forEach(r ->
        totals.put((String) r.get("park_code"), ((Number) r.get("n")).longValue()));
    return totals;
  }

  @Test
  void the_parks_come_a_page_at_a_time_in_code_order_with_totals_of_all() {
    Map<String, Long> expected = sqlTotals();
    assertTrue(expected.size() >= 7, expected.toString());
    long all = expected.values().stream().mapToLong(Long::longValue).sum();
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = city.json("/api/leads/counts?limit=3" + (cursor == null ? ""
          : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), 200);
      List<String> codes = codes(page.path("parks"));
      assertTrue(codes.size() <= 3 && !codes.isEmpty(), codes.toString());
      for (String code : codes) {
        assertEquals(expected.get(code), park(page.path("parks"), code).path("total").asLong(), code);
      }
      seen.addAll(codes);
      assertEquals(all, page.path("totals").path("total").asLong(), "the totals are of every park, on every page");
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
      assertEquals(cursor != null, codes.size() == 3 && seen.size() < expected.size(), "next while more parks follow");
      pages++;
    } while (cursor != null && pages < 10);
    List<String> sorted = new ArrayList<>(seen);
    Collections.sort(sorted);
    assertEquals(sorted, seen, "code order");
    assertEquals(new ArrayList<>(expected.keySet()), seen, "every park with leads, once");

    JsonNode first = city.json("/api/leads/counts", 200);
    assertEquals(Math.min(50, expected.size()), first.path("parks").size());
    JsonNode totals = first.path("totals");
    long overdue = ((Number) Sql.rows(fx.storage, "SELECT COUNT(*) AS n FROM enquiries WHERE status = 'new'"
        + " AND created_at <= ?", Timestamp.from(RunningApp.CLOCK.instant().minus(Duration.ofHours(
        first.path("overdueHours").asLong())))).get(0).get("n")).longValue();
    assertEquals(overdue, totals.path("overdue").asLong());
    assertTrue(overdue >= 3, "some leads are overdue: " + overdue);
  }

  @Test
  void codes_ask_for_given_parks_only() {
    Map<String, Long> expected = sqlTotals();
    List<String> two = new ArrayList<>(expected.keySet()).subList(1, 3);
    JsonNode page = city.json("/api/leads/counts?codes=" + String.join(",", two) + ",NO-SUCH-PARK", 200);
    assertEquals(two, codes(page.path("parks")));
    assertEquals(expected.get(two.get(0)) + expected.get(two.get(1)), page.path("totals").path("total").asLong());
    assertTrue(page.path("next").isNull());
  }

  @Test
  void bad_parameters_are_refused_naming_them_and_a_park_official_sees_their_park() {
    String many = String.join(",", IntStream.range(0, 201).mapToObj(i -> "X" + i).toList());
    Map<String, String> bad = Map.of("limit=0", "limit", "limit=201", "limit", "limit=ten", "limit",
        "codes=" + many, "codes", "codes=" + "P".repeat(65), "codes", "park=QL-P01", "park",
        "cursor=a&cursor=b", "cursor");
    bad.forEach((query, field) -> {
      JsonNode body = ApiClient.parse(city.get("/api/leads/counts?" + query).body());
      assertEquals(field, body.path("params").path("field").asText(), query + " " + body);
    });
    for (String query : bad.keySet()) {
      assertEquals(400, city.get("/api/leads/counts?" + query).statusCode(), query);
    }
    ApiClient parkTwo = fx.as("park.two");
    assertEquals(List.of("QL-P02"), codes(parkTwo.json("/api/leads/counts?limit=1", 200).path("parks")));
    refusal(parkTwo.get("/api/leads/counts?codes=QL-P01"), 403, "LeadOfAnotherPark");
    assertFalse(city.json("/api/leads/counts?limit=200", 200).path("parks").toString().contains("QL-P99-NONE"));
  }
}
