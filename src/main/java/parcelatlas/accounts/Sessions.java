package parcelatlas.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import parcelatlas.storage.Storage;

/**
 * Sessions in the database: any app node can resolve any session, and a restart signs nobody
 * out. The cookie carries a random token; the table holds only its SHA-256.
 */
public final class Sessions {
  public static final Duration LIFETIME = Duration.ofHours(12);
  private final Storage storage;
  private final Clock clock;

  public Sessions(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** A new session for the user; returns the token for the cookie. */
  public String open(User user) {
    String token = Tokens.random();
    Instant now = clock.instant();
    storage.inTransaction(c -> {
      try (PreparedStatement purge = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
        purge.setTimestamp(1, Timestamp.from(now));
        purge.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (token_hash, user_id, csrf_token,"
          + " created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, Tokens.sha256(token));
        s.setLong(2, user.id());
        s.setString(3, Tokens.random());
        s.setTimestamp(4, Timestamp.from(now));
        s.setTimestamp(5, Timestamp.from(now.plus(LIFETIME)));
        s.executeUpdate();
      }
      return null;
    });
    return token;
  }

  /** The viewer behind a cookie token: its enabled user and CSRF token, while the session lasts. */
  public Optional<Viewer> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT u.id, u.username, u.display_name, u.role,"
          + " u.scope_township, u.scope_park_code, u.disabled, s.csrf_token FROM sessions s"
          + " JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = FALSE")) {
        s.setString(1, Tokens.sha256(token));
        s.setTimestamp(2, Timestamp.from(clock.instant()));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(new Viewer(Users.user(rs), rs.getString("csrf_token")))
              : Optional.<Viewer>empty();
        }
      }
    });
  }

  public void close(String token) {
    if (token == null) {
      return;
    }
    storage.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
        s.setString(1, Tokens.sha256(token));
        s.executeUpdate();
      }
      return null;
    });
  }
}
