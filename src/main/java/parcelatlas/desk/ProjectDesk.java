package parcelatlas.desk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.accounts.User;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.figures.ProjectStages;
import parcelatlas.storage.Storage;

/** Reads a project's panel for staff allowed to see it (as for zones: its township, city-wide, admins, planners). */
public final class ProjectDesk {
  private final Storage storage;
  private final Clock clock;

  public ProjectDesk(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** The panel as of today. */
  public ProjectDetail detail(User user, String code) {
    return detail(user, code, LocalDate.now(clock));
  }

  /**
   * The panel with the project's stage on {@code day} besides its stage now; amounts, milestones
   * and issues are those of today.
   */
  public ProjectDetail detail(User user, String code, LocalDate day) {
    LocalDate today = LocalDate.now(clock);
    return storage.read(c -> {
      List<Map<String, Object>> found = rows(c, "SELECT id, code, name, investor, industry, level, stage,"
          + " total_investment_wan, planned_investment_year_wan, park_code, township, leader, responsible_unit,"
          + " planned_start_date, planned_completion_date, planned_production_date FROM projects WHERE code = ?", code);
      if (found.isEmpty()) {
        throw new ReportRefused(Kind.NOT_FOUND, "no project " + code, null);
      }
      Map<String, Object> project = found.get(0);
      String township = (String) project.get("township");
      if (!ZoneAccess.canRead(user, township == null ? "" : township)) {
        throw new ReportRefused(Kind.FORBIDDEN, "project " + code + " belongs to " + township, null);
      }
      Object id = project.remove("id");
      List<ProjectDetail.TaxMonth> taxes = new ArrayList<>();
      for (ProjectDetail.Month m : monthly(c, TAXES, id, today)) {
        taxes.add(new ProjectDetail.TaxMonth(m.month(), m.completedWan(), m.cumulativeWan()));
      }
      String stageOnDay = ProjectStages.of(c, code, day).orElseThrow();
      return new ProjectDetail(project, day, stageOnDay, monthly(c, INVESTMENTS, id, today), taxes,
          StageHistory.of(c, ((Number) id).longValue()), milestones(c, id, today), issues(c, id),
          rows(c, "SELECT z.code, z.name, z.township, z.deadline, z.target_households, r.signed_households,"
              + " r.demolished_households, r.report_date AS latest_report_date FROM project_zones pz"
              + " JOIN demolition_zones z ON z.code = pz.zone_code LEFT JOIN zone_latest_reports r ON r.zone_id = z.id"
              + " WHERE pz.project_id = ? ORDER BY z.code", id));
    });
  }

  private static final String INVESTMENTS = "SELECT month_start, completed_wan AS amount FROM project_investments"
      + " WHERE project_id = ? AND month_start >= ? AND month_start <= ? ORDER BY month_start";
  private static final String TAXES = "SELECT month_start, paid_wan AS amount FROM project_taxes"
      + " WHERE project_id = ? AND month_start >= ? AND month_start <= ? ORDER BY month_start";

  /** This year's monthly amounts up to today from {@code sql} (a constant), with running totals. */
  private static List<ProjectDetail.Month> monthly(Connection c, String sql, Object id, LocalDate today)
      throws SQLException {
    List<ProjectDetail.Month> months = new ArrayList<>();
    double cumulative = 0;
    for (Map<String, Object> r : rows(c, sql, id, Date.valueOf(today.withDayOfYear(1)), Date.valueOf(today))) {
      double amount = ((Number) r.get("amount")).doubleValue();
      cumulative += amount;
      months.add(new ProjectDetail.Month(date(r.get("month_start")).toString().substring(0, 7), amount,
          Math.round(cumulative * 10) / 10.0));
    }
    return months;
  }

  private static List<ProjectDetail.Milestone> milestones(Connection c, Object id, LocalDate today) throws SQLException {
    List<ProjectDetail.Milestone> list = new ArrayList<>();
    for (Map<String, Object> r : rows(c, "SELECT seq, name, planned_date, actual_date FROM project_milestones"
        + " WHERE project_id = ? ORDER BY seq", id)) {
      LocalDate planned = date(r.get("planned_date"));
      LocalDate actual = date(r.get("actual_date"));
      LocalDate measured = actual == null ? today : actual;
      long days = Math.max(0, ChronoUnit.DAYS.between(planned, measured));
      list.add(new ProjectDetail.Milestone(((Number) r.get("seq")).intValue(), (String) r.get("name"), planned,
          actual, days > 0, days));
    }
    return list;
  }

  private static List<ProjectDetail.Issue> issues(Connection c, Object id) throws SQLException {
    List<ProjectDetail.Issue> list = new ArrayList<>();
    for (Map<String, Object> r : rows(c, "SELECT seq, description, raised_on, responsible, closed_on, resolution"
        + " FROM project_issues WHERE project_id = ? ORDER BY seq", id)) {
      list.add(new ProjectDetail.Issue(((Number) r.get("seq")).intValue(), (String) r.get("description"),
          date(r.get("raised_on")), (String) r.get("responsible"), date(r.get("closed_on")), (String) r.get("resolution")));
    }
    return list;
  }

  private static LocalDate date(Object value) {
    return value == null ? null : ((Date) value).toLocalDate();
  }

  private static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                value instanceof java.time.LocalDate d ? Date.valueOf(d) : value);
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
