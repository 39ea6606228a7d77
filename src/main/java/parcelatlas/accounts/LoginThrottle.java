package parcelatlas.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import parcelatlas.storage.Storage;
import parcelatlas.storage.StorageException;

/**
 * Slows down password guessing: at most {@link #PER_USER} password checks for one user name, and
 * {@link #PER_CLIENT} from one client (higher: an office shares one address), within
 * {@link #WINDOW}; further attempts are refused without checking the password until the window
 * has passed.
 *
 * <p>An attempt is counted <em>before</em> its password is checked ({@link #admit}), in one
 * database transaction that first locks a gate row for the user name and one for the client (rows
 * of {@code login_gates}, chosen by hash, locked in ascending order so two sign-ins never wait on
 * each other in a cycle), then counts and records. Concurrent sign-ins for one name, on any number
 * of app nodes, are therefore counted one after the other, and a burst of guesses gets at most
 * {@link #PER_USER} password checks. A successful sign-in takes its own attempt back
 * ({@link #succeeded}), so the right person signing in often is never locked out, while failed
 * attempts before it still count: a right password does not wipe a guesser's record.
 *
 * <p>If the gate cannot be locked (the database's lock wait runs out after retries), the attempt
 * is refused: the throttle fails closed.
 */
public final class LoginThrottle {
  public static final int PER_USER = 5;
  public static final int PER_CLIENT = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  /** Rows of {@code login_gates} (see migration V1_12). */
  static final int GATES = 1000;
  private static final int TRIES = 3;
  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private final Storage storage;
  private final Clock clock;

  public LoginThrottle(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** A counted sign-in attempt, to be taken back by {@link #succeeded} when its password was right. */
  public record Attempt(long id) {}

  /**
   * Counts a sign-in attempt for {@code username} from {@code client}, unless the limits are
   * reached: then nothing is recorded and the password must not be checked.
   */
  public Optional<Attempt> admit(String username, String client) {
    String name = nameKey(username);
    String clientKey = Tokens.sha256(client);
    for (int tried = 1; ; tried++) {
      try {
        return storage.inTransaction(c -> admit(c, name, clientKey));
      } catch (StorageException e) {
        if (tried >= TRIES) {
          LOG.warn("sign-in refused: the throttle could not count the attempt ({})", e.getMessage());
          return Optional.empty();
        }
      }
    }
  }

  private Optional<Attempt> admit(Connection c, String name, String clientKey) throws SQLException {
    int userGate = gate("user:" + name);
    int clientGate = gate("client:" + clientKey);
    lock(c, Math.min(userGate, clientGate));
    if (userGate != clientGate) {
      lock(c, Math.max(userGate, clientGate));
    }
    Instant now = clock.instant();
    try (PreparedStatement s = c.prepareStatement("SELECT"
        + " SUM(CASE WHEN username = ? THEN 1 ELSE 0 END), SUM(CASE WHEN client_key = ? THEN 1 ELSE 0 END)"
        + " FROM login_attempts WHERE attempted_at > ? AND (username = ? OR client_key = ?)")) {
      s.setString(1, name);
      s.setString(2, clientKey);
      s.setTimestamp(3, Timestamp.from(now.minus(WINDOW)));
      s.setString(4, name);
      s.setString(5, clientKey);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getLong(1) >= PER_USER || rs.getLong(2) >= PER_CLIENT) {
          return Optional.empty();
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO login_attempts (username, client_key, attempted_at)"
        + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, name);
      s.setString(2, clientKey);
      s.setTimestamp(3, Timestamp.from(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return Optional.of(new Attempt(keys.getLong(1)));
      }
    }
  }

  /**
   * The attempt's password was right: it no longer counts against the name or the client. Also
   * deletes attempts older than the window (best effort: a failure there is left for next time).
   */
  public void succeeded(Attempt attempt) {
    storage.inTransaction(c -> delete(c, "id = ?", attempt.id()));
    try {
      storage.inTransaction(c -> delete(c, "attempted_at < ?", Timestamp.from(clock.instant().minus(WINDOW))));
    } catch (StorageException e) {
      // another node purging the same rows at the same moment; they go next time
    }
  }

  private static Void delete(Connection c, String where, Object value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM login_attempts WHERE " + where)) {
      s.setObject(1, value);
      s.executeUpdate();
    }
    return null;
  }

  private static void lock(Connection c, int gate) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT bucket FROM login_gates WHERE bucket = ? FOR UPDATE")) {
      s.setInt(1, gate);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("login gate " + gate + " is missing; migration V1_12 was not applied");
        }
      }
    }
  }

  private static int gate(String key) {
    return Math.floorMod(key.hashCode(), GATES);
  }

  /** The name as counted: itself, or its SHA-256 when longer than the column (no such user exists). */
  private static String nameKey(String username) {
    return username.length() <= 64 ? username : Tokens.sha256(username);
  }
}
