package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;

/**
 * A statement over the web requests' timeout (configured at 1 ms here) answers 503 with
 * Retry-After, not 500; the pool is healthy afterwards, and connections go back to it without the
 * timeout (work outside web requests, such as imports, is not cut short). No free pool connection
 * within the acquire timeout (5 s) is a 503 too.
 */
@Tag("database")
class StatementTimeoutTest {
  private static Storage storage;
  private static RunningApp hurried;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    storage = DemoData.loaded();
    hurried = new RunningApp(storage, Map.of("ATLAS_DB_STATEMENT_TIMEOUT_MS", "1",
        "ATLAS_WORK_LIMIT_PER_CLIENT", "100"));
    app = new RunningApp(storage, Map.of("ATLAS_WORK_LIMIT_PER_CLIENT", "100"));
  }

  @AfterAll
  static void stop() {
    for (RunningApp a : new RunningApp[] {hurried, app}) {
      if (a != null) {
        a.close();
      }
    }
    storage.close();
  }

  @Test
  void a_statement_over_the_timeout_answers_503_with_retry_after_and_the_pool_recovers() {
    String body = "{\"layer\": \"parcels\", \"format\": \"csv\", \"within\": " + circle(1999, 0.3) + "}";
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> slow = hurried.post("/api/export/count", "application/json", body);
      assertEquals(503, slow.statusCode(), slow.body());
      assertEquals("10", slow.headers().firstValue("Retry-After").orElse(""));
      assertTrue(ApiClient.parse(slow.body()).get("description").asText()
          .startsWith("the request took longer than the database allows"), slow.body());
    }
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> count = app.get("/api/export/count?layer=parcels");
      assertEquals(200, count.statusCode(), count.body());
    }
    long touching = Sql.count(storage, "parcels a, parks b WHERE ST_Intersects(a.geom, b.geom)");
    assertTrue(touching > 0, "the 1 ms timeout stays in the web requests' own pool");
  }

  @Test
  void no_free_connection_within_the_acquire_timeout_answers_503_with_retry_after_and_then_recovers()
      throws Exception {
    // the app's requests use the pool of the configured statement timeout: take all of its connections
    Storage web = storage.withStatementTimeout(java.time.Duration.ofMillis(
        Long.parseLong(parcelatlas.config.AtlasConfig.DEFAULTS.get("db.statement.timeout.ms"))));
    CountDownLatch held = new CountDownLatch(Databases.POOL_SIZE);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(Databases.POOL_SIZE);
    try {
      List<Future<Object>> holders = new ArrayList<>();
      for (int i = 0; i < Databases.POOL_SIZE; i++) {
        holders.add(threads.submit(() -> web.read(c -> {
          held.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return null;
        })));
      }
      held.await();
      HttpResponse<String> busy = app.get("/api/investor/parks");
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("5", busy.headers().firstValue("Retry-After").orElse(""));
      assertTrue(ApiClient.parse(busy.body()).get("description").asText().startsWith("the database is busy"));
      release.countDown();
      for (Future<Object> holder : holders) {
        holder.get();
      }
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
    assertEquals(200, app.get("/api/investor/parks").statusCode());
  }

  private static String circle(int positions, double radius) {
    StringBuilder ring = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
    for (int i = 0; i < positions; i++) {
      double a = i == positions - 1 ? 0 : 2 * Math.PI * i / (positions - 1);
      ring.append(i == 0 ? "" : ",").append('[').append(117.3 + radius * Math.cos(a)).append(',')
          .append(34.72 + radius * Math.sin(a)).append(']');
    }
    return ring.append("]]}").toString();
  }
}
