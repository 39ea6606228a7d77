package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * What Jetty refuses before a route is reached is answered like every other refusal: JSON
 * {@code {"code", "description"}} with the status, not Jetty's HTML page ({@link JettyErrors}).
 * {@link NoServerErrorTest} found these.
 */
class JettyErrorsTest {
  private static Storage storage;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = TestDatabases.fresh();
    app = new RunningApp(storage);
  }

  @AfterAll
  static void stop() {
    app.close();
    storage.close();
  }

  @Test
  void a_nul_in_the_path_is_a_json_400() {
    assertRefusal(app.get("/ogc/collections/%00/items"), 400, "BadRequest");
  }

  @Test
  void a_uri_too_long_is_a_json_414() {
    assertRefusal(app.get("/health?limit=" + "x".repeat(100_000)), 414, "URITooLong");
  }

  private static void assertRefusal(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    JsonNode body = ApiClient.parse(response.body());
    assertEquals(code, body.path("code").asText(), response.body());
    assertTrue(!body.path("description").asText().isBlank(), response.body());
  }
}
