package parcelatlas.desk;

import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.accounts.User;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Plausible;
import parcelatlas.figures.ProjectStages;
import parcelatlas.figures.Scope;
import parcelatlas.figures.ZoneState;
import parcelatlas.storage.Storage;

/**
 * Reads a project's panel for staff allowed to see it (as for zones: its township, city-wide,
 * admins, planners), as it stood on any day: the SQL is in {@link ProjectPanelSql}.
 */
public final class ProjectDesk {
  private final Storage storage;
  private final Clock clock;
  private final FigureService figures;

  public ProjectDesk(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
    this.figures = new FigureService(storage);
  }

  /** The panel as of today. */
  public ProjectDetail detail(User user, String code) {
    return detail(user, code, LocalDate.now(clock));
  }

  /**
   * The panel as it stood on {@code day}: investment and tax of the day's year up to the day's month,
   * milestones reached on or before the day (late measured against the day), issues raised on or
   * before it (closed only if closed by then), stage changes effective by then, the zones waited on
   * with their latest report on or before it, and the stage on the day beside the stage now.
   *
   * @throws ReportRefused NOT_FOUND for an unknown code, FORBIDDEN for staff who may not read it
   */
  public ProjectDetail detail(User user, String code, LocalDate day) {
    ProjectDetail detail = storage.read(c -> {
      List<Map<String, Object>> found = rows(c, ProjectPanelSql.PROJECT, code);
      if (found.isEmpty()) {
        throw new ReportRefused(Kind.NOT_FOUND, Problem.of(ErrorCode.PROJECT_NOT_FOUND, "no project " + code,
            "project", code));
      }
      Map<String, Object> project = found.get(0);
      String township = (String) project.get("township");
      if (!ZoneAccess.canRead(user, township == null ? "" : township)) {
        throw new ReportRefused(Kind.FORBIDDEN, Problem.of(ErrorCode.PROJECT_OF_ANOTHER_TOWNSHIP, "project " + code
            + " belongs to " + township, "project", code, "township", township));
      }
      Object id = project.remove("id");
      List<ProjectDetail.TaxMonth> taxes = new ArrayList<>();
      for (ProjectDetail.Month m : monthly(c, ProjectPanelSql.TAXES, id, day, Plausible.MAX_MONTH_TAX_WAN)) {
        taxes.add(new ProjectDetail.TaxMonth(m.month(), m.completedWan(), m.cumulativeWan()));
      }
      String stageOnDay = ProjectStages.of(c, code, day).orElseThrow();
      return new ProjectDetail(project, day, LocalDate.now(clock), stageOnDay, monthly(c, ProjectPanelSql.INVESTMENTS, id, day,
          Plausible.MAX_MONTH_INVESTMENT_WAN), taxes,
          StageHistory.upTo(c, ((Number) id).longValue(), day), milestones(c, id, day), issues(c, id, day),
          rows(c, ProjectPanelSql.WAITING_ON, id));
    });
    withProgressOn(detail.waitingOn(), day);
    return detail;
  }

  /** Adds each zone's latest report on or before the day (none: nulls), by the rule the figures use. */
  private void withProgressOn(List<Map<String, Object>> zones, LocalDate day) {
    if (zones.isEmpty()) {
      return;
    }
    Map<String, ZoneState> states = new HashMap<>();
    List<String> codes = zones.stream().map(zone -> (String) zone.get("code")).toList();
    for (ZoneState state : figures.zoneStates(day, codes)) {
      states.put(state.code(), state);
    }
    for (Map<String, Object> zone : zones) {
      ZoneState state = states.get((String) zone.get("code"));
      boolean reported = state != null && state.latestReportDate() != null;
      zone.put("signed_households", reported ? state.signedHouseholds() : null);
      zone.put("demolished_households", reported ? state.demolishedHouseholds() : null);
      zone.put("latest_report_date", reported ? state.latestReportDate() : null);
    }
  }

  /**
   * The day's year's monthly amounts up to the day's month from {@code sql} (a constant), with running
   * totals; an amount stored outside 0 to {@code cap} is shown (so it can be corrected) but, as in the
   * figures, not added.
   */
  private static List<ProjectDetail.Month> monthly(Connection c, String sql, Object id, LocalDate day, double cap)
      throws SQLException {
    List<ProjectDetail.Month> months = new ArrayList<>();
    double cumulative = 0;
    for (Map<String, Object> r : rows(c, sql, id, Date.valueOf(day.withDayOfYear(1)), Date.valueOf(day))) {
      double amount = ((Number) r.get("amount")).doubleValue();
      cumulative += Plausible.within(amount, cap) ? amount : 0;
      months.add(new ProjectDetail.Month(date(r.get("month_start")).toString().substring(0, 7), amount,
          Math.round(cumulative * 10) / 10.0));
    }
    return months;
  }

  /** Milestones as of the day: late when reached after the planned date, or not reached by the day though planned before it. */
  private static List<ProjectDetail.Milestone> milestones(Connection c, Object id, LocalDate day) throws SQLException {
    List<ProjectDetail.Milestone> list = new ArrayList<>();
    for (Map<String, Object> r : rows(c, ProjectPanelSql.MILESTONES, Date.valueOf(day), id)) {
      LocalDate planned = date(r.get("planned_date"));
      LocalDate actual = date(r.get("actual_date"));
      LocalDate measured = actual == null ? day : actual;
      long days = Math.max(0, ChronoUnit.DAYS.between(planned, measured));
      list.add(new ProjectDetail.Milestone(((Number) r.get("seq")).intValue(), (String) r.get("name"), planned,
          actual, days > 0, days));
    }
    return list;
  }

  private static List<ProjectDetail.Issue> issues(Connection c, Object id, LocalDate day) throws SQLException {
    List<ProjectDetail.Issue> list = new ArrayList<>();
    Date on = Date.valueOf(day);
    for (Map<String, Object> r : rows(c, ProjectPanelSql.ISSUES, on, on, id, on)) {
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
