package parcelatlas.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/** Weekly demolition reports over HTTP on the demo city: who may file, what is valid, no lost update. */
@Tag("database")
class DeskApiTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "weekly report password";
  private static Storage storage;
  private static RunningApp app;
  /** Five zones well short of their targets, fixed before any test files a report. */
  private static List<String> zones;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    Users users = new Users(storage, new PasswordHasher(4));
    for (Map<String, Object> town : Sql.rows(storage, "SELECT DISTINCT township FROM demolition_zones ORDER BY township")) {
      String name = "official." + Sql.rows(storage, "SELECT COUNT(*) AS n FROM users").get(0).get("n");
      users.add(name, Role.OFFICIAL, (String) town.get("township"), null, PASSWORD.toCharArray());
    }
    users.add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
    users.add("planner", Role.PLANNER, null, null, PASSWORD.toCharArray());
    zones = Sql.rows(storage, "SELECT z.code FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " WHERE r.signed_households + 3 < z.target_households ORDER BY z.code").stream()
        .limit(5).map(r -> (String) r.get("code")).toList();
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  /** A zone still in progress, and the official of its township and of another one. */
  private record Zone(String code, String township, int target, long latestId, int signed, int demolished,
      double cleared, String owner, String stranger) {}

  private static Zone zone(int index) {
    Map<String, Object> z = Sql.rows(storage, "SELECT z.code, z.township, z.target_households, r.signed_households,"
        + " r.demolished_households, r.cleared_area_m2 FROM demolition_zones z JOIN zone_latest_reports r"
        + " ON r.zone_id = z.id WHERE z.code = ?", zones.get(index)).get(0);
    String township = (String) z.get("township");
    long latest = ((Number) Sql.rows(storage, "SELECT MAX(r.id) AS id FROM demolition_reports r JOIN demolition_zones z"
        + " ON z.id = r.zone_id WHERE z.code = ?", z.get("code")).get(0).get("id")).longValue();
    String owner = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township = ?", township).get(0).get("username");
    String stranger = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township <> ? ORDER BY username",
        township).get(0).get("username");
    return new Zone((String) z.get("code"), township, ((Number) z.get("target_households")).intValue(), latest,
        ((Number) z.get("signed_households")).intValue(), ((Number) z.get("demolished_households")).intValue(),
        ((Number) z.get("cleared_area_m2")).doubleValue(), owner, stranger);
  }

  private static String report(String date, int signed, int demolished, double cleared, Long basedOn, String reason) {
    return "{\"report_date\": \"" + date + "\", \"signed_households\": " + signed + ", \"demolished_households\": "
        + demolished + ", \"cleared_area_m2\": " + cleared + ", \"based_on\": " + basedOn
        + (reason == null ? "" : ", \"change_reason\": \"" + reason + "\"") + "}";
  }

  private static ApiClient as(String user) {
    return app.client().signIn(user, PASSWORD);
  }

  @Test
  void the_township_files_a_report_that_is_kept_shown_and_audited() {
    Zone z = zone(0);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    HttpResponse<String> filed = as(z.owner()).post(path, JSON,
        report("2026-11-20", z.signed() + 1, z.demolished(), z.cleared(), z.latestId(), null));
    assertEquals(201, filed.statusCode(), filed.body());
    JsonNode history = as(z.owner()).json(path, 200).get("reports");
    assertEquals(17, history.size(), "sixteen demo weeks and the new one");
    assertEquals("2026-11-20", history.get(16).get("reportDate").asText());
    JsonNode zone = app.staff().json("/ogc/collections/demolition-zones/items?limit=100", 200);
    for (JsonNode f : zone.get("features")) {
      if (f.get("properties").get("code").asText().equals(z.code())) {
        assertEquals(z.signed() + 1, f.get("properties").get("signed_households").asInt());
        assertEquals("2026-11-20", f.get("properties").get("latest_report_date").asText());
      }
    }
    JsonNode entries = app.staff().json("/api/admin/audit?entity=demolition_zone", 200).get("entries");
    JsonNode entry = null;
    for (JsonNode e : entries) {
      if (e.get("key").asText().equals(z.code()) && e.get("actor").asText().equals(z.owner())) {
        entry = e;
      }
    }
    assertTrue(entry != null, entries.toString());
    assertEquals(z.signed(), ApiClient.parse(entry.get("oldValue").asText()).get("signedHouseholds").asInt());
    assertEquals(z.signed() + 1, ApiClient.parse(entry.get("newValue").asText()).get("signedHouseholds").asInt());
    as(z.owner()).json("/api/admin/audit", 403);
    app.json("/api/admin/audit", 401);
  }

  @Test
  void a_zones_history_on_a_past_day_holds_only_the_reports_dated_by_then() {
    Zone z = zone(1);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    JsonNode all = as(z.owner()).json(path, 200);
    assertEquals("2026-11-20", all.get("today").asText());
    assertEquals(all.get("today").asText(), all.get("asOf").asText());
    JsonNode reports = all.get("reports");
    String day = reports.get(reports.size() / 2).get("reportDate").asText();
    long expected = 0;
    for (JsonNode r : reports) {
      expected += r.get("reportDate").asText().compareTo(day) <= 0 ? 1 : 0;
    }
    JsonNode then = as(z.owner()).json(path + "?as_of=" + day, 200);
    assertEquals(day, then.get("asOf").asText());
    assertTrue(expected > 0 && expected < reports.size(), "a day in the middle of the history: " + day);
    assertEquals(expected, then.get("reports").size());
    for (JsonNode r : then.get("reports")) {
      assertTrue(r.get("reportDate").asText().compareTo(day) <= 0, r.toString());
    }
  }

  @Test
  void only_the_zones_township_and_city_wide_officials_may_file_and_strangers_may_not_even_read() {
    Zone z = zone(1);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    String body = report("2026-11-20", z.signed(), z.demolished(), z.cleared(), z.latestId(), null);
    assertEquals(401, app.post(path, JSON, body).statusCode());
    app.json(path, 401);
    assertEquals(403, as(z.stranger()).post(path, JSON, body).statusCode());
    as(z.stranger()).json(path, 403);
    assertEquals(403, as("planner").post(path, JSON, body).statusCode());
    as("planner").json(path, 200);
    assertEquals(403, app.staff().post(path, JSON, body).statusCode(), "admins manage accounts, not figures");
    assertEquals(201, as("city").post(path, JSON, body).statusCode());
  }

  @Test
  void figures_beyond_targets_or_going_backwards_without_a_reason_are_refused_naming_the_field() {
    Zone z = zone(2);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    ApiClient owner = as(z.owner());
    List<String[]> bad = List.of(
        new String[] {report("2026-11-20", z.target() + 1, z.demolished(), z.cleared(), z.latestId(), null), "signed_households"},
        new String[] {report("2026-11-20", z.signed(), z.signed() + 1, z.cleared(), z.latestId(), null), "demolished_households"},
        new String[] {report("2026-11-20", z.signed() - 1, z.demolished(), z.cleared(), z.latestId(), null), "change_reason"},
        new String[] {report("2030-01-05", z.signed(), z.demolished(), z.cleared(), z.latestId(), null), "future"},
        new String[] {report("2026-10-01", z.signed(), z.demolished(), z.cleared(), z.latestId(), null), "supersedes"});
    long before = Sql.count(storage, "demolition_reports");
    for (String[] c : bad) {
      HttpResponse<String> r = owner.post(path, JSON, c[0]);
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.body().contains(c[1]), c[1] + " in " + r.body());
    }
    assertEquals(before, Sql.count(storage, "demolition_reports"), "a refused report changes nothing");
    HttpResponse<String> explained = owner.post(path, JSON,
        report("2026-11-20", z.signed() - 1, z.demolished(), z.cleared(), z.latestId(), "核减：重复登记1户"));
    assertEquals(201, explained.statusCode(), explained.body());
  }

  @Test
  void the_second_of_two_reports_based_on_the_same_week_gets_a_conflict_it_can_resolve() throws Exception {
    Zone z = zone(3);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    ApiClient first = as(z.owner());
    ApiClient second = as("city");
    String body = report("2026-11-20", z.signed() + 1, z.demolished(), z.cleared(), z.latestId(), null);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    for (ApiClient client : List.of(first, second)) {
      sent.add(pool.submit((Callable<HttpResponse<String>>) () -> client.post(path, JSON, body)));
    }
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> conflict = null;
    for (Future<HttpResponse<String>> f : sent) {
      HttpResponse<String> r = f.get();
      statuses.add(r.statusCode());
      if (r.statusCode() == 409) {
        conflict = r;
      }
    }
    pool.shutdown();
    assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), statuses.toString());
    JsonNode latest = ApiClient.parse(conflict.body()).get("latest");
    assertEquals(z.signed() + 1, latest.get("signedHouseholds").asInt());
    HttpResponse<String> resolved = second.post(path, JSON,
        report("2026-11-20", z.signed() + 2, z.demolished(), z.cleared(), latest.get("id").asLong(), null));
    assertEquals(201, resolved.statusCode(), resolved.body());
    assertEquals(18, first.json(path, 200).get("reports").size(), "both reports are kept");
  }

  @Test
  void a_project_panel_shows_cumulative_investment_late_milestones_issues_and_the_zones_it_waits_on() {
    Map<String, Object> p = Sql.rows(storage, "SELECT p.code, p.township FROM projects p WHERE EXISTS"
        + " (SELECT 1 FROM project_zones z WHERE z.project_id = p.id) ORDER BY p.code").get(0);
    String code = (String) p.get("code");
    String owner = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township = ?", p.get("township"))
        .get(0).get("username");
    JsonNode panel = as(owner).json("/api/desk/projects/" + code, 200);
    assertEquals(code, panel.get("project").get("code").asText());
    double sum = 0;
    for (JsonNode month : panel.get("investment")) {
      sum += month.get("completedWan").asDouble();
      assertEquals(Math.round(sum * 10) / 10.0, month.get("cumulativeWan").asDouble(), 0.05);
    }
    double expected = ((Number) Sql.rows(storage, "SELECT COALESCE(SUM(i.completed_wan), 0) AS s FROM project_investments i"
        + " JOIN projects p ON p.id = i.project_id WHERE p.code = ? AND i.month_start >= DATE '2026-01-01'", code)
        .get(0).get("s")).doubleValue();
    assertEquals(expected, sum, 0.05);
    assertTrue(panel.get("waitingOn").size() >= 1);
    for (JsonNode m : panel.get("milestones")) {
      boolean late = m.get("actualDate").isNull()
          ? m.get("plannedDate").asText().compareTo("2026-11-20") < 0
          : m.get("actualDate").asText().compareTo(m.get("plannedDate").asText()) > 0;
      assertEquals(late, m.get("late").asBoolean(), m.toString());
    }
    String stranger = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township <> ? ORDER BY username",
        p.get("township")).get(0).get("username");
    as(stranger).json("/api/desk/projects/" + code, 403);
    app.json("/api/desk/projects/" + code, 401);
    as("planner").json("/api/desk/projects/NOPE", 404);
  }

  @Test
  void the_zones_can_be_seen_as_they_stood_on_an_earlier_monday_with_the_projects_waiting_on_them() {
    JsonNode then = app.staff().json("/api/desk/zones?as_of=2026-09-07", 200);
    assertEquals("2026-09-07", then.get("asOf").asText());
    assertEquals(Sql.count(storage, "demolition_zones"), then.get("zones").size());
    for (JsonNode z : then.get("zones")) {
      Map<String, Object> report = Sql.rows(storage, "SELECT r.report_date, r.signed_households FROM demolition_reports r"
          + " JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = ? AND r.report_date <= DATE '2026-09-07'"
          + " ORDER BY r.report_date DESC, r.id DESC", z.get("code").asText()).get(0);
      assertEquals(report.get("report_date").toString(), z.get("latestReportDate").asText());
      assertEquals(((Number) report.get("signed_households")).intValue(), z.get("signedHouseholds").asInt());
    }
    app.json("/api/desk/zones", 401);
    String zone = (String) Sql.rows(storage, "SELECT zone_code FROM project_zones ORDER BY zone_code").get(0).get("zone_code");
    JsonNode waiting = as("planner").json("/api/desk/zones/" + zone + "/reports", 200).get("waitingProjects");
    assertEquals(Sql.count(storage, "project_zones WHERE zone_code = '" + zone + "'"), waiting.size());
  }

  @Test
  void the_responsible_township_updates_investment_milestones_and_the_issue_list_and_strangers_cannot() {
    Map<String, Object> p = Sql.rows(storage, "SELECT p.code, p.township FROM projects p WHERE EXISTS (SELECT 1 FROM"
        + " project_milestones m WHERE m.project_id = p.id AND m.actual_date IS NULL) ORDER BY p.code").get(1);
    String code = (String) p.get("code");
    String base = "/api/desk/projects/" + code;
    String owner = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township = ?", p.get("township"))
        .get(0).get("username");
    String stranger = (String) Sql.rows(storage, "SELECT username FROM users WHERE scope_township <> ? ORDER BY username",
        p.get("township")).get(0).get("username");
    ApiClient responsible = as(owner);
    HttpResponse<String> invest = responsible.post(base + "/investments", JSON, "{\"month\": \"2026-11\", \"completed_wan\": 321.5}");
    assertEquals(200, invest.statusCode(), invest.body());
    JsonNode months = ApiClient.parse(invest.body()).get("investment");
    assertEquals("2026-11", months.get(months.size() - 1).get("month").asText());
    assertEquals(321.5, months.get(months.size() - 1).get("completedWan").asDouble());
    assertEquals(400, responsible.post(base + "/investments", JSON, "{\"month\": \"2027-01\", \"completed_wan\": 1}").statusCode());

    int seq = ((Number) Sql.rows(storage, "SELECT MIN(m.seq) AS s FROM project_milestones m JOIN projects p ON p.id = m.project_id"
        + " WHERE p.code = ? AND m.actual_date IS NULL", code).get(0).get("s")).intValue();
    HttpResponse<String> reached = responsible.post(base + "/milestones/" + seq, JSON, "{\"actual_date\": \"2026-11-18\"}");
    assertEquals(200, reached.statusCode(), reached.body());
    for (JsonNode m : ApiClient.parse(reached.body()).get("milestones")) {
      if (m.get("seq").asInt() == seq) {
        assertEquals("2026-11-18", m.get("actualDate").asText());
      }
    }
    assertEquals(400, responsible.post(base + "/milestones/" + seq, JSON, "{\"actual_date\": \"2027-01-01\"}").statusCode());

    HttpResponse<String> raised = responsible.post(base + "/issues", JSON, "{\"description\": \"施工用电未接入\", \"responsible\": \"供电公司\"}");
    assertEquals(200, raised.statusCode(), raised.body());
    JsonNode issues = ApiClient.parse(raised.body()).get("issues");
    int last = issues.get(issues.size() - 1).get("seq").asInt();
    assertEquals("施工用电未接入", issues.get(issues.size() - 1).get("description").asText());
    HttpResponse<String> closed = responsible.post(base + "/issues/" + last + "/close", JSON, "{\"resolution\": \"已接入临时用电\"}");
    assertEquals(200, closed.statusCode(), closed.body());
    JsonNode after = ApiClient.parse(closed.body()).get("issues");
    assertEquals("2026-11-20", after.get(after.size() - 1).get("closedOn").asText());
    assertEquals(400, responsible.post(base + "/issues/" + last + "/close", JSON, "{\"resolution\": \"again\"}").statusCode());

    assertEquals(403, as(stranger).post(base + "/issues", JSON, "{\"description\": \"x\"}").statusCode());
    assertEquals(403, as("planner").post(base + "/investments", JSON, "{\"month\": \"2026-11\", \"completed_wan\": 1}").statusCode());
    assertEquals(401, app.post(base + "/issues", JSON, "{\"description\": \"x\"}").statusCode());
    assertEquals(4, Sql.count(storage, "audit_log WHERE entity = 'project' AND entity_key = '" + code + "'"));
  }

  @Test
  void a_correction_is_a_new_report_that_names_the_one_it_corrects() {
    Zone z = zone(4);
    String path = "/api/desk/zones/" + z.code() + "/reports";
    JsonNode history = as(z.owner()).json(path, 200).get("reports");
    JsonNode week = history.get(10);
    String correction = "{\"report_date\": \"" + week.get("reportDate").asText() + "\", \"signed_households\": "
        + week.get("signedHouseholds").asInt() + ", \"demolished_households\": " + week.get("demolishedHouseholds").asInt()
        + ", \"cleared_area_m2\": " + week.get("clearedAreaM2").asDouble() + ", \"based_on\": " + z.latestId()
        + ", \"supersedes\": " + week.get("id").asLong() + ", \"note\": \"更正：录入笔误\"}";
    HttpResponse<String> filed = as(z.owner()).post(path, JSON, correction);
    assertEquals(201, filed.statusCode(), filed.body());
    JsonNode after = as(z.owner()).json(path, 200).get("reports");
    assertEquals(history.size() + 1, after.size());
    assertEquals(week.toString(), after.get(10).toString(), "the corrected report itself is untouched");
  }
}
