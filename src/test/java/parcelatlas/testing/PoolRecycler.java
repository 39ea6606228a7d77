package parcelatlas.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import parcelatlas.storage.Storage;

/**
 * Recycles a storage's pooled connections on a schedule, as the pool's {@code maxLifetime} does
 * (HikariCP refuses a {@code maxLifetime} under 30 seconds, so tests cannot just set it low): every
 * period, HikariCP's soft eviction closes the idle connections at once and the busy ones when
 * they are returned, and the pool opens new ones — new database sessions.
 */
public final class PoolRecycler implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger rounds = new AtomicInteger();

  private PoolRecycler(HikariDataSource pool, Duration period) {
    timer.scheduleAtFixedRate(() -> {
      pool.getHikariPoolMXBean().softEvictConnections();
      rounds.incrementAndGet();
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts recycling {@code storage}'s connections every {@code period}. */
  public static PoolRecycler every(Storage storage, Duration period) {
    return new PoolRecycler(pool(storage), period);
  }

  /** How many times the pool was recycled so far. */
  public int rounds() {
    return rounds.get();
  }

  /** The storage's HikariCP pool (the {@code pool} field of {@code storage.PooledStorage}). */
  static HikariDataSource pool(Storage storage) {
    try {
      java.lang.reflect.Field field = storage.getClass().getDeclaredField("pool");
      field.setAccessible(true);
      return (HikariDataSource) field.get(storage);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no HikariCP pool in " + storage.getClass(), e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
