package parcelatlas.desk;

import parcelatlas.domain.BadInput;
import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.accounts.User;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.figures.Plausible;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * Updates to a project by its responsible township (or a city-wide official): a month's completed
 * investment or tax paid, a stage change, a milestone's actual date, a new issue, an issue closed (销号). Each change is one
 * transaction with its audit entry (old and new values).
 */
public final class ProjectUpdates {
  private final Storage storage;
  private final Clock clock;

  public ProjectUpdates(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  public void investment(User user, String code, YearMonth month, double completedWan) {
    monthly(user, code, MonthlyFigure.INVESTMENT, month, completedWan);
  }

  /** A month's tax paid by the project's enterprise (万元), set or corrected. */
  public void tax(User user, String code, YearMonth month, double paidWan) {
    monthly(user, code, MonthlyFigure.TAX, month, paidWan);
  }

  /** The monthly figures a project reports: the table, its value column and the field's name in the API. */
  private enum MonthlyFigure {
    INVESTMENT("investment", "project_investments", "completed_wan", Plausible.MAX_MONTH_INVESTMENT_WAN),
    TAX("tax", "project_taxes", "paid_wan", Plausible.MAX_MONTH_TAX_WAN);

    final String what;
    final String table;
    final String column;
    final double absoluteCap;

    MonthlyFigure(String what, String table, String column, double absoluteCap) {
      this.what = what;
      this.table = table;
      this.column = column;
      this.absoluteCap = absoluteCap;
    }
  }

  /**
   * Sets or corrects one month's figure; the audit entry keeps the old value. The month lies from
   * 2000-01 to this month; the value from 0 to the project's total investment (万元) and never
   * above the figure's absolute cap ({@link Plausible}).
   */
  private void monthly(User user, String code, MonthlyFigure figure, YearMonth month, double value) {
    Problem monthProblem = Plausible.monthCheck("month", month, LocalDate.now(clock));
    if (monthProblem != null) {
      throw new ReportRefused(Kind.INVALID, monthProblem);
    }
    if (!Plausible.within(value, figure.absoluteCap)) {
      throw new ReportRefused(Kind.INVALID, Problem.of(ErrorCode.NUMBER_OUT_OF_RANGE, figure.column
          + " must be a number from 0 to " + (long) figure.absoluteCap + " 万元",
          "field", figure.column, "min", 0, "max", (long) figure.absoluteCap, "unit", "wan"));
    }
    Date monthStart = Date.valueOf(month.atDay(1));
    change(user, code, figure.what + " " + month, (c, id) -> {
      Number total = (Number) value(c, "SELECT total_investment_wan FROM projects WHERE id = ?", id);
      double cap = Plausible.monthCap(total == null ? null : total.doubleValue(), figure.absoluteCap);
      if (value > cap) {
        throw new ReportRefused(Kind.INVALID, Problem.of(ErrorCode.AMOUNT_ABOVE_TOTAL, figure.column + " " + value
            + " is above " + (long) Math.ceil(cap) + " 万元, the project's total investment: must be a number from 0"
            + " to that", "field", figure.column, "value", value, "max", (long) Math.ceil(cap)));
      }
      Object old = value(c, "SELECT " + figure.column + " FROM " + figure.table
          + " WHERE project_id = ? AND month_start = ?", id, monthStart);
      String sql = old == null
          ? "INSERT INTO " + figure.table + " (" + figure.column + ", project_id, month_start) VALUES (?, ?, ?)"
          : "UPDATE " + figure.table + " SET " + figure.column + " = ? WHERE project_id = ? AND month_start = ?";
      update(c, sql, value, id, monthStart);
      return new Object[] {old, value};
    });
  }

  public void stage(User user, String code, StageRequest request) {
    change(user, code, "stage", (c, id) -> {
      String current = (String) value(c, "SELECT stage FROM projects WHERE id = ?", id);
      return StageHistory.record(c, id, current, request, user.username(), LocalDate.now(clock));
    });
  }

  public void milestoneReached(User user, String code, int seq, LocalDate actual) {
    Problem problem = Plausible.dayCheck("actual_date", actual, LocalDate.now(clock));
    if (problem != null) {
      throw new ReportRefused(Kind.INVALID, problem);
    }
    change(user, code, "milestone " + seq, (c, id) -> {
      Object old = value(c, "SELECT actual_date FROM project_milestones WHERE project_id = ? AND seq = ?", id, seq);
      if (update(c, "UPDATE project_milestones SET actual_date = ? WHERE project_id = ? AND seq = ?",
          Date.valueOf(actual), id, seq) == 0) {
        throw new ReportRefused(Kind.NOT_FOUND, Problem.of(ErrorCode.MILESTONE_NOT_FOUND, "project " + code
            + " has no milestone " + seq, "project", code, "seq", seq));
      }
      return new Object[] {old, actual};
    });
  }

  /**
   * A new open issue raised today; {@code responsible} (optional, at most 200 characters) answers
   * for it. Returns its number.
   */
  public int raiseIssue(User user, String code, String description, String responsible) {
    String text = invalidIf(() -> DeskText.required("description", description, 1000, true));
    String unit = invalidIf(() -> DeskText.optional("responsible", responsible, 200, false));
    Object[] seq = new Object[1];
    change(user, code, "issue", (c, id) -> {
      Object max = value(c, "SELECT MAX(seq) FROM project_issues WHERE project_id = ?", id);
      int next = max == null ? 1 : ((Number) max).intValue() + 1;
      update(c, "INSERT INTO project_issues (project_id, seq, description, raised_on, responsible) VALUES (?, ?, ?, ?, ?)",
          id, next, text, Date.valueOf(LocalDate.now(clock)), unit);
      seq[0] = next;
      return new Object[] {null, Map.of("seq", next, "description", text)};
    });
    return (Integer) seq[0];
  }

  public void closeIssue(User user, String code, int seq, String resolution) {
    String text = invalidIf(() -> DeskText.required("resolution", resolution, 1000, true));
    change(user, code, "issue " + seq, (c, id) -> {
      Object closed = value(c, "SELECT closed_on FROM project_issues WHERE project_id = ? AND seq = ?", id, seq);
      if (closed != null) {
        throw new ReportRefused(Kind.INVALID, Problem.of(ErrorCode.ISSUE_CLOSED, "issue " + seq + " was closed on "
            + closed, "seq", seq, "date", closed));
      }
      if (update(c, "UPDATE project_issues SET closed_on = ?, resolution = ? WHERE project_id = ? AND seq = ?",
          Date.valueOf(LocalDate.now(clock)), text, id, seq) == 0) {
        throw new ReportRefused(Kind.NOT_FOUND, Problem.of(ErrorCode.ISSUE_NOT_FOUND, "project " + code
            + " has no issue " + seq, "project", code, "seq", seq));
      }
      Map<String, Object> now = new LinkedHashMap<>();
      now.put("closed_on", LocalDate.now(clock));
      now.put("resolution", text);
      return new Object[] {null, now};
    });
  }

  /** The checked text, or the checker's refusal as an invalid update. */
  private static String invalidIf(java.util.function.Supplier<String> check) {
    try {
      return check.get();
    } catch (BadInput e) {
      throw new ReportRefused(Kind.INVALID, e.problem());
    }
  }

  /** A change to one project: returns {old value, new value} for the audit log. */
  private interface Change {
    Object[] apply(Connection c, long projectId) throws SQLException;
  }

  private void change(User user, String code, String what, Change change) {
    storage.inTransaction(c -> {
      Object[] project = row(c, code);
      if (!ZoneAccess.canReport(user, project[1] == null ? "" : (String) project[1])) {
        throw new ReportRefused(Kind.FORBIDDEN, Problem.of(ErrorCode.PROJECT_OF_ANOTHER_TOWNSHIP, "project " + code
            + " is updated by " + project[1], "project", code, "township", project[1]));
      }
      Object[] values = change.apply(c, (Long) project[0]);
      AuditTrail.record(c, user.username(), "update " + what, "project", code, values[0], values[1]);
      return null;
    });
  }

  /** {id, township}, the project's row locked for the transaction. */
  private static Object[] row(Connection c, String code) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, township FROM projects WHERE code = ? FOR UPDATE")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new ReportRefused(Kind.NOT_FOUND, Problem.of(ErrorCode.PROJECT_NOT_FOUND, "no project " + code,
              "project", code));
        }
        return new Object[] {rs.getLong(1), rs.getString(2)};
      }
    }
  }

  private static Object value(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    }
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] == null) {
        s.setNull(i + 1, java.sql.Types.NULL);
      } else {
        s.setObject(i + 1, params[i]);
      }
    }
  }
}
