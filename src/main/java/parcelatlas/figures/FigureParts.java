package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import parcelatlas.domain.Area;

/**
 * The sums one scope's {@link Figures} are made of, read for every township, every park or the
 * city at once by the grouped statements of {@link FigureSql}: a handful of queries whatever the
 * number of scopes. A scope without rows has every sum 0.
 */
final class FigureParts {
  long dueToStart;
  long started;
  long dueInProduction;
  long inProduction;
  double planned;
  double completed;
  double taxPaid;
  double taxLandM2;
  double occupyingInvestment;
  double occupiedM2;
  int zones;
  int targetHouseholds;
  int signed;
  int demolished;
  int overdue;
  double targetArea;
  double cleared;
  double penalty;

  /** The parts of every group of {@code kind} on the day, or of the one named {@code name} (null: every one). */
  static Map<String, FigureParts> read(Connection c, Scope.Kind kind, String name, LocalDate day,
      List<ZoneState> zones) throws SQLException {
    Map<String, FigureParts> parts = new HashMap<>();
    boolean one = name != null;
    Date d = Date.valueOf(day);
    Date yearStart = Date.valueOf(day.withDayOfYear(1));
    try (PreparedStatement s = bind(c, FigureSql.projects(kind, one), name, d, d, d, d, d);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        FigureParts p = of(parts, rs.getString(1));
        p.dueToStart = rs.getLong(2);
        p.started = rs.getLong(3);
        p.dueInProduction = rs.getLong(4);
        p.inProduction = rs.getLong(5);
        p.planned = rs.getDouble(6);
      }
    }
    sums(c, FigureSql.completed(kind, one), name, parts, (p, v) -> p.completed = v, yearStart, d);
    sums(c, FigureSql.taxPaid(kind, one), name, parts, (p, v) -> p.taxPaid = v, yearStart, d);
    sums(c, FigureSql.taxLand(kind, one), name, parts, (p, v) -> p.taxLandM2 = v, d, yearStart, d);
    sums(c, FigureSql.occupyingInvestment(kind, one), name, parts, (p, v) -> p.occupyingInvestment = v);
    sums(c, FigureSql.occupiedLand(kind, one), name, parts, (p, v) -> p.occupiedM2 = v);
    for (ZoneState zone : zones) {
      String group = switch (kind) {
        case CITY -> "city";
        case TOWNSHIP -> zone.township();
        case PARK -> null;
      };
      if (group != null) {
        of(parts, group).add(zone);
      }
    }
    return parts;
  }

  private void add(ZoneState zone) {
    zones++;
    targetHouseholds += zone.targetHouseholds() == null ? 0 : zone.targetHouseholds();
    signed += zone.signedHouseholds();
    demolished += zone.demolishedHouseholds();
    targetArea += zone.targetFloorAreaM2() == null ? 0 : zone.targetFloorAreaM2();
    cleared += zone.clearedAreaM2();
    overdue += zone.overdue() ? 1 : 0;
    penalty += zone.penaltyWan();
  }

  /** The figures of {@code scope} on the day, with the fields in {@code suppressed} withheld. */
  Figures figures(Scope scope, LocalDate day, Map<String, String> suppressed) {
    double elapsed = round(100.0 * day.getDayOfYear() / day.lengthOfYear());
    double occupiedMu = Area.mu(occupiedM2);
    Double intensity = occupiedMu > 0 ? round(occupyingInvestment / occupiedMu) : null;
    double taxMu = Area.mu(taxLandM2);
    Double investRate = percent(completed, planned);
    boolean investShown = !suppressed.containsKey("completedInvestmentWan");
    boolean taxShown = !suppressed.containsKey("taxPaidWan");
    return new Figures(scope.toString(), day, elapsed, (int) dueToStart, (int) started,
        percent(started, dueToStart), round(planned), investShown ? round(completed) : null,
        investShown ? investRate : null, investShown && investRate != null ? round(investRate - elapsed) : null,
        (int) dueInProduction, (int) inProduction, percent(inProduction, dueInProduction), intensity,
        taxShown ? round(taxPaid) : null, taxShown ? round(taxMu) : null,
        taxShown && taxMu > 0 ? round(taxPaid / taxMu) : null,
        zones, targetHouseholds, signed, demolished, round(targetArea),
        round(cleared), percent(signed, targetHouseholds), percent(demolished, targetHouseholds),
        percent(cleared, targetArea), overdue, round(penalty), suppressed);
  }

  private static FigureParts of(Map<String, FigureParts> parts, String group) {
    return parts.computeIfAbsent(group, g -> new FigureParts());
  }

  /** Runs a statement answering (group, sum) rows, binding {@code leading} then the name, and stores each sum. */
  private static void sums(Connection c, String sql, String name, Map<String, FigureParts> parts,
      BiConsumer<FigureParts, Double> store, Object... leading) throws SQLException {
    try (PreparedStatement s = bind(c, sql, name, leading); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        store.accept(of(parts, rs.getString(1)), rs.getDouble(2));
      }
    }
  }

  private static PreparedStatement bind(Connection c, String sql, String name, Object... leading) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    int i = 1;
    for (Object value : leading) {
      s.setObject(i++, value);
    }
    if (name != null) {
      s.setString(i, name);
    }
    return s;
  }

  /** Null when there is nothing to divide by or the quotient is not a finite number. */
  static Double percent(double part, double whole) {
    double pct = 100.0 * part / whole;
    return whole > 0 && Double.isFinite(pct) ? round(pct) : null;
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
