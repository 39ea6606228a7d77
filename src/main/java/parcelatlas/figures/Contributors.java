package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The fields of {@link Figures} summed from completed investment, then from tax paid. */
  static final List<String> INVESTMENT_FIELDS = List.of("completedInvestmentWan", "investmentRatePct", "investmentGapPts");
  static final List<String> TAX_FIELDS = List.of("taxPaidWan", "taxLandMu", "taxWanPerMu");

  private Contributors() {}

  /**
   * The scope's figures {@code readers} may not see in the window, each with the reason: the
   * investment fields, the tax fields, both or none, by {@link Disclosure}.
   */
  static Map<String, String> withheld(Connection c, Scope scope, Readers readers, Date from, Date to)
      throws SQLException {
    Map<String, String> withheld = new LinkedHashMap<>();
    if (readers.all()) {
      return withheld;
    }
    boolean city = scope.kind() == Scope.Kind.CITY;
    if (!Disclosure.shown(of(c, INVESTMENT, scope, from, to), readers, city)) {
      INVESTMENT_FIELDS.forEach(f -> withheld.put(f, Disclosure.REASON));
    }
    if (!Disclosure.shown(of(c, TAX, scope, from, to), readers, city)) {
      TAX_FIELDS.forEach(f -> withheld.put(f, Disclosure.REASON));
    }
    return withheld;
  }

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
