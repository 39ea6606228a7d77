package parcelatlas.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * What an admin changes on an existing account besides disabling it ({@link Users#disable}):
 * enabling it again, and setting a new password. Each change is one transaction with its audit
 * row. A new password ends every session of the user, so whoever signed in with the old one
 * cannot go on; enabling opens none (disabling already ended them). The audit row of a password
 * change says that it changed and how many sessions ended, never the password or its hash.
 */
public final class UserChanges {
  private final Storage storage;
  private final PasswordHasher hasher;

  public UserChanges(Storage storage, PasswordHasher hasher) {
    this.storage = storage;
    this.hasher = hasher;
  }

  /** Enables the user, recording {@code actor}; false when there is no such user. Enabling an enabled user changes nothing. */
  public boolean enable(String actor, String username) {
    return storage.inTransaction(c -> {
      Optional<User> before = Users.find(c, username);
      if (before.isEmpty()) {
        return false;
      }
      if (before.get().disabled()) {
        try (PreparedStatement s = c.prepareStatement("UPDATE users SET disabled = FALSE WHERE username = ?")) {
          s.setString(1, username);
          s.executeUpdate();
        }
        AuditTrail.record(c, actor, "enable", "user", username, before.get(), Users.find(c, username).orElseThrow());
      }
      return true;
    });
  }

  /**
   * Sets the user's password, recording {@code actor}, and ends all their sessions. The password
   * must keep {@link PasswordRules} for this user name (a {@link parcelatlas.domain.BadInput}
   * naming the rule otherwise, and nothing changes). Empty when there is no such user; else the
   * number of sessions ended.
   */
  public Optional<Integer> setPassword(String actor, String username, char[] password) {
    PasswordRules.check(username, password);
    String hash = hasher.hash(password);
    return storage.inTransaction(c -> {
      if (Users.find(c, username).isEmpty()) {
        return Optional.<Integer>empty();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE users SET password_hash = ? WHERE username = ?")) {
        s.setString(1, hash);
        s.setString(2, username);
        s.executeUpdate();
      }
      int ended = endSessions(c, username);
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("password", "changed");
      change.put("sessionsEnded", ended);
      AuditTrail.record(c, actor, "reset_password", "user", username, null, change);
      return Optional.of(ended);
    });
  }

  private static int endSessions(Connection c, String username) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)")) {
      s.setString(1, username);
      return s.executeUpdate();
    }
  }
}
