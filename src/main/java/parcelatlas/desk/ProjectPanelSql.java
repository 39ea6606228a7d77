package parcelatlas.desk;

/**
 * The SQL behind the project panel as it stood on a day: each statement binds the project's id and
 * the day, so nothing recorded for a later date shows. The one rule for the project's stage on the
 * day stays in {@link parcelatlas.figures.ProjectStages}; a zone's progress on the day in
 * {@link parcelatlas.figures.FigureService#zoneStates}.
 */
final class ProjectPanelSql {
  private ProjectPanelSql() {}

  /** Params: code. The project's facts and its id. */
  static final String PROJECT = "SELECT id, code, name, investor, industry, level, stage,"
      + " total_investment_wan, planned_investment_year_wan, park_code, township, leader, responsible_unit,"
      + " planned_start_date, planned_completion_date, planned_production_date FROM projects WHERE code = ?";

  /** Params: id, first day of the day's year, day. Completed investment of the months of the year up to the day's. */
  static final String INVESTMENTS = "SELECT month_start, completed_wan AS amount FROM project_investments"
      + " WHERE project_id = ? AND month_start >= ? AND month_start <= ? ORDER BY month_start";

  /** Params: id, first day of the day's year, day. Tax paid in the months of the year up to the day's. */
  static final String TAXES = "SELECT month_start, paid_wan AS amount FROM project_taxes"
      + " WHERE project_id = ? AND month_start >= ? AND month_start <= ? ORDER BY month_start";

  /** Params: day, id. Every milestone; its actual date only when reached on or before the day. */
  static final String MILESTONES = "SELECT seq, name, planned_date,"
      + " CASE WHEN actual_date <= ? THEN actual_date END AS actual_date"
      + " FROM project_milestones WHERE project_id = ? ORDER BY seq";

  /**
   * Params: day, day, id, day. The issues raised on or before the day; closed (with the resolution)
   * only when closed on or before it.
   */
  static final String ISSUES = "SELECT seq, description, raised_on, responsible,"
      + " CASE WHEN closed_on <= ? THEN closed_on END AS closed_on,"
      + " CASE WHEN closed_on <= ? THEN resolution END AS resolution"
      + " FROM project_issues WHERE project_id = ? AND raised_on <= ? ORDER BY seq";

  /** Params: id. The zones the project waits on; their progress on a day comes from the figures. */
  static final String WAITING_ON = "SELECT z.code, z.name, z.township, z.deadline, z.target_households"
      + " FROM project_zones pz JOIN demolition_zones z ON z.code = pz.zone_code WHERE pz.project_id = ? ORDER BY z.code";
}
