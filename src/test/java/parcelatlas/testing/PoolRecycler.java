package parcelatlas.testing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import parcelatlas.storage.Storage;

/**
 * Recycles a storage's pooled connections on a schedule, as the pool's {@code maxLifetime} does
 * (HikariCP refuses a {@code maxLifetime} under 30 seconds, so tests cannot just set it low): every
 * period, {@link Storage#recycleConnections} closes the idle connections at once and the busy ones
 * when they are returned, and the pool opens new ones — new database sessions. The timer is its
 * own (nothing else runs on it) and runs at a fixed rate, so a late start is caught up; a recycle
 * that throws is kept in {@link #failures} and the schedule goes on.
 */
public final class PoolRecycler implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger rounds = new AtomicInteger();
  private final java.util.Queue<RuntimeException> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();

  private PoolRecycler(Storage storage, Duration period) {
    timer.scheduleAtFixedRate(() -> {
      try {
        storage.recycleConnections();
        rounds.incrementAndGet();
      } catch (RuntimeException e) { // thrown out of the task, it would end the schedule for good, unseen
        failures.add(e);
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts recycling {@code storage}'s connections every {@code period}. */
  public static PoolRecycler every(Storage storage, Duration period) {
    return new PoolRecycler(storage, period);
  }

  /** How many times the pool was recycled so far. */
  public int rounds() {
    return rounds.get();
  }

  /** The recycles that threw (the schedule goes on after them). */
  public java.util.List<RuntimeException> failures() {
    return java.util.List.copyOf(failures);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
