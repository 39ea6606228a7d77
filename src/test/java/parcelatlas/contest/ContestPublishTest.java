package parcelatlas.contest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.ProgressTables;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Publishing a quarter (公示): the public sees only published quarters, only names, scores, places
 * and flags, and a published result never changes afterwards, whatever the records or weights do.
 */
@Tag("database")
class ContestPublishTest {
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient admin;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    ContestFixture.load(storage);
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    admin = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String scores(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.get("places").forEach(p -> out.add(p.get("name").asText() + " " + p.get("score").asText() + " "
        + p.get("flag").asText()));
    return String.join(", ", out);
  }

  @Test
  void a_published_quarter_is_public_frozen_and_shows_no_private_field() {
    JsonNode none = app.json("/api/public/contest", 200);
    assertEquals(0, none.get("quarters").size());
    assertEquals(0, none.get("places").size());
    assertEquals("ContestNotPublished", app.json("/api/public/contest?quarter=2026Q3", 404).get("code").asText());
    HttpResponse<String> running = admin.post("/api/admin/contest/2026Q4/publish", "application/json", "{}");
    assertEquals(409, running.statusCode(), "2026Q4 ends on 2026-12-31, after today");
    assertEquals("ContestQuarterNotEnded", ApiClient.parse(running.body()).get("code").asText());
    JsonNode live = admin.json("/api/desk/contest?quarter=2026Q3", 200);
    assertFalse(live.get("published").asBoolean());
    HttpResponse<String> published = admin.post("/api/admin/contest/2026Q3/publish", "application/json", "{}");
    assertEquals(201, published.statusCode(), published.body());
    assertEquals("2026-09-30", ApiClient.parse(published.body()).get("asOf").asText());
    HttpResponse<String> again = admin.post("/api/admin/contest/2026Q3/publish", "application/json", "{}");
    assertEquals(409, again.statusCode());
    assertEquals("ContestAlreadyPublished", ApiClient.parse(again.body()).get("code").asText());
    assertEquals(1, Sql.count(storage, "audit_log WHERE entity = 'contest' AND action = 'publish'"));

    JsonNode shown = app.json("/api/public/contest?quarter=2026Q3", 200);
    assertEquals(scores(live), scores(shown), "what is published is what the desk showed");
    assertEquals("2026Q3", app.json("/api/public/contest", 200).get("quarter").asText(), "the latest by default");
    assertEquals(List.of("2026Q3"), List.of(shown.get("quarters").get(0).asText()));
    Set<String> top = new java.util.TreeSet<>();
    shown.fieldNames().forEachRemaining(top::add);
    assertEquals(Set.of("quarter", "of", "asOf", "publishedAt", "weights", "red", "yellow", "places", "quarters"), top);
    for (JsonNode place : shown.get("places")) {
      Set<String> fields = new java.util.TreeSet<>();
      place.fieldNames().forEachRemaining(fields::add);
      assertEquals(Set.of("rank", "name", "score", "flag"), fields, "no points, leaders or figures in public");
    }
    assertFalse(app.get("/api/public/contest?quarter=2026Q3").body().contains("staff"), "not even who published");
    assertEquals(1, app.json("/api/public/contest?quarter=2026Q3&of=parks", 200).get("places").size());

    // The records and the weights change; the published quarter does not, the live one does.
    storage.inTransaction(c -> {
      new ProgressTables(c).addReport("Z3", LocalDate.parse("2026-09-01"), 40, 40, 8000, null, "test");
      return null;
    });
    HttpResponse<String> weights = admin.send("PUT", "/api/admin/contest/weights", "application/json",
        "{\"weights\": {\"start_rate_pct\": 100, \"investment_rate_pct\": 0, \"production_rate_pct\": 0,"
        + " \"intensity_wan_per_mu\": 0, \"tax_wan_per_mu\": 0, \"signed_pct\": 0, \"demolished_pct\": 0,"
        + " \"cleared_pct\": 0}, \"red\": 1, \"yellow\": 1}");
    assertEquals(200, weights.statusCode(), weights.body());
    assertEquals(scores(shown), scores(app.json("/api/public/contest?quarter=2026Q3", 200)));
    JsonNode desk = admin.json("/api/desk/contest?quarter=2026Q3", 200);
    assertTrue(desk.get("published").asBoolean());
    assertEquals(scores(shown), scores(desk), "the desk shows the published result too");
    assertEquals(20, desk.get("weights").get("start_rate_pct").asInt(), "with the weights it was scored by");
    // 2026Q2, never published, follows the new weights: only 开工率 now (乙镇 and 丙镇 100%, 甲镇 50%).
    assertEquals("丙镇 100.0 red, 乙镇 100.0 red, 甲镇 50.0 yellow, 丁镇 null null",
        scores(admin.json("/api/desk/contest?quarter=2026Q2", 200)));
    assertEquals("ContestNotPublished", app.json("/api/public/contest?quarter=2026Q2", 404).get("code").asText());
  }
}
