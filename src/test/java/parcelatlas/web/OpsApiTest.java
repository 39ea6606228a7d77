package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.PostgresCluster;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/** What a deployment asks of a node: liveness, readiness, metrics and request ids, over HTTP. */
@Tag("database")
class OpsApiTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static HttpResponse<String> get(RunningApp app, String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void ready_answers_503_once_the_database_is_unreachable_while_health_still_answers_200() {
    Storage storage = TestDatabases.fresh();
    try (RunningApp app = new RunningApp(storage)) {
      assertEquals(200, get(app, "/health").statusCode());
      HttpResponse<String> ready = get(app, "/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      assertEquals("ready", ApiClient.parse(ready.body()).get("status").asText());

      storage.close();
      HttpResponse<String> notReady = get(app, "/ready");
      assertEquals(503, notReady.statusCode(), notReady.body());
      assertEquals("NotReady", ApiClient.parse(notReady.body()).get("code").asText());
      assertFalse(notReady.body().contains("jdbc"), "the database's address stays in the log: " + notReady.body());
      HttpResponse<String> health = get(app, "/health");
      assertEquals(200, health.statusCode(), health.body());
      assertEquals("live", ApiClient.parse(health.body()).get("status").asText());
      // a probe that carries a session cookie is not signed in through the unreachable database
      assertEquals(200, get(app, "/health", "Cookie", "atlas_session=stale").statusCode());
      assertEquals(503, get(app, "/ready", "Cookie", "atlas_session=stale").statusCode());
    }
  }

  @Test
  void a_500_is_logged_with_the_request_id_the_response_carries() {
    Storage storage = TestDatabases.fresh();
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (RunningApp app = new RunningApp(storage)) {
      storage.close(); // every page that reads the database now fails
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      HttpResponse<String> failed = get(app, "/api/investor/parks", "X-Request-Id", "trace-500-check");
      assertEquals(500, failed.statusCode(), failed.body());
      assertEquals("trace-500-check", failed.headers().firstValue("X-Request-Id").orElseThrow());
    } finally {
      System.setErr(original);
    }
    String lines = log.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("GET /api/investor/parks failed (request trace-500-check)"), lines);
    assertTrue(lines.contains("GET /api/investor/parks 500 ") && lines.contains("id=trace-500-check user=-"), lines);
  }

  @Test
  void every_access_line_is_written_in_order_and_in_its_form_by_the_time_the_server_has_stopped() {
    PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Storage storage = TestDatabases.fresh(); RunningApp app = new RunningApp(storage)) {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      for (int i = 0; i < 30; i++) {
        String path = i % 3 == 0 ? "/health" : i % 3 == 1 ? "/api/config" : "/no/such/page";
        get(app, path + "?q=hidden", "X-Request-Id", "access-order-" + i);
      }
    } finally {
      System.setErr(original);
    }
    java.util.List<String> lines = log.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains(" parcelatlas.access - ")).toList();
    assertEquals(30, lines.size(), String.join("\n", lines));
    for (int i = 0; i < 30; i++) {
      String expected = i % 3 == 0 ? "GET /health 200" : i % 3 == 1 ? "GET /api/config 200" : "GET /no/such/page 404";
      assertTrue(Pattern.matches("\\[access-log] INFO parcelatlas\\.access - " + expected + " \\d+ms id=access-order-" + i + " user=-",
          lines.get(i)), lines.get(i));
    }
  }

  @Test
  void on_postgis_ready_answers_503_once_the_database_is_dropped_under_the_running_portal() throws Exception {
    Assumptions.assumeTrue(TestDatabases.kind().equals("postgis"), "PostGIS only");
    String url = TestDatabases.freshUrl();
    String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    try (Storage storage = Databases.open(url, null, null); RunningApp app = new RunningApp(storage)) {
      assertEquals(200, get(app, "/ready").statusCode());
      try (Connection c = DriverManager.getConnection(PostgresCluster.get().url("postgres"));
          java.sql.Statement s = c.createStatement()) {
        s.execute("DROP DATABASE " + name + " WITH (FORCE)");
      }
      HttpResponse<String> notReady = get(app, "/ready");
      assertEquals(503, notReady.statusCode(), notReady.body());
      assertEquals("NotReady", ApiClient.parse(notReady.body()).get("code").asText());
      assertEquals(200, get(app, "/health").statusCode());
    }
  }

  @Test
  void metrics_count_requests_by_route_template_and_show_the_pool_and_the_jvm() throws InterruptedException {
    try (Storage storage = TestDatabases.fresh(); RunningApp app = new RunningApp(storage)) {
      for (String code : new String[] {"NO-SUCH-1", "NO-SUCH-2", "NO-SUCH-3"}) {
        assertEquals(404, get(app, "/api/investor/parcels/" + code).statusCode());
      }
      assertEquals(200, get(app, "/ogc/collections").statusCode());
      String route = "http_server_requests_seconds_count{method=\"GET\",route=\"/api/investor/parcels/{code}\",status=\"4xx\"} 3";
      String text = "";
      // the access line and the counter are written just after the response is sent
      for (int attempt = 0; attempt < 50 && !text.contains(route); attempt++) {
        HttpResponse<String> metrics = get(app, "/metrics");
        assertEquals(200, metrics.statusCode(), metrics.body());
        text = metrics.body();
        Thread.sleep(20);
      }
      assertTrue(text.contains(route), text);
      assertTrue(text.contains("route=\"/ogc/collections\",status=\"2xx\""), text);
      assertTrue(text.contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/ogc/collections\",status=\"2xx\",le=\"0.25\"}"), text);
      assertFalse(text.contains("NO-SUCH"), "raw paths never become labels");
      assertTrue(Pattern.compile("(?m)^hikaricp_connections_active\\{pool=\"atlas-").matcher(text).find(), text);
      assertTrue(text.contains("hikaricp_connections_max{pool=\"atlas-"), text);
      assertTrue(text.contains("jvm_memory_used_bytes{"), text);
      assertTrue(text.contains("jvm_gc_"), text);
      assertTrue(text.contains("atlas_imports_total{outcome=\"committed\"} 0.0"), text);
      assertTrue(text.contains("atlas_imports_total{outcome=\"refused\"} 0.0"), text);
      assertTrue(text.contains("atlas_access_log_dropped_total "), "lines the access log dropped: " + text);
    }
  }

  @Test
  void import_commits_are_counted_as_committed_or_refused() throws InterruptedException {
    try (Storage storage = TestDatabases.fresh()) {
      new Users(storage, new PasswordHasher(4)).add("plan", Role.PLANNER, null, null, "ops metrics counter".toCharArray());
      try (RunningApp app = new RunningApp(storage, Map.of("ATLAS_DATA_DIR", UploadFixtures.dataDir("ops").toString()))) {
        ApiClient planner = app.client().signIn("plan", "ops metrics counter");
        String good = ImportApiTest.upload(planner, "parks", "parks.zip", UploadFixtures.demoZip("parks"), 201).get("id").asText();
        ImportApiTest.step(planner, "/api/imports/" + good + "/commit", "{\"layer\": \"parks\"}", 200);
        String noPrj = ImportApiTest.upload(planner, "parks", "parks.zip", UploadFixtures.demoZip("parks", ".prj"), 201)
            .get("id").asText();
        ImportApiTest.step(planner, "/api/imports/" + noPrj + "/commit", "{\"layer\": \"parks\"}", 422);
        ImportApiTest.step(planner, "/api/imports/" + noPrj + "/commit", "{\"layer\": \"parks\"}", 422);
        String committed = "atlas_imports_total{outcome=\"committed\"} 1.0";
        String refused = "atlas_imports_total{outcome=\"refused\"} 2.0";
        String text = "";
        for (int attempt = 0; attempt < 50 && !(text.contains(committed) && text.contains(refused)); attempt++) {
          text = get(app, "/metrics").body();
          Thread.sleep(20);
        }
        assertTrue(text.contains(committed) && text.contains(refused), text);
      }
    }
  }

  @Test
  void metrics_are_refused_to_a_relayed_request_and_need_the_token_once_one_is_set() {
    try (Storage storage = TestDatabases.fresh()) {
      try (RunningApp app = new RunningApp(storage)) {
        HttpResponse<String> relayed = get(app, "/metrics", "X-Forwarded-For", "203.0.113.9");
        assertEquals(403, relayed.statusCode(), "a public request through a proxy on this host");
        assertEquals(403, get(app, "/metrics", "Forwarded", "for=203.0.113.9").statusCode());
        assertFalse(relayed.body().contains("jvm_"), relayed.body());
      }
      try (RunningApp app = new RunningApp(storage, Map.of("ATLAS_METRICS_TOKEN", "scrape-secret-42"))) {
        assertEquals(403, get(app, "/metrics").statusCode(), "loopback is not enough once a token is set");
        assertEquals(403, get(app, "/metrics", "Authorization", "Bearer scrape-secret-4").statusCode());
        HttpResponse<String> allowed = get(app, "/metrics", "Authorization", "Bearer scrape-secret-42",
            "X-Forwarded-For", "203.0.113.9");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("http_server_requests_seconds"), allowed.body());
      }
    }
  }

  @Test
  void every_response_carries_a_request_id_a_valid_one_is_echoed_an_invalid_one_replaced() {
    try (Storage storage = TestDatabases.fresh(); RunningApp app = new RunningApp(storage)) {
      for (String path : new String[] {"/health", "/", "/api/investor/parcels/NOPE", "/no/such/page"}) {
        String id = get(app, path).headers().firstValue("X-Request-Id").orElse("");
        assertTrue(UUID.matcher(id).matches(), path + " gave request id '" + id + "'");
      }
      String first = get(app, "/health").headers().firstValue("X-Request-Id").orElseThrow();
      assertNotEquals(first, get(app, "/health").headers().firstValue("X-Request-Id").orElseThrow());

      String mine = "lb-7f3a.2026:11:20_0001";
      assertEquals(mine, get(app, "/health", "X-Request-Id", mine).headers().firstValue("X-Request-Id").orElseThrow());
      for (String invalid : new String[] {"x".repeat(65), "<script>alert(1)</script>", "two words", "\u00e9t\u00e9"}) {
        String echoed = get(app, "/api/config", "X-Request-Id", invalid).headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(UUID.matcher(echoed).matches(), "'" + invalid + "' was replaced, not " + echoed);
      }
    }
  }
}
