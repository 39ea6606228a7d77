package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.limits.WorkSlots;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.Sql;
import parcelatlas.testing.TestDatabases;

/** The two limits with work held open on purpose: per node (503), per client (429), both released after. */
@Tag("database")
class WorkLimiterTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = TestDatabases.fresh();
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Test
  void work_in_flight_up_to_the_node_limit_refuses_other_clients_with_503_until_it_ends() throws Exception {
    WorkLimiter limiter = new WorkLimiter(new WorkSlots(storage, RunningApp.CLOCK, 3, Duration.ofMinutes(10)), 2,
        Duration.ofMillis(200));
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> a = threads.submit(() -> limiter.run("10.0.0.1", () -> hold(running, finish)));
      Future<?> b = threads.submit(() -> limiter.run("10.0.0.2", () -> hold(running, finish)));
      running.await();
      TooBusy refused = assertThrows(TooBusy.class, () -> limiter.run("10.0.0.3", () -> "ran"));
      assertEquals(503, refused.status());
      assertEquals(2, refused.retryAfterSeconds());
      finish.countDown();
      a.get();
      b.get();
    } finally {
      threads.shutdownNow();
    }
    assertEquals("ran", limiter.run("10.0.0.3", () -> "ran"));
    assertEquals(0, Sql.count(storage, "work_slots"));
  }

  @Test
  void a_request_over_the_node_limit_waits_for_a_place_instead_of_being_refused_at_once() throws Exception {
    WorkLimiter limiter = new WorkLimiter(new WorkSlots(storage, RunningApp.CLOCK, 3, Duration.ofMinutes(10)), 1,
        Duration.ofMinutes(1));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder = threads.submit(() -> limiter.run("10.0.0.1", () -> hold(running, finish)));
      running.await();
      Future<String> waiting = threads.submit(() -> limiter.run("10.0.0.2", () -> "ran after waiting"));
      assertThrows(java.util.concurrent.TimeoutException.class, () -> waiting.get(300, java.util.concurrent.TimeUnit.MILLISECONDS),
          "the second request waits while the only place is taken");
      finish.countDown();
      holder.get();
      assertEquals("ran after waiting", waiting.get());
    } finally {
      threads.shutdownNow();
    }
    assertEquals(0, Sql.count(storage, "work_slots"));
  }

  @Test
  void one_client_is_held_to_its_slots_and_a_failing_request_gives_its_slot_back() throws Exception {
    WorkLimiter limiter = new WorkLimiter(new WorkSlots(storage, RunningApp.CLOCK, 1, Duration.ofMinutes(10)), 5);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<?> held = thread.submit(() -> limiter.run("10.0.0.1", () -> hold(running, finish)));
      running.await();
      assertEquals(429, assertThrows(TooBusy.class, () -> limiter.run("10.0.0.1", () -> "ran")).status());
      assertEquals("ran", limiter.run("10.0.0.9", () -> "ran"));
      finish.countDown();
      held.get();
    } finally {
      thread.shutdownNow();
    }
    assertThrows(IllegalStateException.class, () -> limiter.run("10.0.0.1", () -> {
      throw new IllegalStateException("the work failed");
    }));
    assertEquals("ran", limiter.run("10.0.0.1", () -> "ran"));
    assertEquals(0, Sql.count(storage, "work_slots"));
  }

  private static String hold(CountDownLatch running, CountDownLatch finish) throws InterruptedException {
    running.countDown();
    finish.await();
    return "held";
  }
}
