package parcelatlas.desk;

import java.sql.Connection;
import java.text.Collator;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.figures.ProjectStages;
import parcelatlas.figures.StageOnDay;
import parcelatlas.storage.Storage;

/**
 * The weekly dispatch as it was computed before it became set-based (row by row in Java over
 * every zone and key project, sorted in Java): the oracle {@link WeeklyDispatchScaleTest} compares
 * {@link WeeklyDispatch} with. Kept verbatim but for its name.
 */
final class WeeklyDispatchOracle {
  private static final String ZONES = "SELECT z.code, z.name, z.township, z.leader, z.responsible_unit,"
      + " z.target_households, z.target_floor_area_m2, r.report_date, r.demolished_households, r.cleared_area_m2"
      + " FROM demolition_zones z LEFT JOIN (SELECT zone_id, report_date, demolished_households, cleared_area_m2,"
      + " ROW_NUMBER() OVER (PARTITION BY zone_id ORDER BY report_date DESC, id DESC) AS rn"
      + " FROM demolition_reports WHERE report_date <= ?) r ON r.zone_id = z.id AND r.rn = 1";
  private static final String PROJECTS = "SELECT code, name, township, park_code, leader, responsible_unit"
      + " FROM projects WHERE level IS NOT NULL";
  private static final String PROJECT_REPORTS = "SELECT entity_key, MAX(occurred_at) AS latest FROM audit_log"
      + " WHERE entity = 'project' AND action LIKE 'update %' AND occurred_at < ? GROUP BY entity_key";
  private static final Comparator<DispatchItem> ORDER = Comparator.comparing(DispatchItem::kind, Comparator.reverseOrder())
      .thenComparing(DispatchItem::township, Comparator.nullsLast(Collator.getInstance(Locale.CHINA)))
      .thenComparing(DispatchItem::code);
  private final Storage storage;
  private final Clock clock;
  private final DayOfWeek reportingDay;

  WeeklyDispatchOracle(Storage storage, Clock clock, DayOfWeek reportingDay) {
    this.storage = storage;
    this.clock = clock;
    this.reportingDay = reportingDay;
  }

  public DayOfWeek reportingDay() {
    return reportingDay;
  }

  /** The most items a page holds. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Who has not reported in the week containing {@code day}, as far as {@code user} answers for:
   * at most {@code limit} of them from {@code offset}, with the counts of all.
   */
  public DispatchList missing(User user, LocalDate day, int offset, int limit) {
    DispatchWeek week = DispatchWeek.of(day, reportingDay);
    boolean all = user.role() != Role.OFFICIAL || (user.scopeTownship() == null && user.scopeParkCode() == null);
    String township = all ? null : user.scopeTownship();
    String park = all || township != null ? null : user.scopeParkCode();
    return storage.read(c -> {
      List<DispatchItem> missing = new ArrayList<>();
      int zones = park != null ? 0 : zones(c, week, township, missing);
      int projects = projects(c, week, day, township, park, missing);
      missing.sort(ORDER);
      return page(day, reportingDay, week, township, park, zones, projects, missing, offset, limit);
    });
  }

  private static int zones(Connection c, DispatchWeek week, String township, List<DispatchItem> missing)
      throws SQLException {
    int owed = 0;
    String sql = ZONES + (township == null ? "" : " WHERE z.township = ?") + " ORDER BY z.township, z.code";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setDate(1, Date.valueOf(week.due()));
      if (township != null) {
        s.setString(2, township);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Date last = rs.getDate("report_date");
          LocalDate lastDay = last == null ? null : last.toLocalDate();
          boolean inWeek = lastDay != null && !lastDay.isBefore(week.from());
          if (!inWeek && lastDay != null && complete(rs)) {
            continue;
          }
          owed++;
          if (!inWeek) {
            missing.add(new DispatchItem("zone", rs.getString("code"), rs.getString("name"), rs.getString("township"),
                null, rs.getString("leader"), rs.getString("responsible_unit"), null, lastDay));
          }
        }
      }
    }
    return owed;
  }

  /** Every household demolished and, where a target area is set, all of it cleared. */
  private static boolean complete(ResultSet rs) throws SQLException {
    int households = rs.getInt("target_households");
    if (rs.wasNull() || rs.getInt("demolished_households") < households) {
      return false;
    }
    double area = rs.getDouble("target_floor_area_m2");
    return rs.wasNull() || rs.getDouble("cleared_area_m2") >= area;
  }

  private int projects(Connection c, DispatchWeek week, LocalDate day, String township, String park,
      List<DispatchItem> missing) throws SQLException {
    ZoneId zone = clock.getZone();
    OffsetDateTime from = week.from().atStartOfDay(zone).toOffsetDateTime();
    Map<String, OffsetDateTime> latest = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(PROJECT_REPORTS)) {
      s.setObject(1, week.due().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          latest.put(rs.getString("entity_key"), rs.getObject("latest", OffsetDateTime.class));
        }
      }
    }
    Map<String, String> stages = new HashMap<>();
    for (StageOnDay stage : ProjectStages.all(c, day)) {
      stages.put(stage.code(), stage.stage());
    }
    String sql = PROJECTS + (township != null ? " AND township = ?" : park != null ? " AND park_code = ?" : "")
        + " ORDER BY township, code";
    int owed = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (township != null || park != null) {
        s.setString(1, township != null ? township : park);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString("code");
          String stage = stages.get(code);
          if ("in_production".equals(stage)) {
            continue;
          }
          owed++;
          OffsetDateTime last = latest.get(code);
          if (last == null || last.isBefore(from)) {
            missing.add(new DispatchItem("project", code, rs.getString("name"), rs.getString("township"),
                rs.getString("park_code"), rs.getString("leader"), rs.getString("responsible_unit"), stage,
                last == null ? null : last.atZoneSameInstant(zone).toLocalDate()));
          }
        }
      }
    }
    return owed;
  }

  /** The whole list of {@code missing} (sorted) as a page of at most {@code limit} items from {@code offset}. */
  private static DispatchList page(LocalDate asOf, DayOfWeek reportingDay, DispatchWeek week, String township, String parkCode,
      int owedZones, int owedProjects, List<DispatchItem> missing, int offset, int limit) {
    int zones = (int) missing.stream().filter(i -> i.kind().equals("zone")).count();
    int from = Math.min(offset, missing.size());
    List<DispatchItem> page = List.copyOf(missing.subList(from, Math.min(missing.size(), from + limit)));
    return new DispatchList(asOf, reportingDay, week, township, parkCode, owedZones, owedProjects, missing.size(), zones,
        from, page);
  }
}
