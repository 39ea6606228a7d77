package parcelatlas.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import parcelatlas.storage.Storage;

/**
 * How many expensive requests one client may have in flight at once, across every app node: each
 * request holds one of the client's {@code perClient} numbered slots, a row in {@code work_slots}
 * keyed by (client, number). Taking a slot is one INSERT that the primary key makes atomic, so two
 * nodes can never both take the last one; no lock is held while the work runs. A slot is released
 * by the request (call {@link #release} in a finally block); one left behind by a node that died
 * is freed when it expires, {@code expiry} after it was taken, and expired slots are deleted by the
 * next acquisition on any node.
 */
public final class WorkSlots {
  /** SQLState of a unique-key violation, on H2 and PostgreSQL alike. */
  private static final String DUPLICATE_KEY = "23505";
  private final Storage storage;
  private final Clock clock;
  private final int perClient;
  private final Duration expiry;

  /** A slot held by one request: give it back with {@link #release}. */
  public record Slot(String clientKey, int number, String token) {}

  public WorkSlots(Storage storage, Clock clock, int perClient, Duration expiry) {
    if (perClient < 1) {
      throw new IllegalArgumentException("the per-client limit must be at least 1");
    }
    this.storage = storage;
    this.clock = clock;
    this.perClient = perClient;
    this.expiry = expiry;
  }

  public int perClient() {
    return perClient;
  }

  /** Takes a free slot of the client, or empty when all {@link #perClient} are held. */
  public Optional<Slot> acquire(String clientKey) {
    String token = UUID.randomUUID().toString();
    return storage.autocommit(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM work_slots WHERE expires_at < ?")) {
        s.setTimestamp(1, Timestamp.from(clock.instant()));
        s.executeUpdate();
      }
      for (int number = 0; number < perClient; number++) {
        if (insert(c, clientKey, number, token)) {
          return Optional.of(new Slot(clientKey, number, token));
        }
      }
      return Optional.<Slot>empty();
    });
  }

  /** Gives a slot back; a slot that already expired and was taken by another request is left alone. */
  public void release(Slot slot) {
    storage.autocommit(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "DELETE FROM work_slots WHERE client_key = ? AND slot = ? AND token = ?")) {
        s.setString(1, slot.clientKey());
        s.setInt(2, slot.number());
        s.setString(3, slot.token());
        return s.executeUpdate();
      }
    });
  }

  private boolean insert(Connection c, String clientKey, int number, String token) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO work_slots (client_key, slot, token, expires_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, clientKey);
      s.setInt(2, number);
      s.setString(3, token);
      s.setTimestamp(4, Timestamp.from(clock.instant().plus(expiry)));
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (DUPLICATE_KEY.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }
}
