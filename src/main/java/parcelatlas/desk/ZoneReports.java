package parcelatlas.desk;

import parcelatlas.domain.Problem;
import parcelatlas.domain.ErrorCode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parcelatlas.accounts.User;
import parcelatlas.desk.ReportRefused.Kind;
import parcelatlas.figures.ProjectStages;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * Files and reads weekly demolition reports. Filing locks the zone's row, so two submissions for
 * one zone are serialised: the second, based on a report that is no longer the newest, is refused
 * as a conflict carrying the report that overtook it. Reports are only ever inserted.
 */
public final class ZoneReports {
  private static final String REPORT = "SELECT r.id, z.code, r.report_date, r.signed_households,"
      + " r.demolished_households, r.cleared_area_m2, r.note, r.change_reason, r.supersedes_id, r.reported_by,"
      + " r.reported_at FROM demolition_reports r JOIN demolition_zones z ON z.id = r.zone_id";
  private final Storage storage;
  private final Clock clock;

  public ZoneReports(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** The zone's reports dated on or before {@code day}, oldest first: its history as it stood then. */
  public List<ZoneReport> history(User user, String zoneCode, LocalDate day) {
    return storage.read(c -> {
      Zone zone = zone(c, zoneCode, false);
      if (!ZoneAccess.canRead(user, zone.township())) {
        throw new ReportRefused(Kind.FORBIDDEN, Problem.of(ErrorCode.ZONE_OF_ANOTHER_TOWNSHIP, "zone " + zoneCode
            + " belongs to " + zone.township(), "zone", zoneCode, "township", zone.township()));
      }
      return query(c, REPORT + " WHERE r.zone_id = ? AND r.report_date <= ? ORDER BY r.report_date, r.id",
          zone.id(), java.sql.Date.valueOf(day));
    });
  }

  /**
   * The projects that wait on the zone (code, name, township, {@code stage}: their stage on
   * {@code day} by the figures' rule, {@code stageNow}: their stage today), by code. Headline
   * fields, so for all staff.
   */
  public List<java.util.Map<String, Object>> waitingProjects(String zoneCode, LocalDate day) {
    return storage.read(c -> {
      List<java.util.Map<String, Object>> projects = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT p.code, p.name, p.stage, p.township FROM projects p"
          + " JOIN project_zones pz ON pz.project_id = p.id WHERE pz.zone_code = ? ORDER BY p.code")) {
        s.setString(1, zoneCode);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
            p.put("code", rs.getString(1));
            p.put("name", rs.getString(2));
            p.put("stageNow", rs.getString(3));
            p.put("township", rs.getString(4));
            projects.add(p);
          }
        }
      }
      for (java.util.Map<String, Object> p : projects) {
        p.put("stage", ProjectStages.of(c, (String) p.get("code"), day).orElseThrow());
      }
      return projects;
    });
  }

  public ZoneReport submit(User user, String zoneCode, ReportForm form) {
    return storage.inTransaction(c -> {
      Zone zone = zone(c, zoneCode, true);
      if (!ZoneAccess.canReport(user, zone.township())) {
        throw new ReportRefused(Kind.FORBIDDEN, Problem.of(ErrorCode.ZONE_OF_ANOTHER_TOWNSHIP, "only "
            + zone.township() + " reports for zone " + zoneCode, "zone", zoneCode, "township", zone.township()));
      }
      Optional<ZoneReport> newestFiled = reports(c, zone.id(), " ORDER BY r.id DESC LIMIT 1").stream().findFirst();
      Long newestId = newestFiled.map(ZoneReport::id).orElse(null);
      if (!java.util.Objects.equals(newestId, form.basedOn())) {
        throw new ReportRefused(Kind.CONFLICT, List.of(Problem.of(ErrorCode.REPORT_CONFLICT,
            "another report was filed for zone " + zoneCode + " since you loaded it; review it and submit again"
            + " based on report " + newestId, "zone", zoneCode)), newestFiled.orElse(null));
      }
      Optional<ZoneReport> latest = reports(c, zone.id(), " ORDER BY r.report_date DESC, r.id DESC LIMIT 1")
          .stream().findFirst();
      ReportRules.check(zone, form, latest.orElse(null), supersededDate(c, zone, form), LocalDate.now(clock));
      long id = insert(c, zone, form, user);
      ZoneReport filed = report(c, id);
      AuditTrail.record(c, user.username(), "report", "demolition_zone", zoneCode, latest.orElse(null), filed);
      return filed;
    });
  }

  private LocalDate supersededDate(Connection c, Zone zone, ReportForm form) throws SQLException {
    if (form.supersedes() == null) {
      return null;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT report_date FROM demolition_reports WHERE id = ? AND zone_id = ?")) {
      s.setLong(1, form.supersedes());
      s.setLong(2, zone.id());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new ReportRefused(Kind.INVALID, Problem.of(ErrorCode.SUPERSEDES_OTHER_ZONE, "supersedes: report "
              + form.supersedes() + " is not one of this zone's", "report", form.supersedes()));
        }
        return rs.getDate(1).toLocalDate();
      }
    }
  }

  private static long insert(Connection c, Zone zone, ReportForm form, User user) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO demolition_reports (zone_id, report_date,"
        + " signed_households, demolished_households, cleared_area_m2, note, change_reason, supersedes_id,"
        + " reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      s.setLong(1, zone.id());
      s.setDate(2, Date.valueOf(form.reportDate()));
      s.setInt(3, form.signedHouseholds());
      s.setInt(4, form.demolishedHouseholds());
      s.setDouble(5, form.clearedAreaM2());
      s.setString(6, form.note());
      s.setString(7, form.changeReason());
      if (form.supersedes() == null) {
        s.setNull(8, Types.BIGINT);
      } else {
        s.setLong(8, form.supersedes());
      }
      s.setString(9, user.username());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** A zone's identity and targets, locked for the transaction when {@code lock}. */
  record Zone(long id, String code, String township, Integer targetHouseholds, Double targetFloorAreaM2) {}

  private static Zone zone(Connection c, String code, boolean lock) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, code, township, target_households,"
        + " target_floor_area_m2 FROM demolition_zones WHERE code = ?" + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new ReportRefused(Kind.NOT_FOUND, Problem.of(ErrorCode.ZONE_NOT_FOUND, "no demolition zone " + code,
              "zone", code));
        }
        return new Zone(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Integer.class),
            rs.getObject(5, Double.class));
      }
    }
  }

  private static ZoneReport report(Connection c, long id) throws SQLException {
    return query(c, REPORT + " WHERE r.id = ?", id).get(0);
  }

  /** The zone's reports in the order (and with the limit) {@code tail} gives; tail is a constant. */
  private static List<ZoneReport> reports(Connection c, long zoneId, String tail) throws SQLException {
    return query(c, REPORT + " WHERE r.zone_id = ?" + tail, zoneId);
  }

  private static List<ZoneReport> query(Connection c, String sql, Object... params) throws SQLException {
    List<ZoneReport> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(new ZoneReport(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
              rs.getInt(5), rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getObject(9, Long.class),
              rs.getString(10), rs.getTimestamp(11).toInstant()));
        }
      }
    }
    return list;
  }
}
