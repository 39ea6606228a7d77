package parcelatlas.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import parcelatlas.storage.Storage;

/**
 * Slows down password guessing: after {@link #PER_USER} failed sign-ins for one user name, or
 * {@link #PER_CLIENT} from one client (higher: an office shares one address), within
 * {@link #WINDOW}, further attempts are refused until the window has passed. Counted in the
 * database, so it holds across app nodes.
 */
public final class LoginThrottle {
  public static final int PER_USER = 5;
  public static final int PER_CLIENT = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private final Storage storage;
  private final Clock clock;

  public LoginThrottle(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  public boolean allows(String username, String client) {
    Instant since = clock.instant().minus(WINDOW);
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT"
          + " SUM(CASE WHEN username = ? THEN 1 ELSE 0 END), SUM(CASE WHEN client_key = ? THEN 1 ELSE 0 END)"
          + " FROM login_failures WHERE failed_at > ?")) {
        s.setString(1, username);
        s.setString(2, Tokens.sha256(client));
        s.setTimestamp(3, Timestamp.from(since));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getLong(1) < PER_USER && rs.getLong(2) < PER_CLIENT;
        }
      }
    });
  }

  public void failed(String username, String client) {
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO login_failures (username, client_key, failed_at) VALUES (?, ?, ?)")) {
        s.setString(1, username);
        s.setString(2, Tokens.sha256(client));
        s.setTimestamp(3, Timestamp.from(clock.instant()));
        s.executeUpdate();
      }
      return null;
    });
  }
}
