package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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

/** Stage changes and tax paid over HTTP on the demo city: rules, history, figures on any day, audit. */
@Tag("database")
class ProjectStageApiTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "stage change password";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    int n = 0;
    for (Map<String, Object> town : Sql.rows(storage, "SELECT DISTINCT township FROM projects ORDER BY township")) {
      users.add("town." + n++, Role.OFFICIAL, (String) town.get("township"), null, PASSWORD.toCharArray());
    }
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  /**
   * The n-th project (due to start by November first, then by code) at {@code stage}: {code,
   * township, one of its officials, an official of another township}.
   */
  private static String[] project(String stage, int n) {
    Map<String, Object> p = Sql.rows(storage, "SELECT code, township FROM projects WHERE stage = ? ORDER BY"
        + " CASE WHEN planned_start_date < DATE '2026-11-01' THEN 0 ELSE 1 END, code", stage).get(n);
    String owner = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township = ?", p.get("township"))
        .get(0).get("username");
    String stranger = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township <> ? ORDER BY username",
        p.get("township")).get(0).get("username");
    return new String[] {(String) p.get("code"), (String) p.get("township"), owner, stranger};
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  private static String stageBody(String stage, String date, String reason) {
    return "{\"stage\": \"" + stage + "\", \"effective_date\": \"" + date + "\", \"note\": \"脚手架已搭设\""
        + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}";
  }

  private static String township(String name) {
    return "township:" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void a_township_records_a_start_which_shows_in_the_history_and_in_the_start_rate_from_that_day_on() {
    String[] p = project("land_secured", 0);
    String base = "/api/desk/projects/" + p[0];
    ApiClient owner = as(p[2]);
    JsonNode before = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-11-20", 200);
    HttpResponse<String> moved = owner.post(base + "/stage", JSON, stageBody("started", "2026-11-18", null));
    assertEquals(200, moved.statusCode(), moved.body());
    JsonNode panel = ApiClient.parse(moved.body());
    assertEquals("started", panel.get("project").get("stage").asText());
    JsonNode stages = panel.get("stages");
    JsonNode last = stages.get(stages.size() - 1);
    assertEquals("started", last.get("stage").asText());
    assertEquals("2026-11-18", last.get("effectiveDate").asText());
    assertEquals("脚手架已搭设", last.get("note").asText());
    assertEquals(p[2], last.get("recordedBy").asText());
    assertEquals("land_secured", stages.get(stages.size() - 2).get("stage").asText());
    assertEquals("started", Sql.rows(storage, "SELECT stage FROM projects WHERE code = ?", p[0]).get(0).get("stage"));

    JsonNode after = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-11-20", 200);
    assertEquals(before.get("projectsStarted").asInt() + 1, after.get("projectsStarted").asInt());
    JsonNode dayBefore = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-11-17", 200);
    assertEquals(before.get("projectsStarted").asInt(), dayBefore.get("projectsStarted").asInt(),
        "on 11-17 the project had not started yet");
    List<Map<String, Object>> audit = Sql.rows(storage, "SELECT actor, action, old_value, new_value FROM audit_log"
        + " WHERE entity = 'project' AND entity_key = ? AND action = 'update stage'", p[0]);
    assertEquals(1, audit.size());
    assertTrue(((String) audit.get(0).get("old_value")).contains("land_secured"), audit.toString());
    assertTrue(((String) audit.get(0).get("new_value")).contains("\"effective_date\":\"2026-11-18\""), audit.toString());
  }

  @Test
  void a_stage_change_that_skips_goes_back_is_dated_wrongly_or_is_not_theirs_is_refused_and_changes_nothing() {
    String[] p = project("signed", 0);
    String base = "/api/desk/projects/" + p[0] + "/stage";
    ApiClient owner = as(p[2]);
    long history = Sql.count(storage, "project_stage_changes");
    long audit = Sql.count(storage, "audit_log");
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(stageBody("started", "2026-11-18", null), "is not the next after signed");
    refused.put(stageBody("signed", "2026-11-18", null), "stage is already signed");
    refused.put(stageBody("land_secured", "2026-11-21", null), "effective_date 2026-11-21 is in the future");
    refused.put(stageBody("land_secured", "2000-01-01", null), "is before the latest change");
    refused.put(stageBody("built", "2026-11-18", null), "stage must be one of");
    refused.put("{\"stage\": \"land_secured\", \"effective_date\": \"18/11/2026\"}", "effective_date must be a date");
    refused.put("{\"stage\": \"land_secured\", \"effective_date\": \"2026-11-18\", \"by\": \"me\"}", "by");
    refused.forEach((body, message) -> {
      HttpResponse<String> r = owner.post(base, JSON, body);
      assertEquals(400, r.statusCode(), body + " → " + r.body());
      assertTrue(r.body().contains(message), r.body());
    });
    assertEquals(403, as(p[3]).post(base, JSON, stageBody("land_secured", "2026-11-18", null)).statusCode());
    assertEquals(403, as("planner").post(base, JSON, stageBody("land_secured", "2026-11-18", null)).statusCode());
    assertEquals(401, app.post(base, JSON, stageBody("land_secured", "2026-11-18", null)).statusCode());
    assertEquals(403, owner.postWithoutCsrf(base, JSON, stageBody("land_secured", "2026-11-18", null)).statusCode());
    assertEquals(404, owner.post("/api/desk/projects/NO-SUCH/stage", JSON, stageBody("signed", "2026-11-18", null)).statusCode());
    assertEquals(history, Sql.count(storage, "project_stage_changes"));
    assertEquals(audit, Sql.count(storage, "audit_log"));
    assertEquals("signed", Sql.rows(storage, "SELECT stage FROM projects WHERE code = ?", p[0]).get(0).get("stage"));

    HttpResponse<String> back = owner.post(base, JSON, stageBody("planned", "2026-11-19", "签约解除，重新洽谈"));
    assertEquals(200, back.statusCode(), back.body());
    JsonNode stages = ApiClient.parse(back.body()).get("stages");
    assertEquals("签约解除，重新洽谈", stages.get(stages.size() - 1).get("reason").asText());
  }

  @Test
  void an_imported_project_without_history_keeps_its_imported_stage_on_days_before_its_first_change() {
    String[] p = project("started", 1);
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("DELETE FROM project_stage_changes WHERE project_id = (SELECT id FROM projects"
          + " WHERE code = ?)")) {
        s.setString(1, p[0]);
        s.executeUpdate();
      }
      return null;
    });
    ApiClient owner = as(p[2]);
    JsonNode before = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-10-01", 200);
    HttpResponse<String> done = owner.post("/api/desk/projects/" + p[0] + "/stage", JSON,
        stageBody("completed", "2026-11-19", null));
    assertEquals(200, done.statusCode(), done.body());
    JsonNode stages = ApiClient.parse(done.body()).get("stages");
    assertEquals(2, stages.size());
    assertEquals("started", stages.get(0).get("stage").asText());
    assertTrue(stages.get(0).get("effectiveDate").isNull(), "the imported stage has no date");
    assertEquals("as imported", stages.get(0).get("note").asText());
    assertEquals(before, owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-10-01", 200),
        "on 10-01 the project still counts as started, as imported");
  }

  @Test
  void the_responsible_unit_reports_tax_paid_which_feeds_tax_per_mu_and_a_correction_is_audited() {
    String[] p = project("in_production", 0);
    String base = "/api/desk/projects/" + p[0] + "/tax";
    ApiClient owner = as(p[2]);
    JsonNode before = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-11-20", 200);
    HttpResponse<String> paid = owner.post(base, JSON, "{\"month\": \"2026-11\", \"paid_wan\": 123.4}");
    assertEquals(200, paid.statusCode(), paid.body());
    JsonNode taxes = ApiClient.parse(paid.body()).get("taxes");
    assertEquals("2026-11", taxes.get(taxes.size() - 1).get("month").asText());
    assertEquals(123.4, taxes.get(taxes.size() - 1).get("paidWan").asDouble());
    JsonNode after = owner.json("/api/figures?scope=" + township(p[1]) + "&as_of=2026-11-20", 200);
    assertEquals(before.get("taxPaidWan").asDouble() + 123.4, after.get("taxPaidWan").asDouble(), 0.051);
    assertEquals(before.get("taxLandMu").asDouble(), after.get("taxLandMu").asDouble(), "a producing project's land already counted");
    assertEquals(200, owner.post(base, JSON, "{\"month\": \"2026-11\", \"paid_wan\": 100}").statusCode());
    Map<String, Object> audit = Sql.rows(storage, "SELECT old_value, new_value FROM audit_log WHERE entity_key = ?"
        + " AND action = 'update tax 2026-11' ORDER BY id DESC", p[0]).get(0);
    assertEquals("123.4", audit.get("old_value"));
    assertEquals("100.0", audit.get("new_value"));
    assertEquals(400, owner.post(base, JSON, "{\"month\": \"2026-12\", \"paid_wan\": 1}").statusCode());
    assertEquals(400, owner.post(base, JSON, "{\"month\": \"2026-10\", \"paid_wan\": -1}").statusCode());
    assertEquals(400, owner.post(base, JSON, "{\"month\": \"2026-10\", \"paid_wan\": \"many\"}").statusCode());
    assertEquals(403, as(p[3]).post(base, JSON, "{\"month\": \"2026-10\", \"paid_wan\": 1}").statusCode());
  }
}
