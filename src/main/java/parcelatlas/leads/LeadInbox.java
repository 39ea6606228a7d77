package parcelatlas.leads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parcelatlas.domain.ErrorCode;
import parcelatlas.storage.Storage;

/**
 * Reads leads for staff, newest first, within what the reader may see ({@link LeadAccess}). A lead
 * is overdue when it is still {@code new} {@code overdueHours} after it arrived, by the app's
 * clock (the clock that stamped {@code created_at}).
 */
public final class LeadInbox {
  static final String COLUMNS = "e.id, e.parcel_code, e.park_code, p.name, e.name, e.contact, e.message, e.created_at,"
      + " e.status, e.assigned_to, e.status_changed_at, e.handled_at, e.handled_by";
  static final String FROM = " FROM enquiries e LEFT JOIN parks p ON p.code = e.park_code";

  /** One page of the inbox; {@code next} is the {@code before} of the following page, null at the end. */
  public record Page(List<Lead> leads, Long next, long overdue, int overdueHours) {}

  private final Storage storage;
  private final Clock clock;
  private final int overdueHours;

  public LeadInbox(Storage storage, Clock clock, int overdueHours) {
    this.storage = storage;
    this.clock = clock;
    this.overdueHours = overdueHours;
  }

  /**
   * The {@code leads.overdue.hours} setting: a whole number of hours from 1 to 720 (30 days);
   * anything else stops the start naming the setting.
   */
  public static int overdueHours(String setting) {
    try {
      int hours = Integer.parseInt(setting.strip());
      if (hours >= 1 && hours <= 720) {
        return hours;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("leads.overdue.hours must be a whole number of hours from 1 to 720, not '"
        + setting + "'");
  }

  /** The database the leads are in. */
  public Storage storage() {
    return storage;
  }

  public int overdueHours() {
    return overdueHours;
  }

  /** The instant before which a lead still {@code new} is overdue. */
  Instant overdueCutoff() {
    return clock.instant().minus(Duration.ofHours(overdueHours));
  }

  /**
   * A page of leads matching the filter, ids below {@code filter.before()}; with the number of
   * overdue leads in the same park filter (whatever the status filter), for the inbox's banner.
   */
  public Page list(LeadAccess access, LeadFilter filter) {
    String park = access.parkFilter(filter.park());
    Timestamp cutoff = Timestamp.from(overdueCutoff());
    return storage.read(c -> {
      StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1 = 1");
      List<Object> values = new ArrayList<>();
      if (park != null) {
        sql.append(" AND e.park_code = ?");
        values.add(park);
      }
      if (filter.status() != null) {
        sql.append(" AND e.status = ?");
        values.add(filter.status().wire());
      }
      if (filter.overdue()) {
        sql.append(" AND e.status = 'new' AND e.created_at <= ?");
        values.add(cutoff);
      }
      if (filter.before() != null) {
        sql.append(" AND e.id < ?");
        values.add(filter.before());
      }
      sql.append(" ORDER BY e.id DESC LIMIT ?");
      values.add(filter.limit() + 1);
      List<Lead> leads = query(c, sql.toString(), values);
      Long next = null;
      if (leads.size() > filter.limit()) {
        leads = leads.subList(0, filter.limit());
        next = leads.get(leads.size() - 1).id();
      }
      long overdue = count(c, "SELECT COUNT(*) FROM enquiries WHERE status = 'new' AND created_at <= ?"
          + (park == null ? "" : " AND park_code = ?"), park == null ? List.of(cutoff) : List.of(cutoff, park));
      return new Page(List.copyOf(leads), next, overdue, overdueHours);
    });
  }

  /** The lead; LeadRefused 404 when there is none, 403 when it is another park's. */
  public Lead get(LeadAccess access, long id) {
    Lead lead = storage.read(c -> find(c, id)).orElseThrow(() -> notFound(id));
    access.requireSees(lead.parkCode());
    return lead;
  }

  Optional<Lead> find(Connection c, long id) throws SQLException {
    List<Lead> found = query(c, "SELECT " + COLUMNS + FROM + " WHERE e.id = ?", List.of(id));
    return found.stream().findFirst();
  }

  static LeadRefused notFound(long id) {
    return new LeadRefused(404, ErrorCode.LEAD_NOT_FOUND, "there is no lead " + id, "id", id);
  }

  private List<Lead> query(Connection c, String sql, List<Object> values) throws SQLException {
    Instant cutoff = overdueCutoff();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      List<Lead> leads = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Instant created = rs.getTimestamp(8).toInstant();
          String status = rs.getString(9);
          leads.add(new Lead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), created, status, rs.getString(10), instant(rs, 11), instant(rs, 12),
              rs.getString(13), "new".equals(status) && !created.isAfter(cutoff)));
        }
      }
      return leads;
    }
  }

  private static long count(Connection c, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
