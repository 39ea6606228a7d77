package parcelatlas.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.DemoData;
import parcelatlas.testing.PostgresCluster;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * PostgreSQL restarted ({@code pg_ctl restart -m fast}) while three clients use the portal —
 * anonymous OGC items, an investor search, an official filing weekly reports. While the database
 * is away a request may be refused with 503, never a 500 or a stack trace; afterwards, with the
 * portal left running, every kind of request succeeds again within a bounded wait. The statuses
 * seen before, during and after are printed.
 */
@Tag("database")
@Tag("slow")
class PostgresRestartTest {
  private static final String PASSWORD = "restart test password";
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);

  private record Seen(String phase, String kind, int status, String body) {}

  @Test
  void the_portal_recovers_from_a_database_restart_without_its_own() throws Exception {
    assumeTrue(TestDatabases.kind().equals("postgis"), "a PostgreSQL restart needs PostGIS");
    try (Storage storage = DemoData.loaded()) {
      new Users(storage, new PasswordHasher(4)).add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
      String zone = (String) Sql.rows(storage, "SELECT z.code FROM demolition_zones z JOIN zone_latest_reports r"
          + " ON r.zone_id = z.id WHERE r.signed_households < z.target_households ORDER BY z.code").get(0).get("code");
      String park = (String) Sql.rows(storage, "SELECT code FROM parks ORDER BY code").get(0).get("code");
      try (RunningApp app = new RunningApp(storage)) {
        ApiClient official = app.client().signIn("city", PASSWORD);
        Map<String, Function<ApiClient, HttpResponse<String>>> kinds = Map.of(
            "ogc items", c -> c.get("/ogc/collections/parcels/items?limit=20&bbox=100,20,130,40"),
            "investor search", c -> c.get("/api/investor/parcels?park=" + park),
            "weekly report", c -> StaffWrites.fileReport(official, zone));
        String[] phase = {"before"};
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(kinds.size());
        List<Future<?>> running = new ArrayList<>();
        try {
          kinds.forEach((kind, request) -> running.add(threads.submit(() -> {
            ApiClient client = app.client();
            while (!stop.get()) {
              HttpResponse<String> r = request.apply(client);
              seen.add(new Seen(phase[0], kind, r.statusCode(), r.body()));
            }
            return null;
          })));
          Thread.sleep(2_000);
          phase[0] = "restart";
          PostgresCluster.get().restart();
          phase[0] = "after";
          Instant restarted = Instant.now();
          Duration recovery = awaitRecovery(seen, kinds.keySet().size(), restarted);
          stop.set(true);
          for (Future<?> f : running) {
            f.get();
          }
          System.out.println("PostgreSQL restart under load: " + summary(seen) + "; all kinds succeeded again "
              + recovery.toMillis() + " ms after pg_ctl returned");
        } finally {
          stop.set(true);
          threads.shutdownNow();
        }
        for (Seen s : seen) {
          assertTrue(s.status() / 100 == 2 || s.status() == 503,
              s.phase() + " " + s.kind() + ": " + s.status() + " " + s.body() + "\n(all: " + summary(seen) + ")");
          assertTrue(!s.body().contains("\tat ") && !s.body().contains("Exception"), "no stack trace: " + s.body());
        }
        assertEquals(200, app.get("/api/investor/parcels?park=" + park).statusCode());
      }
    }
  }

  /**
   * Waits until, after {@code restarted}, each kind of request has succeeded three times in a row;
   * the time that took.
   */
  private static Duration awaitRecovery(ConcurrentLinkedQueue<Seen> seen, int kinds, Instant restarted)
      throws InterruptedException {
    Instant limit = restarted.plus(RECOVERY_LIMIT);
    while (Instant.now().isBefore(limit)) {
      Map<String, Integer> streaks = new TreeMap<>();
      for (Seen s : seen) {
        if (s.phase().equals("after")) {
          streaks.merge(s.kind(), s.status() / 100 == 2 ? 1 : Integer.MIN_VALUE / 2, Integer::sum);
          if (s.status() / 100 != 2) {
            streaks.put(s.kind(), 0);
          }
        }
      }
      if (streaks.size() == kinds && streaks.values().stream().allMatch(n -> n >= 3)) {
        return Duration.between(restarted, Instant.now());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not every kind of request succeeded again within " + RECOVERY_LIMIT
        + " of the restart: " + summary(seen));
  }

  /** Counts by phase, kind and status. */
  private static String summary(ConcurrentLinkedQueue<Seen> seen) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Seen s : seen) {
      counts.merge(s.phase() + "/" + s.kind() + "/" + s.status(), 1, Integer::sum);
    }
    return counts.toString();
  }
}
