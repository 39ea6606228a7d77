package parcelatlas.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Portable SQL for the tables that hang off projects and demolition zones. Features are looked up
 * by code inside each statement, so callers never handle ids.
 */
public final class ProgressTables {
  private final Connection connection;

  public ProgressTables(Connection connection) {
    this.connection = connection;
  }

  public boolean zoneHasReports(String zoneCode) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM demolition_reports r"
        + " JOIN demolition_zones z ON z.id = r.zone_id WHERE z.code = ?")) {
      s.setString(1, zoneCode);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  public void addReport(String zoneCode, LocalDate date, int signed, int demolished, double clearedM2,
      String note, String reportedBy) throws SQLException {
    update("INSERT INTO demolition_reports (zone_id, report_date, signed_households,"
        + " demolished_households, cleared_area_m2, note, reported_by)"
        + " SELECT id, ?, ?, ?, ?, ?, ? FROM demolition_zones WHERE code = ?",
        date, signed, demolished, clearedM2, note, reportedBy, zoneCode);
  }

  /** Removes a project's milestones, monthly investments and issues (plan data, not evidence). */
  public void clearProjectDetail(String projectCode) throws SQLException {
    for (String table : new String[] {"project_milestones", "project_investments", "project_issues"}) {
      update("DELETE FROM " + table + " WHERE project_id = (SELECT id FROM projects WHERE code = ?)", projectCode);
    }
  }

  public void addMilestone(String projectCode, int seq, String name, LocalDate planned, LocalDate actual)
      throws SQLException {
    update("INSERT INTO project_milestones (project_id, seq, name, planned_date, actual_date)"
        + " SELECT id, ?, ?, ?, ? FROM projects WHERE code = ?", seq, name, planned, actual, projectCode);
  }

  public void addInvestment(String projectCode, LocalDate monthStart, double completedWan) throws SQLException {
    update("INSERT INTO project_investments (project_id, month_start, completed_wan)"
        + " SELECT id, ?, ? FROM projects WHERE code = ?", monthStart, completedWan, projectCode);
  }

  public void addIssue(String projectCode, int seq, String description, LocalDate raisedOn,
      String responsible, LocalDate closedOn, String resolution) throws SQLException {
    update("INSERT INTO project_issues (project_id, seq, description, raised_on, responsible, closed_on,"
        + " resolution) SELECT id, ?, ?, ?, ?, ?, ? FROM projects WHERE code = ?",
        seq, description, raisedOn, responsible, closedOn, resolution, projectCode);
  }

  public boolean projectHasStages(String projectCode) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM project_stage_changes c"
        + " JOIN projects p ON p.id = c.project_id WHERE p.code = ?")) {
      s.setString(1, projectCode);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** A stage change as history; the caller keeps {@code projects.stage} equal to the latest one. */
  public void addStageChange(String projectCode, String stage, LocalDate effective, String note, String recordedBy)
      throws SQLException {
    update("INSERT INTO project_stage_changes (project_id, stage, effective_date, note, recorded_by)"
        + " SELECT id, ?, ?, ?, ? FROM projects WHERE code = ?", stage, effective, note, recordedBy, projectCode);
  }

  public void addTax(String projectCode, LocalDate monthStart, double paidWan) throws SQLException {
    update("INSERT INTO project_taxes (project_id, month_start, paid_wan) SELECT id, ?, ? FROM projects WHERE code = ?",
        monthStart, paidWan, projectCode);
  }

  /**
   * After an import of projects: a stage change dated on the database's today for every project
   * that has a stage history and whose imported stage differs from its latest recorded one, so
   * the history stays the evidence behind {@code projects.stage}. Returns how many were recorded.
   */
  public int recordImportedStages(String file, String actor) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO project_stage_changes"
        + " (project_id, stage, effective_date, reason, recorded_by)"
        + " SELECT p.id, p.stage, CURRENT_DATE, ?, ? FROM projects p WHERE p.stage <> (SELECT c.stage"
        + " FROM project_stage_changes c WHERE c.project_id = p.id"
        + " ORDER BY COALESCE(c.effective_date, DATE '1900-01-01') DESC, c.id DESC FETCH FIRST 1 ROW ONLY)")) {
      s.setString(1, "imported from " + file);
      s.setString(2, actor);
      return s.executeUpdate();
    }
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        Object p = params[i];
        if (p == null) {
          s.setNull(i + 1, Types.NULL);
        } else if (p instanceof LocalDate d) {
          s.setDate(i + 1, Date.valueOf(d));
        } else {
          s.setObject(i + 1, p);
        }
      }
      s.executeUpdate();
    }
  }
}
