package parcelatlas.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import parcelatlas.storage.Storage;

/**
 * How many expensive requests one client may have in flight at once, across every app node: each
 * request holds one of the client's {@code perClient} numbered slots, a row in {@code work_slots}
 * keyed by (client, number). Taking a slot is one INSERT … SELECT of a free number that the primary
 * key makes atomic, so two nodes can never both take the last one; no lock is held while the work
 * runs. Two requests that pick the same number do not raise an error on PostgreSQL (the loser
 * inserts nothing, counts the client's slots and tries again: {@link SlotSql}). A request costs two
 * statements in all: the take and the release ({@link #release}, called in a finally block); a
 * third, the count, only when a take inserted nothing. A slot left behind by a node that died is
 * freed when it expires, {@code expiry} after it was taken: expired slots are swept when a client
 * finds none free, and by each node about once a minute.
 *
 * <p>On PostgreSQL both statements commit asynchronously (they alone: the setting is local to
 * their own transaction), so a request does not wait twice for the WAL to reach the disk. What a
 * database crash can cost: the commits of the last moments (at most three {@code wal_writer_delay},
 * 0.6 s by default) may be lost. A lost take frees a slot whose request lost its connection in the
 * same crash; a lost release brings back a slot of a request that has ended, which holds one of
 * that client's slots until it expires. Neither lets more work through than the limit outside
 * the crash itself, nor touches any other data. On H2 commits are cheap as they are.
 */
public final class WorkSlots {
  /** SQLState of a unique-key violation, on H2 and PostgreSQL alike. */
  private static final String DUPLICATE_KEY = "23505";
  /** How often a node sweeps every client's expired slots. */
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
  private final Storage storage;
  private final Clock clock;
  private final int perClient;
  private final Duration expiry;
  private final SlotSql sql;
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

  /** A slot held by one request: give it back with {@link #release}. */
  public record Slot(String clientKey, String token) {}

  public WorkSlots(Storage storage, Clock clock, int perClient, Duration expiry) {
    this.sql = SlotSql.of(storage.dialect(), perClient); // refuses a limit out of its range
    this.storage = storage;
    this.clock = clock;
    this.perClient = perClient;
    this.expiry = expiry;
  }

  public int perClient() {
    return perClient;
  }

  /**
   * Takes a free slot of the client, or empty when all {@link #perClient} are held: one statement
   * (and its commit) when a slot is free; expired slots are swept, and the take tried once more,
   * only when none is.
   */
  public Optional<Slot> acquire(String clientKey) {
    String token = UUID.randomUUID().toString();
    return storage.autocommit(c -> {
      sweepNowAndThen(c);
      for (int attempt = 0; attempt <= perClient; attempt++) {
        switch (take(c, clientKey, token)) {
          case TAKEN:
            return Optional.of(new Slot(clientKey, token));
          case RACED:
            continue;
          default:
            if (sweep(c) == 0) {
              return Optional.<Slot>empty();
            }
        }
      }
      return Optional.<Slot>empty();
    });
  }

  /** Gives a slot back (one statement); a slot that expired and was swept meanwhile is left alone. */
  public void release(Slot slot) {
    storage.autocommit(c -> release(c, slot));
  }

  /** {@link #release} on this connection; how many rows it deleted (0 or 1). */
  int release(Connection c, Slot slot) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql.release())) {
      s.setString(1, slot.clientKey());
      s.setString(2, slot.token());
      return s.executeUpdate();
    }
  }

  enum Take { TAKEN, RACED, NONE_FREE }

  /** One try at taking a free slot of the client on this connection (its take, and the count when it inserted nothing). */
  Take take(Connection c, String clientKey, String token) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql.take())) {
      s.setString(1, clientKey);
      s.setString(2, token);
      s.setTimestamp(3, Timestamp.from(clock.instant().plus(expiry)));
      int p = 4;
      for (int n = 0; n < perClient; n++) {
        s.setInt(p++, n);
      }
      s.setString(p++, clientKey);
      s.setInt(p++, ThreadLocalRandom.current().nextInt(perClient));
      s.setInt(p, perClient);
      if (s.executeUpdate() == 1) {
        return Take.TAKEN;
      }
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        return Take.RACED;
      }
      throw e;
    }
    // nothing inserted: every number held when the statement looked, or (PostgreSQL's ON CONFLICT) a lost race
    try (PreparedStatement s = c.prepareStatement(sql.held())) {
      s.setString(1, clientKey);
      try (java.sql.ResultSet r = s.executeQuery()) {
        return r.next() && r.getInt(1) < perClient ? Take.RACED : Take.NONE_FREE;
      }
    }
  }

  /** Deletes every expired slot (of any client); how many it deleted. */
  private int sweep(Connection c) throws SQLException {
    lastSweep.set(System.nanoTime());
    try (PreparedStatement s = c.prepareStatement("DELETE FROM work_slots WHERE expires_at < ?")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      return s.executeUpdate();
    }
  }

  /**
   * Sweeps at most once a {@link #SWEEP_EVERY} per node, so the slots of clients that never come
   * back do not pile up. Only housekeeping: a client's own expired slots are swept when it needs them.
   */
  private void sweepNowAndThen(Connection c) throws SQLException {
    long last = lastSweep.get();
    if (System.nanoTime() - last > SWEEP_EVERY.toNanos() && lastSweep.compareAndSet(last, System.nanoTime())) {
      sweep(c);
    }
  }
}
