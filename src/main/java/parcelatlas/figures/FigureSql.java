package parcelatlas.figures;

/**
 * The portable SQL behind the figures. Scope conditions are chosen from constants; the scope's
 * name and the day are always bound.
 */
final class FigureSql {
  private FigureSql() {}

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

  /** Params: day four times, [scope]. Stages are today's: stage history is not kept yet. */
  static final String PROJECTS = "SELECT"
      + " SUM(CASE WHEN p.planned_start_date <= ? THEN 1 ELSE 0 END) AS due_start,"
      + " SUM(CASE WHEN p.planned_start_date <= ? AND p.stage IN ('started', 'completed', 'in_production')"
      + " THEN 1 ELSE 0 END) AS started,"
      + " SUM(CASE WHEN p.planned_production_date <= ? THEN 1 ELSE 0 END) AS due_production,"
      + " SUM(CASE WHEN p.planned_production_date <= ? AND p.stage = 'in_production' THEN 1 ELSE 0 END) AS producing,"
      + " SUM(COALESCE(p.planned_investment_year_wan, 0)) AS planned"
      + " FROM projects p WHERE 1 = 1";

  /** Params: first day of the year, day, [scope]. */
  static final String COMPLETED = "SELECT SUM(i.completed_wan) FROM project_investments i"
      + " JOIN projects p ON p.id = i.project_id WHERE i.month_start >= ? AND i.month_start <= ?";

  /** Params: [scope] twice. Each occupied parcel's area counted once. */
  static final String INTENSITY = "SELECT"
      + " (SELECT SUM(p.total_investment_wan) FROM projects p WHERE EXISTS"
      + " (SELECT 1 FROM project_parcels pp WHERE pp.project_id = p.id)%s),"
      + " (SELECT SUM(t.area_m2) FROM parcels t WHERE t.code IN (SELECT pp.parcel_code FROM project_parcels pp"
      + " JOIN projects p ON p.id = pp.project_id WHERE 1 = 1%s))";

  /** Params: day, [scope]. One row per zone with its latest report on or before the day. */
  static final String ZONES = "SELECT z.code, z.township, z.target_households, z.target_floor_area_m2, z.deadline,"
      + " z.penalty_wan_per_month, r.report_date, r.signed_households, r.demolished_households, r.cleared_area_m2"
      + " FROM demolition_zones z LEFT JOIN (SELECT zone_id, report_date, signed_households, demolished_households,"
      + " cleared_area_m2, ROW_NUMBER() OVER (PARTITION BY zone_id ORDER BY report_date DESC, id DESC) AS rn"
      + " FROM demolition_reports WHERE report_date <= ?) r ON r.zone_id = z.id AND r.rn = 1 WHERE 1 = 1";

  static final String ZONE_ORDER = " ORDER BY z.code";

  static final String TOWNSHIPS = "SELECT township FROM projects WHERE township IS NOT NULL"
      + " UNION SELECT township FROM demolition_zones ORDER BY 1";
}
