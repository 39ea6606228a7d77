package parcelatlas.accounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/** The user table: add, list, disable, and check a password. */
public final class Users {
  private static final String COLUMNS = "id, username, display_name, role, scope_township, scope_park_code, disabled";
  private final Storage storage;
  private final PasswordHasher hasher;
  /**
   * A hash of a random secret, checked when the user does not exist, so timing reveals nothing.
   * Made on the first such sign-in rather than at start-up (bcrypt is slow on purpose).
   */
  private volatile String dummyHash;

  public Users(Storage storage, PasswordHasher hasher) {
    this.storage = storage;
    this.hasher = hasher;
  }

  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = hasher.hash(java.util.UUID.randomUUID().toString().toCharArray());
      dummyHash = hash;
    }
    return hash;
  }

  /** Adds a user; throws IllegalArgumentException when the name is taken or malformed. */
  public User add(String username, Role role, String scopeTownship, String scopeParkCode, char[] password) {
    return add("cli", username, role, scopeTownship, scopeParkCode, password);
  }

  /** As {@link #add(String, Role, String, String, char[])}, recording {@code actor} in the audit log. */
  public User add(String actor, String username, Role role, String scopeTownship, String scopeParkCode,
      char[] password) {
    if (!username.matches("[A-Za-z0-9_.-]{2,64}")) {
      throw new IllegalArgumentException("a user name is 2–64 letters, digits, '.', '_' or '-'");
    }
    String hash = hasher.hash(password);
    return storage.inTransaction(c -> {
      if (find(c, username).isPresent()) {
        throw new IllegalArgumentException("user '" + username + "' exists already");
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO users (username, display_name, password_hash,"
          + " role, scope_township, scope_park_code) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setString(1, username);
        s.setString(2, username);
        s.setString(3, hash);
        s.setString(4, role.code());
        s.setString(5, scopeTownship);
        s.setString(6, scopeParkCode);
        s.executeUpdate();
      }
      User added = find(c, username).orElseThrow();
      AuditTrail.record(c, actor, "add", "user", username, null, added);
      return added;
    });
  }

  public List<User> list() {
    return storage.read(c -> {
      List<User> users = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY username");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          users.add(user(rs));
        }
      }
      return users;
    });
  }

  /** Disables a user and ends their sessions; false when there is no such user. */
  public boolean disable(String username) {
    return disable("cli", username);
  }

  /** As {@link #disable(String)}, recording {@code actor} in the audit log. */
  public boolean disable(String actor, String username) {
    return storage.inTransaction(c -> {
      Optional<User> before = find(c, username);
      if (before.isEmpty()) {
        return false;
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE users SET disabled = TRUE WHERE username = ?")) {
        s.setString(1, username);
        s.executeUpdate();
      }
      AuditTrail.record(c, actor, "disable", "user", username, before.get(), find(c, username).orElseThrow());
      try (PreparedStatement s = c.prepareStatement(
          "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)")) {
        s.setString(1, username);
        s.executeUpdate();
      }
      return true;
    });
  }

  /** The enabled user with this name and password, if any. Takes as long whether or not the name exists. */
  public Optional<User> authenticate(String username, char[] password) {
    Optional<String> hash = storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM users WHERE username = ? AND disabled = FALSE")) {
        s.setString(1, username);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
    boolean ok = hasher.matches(hash.isPresent() ? hash.get() : dummyHash(), password) && hash.isPresent();
    return ok ? storage.read(c -> find(c, username)) : Optional.empty();
  }


  static Optional<User> find(java.sql.Connection c, String username) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(user(rs)) : Optional.empty();
      }
    }
  }

  static User user(ResultSet rs) throws SQLException {
    return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
        Role.valueOf(rs.getString("role").toUpperCase(java.util.Locale.ROOT)), rs.getString("scope_township"),
        rs.getString("scope_park_code"), rs.getBoolean("disabled"));
  }
}
