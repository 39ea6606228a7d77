package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
import parcelatlas.testing.DemoData;

/** Signing in and out over HTTP: sessions in the database, CSRF, throttling. */
@Tag("database")
class AuthApiTest {
  private static final String LOGIN = "application/json";
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded(); // the official's township must exist
    RunningApp.withStaff(storage);
    new Users(storage, new PasswordHasher(4)).add("li.official", Role.OFFICIAL, "东湖街道", null,
        "east lake weekly report".toCharArray());
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String credentials(String user, String password) {
    return "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}";
  }

  @Test
  void signing_in_sets_a_session_that_me_describes_and_signing_out_ends_it() {
    ApiClient official = app.client().signIn("li.official", "east lake weekly report");
    var me = official.json("/api/me", 200);
    assertTrue(me.get("signedIn").asBoolean());
    assertEquals("official", me.get("role").asText());
    assertEquals("东湖街道", me.get("scopeTownship").asText());
    assertEquals("2026-11-20", me.get("today").asText(), "the portal's calendar, not the browser's");
    assertEquals(403, official.postWithoutCsrf("/api/logout", LOGIN, "{}").statusCode(), "a forged sign-out is refused");
    assertEquals(204, official.post("/api/logout", LOGIN, "{}").statusCode());
    assertFalse(official.json("/api/me", 200).get("signedIn").asBoolean());
    assertFalse(app.json("/api/me", 200).has("csrfToken"));
  }

  @Test
  void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
    HttpResponse<String> wrong = app.client().post("/api/login", LOGIN, credentials("staff", "wrong password!!"));
    HttpResponse<String> nobody = app.client().post("/api/login", LOGIN, credentials("nobody", "wrong password!!"));
    assertEquals(401, wrong.statusCode());
    assertEquals(401, nobody.statusCode());
    assertEquals(ApiClient.parse(wrong.body()).get("description"), ApiClient.parse(nobody.body()).get("description"));
    assertEquals(415, app.client().post("/api/login", "text/plain", credentials("staff", "x")).statusCode());
  }

  @Test
  void repeated_failures_lock_the_user_name_even_for_the_right_password() {
    new Users(storage, new PasswordHasher(4)).add("target", Role.PLANNER, null, null, "the right password".toCharArray());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, app.client().post("/api/login", LOGIN, credentials("target", "guess " + i)).statusCode());
    }
    HttpResponse<String> locked = app.client().post("/api/login", LOGIN, credentials("target", "the right password"));
    assertEquals(429, locked.statusCode(), locked.body());
  }

  @Test
  void a_session_survives_a_restart_and_works_on_a_second_node() {
    ApiClient browser = app.staff();
    try (RunningApp second = new RunningApp(storage)) {
      assertFalse(second.json("/api/me", 200).get("signedIn").asBoolean(), "no cookie, no session");
      assertTrue(browser.json(second.base() + "/api/me", 200).get("signedIn").asBoolean(),
          "the cookie from node one is accepted by node two on the same database");
    }
    try (RunningApp restarted = new RunningApp(storage)) {
      assertTrue(browser.json(restarted.base() + "/api/me", 200).get("signedIn").asBoolean());
    }
  }

  @Test
  void disabling_a_user_ends_their_sessions() {
    new Users(storage, new PasswordHasher(4)).add("leaver", Role.PLANNER, null, null, "leaving the office".toCharArray());
    ApiClient leaver = app.client().signIn("leaver", "leaving the office");
    assertTrue(leaver.json("/api/me", 200).get("signedIn").asBoolean());
    assertTrue(new Users(storage, new PasswordHasher(4)).disable("leaver"));
    assertFalse(leaver.json("/api/me", 200).get("signedIn").asBoolean());
    assertEquals(401, app.client().post("/api/login", LOGIN, credentials("leaver", "leaving the office")).statusCode());
  }
}
