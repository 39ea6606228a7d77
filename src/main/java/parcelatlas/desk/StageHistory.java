package parcelatlas.desk;

import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.domain.Labelled;
import parcelatlas.domain.ProjectStage;
import parcelatlas.figures.Plausible;

/**
 * A project's stage history and the rules for a new change: a stage other than the current one;
 * one step forward, unless a reason says why it skips stages or goes back; effective not in the
 * future, not before 2000-01-01 and not before the latest dated change. A project imported without history gets a
 * baseline row (its current stage, no date: "as imported") before its first recorded change, so
 * the figures of days before that change still see the imported stage.
 */
final class StageHistory {
  static final String BASELINE_NOTE = "as imported";

  private StageHistory() {}

  private static final String CHANGES = "SELECT stage, effective_date, note, reason, recorded_by, recorded_at"
      + " FROM project_stage_changes WHERE project_id = ?";
  private static final String UP_TO_DAY = " AND (effective_date IS NULL OR effective_date <= ?)";
  private static final String ORDER = " ORDER BY CASE WHEN effective_date IS NULL THEN 0 ELSE 1 END, effective_date, id";

  /** The project's changes, baseline first, then by effective date and entry. */
  static List<StageChange> of(Connection c, long projectId) throws SQLException {
    return query(c, CHANGES + ORDER, projectId, null);
  }

  /**
   * The changes effective on or before {@code day} (and the undated baseline), in the same order:
   * the history as it stood on that day.
   */
  static List<StageChange> upTo(Connection c, long projectId, LocalDate day) throws SQLException {
    return query(c, CHANGES + UP_TO_DAY + ORDER, projectId, day);
  }

  private static List<StageChange> query(Connection c, String sql, long projectId, LocalDate day) throws SQLException {
    List<StageChange> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, projectId);
      if (day != null) {
        s.setDate(2, Date.valueOf(day));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Date effective = rs.getDate(2);
          list.add(new StageChange(rs.getString(1), effective == null ? null : effective.toLocalDate(), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
        }
      }
    }
    return list;
  }

  /**
   * Checks and records a change of a project whose row the caller has locked, and sets
   * {@code projects.stage}; returns {old, new} for the audit log.
   */
  static Object[] record(Connection c, long projectId, String currentCode, StageRequest request, String actor,
      LocalDate today) throws SQLException {
    ProjectStage current = Labelled.parse(ProjectStage.class, currentCode).orElseThrow();
    List<StageChange> history = of(c, projectId);
    LocalDate last = history.stream().map(StageChange::effectiveDate).filter(d -> d != null)
        .max(LocalDate::compareTo).orElse(null);
    check(current, last, request, today);
    if (history.isEmpty()) {
      insert(c, projectId, current, null, BASELINE_NOTE, null, actor);
    }
    insert(c, projectId, request.stage(), request.effectiveDate(), request.note(), request.reason(), actor);
    try (PreparedStatement s = c.prepareStatement("UPDATE projects SET stage = ? WHERE id = ?")) {
      s.setString(1, request.stage().code());
      s.setLong(2, projectId);
      s.executeUpdate();
    }
    Map<String, Object> now = new LinkedHashMap<>();
    now.put("stage", request.stage().code());
    now.put("effective_date", request.effectiveDate());
    now.put("note", request.note());
    now.put("reason", request.reason());
    return new Object[] {Map.of("stage", current.code(), "since", last == null ? "unknown" : last.toString()), now};
  }

  static void check(ProjectStage current, LocalDate last, StageRequest request, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    ProjectStage next = request.stage();
    if (next == current) {
      problems.add(Problem.of(ErrorCode.STAGE_UNCHANGED, "stage is already " + current.code(), "stage", current.code()));
    } else if (next.ordinal() != current.ordinal() + 1 && request.reason() == null) {
      problems.add(Problem.of(ErrorCode.STAGE_NOT_NEXT, "stage " + next.code() + " is not the next after "
          + current.code() + "; stages move forward one at a time unless a reason is given",
          "stage", next.code(), "current", current.code()));
    }
    if (request.effectiveDate().isAfter(today)) {
      problems.add(Problem.of(ErrorCode.DATE_IN_FUTURE, "effective_date " + request.effectiveDate()
          + " is in the future (must be from " + Plausible.EARLIEST + " to " + today + ")",
          "field", "effective_date", "value", request.effectiveDate(), "min", Plausible.EARLIEST, "max", today));
    } else if (request.effectiveDate().isBefore(Plausible.EARLIEST)) {
      problems.add(Plausible.dayCheck("effective_date", request.effectiveDate(), today));
    }
    if (last != null && request.effectiveDate().isBefore(last)) {
      problems.add(Problem.of(ErrorCode.DATE_BEFORE_LATEST_CHANGE, "effective_date " + request.effectiveDate()
          + " is before the latest change (" + last + ")",
          "field", "effective_date", "value", request.effectiveDate(), "latest", last));
    }
    if (!problems.isEmpty()) {
      throw new ReportRefused(Kind.INVALID, problems, null);
    }
  }

  private static void insert(Connection c, long projectId, ProjectStage stage, LocalDate day, String note,
      String reason, String actor) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO project_stage_changes (project_id, stage,"
        + " effective_date, note, reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, projectId);
      s.setString(2, stage.code());
      s.setObject(3, day == null ? null : Date.valueOf(day), java.sql.Types.DATE);
      s.setString(4, note);
      s.setString(5, reason);
      s.setString(6, actor);
      s.executeUpdate();
    }
  }
}
