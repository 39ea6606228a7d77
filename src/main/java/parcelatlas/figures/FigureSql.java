package parcelatlas.figures;

/**
 * The portable SQL behind the figures, set-based: each statement computes one part of the figures
 * for every township, every park or the whole city at once, grouped by {@code g} (the township,
 * the park's code, or {@code 'city'}). Statements that aggregate read from a derived table
 * {@code q} so that the city's constant key is grouped as a column (PostgreSQL refuses to group by
 * a literal), and derived tables are only ever read first, never joined per row (H2 evaluates a
 * derived table on the right of a join once per row on its left). Scope conditions are chosen from
 * constants; names and days are always bound. Stored amounts outside {@link Plausible}'s ranges
 * (infinite, negative, absurd) count as 0.
 */
final class FigureSql {
  private FigureSql() {}

  /** The group key of a project {@code p}. */
  static String key(Scope.Kind kind) {
    return switch (kind) {
      case CITY -> "'city'";
      case TOWNSHIP -> "p.township";
      case PARK -> "p.park_code";
    };
  }

  /** Restricts projects {@code p} to one township or park (bound: its name), or nothing for the city or every group. */
  static String only(Scope.Kind kind, boolean one) {
    return !one || kind == Scope.Kind.CITY ? "" : " AND " + key(kind) + " = ?";
  }

  /**
   * Param: day. A project {@code p}'s stage on the day: its latest change on or before it (ties by
   * the newest row; a change without a date counts on every day, before any dated one); 谋划
   * (planned) when all its changes came later; its current stage when it has no history (imported,
   * never changed). An index lookup per project on {@code project_stage_changes (project_id, …)}.
   */
  static final String STAGE_ON_DAY = "COALESCE((SELECT c.stage FROM project_stage_changes c WHERE c.project_id = p.id"
      + " AND (c.effective_date IS NULL OR c.effective_date <= ?)"
      + " ORDER BY COALESCE(c.effective_date, DATE '1900-01-01') DESC, c.id DESC FETCH FIRST 1 ROW ONLY),"
      + " CASE WHEN EXISTS (SELECT 1 FROM project_stage_changes h WHERE h.project_id = p.id) THEN 'planned'"
      + " ELSE p.stage END)";

  /** Params: day, [code]. Every project's code and its stage on the day; add {@link #STAGE_ONE} or {@link #STAGE_ORDER}. */
  static final String STAGES_ON_DAY = "SELECT p.code, " + STAGE_ON_DAY + " AS stage FROM projects p";

  /** Param: the project's code. */
  static final String STAGE_ONE = " WHERE p.code = ?";

  static final String STAGE_ORDER = " ORDER BY p.code";

  /**
   * {@code " AND column IN (?, …)"} with {@code n} placeholders (n bounded by the caller: a map view's
   * page of codes), or nothing when n is 0.
   */
  static String codeIn(String column, int n) {
    return n == 0 ? "" : " AND " + column + " IN (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
  }

  /** Params: day four times, day, [name]. Per group: due to start, started, due in production, in production, planned. */
  static String projects(Scope.Kind kind, boolean one) {
    return "SELECT q.g,"
        + " SUM(CASE WHEN q.planned_start_date <= ? THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN q.planned_start_date <= ? AND q.stage IN ('started', 'completed', 'in_production')"
        + " THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN q.planned_production_date <= ? THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN q.planned_production_date <= ? AND q.stage = 'in_production' THEN 1 ELSE 0 END),"
        + " SUM(q.planned)"
        + " FROM (SELECT " + key(kind) + " AS g, p.planned_start_date, p.planned_production_date, "
        + Plausible.sane("p.planned_investment_year_wan", Plausible.MAX_PROJECT_INVESTMENT_WAN) + " AS planned, "
        + STAGE_ON_DAY + " AS stage FROM projects p WHERE 1 = 1" + only(kind, one) + ") q GROUP BY q.g";
  }

  /** Params: first day of the year, day, [name]. Per group: tax paid in the months of the year up to the day's. */
  static String taxPaid(Scope.Kind kind, boolean one) {
    return "SELECT q.g, SUM(q.v) FROM (SELECT " + key(kind) + " AS g, "
        + Plausible.sane("x.paid_wan", Plausible.MAX_MONTH_TAX_WAN) + " AS v FROM project_taxes x"
        + " JOIN projects p ON p.id = x.project_id WHERE x.month_start >= ? AND x.month_start <= ?"
        + only(kind, one) + ") q GROUP BY q.g";
  }

