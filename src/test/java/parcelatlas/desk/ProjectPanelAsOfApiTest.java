package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The project panel and the zone panel's waiting projects as they stood on a past day, over HTTP
 * on the demo city: one project's amounts, milestones, issues and stages are replaced by a
 * hand-made record whose values on 2026-06-15 and on today (2026-11-20) are worked out below.
 */
@Tag("database")
class ProjectPanelAsOfApiTest {
  private static final String PASSWORD = "panel as of password";
  private static final String DAY = "2026-06-15";
  private static Storage storage;
  private static RunningApp app;
  private static String code;
  private static String zone;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Map<String, Object> p = Sql.rows(storage, "SELECT p.id, p.code, p.township, MIN(pz.zone_code) AS zone FROM projects p"
        + " JOIN project_zones pz ON pz.project_id = p.id GROUP BY p.id, p.code, p.township ORDER BY p.code").get(0);
    code = (String) p.get("code");
    zone = (String) p.get("zone");
    long id = ((Number) p.get("id")).longValue();
    String other = (String) Sql.rows(storage, "SELECT township FROM projects WHERE township <> ? ORDER BY township",
        p.get("township")).get(0).get("township");
    Users users = new Users(storage, new PasswordHasher(4));
    users.add("owner", Role.OFFICIAL, (String) p.get("township"), null, PASSWORD.toCharArray());
    users.add("stranger", Role.OFFICIAL, other, null, PASSWORD.toCharArray());
    record(id);
    app = new RunningApp(storage);
  }

  /** The hand-made record: what happened when, some of it after {@link #DAY}. */
  private static void record(long id) {
    List<Object[]> statements = new ArrayList<>();
    for (String table : List.of("project_investments", "project_taxes", "project_milestones", "project_issues",
        "project_stage_changes")) {
      statements.add(new Object[] {"DELETE FROM " + table + " WHERE project_id = ?", id});
    }
    statements.add(new Object[] {"UPDATE projects SET stage = 'land_secured' WHERE id = ?", id});
    String investment = "INSERT INTO project_investments (project_id, month_start, completed_wan) VALUES (?, ?, ?)";
    statements.add(new Object[] {investment, id, day("2025-12-01"), 999.0});
    statements.add(new Object[] {investment, id, day("2026-01-01"), 100.0});
    statements.add(new Object[] {investment, id, day("2026-05-01"), 50.5});
    statements.add(new Object[] {investment, id, day("2026-06-01"), 30.0});
    statements.add(new Object[] {investment, id, day("2026-07-01"), 200.0});
    String tax = "INSERT INTO project_taxes (project_id, month_start, paid_wan) VALUES (?, ?, ?)";
    statements.add(new Object[] {tax, id, day("2026-04-01"), 12.5});
    statements.add(new Object[] {tax, id, day("2026-06-01"), 7.5});
    statements.add(new Object[] {tax, id, day("2026-09-01"), 40.0});
    String milestone = "INSERT INTO project_milestones (project_id, seq, name, planned_date, actual_date) VALUES (?, ?, ?, ?, ?)";
    statements.add(new Object[] {milestone, id, 1, "开工", day("2026-03-01"), day("2026-03-05")});
    statements.add(new Object[] {milestone, id, 2, "取得施工许可", day("2026-05-01"), day("2026-07-10")});
    statements.add(new Object[] {milestone, id, 3, "主体封顶", day("2026-06-20"), null});
    String issue = "INSERT INTO project_issues (project_id, seq, description, raised_on, responsible, closed_on, resolution)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    statements.add(new Object[] {issue, id, 1, "施工用电未接入", day("2026-03-01"), "供电公司", day("2026-08-01"), "已接入"});
    statements.add(new Object[] {issue, id, 2, "环评批复未下达", day("2026-02-01"), "生态环境局", day(DAY), "已批复"});
    statements.add(new Object[] {issue, id, 3, "临时道路未通", day("2026-07-01"), "交通局", null, null});
    String stage = "INSERT INTO project_stage_changes (project_id, stage, effective_date, recorded_by) VALUES (?, ?, ?, 'test')";
    statements.add(new Object[] {stage, id, "signed", day("2026-01-10")});
    statements.add(new Object[] {stage, id, "land_secured", day("2026-07-01")});
    storage.inTransaction(c -> {
      for (Object[] statement : statements) {
        try (var s = c.prepareStatement((String) statement[0])) {
          for (int i = 1; i < statement.length; i++) {
            s.setObject(i, statement[i]);
          }
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  private static Date day(String text) {
    return Date.valueOf(text);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static ApiClient owner() {
    return app.client().signIn("owner", PASSWORD);
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> values = new ArrayList<>();
    list.forEach(item -> values.add(item.get(field).isNull() ? null : item.get(field).asText()));
    return values;
  }

  @Test
  void on_a_past_day_the_months_after_it_are_not_counted_and_last_years_never_are() {
    JsonNode then = owner().json("/api/desk/projects/" + code + "?as_of=" + DAY, 200);
    assertEquals(DAY, then.get("asOf").asText());
    assertEquals("2026-11-20", then.get("today").asText(), "the day the forms record for");
    assertEquals(List.of("2026-01", "2026-05", "2026-06"), texts(then.get("investment"), "month"));
    assertEquals(List.of("100.0", "150.5", "180.5"), texts(then.get("investment"), "cumulativeWan"));
    assertEquals(List.of("2026-04", "2026-06"), texts(then.get("taxes"), "month"));
    assertEquals(20.0, then.get("taxes").get(1).get("cumulativeWan").asDouble(), 1e-9);

    JsonNode now = owner().json("/api/desk/projects/" + code, 200);
    assertEquals("2026-11-20", now.get("asOf").asText(), "without as_of: the app's today");
    assertEquals(List.of("100.0", "150.5", "180.5", "380.5"), texts(now.get("investment"), "cumulativeWan"));
    assertEquals(60.0, now.get("taxes").get(2).get("cumulativeWan").asDouble(), 1e-9);
  }

  @Test
  void on_a_past_day_a_milestone_reached_later_is_unreached_and_late_if_it_was_due() {
    JsonNode then = owner().json("/api/desk/projects/" + code + "?as_of=" + DAY, 200).get("milestones");
    assertEquals(Arrays.asList("2026-03-05", null, null), texts(then, "actualDate"));
    assertEquals(List.of("true", "true", "false"), texts(then, "late"), "seq 3 was due only on 2026-06-20");
    assertEquals(List.of("4", "45", "0"), texts(then, "daysLate"), "2026-05-01 to 2026-06-15 is 45 days");

    JsonNode now = owner().json("/api/desk/projects/" + code, 200).get("milestones");
    assertEquals(Arrays.asList("2026-03-05", "2026-07-10", null), texts(now, "actualDate"));
    assertEquals(List.of("4", "70", "153"), texts(now, "daysLate"));
  }

  @Test
  void on_a_past_day_issues_raised_later_are_absent_and_one_closed_later_is_open() {
    JsonNode then = owner().json("/api/desk/projects/" + code + "?as_of=" + DAY, 200).get("issues");
    assertEquals(List.of("1", "2"), texts(then, "seq"), "issue 3 was raised on 2026-07-01");
    assertEquals(Arrays.asList(null, DAY), texts(then, "closedOn"), "closed on the day counts as closed");
    assertEquals(Arrays.asList(null, "已批复"), texts(then, "resolution"), "no resolution before it was closed");

    JsonNode now = owner().json("/api/desk/projects/" + code, 200).get("issues");
    assertEquals(Arrays.asList("2026-08-01", DAY, null), texts(now, "closedOn"));
  }

  @Test
  void on_a_past_day_the_stage_history_ends_with_that_days_stage() {
    JsonNode then = owner().json("/api/desk/projects/" + code + "?as_of=" + DAY, 200);
    assertEquals(List.of("signed"), texts(then.get("stages"), "stage"));
    assertEquals("signed", then.get("stageAsOf").asText());
    assertEquals("land_secured", then.get("project").get("stage").asText());
    assertEquals(List.of("signed", "land_secured"),
        texts(owner().json("/api/desk/projects/" + code, 200).get("stages"), "stage"));
  }

  @Test
  void the_zones_waited_on_show_their_latest_report_on_or_before_the_day() {
    List<Map<String, Object>> reports = Sql.rows(storage, "SELECT r.report_date, r.signed_households"
        + " FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = ?"
        + " ORDER BY r.report_date, r.id", zone);
    assertTrue(reports.size() >= 3, zone + " has weekly reports");
    Map<String, Object> second = reports.get(1);
    String secondDay = String.valueOf(second.get("report_date")).substring(0, 10);
    JsonNode waited = waitingOn(secondDay);
    assertEquals(secondDay, waited.get("latest_report_date").asText(), "the report of the day counts, later ones not");
    assertEquals(((Number) second.get("signed_households")).intValue(), waited.get("signed_households").asInt());
    String dayBefore = java.time.LocalDate.parse(String.valueOf(reports.get(0).get("report_date")).substring(0, 10))
        .minusDays(1).toString();
    JsonNode before = waitingOn(dayBefore);
    assertTrue(before.get("latest_report_date").isNull() && before.get("signed_households").isNull(),
        "no report yet on " + dayBefore + ": " + before);
  }

  /** The panel's entry for {@link #zone} on the day. */
  private static JsonNode waitingOn(String day) {
    for (JsonNode z : owner().json("/api/desk/projects/" + code + "?as_of=" + day, 200).get("waitingOn")) {
      if (z.get("code").asText().equals(zone)) {
        return z;
      }
    }
    throw new AssertionError(code + " does not wait on " + zone);
  }

  @Test
  void the_zone_panel_lists_waiting_projects_with_their_stage_on_the_day_beside_their_stage_now() {
    JsonNode then = app.staff().json("/api/desk/zones/" + zone + "/reports?as_of=" + DAY, 200);
    assertEquals(DAY, then.get("asOf").asText());
    JsonNode project = null;
    for (JsonNode p : then.get("waitingProjects")) {
      project = p.get("code").asText().equals(code) ? p : project;
    }
    assertTrue(project != null, code + " waits on " + zone);
    assertEquals("signed", project.get("stage").asText());
    assertEquals("land_secured", project.get("stageNow").asText());
    JsonNode earlier = app.staff().json("/api/desk/zones/" + zone + "/reports?as_of=2025-12-31", 200);
    for (JsonNode p : earlier.get("waitingProjects")) {
      if (p.get("code").asText().equals(code)) {
        assertEquals("planned", p.get("stage").asText(), "every recorded change came later");
      }
    }
    assertEquals(400, app.staff().get("/api/desk/zones/" + zone + "/reports?as_of=15.06.2026").statusCode());
  }

  @Test
  void an_official_of_another_township_is_still_refused_the_internals_of_a_past_day() {
    assertEquals(403, app.client().signIn("stranger", PASSWORD).get("/api/desk/projects/" + code + "?as_of=" + DAY)
        .statusCode());
  }
}
