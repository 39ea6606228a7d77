package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
 * The error body's contract on the demo city: a stable {@code code}, the values it names in
 * {@code params}, the English {@code description} for API clients, and for a refusal with several
 * problems each one in {@code details}.
 */
@Tag("database")
class ErrorBodyTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "error body password";
  private static Storage storage;
  private static RunningApp app;
  private static Map<String, Object> project;
  private static Map<String, Object> zone;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    Users users = new Users(storage, new PasswordHasher(4));
    project = Sql.rows(storage, "SELECT p.code, p.township, (SELECT MAX(c.effective_date) FROM project_stage_changes c"
        + " WHERE c.project_id = p.id) AS latest FROM projects p WHERE p.stage = 'land_secured' AND EXISTS"
        + " (SELECT 1 FROM project_stage_changes c WHERE c.project_id = p.id AND c.effective_date IS NOT NULL)"
        + " ORDER BY p.code").get(0);
    users.add("projects", Role.OFFICIAL, (String) project.get("township"), null, PASSWORD.toCharArray());
    zone = Sql.rows(storage, "SELECT z.code, z.township, r.report_date, r.signed_households, r.demolished_households,"
        + " r.cleared_area_m2 FROM demolition_zones z JOIN zone_latest_reports r ON r.zone_id = z.id"
        + " WHERE r.signed_households > 2 ORDER BY z.code").get(0);
    users.add("town", Role.OFFICIAL, (String) zone.get("township"), null, PASSWORD.toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static JsonNode refused(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return ApiClient.parse(response.body());
  }

  @Test
  void a_stage_dated_before_the_latest_change_names_the_field_the_value_and_the_latest_day() {
    ApiClient official = app.client().signIn("projects", PASSWORD);
    JsonNode body = refused(official.post("/api/desk/projects/" + project.get("code") + "/stage", JSON,
        "{\"stage\": \"started\", \"effective_date\": \"2000-01-03\"}"), 400);
    assertEquals("DateBeforeLatestChange", body.get("code").asText(), body.toString());
    String latest = String.valueOf(project.get("latest")).substring(0, 10);
    assertEquals(Map.of("field", "effective_date", "value", "2000-01-03", "latest", latest),
        Map.of("field", body.get("params").get("field").asText(), "value", body.get("params").get("value").asText(),
            "latest", body.get("params").get("latest").asText()));
    assertEquals("effective_date 2000-01-03 is before the latest change (" + latest + ")",
        body.get("description").asText(), "the English message stays for API clients");
  }

  @Test
  void a_report_with_two_problems_lists_both_in_details() {
    ApiClient official = app.client().signIn("town", PASSWORD);
    int signed = ((Number) zone.get("signed_households")).intValue();
    String report = "{\"report_date\": \"2026-01-05\", \"signed_households\": " + (signed - 1)
        + ", \"demolished_households\": 0, \"cleared_area_m2\": " + zone.get("cleared_area_m2")
        + ", \"based_on\": " + Sql.rows(storage, "SELECT MAX(r.id) AS id FROM demolition_reports r JOIN demolition_zones z"
        + " ON z.id = r.zone_id WHERE z.code = ?", zone.get("code")).get(0).get("id") + "}";
    JsonNode body = refused(official.post("/api/desk/zones/" + zone.get("code") + "/reports", JSON, report), 400);
    assertEquals("ReportBeforeLatest", body.get("code").asText(), body.toString());
    assertEquals("2026-01-05", body.get("params").get("value").asText());
    JsonNode details = body.get("details");
    assertEquals("ReportBeforeLatest", details.get(0).get("code").asText(), body.toString());
    assertEquals("FiguresWentDown", details.get(1).get("code").asText(), body.toString());
    assertTrue(details.get(1).get("params").get("fields").toString().contains("signed_households"), body.toString());
  }

  @Test
  void a_wrong_password_and_an_unknown_member_carry_their_codes() {
    JsonNode wrong = refused(app.client().post("/api/login", JSON,
        "{\"username\": \"town\", \"password\": \"not it at all\"}"), 401);
    assertEquals("WrongPassword", wrong.get("code").asText());
    assertTrue(wrong.get("params").isObject() && wrong.get("params").isEmpty(), wrong.toString());
    ApiClient official = app.client().signIn("town", PASSWORD);
    JsonNode unknown = refused(official.post("/api/desk/zones/" + zone.get("code") + "/reports", JSON,
        "{\"colour\": 1}"), 400);
    assertEquals("UnknownParameter", unknown.get("code").asText());
    assertEquals("colour", unknown.get("params").get("field").asText());
  }
}
