package parcelatlas.desk;

import java.util.Collections;
import parcelatlas.figures.ProjectStages;

/**
 * The set-based SQL behind {@link WeeklyDispatch}: the database picks the zones and key projects
 * that owe a report and those that have none in the week, with one index lookup per row (a zone's
 * latest report on {@code demolition_reports (zone_id, report_date)}, a project's stage on
 * {@code project_stage_changes}, its latest update on {@code audit_log (entity, entity_key,
 * occurred_at)}). Derived tables are read first and only joined by primary key (H2 evaluates a
 * derived table on the right of a join once per row on its left). Scopes come from constants,
 * values are bound.
 */
final class DispatchSql {
  private DispatchSql() {}

  /**
   * Params: the week's due day, [township]. Every zone in scope with its latest report on or before
   * the due day, as {@code q} joined with {@code r} (its report, or nulls).
   */
  private static String zones(boolean township, int codes) {
    return " FROM (SELECT z.code, z.name, z.township, z.leader, z.responsible_unit, z.target_households,"
        + " z.target_floor_area_m2, (SELECT r.id FROM demolition_reports r WHERE r.zone_id = z.id AND r.report_date <= ?"
        + " ORDER BY r.report_date DESC, r.id DESC FETCH FIRST 1 ROW ONLY) AS report_id FROM demolition_zones z"
        + " WHERE 1 = 1" + (township ? " AND z.township = ?" : "") + codeIn("z.code", codes) + ") q"
        + " LEFT JOIN demolition_reports r ON r.id = q.report_id";
  }

  /** Param: the week's first day. A zone with no report in the week (never, or last before it). */
  private static final String ZONE_MISSING = "(r.report_date IS NULL OR r.report_date < ?)";

  /**
   * Param: the week's first day. A zone that owes nothing: complete (every household demolished
   * and, with a target area, all of it cleared) by a report before the week; never unknown.
   */
  private static final String ZONE_DONE = "(CASE WHEN r.report_date < ? AND q.target_households IS NOT NULL"
      + " AND r.demolished_households >= q.target_households"
      + " AND (q.target_floor_area_m2 IS NULL OR r.cleared_area_m2 >= q.target_floor_area_m2) THEN 1 ELSE 0 END = 1)";

  /** Params: due, [township], from. How many zones owe a report this week. */
  static String zonesOwed(boolean township) {
    return "SELECT COUNT(*)" + zones(township, 0) + " WHERE NOT " + ZONE_DONE;
  }

  /**
   * Params: from, due, [township], from. The township and code of each zone owing a report it has
   * not made, with how many zones owe one (every row; {@link #zonesOwed} when there is no row).
   */
  static String zonesMissing(boolean township) {
    return missing("CASE WHEN " + ZONE_MISSING + " THEN 1 ELSE 0 END", zones(township, 0) + " WHERE NOT " + ZONE_DONE);
  }

  /** The rows of {@code from} that are {@code missing}, with the count of all of {@code from}'s rows. */
  private static String missing(String missing, String from) {
    return "SELECT w.township, w.code, w.owed FROM (SELECT q.township, q.code, " + missing + " AS missing,"
        + " COUNT(*) OVER () AS owed" + from + ") w WHERE w.missing = 1";
  }

  /** Params: due, the codes. The page's zones with their latest report's day on or before the due day. */
  static String zonePage(int codes) {
    return "SELECT q.code, q.name, q.township, q.leader, q.responsible_unit, r.report_date" + zones(false, codes);
  }

  /**
   * Params: day, the end of the week (exclusive), [township or park], the codes. Key projects in
   * scope with their stage on the day and their latest update before the week ended, as {@code q}
   * ({@code OFFSET 0} keeps PostgreSQL from pulling it up: it then costs the lookups for the rows in
   * scope only, not every project's, and does not compile a small scope's plan, JIT, for 0.2 s).
   */
  private static String projects(String scope, int codes) {
    return " FROM (SELECT p.code, p.name, p.township, p.park_code, p.leader, p.responsible_unit, "
        + ProjectStages.STAGE_OF_P + " AS stage, (SELECT MAX(a.occurred_at) FROM audit_log a WHERE a.entity = 'project'"
        + " AND a.entity_key = p.code AND a.action LIKE 'update %' AND a.occurred_at < ?) AS latest"
        + " FROM projects p WHERE p.level IS NOT NULL" + scope + codeIn("p.code", codes) + " OFFSET 0 ROWS) q";
  }

  /**
   * A project owes a report unless it is in production on the day. Each of {@code q}'s lookups is
   * named once in a condition, so that no lookup runs twice per row wherever a planner puts it.
   */
  private static final String PROJECT_OWES = " WHERE CASE WHEN q.stage = 'in_production' THEN 0 ELSE 1 END = 1";

  /** {@code " AND p.township = ?"}, {@code " AND p.park_code = ?"} or nothing (the whole city). */
  static String projectScope(String township, String park) {
    return township != null ? " AND p.township = ?" : park != null ? " AND p.park_code = ?" : "";
  }

  /** Params: day, end, [scope]. How many key projects owe a report this week. */
  static String projectsOwed(String scope) {
    return "SELECT COUNT(*)" + projects(scope, 0) + PROJECT_OWES;
  }

  /**
   * Params: the week's first moment, day, end, [scope]. The township and code of each owing project
   * not updated in the week, with how many owe (every row; {@link #projectsOwed} when there is no row).
   */
  static String projectsMissing(String scope) {
    return missing("CASE WHEN q.latest >= ? THEN 0 ELSE 1 END", projects(scope, 0) + PROJECT_OWES);
  }

  /** Params: day, end, the codes. The page's projects with their stage and latest update. */
  static String projectPage(int codes) {
    return "SELECT q.code, q.name, q.township, q.park_code, q.leader, q.responsible_unit, q.stage, q.latest"
        + projects("", codes);
  }

  /** {@code " AND column IN (?, …)"} with {@code n} placeholders (n at most a page), or nothing when n is 0. */
  private static String codeIn(String column, int n) {
    return n == 0 ? "" : " AND " + column + " IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }
}
