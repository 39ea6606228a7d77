package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import parcelatlas.figures.Disclosure.Contribution;
import parcelatlas.domain.Area;
import parcelatlas.storage.Storage;

/**
 * ORACLE for {@link FiguresSetBasedTest}: the figures computed one scope at a time as they were
 * before the set-based rewrite (FigureService, Contributors and Disclosure, kept verbatim).
 * Computes {@link Figures} for a scope on a day.
 * <ul>
 *   <li>开工率 = projects due to start by the day (planned start ≤ day) that have started (stage 开工
 *       or later) ÷ projects due to start.
 *   <li>投资完成率 = investment completed in the day's year up to the day's month ÷ this year's
 *       planned investment; 时间进度 = day of year ÷ days in the year; the gap in points.
 *   <li>竣工投产率 = projects due in production by the day that are in production ÷ those due.
 *   <li>亩均投资强度 = total investment of projects occupying parcels ÷ those parcels' area in 亩.
 *   <li>Demolition: sums over the scope's zones of each zone's latest report on or before the day,
 *       against the targets; a zone is overdue when its deadline has passed and households or
 *       floor area remain; its penalty is the monthly penalty × months of delay, any part of a
 *       month counting as a month.
 * </ul>
 * A project's stage on a day comes from its stage history ({@code project_stage_changes}): the
 * latest change on or before the day; 谋划 when all its changes are later; its current stage when
 * it has none (imported and never changed: the file gives no dates). So 开工率 and 竣工投产率 are
 * those of the day, as are the demolition, investment and tax figures.
 * <ul>
 *   <li>亩均税收 (year to date) = tax paid by the scope's projects in the months from January of
 *       the day's year up to the day's month ÷ the 亩 of the parcels occupied by those of the
 *       scope's projects that were in production on the day or paid tax in those months.
 * </ul>
 */
final class RowByRowFigures {
  private final Storage storage;

  RowByRowFigures(Storage storage) {
    this.storage = storage;
  }

  /** The scope's figures on the day as those who may read every project see them. */
  public Figures figures(Scope scope, LocalDate day) {
    return figures(scope, day, Readers.EVERY_PROJECT);
  }

  /**
   * The scope's figures on the day as {@code readers} may see them: tax and investment completion
   * withheld by the small-cell rule of {@link Disclosure}.
   */
  public Figures figures(Scope scope, LocalDate day, Readers readers) {
    return storage.read(c -> {
      Date d = Date.valueOf(day);
      double elapsed = round(100.0 * day.getDayOfYear() / day.lengthOfYear());
      long[] projects = new long[4];
      double planned;
      try (PreparedStatement s = prepare(c, RowByRowSql.PROJECTS, RowByRowSql.projectScope(scope), scope, d, d, d, d, d);
          ResultSet rs = s.executeQuery()) {
        rs.next();
        for (int i = 0; i < 4; i++) {
          projects[i] = rs.getLong(i + 1);
        }
        planned = rs.getDouble(5);
      }
      double completed = number(c, RowByRowSql.COMPLETED, RowByRowSql.projectScope(scope), scope,
          Date.valueOf(day.withDayOfYear(1)), d);
      Double intensity = intensity(c, scope);
      Date yearStart = Date.valueOf(day.withDayOfYear(1));
      double tax = number(c, RowByRowSql.TAX_PAID, RowByRowSql.projectScope(scope), scope, yearStart, d);
      Object[] landParams = scope.kind() == Scope.Kind.CITY ? new Object[] {d, yearStart, d}
          : new Object[] {d, yearStart, d, scope.name()};
      double taxMu = Area.mu(number(c, String.format(RowByRowSql.TAX_LAND, RowByRowSql.projectScope(scope)), "", scope,
          landParams));
      Double investRate = percent(completed, planned);
      Zones z = zones(c, scope, day);
      Map<String, String> suppressed = withheld(c, scope, readers, yearStart, d);
      boolean investShown = !suppressed.containsKey("completedInvestmentWan");
      boolean taxShown = !suppressed.containsKey("taxPaidWan");
      return new Figures(scope.toString(), day, elapsed, (int) projects[0], (int) projects[1],
          percent(projects[1], projects[0]), round(planned), investShown ? round(completed) : null,
          investShown ? investRate : null, investShown && investRate != null ? round(investRate - elapsed) : null,
          (int) projects[2], (int) projects[3], percent(projects[3], projects[2]), intensity,
          taxShown ? round(tax) : null, taxShown ? round(taxMu) : null,
          taxShown && taxMu > 0 ? round(tax / taxMu) : null,
          z.count, z.target, z.signed, z.demolished, round(z.targetArea),
          round(z.cleared), percent(z.signed, z.target), percent(z.demolished, z.target), percent(z.cleared, z.targetArea),
          z.overdue, round(z.penalty), suppressed);
    });
  }

