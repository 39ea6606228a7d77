package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Storage;
import parcelatlas.testing.RunningApp;
import parcelatlas.testing.TestDatabases;

/**
 * Costly work never takes the connections cheap requests need: with every work place of the node
 * (the default {@code work.limit.per.node}) and every tile place held, each on its own connection,
 * the pool still answers at once. With the old pool of 8, the ninth holder and every other read
 * waited for the pool's 5 s timeout (a visitor's 503 during a flood of costly pages and tiles).
 */
@Tag("database")
class PoolBudgetTest {

  @Test
  void with_every_work_and_tile_place_held_the_pool_still_answers_other_requests_at_once() throws Exception {
    int held = Integer.parseInt(AtlasConfig.DEFAULTS.get("work.limit.per.node")) + OgcTilesLimit.DEFAULT_PER_NODE;
    ExecutorService holders = Executors.newFixedThreadPool(held);
    CountDownLatch holding = new CountDownLatch(held);
    CountDownLatch release = new CountDownLatch(1);
    try (Storage storage = TestDatabases.fresh()) {
      List<Future<Integer>> work = new ArrayList<>();
      for (int i = 0; i < held; i++) {
        work.add(holders.submit(() -> storage.read(c -> {
          holding.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return 1;
        })));
      }
      assertTrue(holding.await(10, TimeUnit.SECONDS), "every costly request got its connection");
      long start = System.nanoTime();
      int other = storage.read(c -> c.isValid(2) ? 1 : 0);
      long waitedMs = (System.nanoTime() - start) / 1_000_000;
      assertEquals(1, other);
      assertTrue(waitedMs < 4_000, "a cheap request waited " + waitedMs + " ms for a connection");
      release.countDown();
      for (Future<Integer> f : work) {
        assertEquals(1, f.get(10, TimeUnit.SECONDS));
      }
    } finally {
      release.countDown();
      holders.shutdownNow();
    }
  }

  @Test
  void a_work_limit_per_node_that_would_leave_too_few_connections_is_refused_at_start_naming_the_setting() {
    try (Storage storage = TestDatabases.fresh()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new RunningApp(storage, Map.of("ATLAS_WORK_LIMIT_PER_NODE", "6")));
      assertTrue(e.getMessage().startsWith("work.limit.per.node is 6, at most 5"), e.getMessage());
    }
  }
}
