package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
 * Projects' stages on a past day over HTTP on the demo city: the desk map's {@code /api/desk/projects?as_of=}
 * and the panel's {@code stageAsOf}, by the rule the figures use.
 */
@Tag("database")
class ProjectStageAsOfApiTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "stage as of password";
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
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  /** The n-th project at {@code stage} by code: {code, an official of its township, one of another township}. */
  private static String[] project(String stage, int n) {
    Map<String, Object> p = Sql.rows(storage, "SELECT code, township FROM projects WHERE stage = ? ORDER BY code", stage)
        .get(n);
    String owner = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township = ?", p.get("township"))
        .get(0).get("username");
    String stranger = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township <> ? ORDER BY username",
        p.get("township")).get(0).get("username");
    return new String[] {(String) p.get("code"), owner, stranger};
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  /** code → stage from the desk map's endpoint on a day. */
  private static Map<String, String> stagesOn(ApiClient client, String day) {
    JsonNode answer = client.json("/api/desk/projects" + (day == null ? "" : "?as_of=" + day), 200);
    Map<String, String> stages = new HashMap<>();
    answer.get("projects").forEach(p -> stages.put(p.get("code").asText(), p.get("stage").asText()));
    return stages;
  }

  @Test
  void a_stage_recorded_today_shows_from_today_on_the_map_and_panel_but_not_for_yesterday() {
    String[] p = project("land_secured", 2);
    ApiClient owner = as(p[1]);
    HttpResponse<String> moved = owner.post("/api/desk/projects/" + p[0] + "/stage", JSON,
        "{\"stage\": \"started\", \"effective_date\": \"2026-11-20\"}");
    assertEquals(200, moved.statusCode(), moved.body());

    ApiClient stranger = as(p[2]);
    assertEquals("land_secured", stagesOn(stranger, "2026-11-19").get(p[0]), "yesterday it had not started");
    assertEquals("started", stagesOn(stranger, "2026-11-20").get(p[0]));
    assertEquals("started", stagesOn(stranger, null).get(p[0]), "without as_of: today");
    assertEquals("2026-11-19", stranger.json("/api/desk/projects?as_of=2026-11-19", 200).get("asOf").asText());

    JsonNode yesterday = owner.json("/api/desk/projects/" + p[0] + "?as_of=2026-11-19", 200);
    assertEquals("2026-11-19", yesterday.get("asOf").asText());
    assertEquals("land_secured", yesterday.get("stageAsOf").asText());
    assertEquals("started", yesterday.get("project").get("stage").asText(), "the stage now is kept beside it");
    assertEquals("started", owner.json("/api/desk/projects/" + p[0], 200).get("stageAsOf").asText());
    assertEquals(403, stranger.get("/api/desk/projects/" + p[0] + "?as_of=2026-11-19").statusCode(),
        "the panel stays its township's");
  }

  @Test
  void a_project_without_history_shows_its_imported_stage_on_any_day_and_one_whose_changes_all_came_later_is_planned() {
    String[] imported = project("completed", 0);
    storage.inTransaction(c -> {
      try (var s = c.prepareStatement("DELETE FROM project_stage_changes WHERE project_id = (SELECT id FROM projects"
          + " WHERE code = ?)")) {
        s.setString(1, imported[0]);
        s.executeUpdate();
      }
      return null;
    });
    Map<String, Object> dated = Sql.rows(storage, "SELECT p.code, MIN(c.effective_date) AS first_day FROM projects p"
        + " JOIN project_stage_changes c ON c.project_id = p.id GROUP BY p.code"
        + " HAVING COUNT(*) = COUNT(c.effective_date) ORDER BY p.code").get(0);
    String beforeAll = java.time.LocalDate.parse(String.valueOf(dated.get("first_day")).substring(0, 10))
        .minusDays(1).toString();

    ApiClient staff = app.staff();
    assertEquals("completed", stagesOn(staff, "2000-01-01").get(imported[0]));
    assertEquals("completed", stagesOn(staff, "2026-11-20").get(imported[0]));
    assertEquals("planned", stagesOn(staff, beforeAll).get(dated.get("code")),
        "before its first dated change " + dated);
    assertEquals("completed", staff.json("/api/desk/projects/" + imported[0] + "?as_of=2000-01-01", 200)
        .get("stageAsOf").asText());
  }

  @Test
  void the_map_stages_of_a_day_add_up_to_that_days_start_rate() {
    ApiClient staff = app.staff();
    for (String day : new String[] {"2026-03-02", "2026-09-07"}) {
      Map<String, String> stages = stagesOn(staff, day);
      assertEquals(Sql.count(storage, "projects"), stages.size());
      long started = Sql.rows(storage, "SELECT code FROM projects WHERE planned_start_date <= ?",
          java.sql.Date.valueOf(day)).stream()
          .filter(r -> Set.of("started", "completed", "in_production").contains(stages.get((String) r.get("code"))))
          .count();
      assertEquals(staff.json("/api/figures?as_of=" + day, 200).get("projectsStarted").asLong(), started, day);
    }
  }

  @Test
  void a_bad_day_is_refused_naming_as_of_and_visitors_must_sign_in() {
    HttpResponse<String> bad = app.staff().get("/api/desk/projects?as_of=20.11.2026");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("as_of must be a date"), bad.body());
    String code = project("signed", 0)[0];
    assertEquals(400, app.staff().get("/api/desk/projects/" + code + "?as_of=yesterday").statusCode());
    assertEquals(401, app.get("/api/desk/projects?as_of=2026-11-19").statusCode());
  }

  @Test
  void an_issue_whose_responsible_party_is_too_long_is_refused_and_changes_nothing() {
    String[] p = project("started", 0);
    long issues = Sql.count(storage, "project_issues");
    HttpResponse<String> refused = as(p[1]).post("/api/desk/projects/" + p[0] + "/issues", JSON,
        "{\"description\": \"施工用电未接入\", \"responsible\": \"" + "供电公司".repeat(51) + "\"}");
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("responsible must be text of at most 200 characters"), refused.body());
    assertEquals(issues, Sql.count(storage, "project_issues"));
    HttpResponse<String> raised = as(p[1]).post("/api/desk/projects/" + p[0] + "/issues", JSON,
        "{\"description\": \"施工用电未接入\", \"responsible\": \"  \"}");
    assertEquals(200, raised.statusCode(), raised.body());
    JsonNode list = ApiClient.parse(raised.body()).get("issues");
    assertTrue(list.get(list.size() - 1).get("responsible").isNull(), "a blank responsible party is stored as none");
  }
}
