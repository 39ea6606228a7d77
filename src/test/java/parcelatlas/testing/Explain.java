package parcelatlas.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The plan a database chose for a statement with its values bound: EXPLAIN's lines, one text. */
public final class Explain {
  private Explain() {}

  public static String plan(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("EXPLAIN " + sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      StringBuilder text = new StringBuilder();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          text.append(r.getString(1)).append('\n');
        }
      }
      return text.toString();
    }
  }
}
