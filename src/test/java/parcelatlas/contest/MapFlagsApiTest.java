package parcelatlas.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * The contest flags the desk map draws ({@code GET /api/desk/contest/map}) on {@link ContestFixture},
 * against the hand computation of {@link ContestApiTest} (1 red, 1 yellow on 2026Q2: 乙镇 and 丙镇
 * tie for red, 甲镇 yellow; 丁镇 unscored), each place in the box of its zones and projects; and,
 * once 2026Q3 is published, a day in 2026Q4 shows the running quarter's flags and the published
 * quarter's, marked published.
 */
@Tag("database")
class MapFlagsApiTest {
  private static final String ONE_EACH = "{\"weights\": {\"start_rate_pct\": 20, \"investment_rate_pct\": 20,"
      + " \"production_rate_pct\": 15, \"intensity_wan_per_mu\": 10, \"tax_wan_per_mu\": 10, \"signed_pct\": 10,"
      + " \"demolished_pct\": 10, \"cleared_pct\": 5}, \"red\": 1, \"yellow\": 1}";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    ContestFixture.load(storage);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  /** "of name flag quarter published" of every flag on the map, sorted. */
  private static TreeSet<String> flags(JsonNode map) {
    TreeSet<String> out = new TreeSet<>();
    map.get("places").forEach(p -> p.get("flags").forEach(f -> out.add(p.get("of").asText() + " " + p.get("name").asText()
        + " " + f.get("flag").asText() + " " + f.get("quarter").asText() + " " + f.get("published").asBoolean())));
    return out;
  }

  private static JsonNode place(JsonNode map, String of, String name) {
    for (JsonNode p : map.get("places")) {
      if (p.get("of").asText().equals(of) && p.get("name").asText().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The flags the contest itself gives a quarter for parks, as the map would list them. */
  private static List<String> parkFlags(ApiClient who, String quarter, boolean published) {
    List<String> out = new ArrayList<>();
    who.json("/api/desk/contest?of=parks&quarter=" + quarter, 200).get("places").forEach(p -> {
      if (!p.get("flag").isNull()) {
        out.add("parks " + p.get("name").asText() + " " + p.get("flag").asText() + " " + quarter + " " + published);
      }
    });
    return out;
  }

  @Test
  void the_map_flags_equal_the_hand_computation_and_add_the_last_published_quarter() {
    ApiClient admin = app.staff();
    HttpResponse<String> set = admin.send("PUT", "/api/admin/contest/weights", "application/json", ONE_EACH);
    assertEquals(200, set.statusCode(), set.body());

    JsonNode q2 = admin.json("/api/desk/contest/map?as_of=2026-06-30", 200);
    assertEquals("2026Q2", q2.get("quarter").asText());
    assertTrue(q2.get("publishedQuarter").isNull());
    TreeSet<String> expected = new TreeSet<>(List.of("townships 丙镇 red 2026Q2 false", "townships 乙镇 red 2026Q2 false",
        "townships 甲镇 yellow 2026Q2 false"));
    expected.addAll(parkFlags(admin, "2026Q2", false));
    assertEquals(expected, flags(q2));
    assertTrue(place(q2, "townships", "丁镇") == null, "unscored: no flag");
    JsonNode box = admin.json("/api/desk/extent?scope=township:%E7%94%B2%E9%95%87", 200).get("bbox");
    assertEquals(box.toString(), place(q2, "townships", "甲镇").get("bbox").toString(), "drawn over its zones and projects");

    HttpResponse<String> published = admin.post("/api/admin/contest/2026Q3/publish", "application/json", "{}");
    assertEquals(201, published.statusCode(), published.body());
    JsonNode q4 = admin.json("/api/desk/contest/map?as_of=2026-11-20", 200);
    assertEquals("2026Q4", q4.get("quarter").asText());
    assertEquals("2026Q3", q4.get("publishedQuarter").asText());
    TreeSet<String> both = new TreeSet<>();
    for (String quarter : List.of("2026Q3", "2026Q4")) {
      boolean isPublished = quarter.equals("2026Q3");
      admin.json("/api/desk/contest?quarter=" + quarter, 200).get("places").forEach(p -> {
        if (!p.get("flag").isNull()) {
          both.add("townships " + p.get("name").asText() + " " + p.get("flag").asText() + " " + quarter + " " + isPublished);
        }
      });
      both.addAll(parkFlags(admin, quarter, isPublished));
    }
    assertEquals(both, flags(q4));
    assertTrue(flags(q4).stream().anyMatch(f -> f.endsWith("2026Q3 true")), "the published quarter's flags are there");
    assertEquals(400, admin.get("/api/desk/contest/map?as_of=tomorrow").statusCode());
    assertEquals(401, app.client().get("/api/desk/contest/map").statusCode());
  }
}
