package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.figures.Disclosure.Contribution;

/**
 * Which of a scope's projects recorded a (plausible, above 0) monthly amount in a window, month by
 * month: what {@link Disclosure} counts.
 */
final class Contributors {
  /** Params: first month's day, last day, [scope]. */
  static final String TAX = "SELECT p.id, p.township, x.month_start FROM project_taxes x"
      + " JOIN projects p ON p.id = x.project_id WHERE x.month_start >= ? AND x.month_start <= ?"
      + " AND " + Plausible.sane("x.paid_wan", Plausible.MAX_MONTH_TAX_WAN) + " > 0";

  /** Params: first month's day, last day, [scope]. */
  static final String INVESTMENT = "SELECT p.id, p.township, i.month_start FROM project_investments i"
      + " JOIN projects p ON p.id = i.project_id WHERE i.month_start >= ? AND i.month_start <= ?"
      + " AND " + Plausible.sane("i.completed_wan", Plausible.MAX_MONTH_INVESTMENT_WAN) + " > 0";

  private Contributors() {}

  /** The contributions {@code sql} (one of the constants) finds in the scope from {@code from} to {@code to}. */
  static List<Contribution> of(Connection c, String sql, Scope scope, Date from, Date to) throws SQLException {
    List<Contribution> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql + FigureSql.projectScope(scope))) {
      s.setDate(1, from);
      s.setDate(2, to);
      if (scope.kind() != Scope.Kind.CITY) {
        s.setString(3, scope.name());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(new Contribution(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()));
        }
      }
    }
    return rows;
  }
}
