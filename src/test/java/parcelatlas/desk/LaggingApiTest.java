package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * The desk's lists from the server on the demo: the lagging list (its colours by {@code
 * LaggingRules}, search, pages that add up to the whole), the overdue list, the {@code codes}
 * filter of the as-of layers, scope boxes; every bad parameter a 400 naming it.
 */
@Tag("database")
class LaggingApiTest {
  private static final String PASSWORD = "lagging list password";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient city;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    new Users(storage, new PasswordHasher(4)).add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
    city = app.client().signIn("city", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void a_project_past_its_planned_start_is_red_and_late_by_the_days_since() {
    Map<String, Object> late = Sql.rows(storage, "SELECT code, planned_start_date FROM projects WHERE stage = 'land_secured'"
        + " AND planned_start_date <= DATE '2026-11-16' ORDER BY code").get(0);
    String code = (String) late.get("code");
    JsonNode page = city.json("/api/desk/lagging?as_of=2026-11-20&show=all&search=" + code.toLowerCase(java.util.Locale.ROOT), 200);
    assertEquals(1, page.path("numberMatched").asInt());
    JsonNode row = page.path("rows").get(0);
    assertEquals("red", row.path("rag").asText());
    assertEquals("start", row.path("dueKind").asText());
    assertEquals(ChronoUnit.DAYS.between(((java.sql.Date) late.get("planned_start_date")).toLocalDate(),
        LocalDate.parse("2026-11-20")), row.path("daysLate").asLong());
  }

  @Test
  void pages_add_up_to_the_whole_list_most_late_first() {
    JsonNode whole = city.json("/api/desk/lagging?as_of=2026-11-20&show=all&limit=500", 200);
    int total = whole.path("numberMatched").asInt();
    assertEquals(Sql.count(storage, "projects") + Sql.count(storage, "demolition_zones"), total);
    List<String> paged = new ArrayList<>();
    int offset = 0;
    while (true) {
      JsonNode page = city.json("/api/desk/lagging?as_of=2026-11-20&show=all&limit=7&offset=" + offset, 200);
      assertEquals(total, page.path("numberMatched").asInt());
      page.path("rows").forEach(r -> paged.add(r.path("kind").asText() + ":" + r.path("code").asText()));
      if (!page.has("nextOffset")) {
        break;
      }
      offset = page.path("nextOffset").asInt();
    }
    List<String> all = new ArrayList<>();
    whole.path("rows").forEach(r -> all.add(r.path("kind").asText() + ":" + r.path("code").asText()));
    assertEquals(all, paged);
    JsonNode lagging = city.json("/api/desk/lagging?as_of=2026-11-20", 200);
    long previous = Long.MAX_VALUE;
    for (JsonNode row : lagging.path("rows")) {
      assertTrue(List.of("red", "amber").contains(row.path("rag").asText()));
      assertTrue(row.path("daysLate").asLong() <= previous, "most days late first");
      previous = row.path("daysLate").asLong();
    }
  }

  @Test
  void the_overdue_list_holds_the_zones_the_figures_count_overdue_by_deadline() {
    JsonNode zones = city.json("/api/desk/zones?as_of=2026-11-20", 200).path("zones");
    List<String> overdue = new ArrayList<>();
    zones.forEach(z -> { if (z.path("overdue").asBoolean()) overdue.add(z.path("code").asText()); });
    JsonNode page = city.json("/api/desk/lagging?as_of=2026-11-20&show=overdue&limit=500", 200);
    List<String> listed = new ArrayList<>();
    String previous = "";
    for (JsonNode row : page.path("rows")) {
      listed.add(row.path("code").asText());
      assertEquals("red", row.path("rag").asText());
      assertTrue(previous.compareTo(row.path("due").asText()) <= 0, "by deadline");
      previous = row.path("due").asText();
    }
    assertEquals(overdue.stream().sorted().toList(), listed.stream().sorted().toList());
  }

  @Test
  void the_as_of_layers_answer_for_the_codes_asked_and_a_scope_has_a_box() {
    List<String> codes = Sql.rows(storage, "SELECT code FROM projects ORDER BY code").stream()
        .map(r -> (String) r.get("code")).limit(3).toList();
    JsonNode answer = city.json("/api/desk/projects?as_of=2026-11-20&codes=" + String.join(",", codes), 200);
    List<String> got = new ArrayList<>();
    answer.path("projects").forEach(p -> got.add(p.path("code").asText()));
    assertEquals(codes, got.stream().sorted().toList());
    JsonNode all = city.json("/api/desk/projects?as_of=2026-09-07", 200).path("projects");
    JsonNode some = city.json("/api/desk/projects?as_of=2026-09-07&codes=" + String.join(",", codes), 200).path("projects");
    assertEquals(pick(all, codes), some.toString(), "the codes' stages are those of the whole city's answer");
    List<String> zones = Sql.rows(storage, "SELECT code FROM demolition_zones ORDER BY code DESC").stream()
        .map(r -> (String) r.get("code")).limit(4).toList();
    JsonNode allZones = city.json("/api/desk/zones?as_of=2026-09-07", 200).path("zones");
    JsonNode someZones = city.json("/api/desk/zones?as_of=2026-09-07&codes=" + String.join(",", zones), 200).path("zones");
    assertEquals(4, someZones.size());
    assertEquals(pick(allZones, zones), someZones.toString(), "the codes' zones are those of the whole city's answer");
    JsonNode box = city.json("/api/desk/extent?scope=city", 200).path("bbox");
    assertEquals(4, box.size());
    assertTrue(box.get(0).asDouble() < box.get(2).asDouble() && box.get(1).asDouble() < box.get(3).asDouble());
    assertTrue(city.json("/api/desk/extent?scope=township:nowhere", 200).path("bbox").isNull());
    assertTrue(city.json("/api/desk/townships", 200).path("townships").size() > 1);
  }

  /** The entries of {@code rows} whose code is among {@code codes}, as JSON text, in the answer's order. */
  private static String pick(JsonNode rows, List<String> codes) {
    com.fasterxml.jackson.databind.node.ArrayNode picked = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    rows.forEach(r -> {
      if (codes.contains(r.path("code").asText())) {
        picked.add(r);
      }
    });
    return picked.toString();
  }

  @Test
  void bad_parameters_are_refused_naming_them() {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < 201; i++) {
      codes.append(i == 0 ? "" : ",").append("C").append(i);
    }
    Map<String, String> refused = Map.ofEntries(
        Map.entry("/api/desk/lagging?show=bogus", "show"),
        Map.entry("/api/desk/lagging?sort=bogus", "sort"),
        Map.entry("/api/desk/lagging?limit=0", "limit"),
        Map.entry("/api/desk/lagging?limit=501", "limit"),
        Map.entry("/api/desk/lagging?offset=-1", "offset"),
        Map.entry("/api/desk/lagging?search=" + "x".repeat(101), "search"),
        Map.entry("/api/desk/lagging?as_of=tomorrow", "as_of"),
        Map.entry("/api/desk/zones?codes=" + codes, "codes"),
        Map.entry("/api/desk/projects?codes=A,,B", "codes"),
        Map.entry("/api/desk/extent?scope=county:x", "scope"),
        // a day outside 2000-01-01 … today (the portal's calendar says 2026-11-20) on every as-of route
        Map.entry("/api/desk/zones?as_of=1999-12-31", "as_of"),
        Map.entry("/api/desk/projects?as_of=2026-11-21", "as_of"),
        Map.entry("/api/figures?as_of=2030-01-01", "as_of"),
        Map.entry("/api/desk/dispatch?as_of=2026-11-21", "as_of"));
    for (Map.Entry<String, String> e : refused.entrySet()) {
      JsonNode answer = city.json(e.getKey(), 400);
      if (!e.getValue().equals("scope")) {
        assertEquals(e.getValue(), answer.path("params").path("field").asText(), e.getKey());
      }
    }
  }
}
