package parcelatlas.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Users;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;
import parcelatlas.testing.ApiClient;
import parcelatlas.testing.PoolRecycler;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/**
 * Pool connections recycled every two seconds while officials file weekly reports, correct
 * investments and move projects' stages from four threads for {@code -Datlas.fault.seconds} (default 20), and on
 * until the pool was recycled as often as that time promises (the recycler's timer may run late on a busy
 * machine: in one full-suite run it had recycled 7 times in 20 s): every write succeeds. (The embedded store's 30-minute failure was a connection recycled by the pool: H2
 * 2.4.240 breaks an {@code IN (…)} CHECK once the session that compiled it closes.)
 */
@Tag("database")
@Tag("slow")
class PoolRecycleLoadTest {
  private static final int WRITERS = 4;
  private static final String PASSWORD = "pool recycle password";

  @Test
  void writes_never_fail_while_the_pool_recycles_its_connections() throws Exception {
    Duration length = Duration.ofSeconds(Integer.getInteger("atlas.fault.seconds", 20));
    String url = TestDatabases.freshUrl();
    try (Storage storage = Databases.open(url, null, null)) {
      DemoLoader.load(storage, new PrintWriter(new StringWriter()));
      new Users(storage, new PasswordHasher(4)).add("city", Role.OFFICIAL, null, null, PASSWORD.toCharArray());
      List<String> zones = codes(storage, "SELECT z.code FROM demolition_zones z JOIN zone_latest_reports r"
          + " ON r.zone_id = z.id WHERE r.signed_households < z.target_households ORDER BY z.code");
      List<String> projects = codes(storage, "SELECT code FROM projects ORDER BY code");
      List<String> started = codes(storage, "SELECT code FROM projects WHERE stage = 'started' ORDER BY code");
      AtomicInteger writes = new AtomicInteger();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
      // A portal's pool retires its connections one at a time, so the embedded database never
      // closes meanwhile; this connection outside the pool keeps it open as those would (without
      // it, H2 closes the database whenever every pooled connection is closed, and reopens it).
      try (Connection keeper = DriverManager.getConnection(url);
          RunningApp app = new RunningApp(storage);
          PoolRecycler recycler = PoolRecycler.every(storage, Duration.ofSeconds(2))) {
        // writes go on for the length and until the pool was recycled as often as that length
        // promises (one round every 2 s; a busy machine may delay the recycler's timer), at most 3×
        long wanted = length.toSeconds() / 2 - 1;
        Instant end = Instant.now().plus(length);
        Instant cap = end.plus(length.multipliedBy(2));
        java.util.function.BooleanSupplier writing = () -> Instant.now().isBefore(end)
            || recycler.rounds() < wanted && Instant.now().isBefore(cap);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
          String zone = zones.get(w);
          String project = projects.get(w);
          String toggled = started.get(w);
          running.add(threads.submit(() -> {
            ApiClient official = app.client().signIn("city", PASSWORD);
            for (int round = 0; writing.getAsBoolean(); round++) {
              HttpResponse<String> r = switch (round % 3) {
                case 0 -> StaffWrites.fileReport(official, zone);
                case 1 -> StaffWrites.recordInvestment(official, project, round);
                default -> StaffWrites.toggleStage(official, toggled, round / 3);
              };
              writes.incrementAndGet();
              if (r.statusCode() / 100 != 2) {
                errors.add(r.request().method() + " " + r.uri().getPath() + ": " + r.statusCode() + " " + r.body());
              }
            }
            return null;
          }));
        }
        for (Future<?> f : running) {
          f.get();
        }
        assertTrue(recycler.rounds() >= wanted, "recycled " + recycler.rounds() + " times in " + length.multipliedBy(3)
            + "; recycles that threw: " + recycler.failures());
      } finally {
        threads.shutdownNow();
      }
      assertTrue(writes.get() >= WRITERS * 2, "writes sent: " + writes.get());
      assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(errors.size(), 10)),
          errors.size() + " of " + writes.get() + " writes failed");
    }
  }

  private static List<String> codes(Storage storage, String sql) {
    return Sql.rows(storage, sql).stream().map(r -> (String) r.get("code")).toList();
  }
}
