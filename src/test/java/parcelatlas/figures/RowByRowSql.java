package parcelatlas.figures;

/**
 * ORACLE for {@link FiguresSetBasedTest}: the figures' SQL as it was before the set-based rewrite,
 * one scope at a time (kept verbatim; do not use outside tests). The portable SQL behind the figures. Scope conditions are chosen from constants; the scope's
 * name and the day are always bound. Stored amounts outside {@link Plausible}'s ranges (infinite,
 * negative, absurd) count as 0.
 */
final class RowByRowSql {
  private RowByRowSql() {}

  static String projectScope(Scope scope) {
    return switch (scope.kind()) {
      case CITY -> "";
      case TOWNSHIP -> " AND p.township = ?";
      case PARK -> " AND p.park_code = ?";
    };
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
   * Joins each project {@code p} to its stage on a day ({@code s}, bound: the day) and to whether it
   * has any history at all ({@code h}).
   */
  static final String STAGE_JOINS = " LEFT JOIN (SELECT project_id, stage, ROW_NUMBER() OVER (PARTITION BY project_id"
      + " ORDER BY COALESCE(effective_date, DATE '1900-01-01') DESC, id DESC) AS rn FROM project_stage_changes"
      + " WHERE effective_date IS NULL OR effective_date <= ?) s ON s.project_id = p.id AND s.rn = 1"
      + " LEFT JOIN (SELECT DISTINCT project_id FROM project_stage_changes) h ON h.project_id = p.id";

  /**
   * A project's stage on the day: its latest change on or before it; 谋划 (planned) when all its
   * changes came later; its current stage when it has no history (imported, never changed).
   */
  static final String STAGE_AS_OF = "(CASE WHEN s.stage IS NOT NULL THEN s.stage"
      + " WHEN h.project_id IS NOT NULL THEN 'planned' ELSE p.stage END)";

  /** Params: day. Every project's code and its stage on the day; add {@link #STAGE_ONE} or {@link #STAGE_ORDER}. */
  static final String STAGES_ON_DAY = "SELECT p.code, " + STAGE_AS_OF + " AS stage FROM projects p" + STAGE_JOINS;

  /** Param: the project's code. */
  static final String STAGE_ONE = " WHERE p.code = ?";

  static final String STAGE_ORDER = " ORDER BY p.code";

  /** Params: day five times, [scope]. Stages as of the day. */
  static final String PROJECTS = "SELECT"
      + " SUM(CASE WHEN p.planned_start_date <= ? THEN 1 ELSE 0 END) AS due_start,"
      + " SUM(CASE WHEN p.planned_start_date <= ? AND " + STAGE_AS_OF + " IN ('started', 'completed', 'in_production')"
      + " THEN 1 ELSE 0 END) AS started,"
      + " SUM(CASE WHEN p.planned_production_date <= ? THEN 1 ELSE 0 END) AS due_production,"
      + " SUM(CASE WHEN p.planned_production_date <= ? AND " + STAGE_AS_OF + " = 'in_production'"
      + " THEN 1 ELSE 0 END) AS producing,"
      + " SUM(" + Plausible.sane("p.planned_investment_year_wan", Plausible.MAX_PROJECT_INVESTMENT_WAN) + ") AS planned"
      + " FROM projects p" + STAGE_JOINS + " WHERE 1 = 1";

  /** Params: first day of the year, day, [scope]. Tax paid in the months of the year up to the day's. */
  static final String TAX_PAID = "SELECT SUM(" + Plausible.sane("x.paid_wan", Plausible.MAX_MONTH_TAX_WAN) + ") FROM project_taxes x"
      + " JOIN projects p ON p.id = x.project_id WHERE x.month_start >= ? AND x.month_start <= ?";

  /**
   * Params: day, first day of the year, day, [scope]. The area of the parcels occupied by the
   * scope's projects that were in production on the day or paid tax in the year to date, each
   * parcel once.
   */
  static final String TAX_LAND = "SELECT SUM(t.area_m2) FROM parcels t WHERE t.code IN (SELECT pp.parcel_code"
      + " FROM project_parcels pp JOIN projects p ON p.id = pp.project_id" + STAGE_JOINS
      + " WHERE (" + STAGE_AS_OF + " = 'in_production' OR EXISTS (SELECT 1 FROM project_taxes x"
      + " WHERE x.project_id = p.id AND x.month_start >= ? AND x.month_start <= ?))%s)";

  /** Params: first day of the year, day, [scope]. */
  static final String COMPLETED = "SELECT SUM(" + Plausible.sane("i.completed_wan", Plausible.MAX_MONTH_INVESTMENT_WAN)
      + ") FROM project_investments i"
      + " JOIN projects p ON p.id = i.project_id WHERE i.month_start >= ? AND i.month_start <= ?";

  /** Params: [scope] twice. Each occupied parcel's area counted once. */
  static final String INTENSITY = "SELECT"
      + " (SELECT SUM(" + Plausible.sane("p.total_investment_wan", Plausible.MAX_PROJECT_INVESTMENT_WAN)
      + ") FROM projects p WHERE EXISTS"
      + " (SELECT 1 FROM project_parcels pp WHERE pp.project_id = p.id)%s),"
      + " (SELECT SUM(t.area_m2) FROM parcels t WHERE t.code IN (SELECT pp.parcel_code FROM project_parcels pp"
      + " JOIN projects p ON p.id = pp.project_id WHERE 1 = 1%s))";

  /** Params: day, [scope]. One row per zone with its latest report on or before the day. */
  static final String ZONES = "SELECT z.code, z.township, z.target_households, z.target_floor_area_m2, z.deadline,"
      + " z.penalty_wan_per_month, r.report_date, r.signed_households, r.demolished_households, r.cleared_area_m2"
      + " FROM demolition_zones z LEFT JOIN (SELECT zone_id, report_date, signed_households, demolished_households,"
      + " " + Plausible.sane("cleared_area_m2", Plausible.MAX_AREA_M2) + " AS cleared_area_m2, ROW_NUMBER() OVER (PARTITION BY zone_id ORDER BY report_date DESC, id DESC) AS rn"
      + " FROM demolition_reports WHERE report_date <= ?) r ON r.zone_id = z.id AND r.rn = 1 WHERE 1 = 1";

  static final String ZONE_ORDER = " ORDER BY z.code";

  /** Parks with a boundary or with projects, by code, with their names where known. */
  static final String PARKS = "SELECT q.code, k.name FROM (SELECT code FROM parks UNION SELECT park_code FROM projects"
      + " WHERE park_code IS NOT NULL) q LEFT JOIN parks k ON k.code = q.code ORDER BY q.code";

  static final String TOWNSHIPS = "SELECT township FROM projects WHERE township IS NOT NULL"
      + " UNION SELECT township FROM demolition_zones ORDER BY 1";
}
