package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * An admin enables a disabled user again and sets a user's password over HTTP: each change is
 * audited (a password never is), a new password or disabling ends the user's sessions (their old
 * cookie gets 401), enabling brings none back, the password rules of {@code user add} hold with
 * the broken rule named, and nobody but an admin changes anything.
 */
@Tag("database")
class AdminAccountsApiTest {
  private static final String JSON = "application/json";
  private static final String PASSWORD = "first desk password";
  private static final String STAFF_ONLY = "/api/desk/townships";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient admin;
  private static Users users;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    RunningApp.withStaff(storage);
    users = new Users(storage, new PasswordHasher(4));
    for (String name : List.of("leaver", "forgetful", "steady", "bystander")) {
      users.add(name, Role.PLANNER, null, null, PASSWORD.toCharArray());
    }
    app = new RunningApp(storage);
    admin = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String hash(String username) {
    return (String) Sql.rows(storage, "SELECT password_hash FROM users WHERE username = ?", username).get(0)
        .get("password_hash");
  }

  private static long audits(String username) {
    return Sql.count(storage, "audit_log WHERE entity = 'user' AND entity_key = '" + username + "'");
  }

  private static HttpResponse<String> setPassword(ApiClient who, String username, String password) {
    return who.post("/api/admin/users/" + username + "/password", JSON, "{\"password\": \"" + password + "\"}");
  }

  @Test
  void a_disabled_user_is_signed_out_and_enabling_them_again_brings_no_old_session_back() {
    ApiClient leaver = app.client().signIn("leaver", PASSWORD);
    assertEquals(200, leaver.get(STAFF_ONLY).statusCode());
    assertEquals(204, admin.post("/api/admin/users/leaver/disable", JSON, "").statusCode());
    assertEquals(401, leaver.get(STAFF_ONLY).statusCode(), "disabling ends the session");
    HttpResponse<String> enabled = admin.post("/api/admin/users/leaver/enable", JSON, "");
    assertEquals(204, enabled.statusCode(), enabled.body());
    assertEquals(401, leaver.get(STAFF_ONLY).statusCode(), "the old session stays ended after enabling");
    assertEquals(200, app.client().signIn("leaver", PASSWORD).get(STAFF_ONLY).statusCode());
    List<Map<String, Object>> rows = Sql.rows(storage, "SELECT action, actor, old_value, new_value FROM audit_log"
        + " WHERE entity = 'user' AND entity_key = 'leaver' AND action IN ('disable', 'enable') ORDER BY id");
    assertEquals(List.of("disable", "enable"), rows.stream().map(r -> r.get("action")).toList());
    assertEquals("staff", rows.get(1).get("actor"));
    assertTrue(String.valueOf(rows.get(1).get("old_value")).contains("\"disabled\":true"), rows.toString());
    assertTrue(String.valueOf(rows.get(1).get("new_value")).contains("\"disabled\":false"), rows.toString());
  }

  @Test
  void a_new_password_ends_the_users_sessions_and_only_the_new_one_signs_in() {
    ApiClient forgetful = app.client().signIn("forgetful", PASSWORD);
    ApiClient elsewhere = app.client().signIn("forgetful", PASSWORD);
    assertEquals(200, forgetful.get(STAFF_ONLY).statusCode());
    HttpResponse<String> reset = setPassword(admin, "forgetful", "a brand new secret");
    assertEquals(204, reset.statusCode(), reset.body());
    assertEquals(401, forgetful.get(STAFF_ONLY).statusCode(), "the old session cookie is refused");
    assertEquals(401, elsewhere.get(STAFF_ONLY).statusCode(), "every session of the user ends");
    assertEquals(401, app.client().post("/api/login", JSON,
        "{\"username\": \"forgetful\", \"password\": \"" + PASSWORD + "\"}").statusCode());
    assertEquals(200, app.client().signIn("forgetful", "a brand new secret").get(STAFF_ONLY).statusCode());
    assertTrue(admin.json("/api/me", 200).get("signedIn").asBoolean(), "the admin's own session goes on");
    List<Map<String, Object>> rows = Sql.rows(storage, "SELECT actor, old_value, new_value FROM audit_log"
        + " WHERE entity_key = 'forgetful' AND action = 'reset_password'");
    assertEquals(1, rows.size());
    String logged = rows.toString();
    assertEquals("staff", rows.get(0).get("actor"));
    assertTrue(logged.contains("\"sessionsEnded\":2"), logged);
    assertFalse(logged.contains("brand new") || logged.contains(hash("forgetful")) || logged.contains("$argon")
        || logged.contains("$2"), "no password or hash in the audit log: " + logged);
  }

  @Test
  void a_password_breaking_a_rule_is_refused_naming_the_rule_and_changes_nothing() {
    ApiClient steady = app.client().signIn("steady", PASSWORD);
    String before = hash("steady");
    long audited = audits("steady");
    Map<String, String> rules = Map.of("short1", "PasswordTooShort", "abababababab", "PasswordPattern",
        "STEADY as she goes", "PasswordContainsUsername", "password123", "PasswordCommon");
    rules.forEach((password, code) -> {
      HttpResponse<String> refused = setPassword(admin, "steady", password);
      assertEquals(400, refused.statusCode(), password + " -> " + refused.body());
      JsonNode body = ApiClient.parse(refused.body());
      assertEquals(code, body.get("code").asText(), refused.body());
      assertTrue(body.get("description").asText().startsWith("password: a password "), refused.body());
    });
    HttpResponse<String> extra = admin.post("/api/admin/users/steady/password", JSON,
        "{\"password\": \"a brand new secret\", \"role\": \"admin\"}");
    assertEquals(400, extra.statusCode(), extra.body());
    assertTrue(extra.body().contains("unknown member 'role'"), extra.body());
    assertEquals(before, hash("steady"));
    assertEquals(audited, audits("steady"));
    assertEquals(200, steady.get(STAFF_ONLY).statusCode(), "a refused reset ends no session");
  }

  @Test
  void an_unknown_user_is_not_found_and_nothing_is_audited() {
    long audited = Sql.count(storage, "audit_log");
    for (String path : List.of("/api/admin/users/nobody/enable", "/api/admin/users/nobody/password")) {
      HttpResponse<String> answer = admin.post(path, JSON, "{\"password\": \"a brand new secret\"}");
      assertEquals(404, answer.statusCode(), path + " -> " + answer.body());
      assertEquals("UserNotFound", ApiClient.parse(answer.body()).get("code").asText());
    }
    assertEquals(audited, Sql.count(storage, "audit_log"));
  }

  @Test
  void only_admins_enable_disable_or_set_passwords_and_a_refusal_changes_nothing() {
    users.disable("bystander");
    ApiClient planner = app.client().signIn("steady", PASSWORD);
    String before = hash("bystander");
    long audited = Sql.count(storage, "audit_log");
    long sessions = Sql.count(storage, "sessions");
    for (String action : List.of("enable", "disable", "password")) {
      String path = "/api/admin/users/bystander/" + action;
      String body = "{\"password\": \"a brand new secret\"}";
      assertEquals(403, planner.post(path, JSON, body).statusCode(), path);
      assertEquals(401, app.client().post(path, JSON, body).statusCode(), path);
    }
    assertEquals(before, hash("bystander"));
    assertEquals(1, Sql.count(storage, "users WHERE username = 'bystander' AND disabled = TRUE"));
    assertEquals(audited, Sql.count(storage, "audit_log"));
    assertEquals(sessions, Sql.count(storage, "sessions"));
  }
}