  private Double intensity(Connection c, Scope scope) throws SQLException {
    String scoped = RowByRowSql.projectScope(scope);
    String sql = String.format(RowByRowSql.INTENSITY, scoped, scoped);
    Object[] params = scope.kind() == Scope.Kind.CITY ? new Object[0] : new Object[] {scope.name(), scope.name()};
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        double mu = Area.mu(rs.getDouble(2));
        return mu > 0 ? round(rs.getDouble(1) / mu) : null;
      }
    }
  }

  /** Running totals over a scope's zones. */
  private static final class Zones {
    int count;
    int target;
    int signed;
    int demolished;
    int overdue;
    double targetArea;
    double cleared;
    double penalty;
  }

  private Zones zones(Connection c, Scope scope, LocalDate day) throws SQLException {
    Zones z = new Zones();
    for (ZoneState zone : zoneStates(c, scope, day)) {
      z.count++;
      z.target += zone.targetHouseholds() == null ? 0 : zone.targetHouseholds();
      z.signed += zone.signedHouseholds();
      z.demolished += zone.demolishedHouseholds();
      z.targetArea += zone.targetFloorAreaM2() == null ? 0 : zone.targetFloorAreaM2();
      z.cleared += zone.clearedAreaM2();
      z.overdue += zone.overdue() ? 1 : 0;
      z.penalty += zone.penaltyWan();
    }
    return z;
  }

  private List<ZoneState> zoneStates(Connection c, Scope scope, LocalDate day) throws SQLException {
    List<ZoneState> zones = new ArrayList<>();
    try (PreparedStatement s = prepare(c, RowByRowSql.ZONES, RowByRowSql.zoneScope(scope) + RowByRowSql.ZONE_ORDER, scope,
        Date.valueOf(day)); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Integer target = rs.getObject("target_households", Integer.class);
        Double targetArea = rs.getObject("target_floor_area_m2", Double.class);
        int signed = rs.getInt("signed_households");
        int demolished = rs.getInt("demolished_households");
        double cleared = rs.getDouble("cleared_area_m2");
        Date deadline = rs.getDate("deadline");
        Date reported = rs.getDate("report_date");
        boolean overdue = deadline != null && deadline.toLocalDate().isBefore(day)
            && (demolished < (target == null ? 0 : target) || cleared < (targetArea == null ? 0 : targetArea));
        double penalty = overdue ? rs.getDouble("penalty_wan_per_month") * monthsLate(deadline.toLocalDate(), day) : 0;
        zones.add(new ZoneState(rs.getString("code"), rs.getString("township"), target, targetArea,
            deadline == null ? null : deadline.toLocalDate(), reported == null ? null : reported.toLocalDate(),
            signed, demolished, cleared, percent(signed, target == null ? 0 : target),
            percent(demolished, target == null ? 0 : target), percent(cleared, targetArea == null ? 0 : targetArea),
            overdue, penalty));
      }
    }
    return zones;
  }

  /** Whole months from the deadline to the day, a started month counting as one. */
  static long monthsLate(LocalDate deadline, LocalDate day) {
    Period late = Period.between(deadline, day);
    return late.toTotalMonths() + (late.getDays() > 0 ? 1 : 0);
  }

  /** {@code base + scopeClause}, binding the leading values, then the scope's name where the clause asks for it. */
  private static PreparedStatement prepare(Connection c, String base, String scopeClause, Scope scope,
      Object... leading) throws SQLException {
    PreparedStatement s = c.prepareStatement(base + scopeClause);
    int i = 1;
    for (Object value : leading) {
      s.setObject(i++, value);
    }
    if (scopeClause.contains("?")) {
      s.setString(i, scope.name());
    }
    return s;
  }

  private static double number(Connection c, String base, String scopeClause, Scope scope, Object... leading)
      throws SQLException {
    try (PreparedStatement s = prepare(c, base, scopeClause, scope, leading); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  /** Null when there is nothing to divide by or the quotient is not a finite number. */
  static Double percent(double part, double whole) {
    double pct = 100.0 * part / whole;
    return whole > 0 && Double.isFinite(pct) ? round(pct) : null;
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  // ---- Contributors and Disclosure as they were ----

  /** Params: first month's day, last day, [scope]. */
  static final String TAX = "SELECT p.id, p.township, x.month_start FROM project_taxes x"
      + " JOIN projects p ON p.id = x.project_id WHERE x.month_start >= ? AND x.month_start <= ?"
      + " AND " + Plausible.sane("x.paid_wan", Plausible.MAX_MONTH_TAX_WAN) + " > 0";

  /** Params: first month's day, last day, [scope]. */
  static final String INVESTMENT = "SELECT p.id, p.township, i.month_start FROM project_investments i"
      + " JOIN projects p ON p.id = i.project_id WHERE i.month_start >= ? AND i.month_start <= ?"
      + " AND " + Plausible.sane("i.completed_wan", Plausible.MAX_MONTH_INVESTMENT_WAN) + " > 0";


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
    if (!shown(of(c, INVESTMENT, scope, from, to), readers, city)) {
      Contributors.INVESTMENT_FIELDS.forEach(f -> withheld.put(f, Disclosure.REASON));
    }
    if (!shown(of(c, TAX, scope, from, to), readers, city)) {
      Contributors.TAX_FIELDS.forEach(f -> withheld.put(f, Disclosure.REASON));
    }
    return withheld;
  }

  /** The contributions {@code sql} (one of the constants) finds in the scope from {@code from} to {@code to}. */
  static List<Contribution> of(Connection c, String sql, Scope scope, Date from, Date to) throws SQLException {
    List<Contribution> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql + RowByRowSql.projectScope(scope))) {
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

  /** True when the figure summed from {@code contributions} of a scope may be shown to {@code readers}. */
  static boolean shown(List<Disclosure.Contribution> contributions, Readers readers, boolean city) {
    List<Disclosure.Contribution> unreadable = contributions.stream().filter(c -> !readers.mayRead(c.township())).toList();
    if (!safe(unreadable)) {
      return false;
    }
    if (!city) {
      return true;
    }
    Map<String, List<Disclosure.Contribution>> byTownship = new HashMap<>();
    List<Disclosure.Contribution> hidden = new ArrayList<>();
    for (Disclosure.Contribution c : unreadable) {
      if (c.township() == null) {
        hidden.add(c);
      } else {
        byTownship.computeIfAbsent(c.township(), t -> new ArrayList<>()).add(c);
      }
    }
    byTownship.values().stream().filter(rows -> !safe(rows)).forEach(hidden::addAll);
    return safe(hidden);
  }

  /** True when every month has no contributors or at least {@link #MIN_PROJECTS}. */
  private static boolean safe(List<Disclosure.Contribution> rows) {
    Map<LocalDate, Set<Long>> projects = new HashMap<>();
    for (Disclosure.Contribution c : rows) {
      projects.computeIfAbsent(c.month(), m -> new HashSet<>()).add(c.projectId());
    }
    return projects.values().stream().allMatch(p -> p.size() >= Disclosure.MIN_PROJECTS);
  }
}
