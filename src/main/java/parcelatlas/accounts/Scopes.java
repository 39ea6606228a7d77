package parcelatlas.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import parcelatlas.storage.Storage;

/**
 * What an official's scope may name: a township (镇街) that some demolition zone or key project
 * in the database belongs to, or a park by its code. Names are matched exactly.
 */
public final class Scopes {
  private Scopes() {}

  /** The scope as a township or a park, for a name that may be either (the CLI's {@code --scope}). */
  public record Scope(String township, String parkCode) {}

  /** Resolves a name to the park with that code, else the township of that name, else nothing. */
  public static Optional<Scope> resolve(Storage storage, String name) {
    return storage.read(c -> isPark(c, name) ? Optional.of(new Scope(null, name))
        : isTownship(c, name) ? Optional.of(new Scope(name, null)) : Optional.<Scope>empty());
  }

  static boolean isTownship(Connection c, String name) throws SQLException {
    return exists(c, "SELECT 1 FROM demolition_zones WHERE township = ?"
        + " UNION ALL SELECT 1 FROM projects WHERE township = ?", name, name);
  }

  static boolean isPark(Connection c, String code) throws SQLException {
    return exists(c, "SELECT 1 FROM parks WHERE code = ?", code);
  }

  private static boolean exists(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      s.setMaxRows(1);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }
}
