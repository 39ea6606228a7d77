package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.figures.Disclosure.Cell;

/**
 * Which figures {@link Disclosure} withholds from a viewer, for every group of a kind at once: the
 * database counts, per group, township and month, the projects the viewer may not read that
 * recorded a (plausible, above 0) amount in the window; the rule is applied to those counts.
 */
final class Contributors {
  /** The fields of {@link Figures} summed from completed investment, then from tax paid. */
  static final List<String> INVESTMENT_FIELDS = List.of("completedInvestmentWan", "investmentRatePct", "investmentGapPts");
  static final List<String> TAX_FIELDS = List.of("taxPaidWan", "taxLandMu", "taxWanPerMu");

  private Contributors() {}

  /** Params: first month's day, last day, [readers' township], [name]. */
  private static String cells(String table, String amount, double max, Scope.Kind kind, boolean one, Readers readers) {
    return "SELECT q.g, q.township, q.month_start, COUNT(DISTINCT q.id) FROM (SELECT " + FigureSql.key(kind)
        + " AS g, p.township, p.id, a.month_start FROM " + table + " a JOIN projects p ON p.id = a.project_id"
        + " WHERE a.month_start >= ? AND a.month_start <= ? AND " + Plausible.sane("a." + amount, max) + " > 0"
        + (readers.township() == null ? "" : " AND (p.township IS NULL OR p.township <> ?)")
        + FigureSql.only(kind, one) + ") q GROUP BY q.g, q.township, q.month_start";
  }

  /**
   * Per group of {@code kind} (only {@code name} when not null), the figures {@code readers} may
   * not see in the window, each with the reason: the investment fields, the tax fields, both or
   * none. Groups with nothing withheld are absent.
   */
  static Map<String, Map<String, String>> withheld(Connection c, Scope.Kind kind, String name, Readers readers,
      Date from, Date to) throws SQLException {
    Map<String, Map<String, String>> withheld = new HashMap<>();
    if (readers.all()) {
      return withheld;
    }
    boolean city = kind == Scope.Kind.CITY;
    Map<String, List<Cell>> investment = read(c, cells("project_investments", "completed_wan",
        Plausible.MAX_MONTH_INVESTMENT_WAN, kind, name != null, readers), readers, name, from, to);
    Map<String, List<Cell>> tax = read(c, cells("project_taxes", "paid_wan", Plausible.MAX_MONTH_TAX_WAN, kind,
        name != null, readers), readers, name, from, to);
    investment.forEach((group, cells) -> {
      if (!Disclosure.shown(cells, city)) {
        INVESTMENT_FIELDS.forEach(f -> withheld.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(f, Disclosure.REASON));
      }
    });
    tax.forEach((group, cells) -> {
      if (!Disclosure.shown(cells, city)) {
        TAX_FIELDS.forEach(f -> withheld.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(f, Disclosure.REASON));
      }
    });
    return withheld;
  }

  private static Map<String, List<Cell>> read(Connection c, String sql, Readers readers, String name, Date from, Date to)
      throws SQLException {
    Map<String, List<Cell>> cells = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      s.setDate(i++, from);
      s.setDate(i++, to);
      if (readers.township() != null) {
        s.setString(i++, readers.township());
      }
      if (name != null) {
        s.setString(i, name);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          cells.computeIfAbsent(rs.getString(1), g -> new ArrayList<>())
              .add(new Cell(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4)));
        }
      }
    }
    return cells;
  }
}
