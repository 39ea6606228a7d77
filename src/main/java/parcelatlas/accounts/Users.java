package parcelatlas.accounts;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import parcelatlas.domain.PlainText;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/** The user table: add (with the rules for names, scopes and passwords), list, disable, and check a password. */
public final class Users {
  /** What a user name may be. */
  public static final String NAME_RULE = "a user name is 2–64 letters (a–z, A–Z), digits, '.', '_' or '-',"
      + " beginning and ending with a letter or digit";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9]");
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

  /** Adds a user; throws BadInput naming what is wrong (see {@link #add(String, String, Role, String, String, char[])}). */
  public User add(String username, Role role, String scopeTownship, String scopeParkCode, char[] password) {
    return add("cli", username, role, scopeTownship, scopeParkCode, password);
  }

  /**
   * Adds a user, recording {@code actor} in the audit log. Refused with a {@link BadInput}
   * that names the field: a user name not matching {@link #NAME_RULE} or taken (ignoring case); a
   * scope for a role other than official, or both scopes; a township no demolition zone or project
   * belongs to, or an unknown park code ({@link Scopes}); a password breaking {@link PasswordRules}.
   */
  public User add(String actor, String username, Role role, String scopeTownship, String scopeParkCode,
      char[] password) {
    PlainText.require("username", username, false);
    PlainText.require("scope_township", scopeTownship, false);
    PlainText.require("scope_park", scopeParkCode, false);
    if (!NAME.matcher(username).matches()) {
      throw new BadInput(ErrorCode.USERNAME_RULE, "username: " + NAME_RULE, "field", "username");
    }
    if ((scopeTownship != null || scopeParkCode != null) && role != Role.OFFICIAL) {
      throw new BadInput(ErrorCode.SCOPE_ONLY_OFFICIALS, "scope: only officials answer for a township or park; "
          + role.code() + "s are city-wide", "role", role.code());
    }
    if (scopeTownship != null && scopeParkCode != null) {
      throw new BadInput(ErrorCode.SCOPE_TOWNSHIP_OR_PARK, "scope: a township or a park, not both");
    }
    PasswordRules.check(username, password);
    String hash = hasher.hash(password);
    return storage.inTransaction(c -> {
      if (scopeTownship != null && !Scopes.isTownship(c, scopeTownship)) {
        throw new BadInput(ErrorCode.UNKNOWN_TOWNSHIP, "scope_township: no demolition zone or project belongs to a"
            + " township named '" + scopeTownship + "'", "field", "scope_township", "value", scopeTownship);
      }
      if (scopeParkCode != null && !Scopes.isPark(c, scopeParkCode)) {
        throw new BadInput(ErrorCode.UNKNOWN_PARK, "scope_park: no park has the code '" + scopeParkCode + "'",
            "field", "scope_park", "value", scopeParkCode);
      }
      if (taken(c, username)) {
        throw new BadInput(ErrorCode.USERNAME_TAKEN, "username: user '" + username + "' exists already",
            "username", username);
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

  private static boolean taken(Connection c, String username) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM users WHERE LOWER(username) = ?")) {
      s.setString(1, username.toLowerCase(Locale.ROOT));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
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

  /**
   * The enabled user with this name and password, if any. Takes as long whether or not the name
   * exists. A matching bcrypt hash (from before Argon2id) is replaced by an Argon2id hash of the
   * same password.
   */
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
    if (ok && hasher.isOutdated(hash.get())) {
      String upgraded = hasher.hash(password);
      storage.inTransaction(c -> {
        try (PreparedStatement s = c.prepareStatement(
            "UPDATE users SET password_hash = ? WHERE username = ? AND password_hash = ?")) {
          s.setString(1, upgraded);
          s.setString(2, username);
          s.setString(3, hash.get());
          return s.executeUpdate();
        }
      });
    }
    return ok ? storage.read(c -> find(c, username)) : Optional.empty();
  }

  static Optional<User> find(Connection c, String username) throws SQLException {
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
