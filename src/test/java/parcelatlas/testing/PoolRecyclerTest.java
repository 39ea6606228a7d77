package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import parcelatlas.storage.Storage;

/**
 * The recycler's schedule survives a recycle that throws (a scheduled executor ends a fixed-rate
 * task for good, without a word, when one run throws: the rounds would stop where they were).
 */
class PoolRecyclerTest {
  @Test
  void a_recycle_that_throws_is_kept_and_the_recycling_goes_on() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    Storage storage = (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
        (proxy, method, args) -> {
          if (method.getName().equals("recycleConnections") && calls.incrementAndGet() == 1) {
            throw new IllegalStateException("the first recycle fails");
          }
          return null;
        });
    try (PoolRecycler recycler = PoolRecycler.every(storage, Duration.ofMillis(20))) {
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (recycler.rounds() < 3 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertTrue(recycler.rounds() >= 3, "rounds after a failed recycle: " + recycler.rounds());
      assertEquals(1, recycler.failures().size());
      assertEquals("the first recycle fails", recycler.failures().get(0).getMessage());
    }
  }
}
