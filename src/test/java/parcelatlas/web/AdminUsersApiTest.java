package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * {@code POST /api/admin/users}: only known members, a role from the list, a scope that names a
 * real township or park, a sane user name and a password that keeps the rules; each refusal a 400
 * naming the member, and nothing added.
 */
@Tag("database")
class AdminUsersApiTest {
  private static final String JSON = "application/json";
  private static Storage storage;
  private static RunningApp app;
  private static ApiClient admin;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
    admin = app.staff();
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  private static String township() {
    return (String) Sql.rows(storage, "SELECT township FROM demolition_zones ORDER BY township").get(0).get("township");
  }

  private static void refused(String body, String expected) {
    long users = Sql.count(storage, "users");
    HttpResponse<String> response = admin.post("/api/admin/users", JSON, body);
    assertEquals(400, response.statusCode(), body + " -> " + response.body());
    String description = ApiClient.parse(response.body()).get("description").asText();
    assertTrue(description.contains(expected), expected + " in: " + description);
    assertEquals(users, Sql.count(storage, "users"), "nothing added for " + body);
  }

  @Test
  void unknown_members_are_refused_by_name() {
    refused("{\"username\": \"wang.li\", \"role\": \"admin\", \"password\": \"a fine long secret\", \"is_admin\": true}",
        "unknown member 'is_admin'");
    refused("{\"username\": \"wang.li\", \"role\": \"official\", \"password\": \"a fine long secret\", \"scope\": \"x\"}",
        "unknown member 'scope'");
    refused("[1, 2]", "must be a JSON object");
    refused("{\"username\": \"wang.li\", \"role\": [\"admin\"], \"password\": \"a fine long secret\"}", "role must be a string");
  }

  @Test
  void scopes_must_name_a_real_township_or_park_and_only_officials_have_one() {
    refused("{\"username\": \"wang.li\", \"role\": \"official\", \"password\": \"a fine long secret\","
        + " \"scope_township\": \"西湖街道\"}", "scope_township: no demolition zone or project belongs to a township named '西湖街道'");
    refused("{\"username\": \"wang.li\", \"role\": \"official\", \"password\": \"a fine long secret\","
        + " \"scope_park\": \"QL-P99\"}", "scope_park: no park has the code 'QL-P99'");
    refused("{\"username\": \"wang.li\", \"role\": \"planner\", \"password\": \"a fine long secret\","
        + " \"scope_township\": \"" + township() + "\"}", "only officials");
    refused("{\"username\": \"wang.li\", \"role\": \"official\", \"password\": \"a fine long secret\","
        + " \"scope_township\": \"" + township() + "\", \"scope_park\": \"QL-P01\"}", "not both");
    HttpResponse<String> added = admin.post("/api/admin/users", JSON, "{\"username\": \"wang.li\", \"role\": \"official\","
        + " \"password\": \"a fine long secret\", \"scope_township\": \"" + township() + "\"}");
    assertEquals(201, added.statusCode(), added.body());
    assertEquals(township(), ApiClient.parse(added.body()).get("scopeTownship").asText());
    HttpResponse<String> park = admin.post("/api/admin/users", JSON, "{\"username\": \"park.office\", \"role\": \"official\","
        + " \"password\": \"a fine long secret\", \"scope_park\": \"QL-P01\"}");
    assertEquals(201, park.statusCode(), park.body());
  }

  @Test
  void roles_names_and_passwords_follow_their_rules() {
    refused("{\"username\": \"li.ming\", \"role\": \"superuser\", \"password\": \"a fine long secret\"}", "role must be");
    refused("{\"username\": \"li ming\", \"role\": \"planner\", \"password\": \"a fine long secret\"}", "username: a user name is");
    refused("{\"username\": \"" + "l".repeat(65) + "\", \"role\": \"planner\", \"password\": \"a fine long secret\"}",
        "2–64");
    refused("{\"username\": \"li.ming\\u0000\", \"role\": \"planner\", \"password\": \"a fine long secret\"}",
        "username contains a control");
    refused("{\"username\": \"li.ming\", \"role\": \"planner\", \"password\": \"qwertyuiop\"}", "password: a password is one of the most common");
    refused("{\"username\": \"li.ming\", \"role\": \"planner\", \"password\": \"I am LI.MING here\"}", "must not contain the user name");
    refused("{\"username\": \"li.ming\", \"role\": \"planner\", \"password\": \"abcdefghijklm\"}", "a run such as");
    refused("{\"username\": \"li.ming\", \"role\": \"planner\", \"password\": \"" + "ab1".repeat(50) + "\"}", "at most 128");
    refused("{\"username\": \"STAFF\", \"role\": \"planner\", \"password\": \"a fine long secret\"}", "exists already");
  }
}
