package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * A NUL in a text that reached a statement was a 500 on PostgreSQL ("invalid byte sequence for
 * encoding UTF8: 0x00"), found by {@link NoServerErrorTest}: in query parameters (investor
 * search, OGC queryables, audit and enquiry filters) and in a new user's scope. Each is now a 400
 * naming the parameter or member ({@link QueryText}, {@link parcelatlas.accounts.Users#add}).
 */
@Tag("database")
class QueryTextTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    RunningApp.withStaff(storage);
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void a_nul_in_a_query_parameter_is_a_400_naming_it() {
    assertRefused(app.get("/api/investor/parcels?park=%00"), "park");
    assertRefused(app.get("/ogc/collections/parcels/items?status=%00"), "status");
    assertRefused(app.staff().get("/api/admin/audit?entity=%E2%80%AE%00"), "entity");
  }

  @Test
  void a_nul_in_a_new_users_scope_is_a_400_naming_it() {
    HttpResponse<String> response = app.staff().post("/api/admin/users", "application/json",
        "{\"username\": \"nul.scope\", \"role\": \"official\", \"scope_park\": \"P\\u0000\","
            + " \"password\": \"a long and unusual passphrase 42\"}");
    assertRefused(response, "scope_park");
  }

  private static void assertRefused(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    JsonNode body = ApiClient.parse(response.body());
    assertEquals("ControlCharacter", body.path("code").asText(), response.body());
    assertTrue(body.path("description").asText().startsWith(field + " contains a control"), response.body());
  }
}