  /** Params: first day of the year, day, [name]. Per group: investment completed in the months of the year up to the day's. */
  static String completed(Scope.Kind kind, boolean one) {
    return "SELECT q.g, SUM(q.v) FROM (SELECT " + key(kind) + " AS g, "
        + Plausible.sane("i.completed_wan", Plausible.MAX_MONTH_INVESTMENT_WAN) + " AS v FROM project_investments i"
        + " JOIN projects p ON p.id = i.project_id WHERE i.month_start >= ? AND i.month_start <= ?"
        + only(kind, one) + ") q GROUP BY q.g";
  }

  /**
   * Params: day, first day of the year, day, [name]. Per group: the area of the parcels occupied by
   * its projects in production on the day or paying tax in the year to date, each parcel once.
   */
  static String taxLand(Scope.Kind kind, boolean one) {
    return parcelArea(kind, "(" + STAGE_ON_DAY + " = 'in_production' OR EXISTS (SELECT 1 FROM project_taxes x"
        + " WHERE x.project_id = p.id AND x.month_start >= ? AND x.month_start <= ?))" + only(kind, one));
  }

  /** Params: [name]. Per group: the area of the parcels its projects occupy, each parcel once. */
  static String occupiedLand(Scope.Kind kind, boolean one) {
    return parcelArea(kind, "1 = 1" + only(kind, one));
  }

  /** Per group: the area of the distinct parcels of the projects {@code p} meeting {@code condition}. */
  private static String parcelArea(Scope.Kind kind, String condition) {
    return "SELECT k.g, SUM(t.area_m2) FROM (SELECT DISTINCT " + key(kind) + " AS g, pp.parcel_code FROM projects p"
        + " JOIN project_parcels pp ON pp.project_id = p.id WHERE " + condition + ") k"
        + " LEFT JOIN parcels t ON t.code = k.parcel_code GROUP BY k.g";
  }

  /** Params: [name]. Per group: total investment of its projects occupying at least one parcel. */
  static String occupyingInvestment(Scope.Kind kind, boolean one) {
    return "SELECT q.g, SUM(q.v) FROM (SELECT " + key(kind) + " AS g, "
        + Plausible.sane("p.total_investment_wan", Plausible.MAX_PROJECT_INVESTMENT_WAN) + " AS v FROM projects p"
        + " WHERE EXISTS (SELECT 1 FROM project_parcels pp WHERE pp.project_id = p.id)" + only(kind, one)
        + ") q GROUP BY q.g";
  }

  /** Zones belong to townships; a park scope has no zones of its own. */
  static String zoneScope(Scope scope) {
    return switch (scope.kind()) {
      case CITY -> "";
      case TOWNSHIP -> " AND z.township = ?";
      case PARK -> " AND 1 = 0";
    };
  }

  /**
   * Params: day, [township]; add {@link #ZONE_ORDER}. One row per zone with its latest report on
   * or before the day (the latest date; among corrections on one date, the newest): an index
   * lookup per zone on {@code demolition_reports (zone_id, report_date)}.
   */
  static String zones(Scope scope) {
    return zones(scope, 0);
  }

  /** {@link #zones(Scope)} for the zones of {@code codes} codes only: params day, [township], the codes. */
  static String zones(Scope scope, int codes) {
    return "SELECT z.code, z.township, z.target_households, z.target_floor_area_m2, z.deadline,"
        + " z.penalty_wan_per_month, r.report_date, r.signed_households, r.demolished_households,"
        + " " + Plausible.sane("r.cleared_area_m2", Plausible.MAX_AREA_M2) + " AS cleared_area_m2"
        + " FROM (SELECT z.code, z.township, z.target_households, z.target_floor_area_m2, z.deadline,"
        + " z.penalty_wan_per_month, (SELECT r.id FROM demolition_reports r WHERE r.zone_id = z.id AND r.report_date <= ?"
        + " ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROW ONLY) AS report_id"
        + " FROM demolition_zones z WHERE 1 = 1" + zoneScope(scope) + codeIn("z.code", codes) + ") z"
        + " LEFT JOIN demolition_reports r ON r.id = z.report_id";
  }

  static final String ZONE_ORDER = " ORDER BY z.code";

  /** Parks with a boundary or with projects, by code, with their names where known. */
  static final String PARKS = "SELECT q.code, k.name FROM (SELECT code FROM parks UNION SELECT park_code FROM projects"
      + " WHERE park_code IS NOT NULL) q LEFT JOIN parks k ON k.code = q.code ORDER BY q.code";

  static final String TOWNSHIPS = "SELECT township FROM projects WHERE township IS NOT NULL"
      + " UNION SELECT township FROM demolition_zones ORDER BY 1";
}
