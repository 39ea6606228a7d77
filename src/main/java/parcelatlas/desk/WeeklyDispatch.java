package parcelatlas.desk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
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
import java.util.Objects;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.storage.Storage;

/**
 * The weekly dispatch (周调度): which demolition zones and key projects have not reported in the
 * week of a day. A zone reports with a weekly report dated in the week; a key project (one with a
 * level: 省/市/区重点) with any update the desk records and audits (stage, investment, tax,
 * milestone, issue) in the week, by the portal's calendar. A zone already complete (every
 * household demolished, the area cleared) by a report before the week owes nothing, nor does a
 * project in production on the day.
 *
 * <p>Scoping: a township's official sees the township's zones and projects, a park's official the
 * park's projects (zones belong to townships); city-wide officials, planners and admins see all.
 *
 * <p>Set-based: the database picks and counts the zones and projects (one index lookup per row,
 * one statement per kind, {@link DispatchSql}); Java orders only the missing ones' township and code (townships in Chinese
 * order by {@code Collator.getInstance(Locale.CHINA)}, the same on every database) and then reads
 * the page's rows by code.
 */
public final class WeeklyDispatch {
  /** One missing zone or project, as far as the order needs it. */
  private record Key(String kind, String township, String code) {}

  private final Storage storage;
  private final Clock clock;
  private final DayOfWeek reportingDay;

  public WeeklyDispatch(Storage storage, Clock clock, DayOfWeek reportingDay) {
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
    ZoneId zone = clock.getZone();
    OffsetDateTime from = week.from().atStartOfDay(zone).toOffsetDateTime();
    OffsetDateTime end = week.due().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    return storage.read(c -> {
      List<Key> keys = new ArrayList<>();
      int zones = 0;
      if (park == null) {
        List<Object> in = township == null ? List.of(Date.valueOf(week.due())) : List.of(Date.valueOf(week.due()), township);
        Date first = Date.valueOf(week.from());
        zones = keys(c, "zone", keys, DispatchSql.zonesMissing(township != null), first, in, first);
        zones = zones >= 0 ? zones : count(c, DispatchSql.zonesOwed(township != null), in, first);
      }
      int missingZones = keys.size();
      String scope = DispatchSql.projectScope(township, park);
      List<Object> in = township == null && park == null ? List.of(Date.valueOf(day), end)
          : List.of(Date.valueOf(day), end, township != null ? township : park);
      int projects = keys(c, "project", keys, DispatchSql.projectsMissing(scope), from, in);
      projects = projects >= 0 ? projects : count(c, DispatchSql.projectsOwed(scope), in);
      keys.sort(order(keys));
      int first = Math.min(offset, keys.size());
      List<Key> page = keys.subList(first, Math.min(keys.size(), first + limit));
      return new DispatchList(day, reportingDay, week, township, park, zones, projects, keys.size(), missingZones, first,
          items(c, week, day, end, page));
    });
  }

  /**
   * Zones first, then by township in Chinese order (none last), then by code. Each township is
   * ranked once by the collator (equal when it finds them equal), so the sort compares numbers.
   */
  private static Comparator<Key> order(List<Key> keys) {
    Collator collator = Collator.getInstance(Locale.CHINA);
    List<String> names = keys.stream().map(Key::township).filter(Objects::nonNull).distinct().sorted(collator).toList();
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0, r = 0; i < names.size(); i++) {
      r = i > 0 && collator.compare(names.get(i - 1), names.get(i)) == 0 ? r : i;
      rank.put(names.get(i), r);
    }
    return Comparator.comparing(Key::kind, Comparator.reverseOrder())
        .thenComparingInt((Key k) -> k.township() == null ? Integer.MAX_VALUE : rank.get(k.township()))
        .thenComparing(Key::code);
  }

  private static PreparedStatement prepare(Connection c, String sql, List<?> params, Object... more)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    int i = 1;
    for (Object p : params) {
      s.setObject(i++, p);
    }
    for (Object p : more) {
      s.setObject(i++, p);
    }
    return s;
  }

  private static int count(Connection c, String sql, List<?> params, Object... more) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params, more); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Adds the township and code of each row of {@code sql} (params: {@code first}, {@code params},
   * {@code more}) as a {@code kind}'s key; returns the count its rows carry, or -1 when it has none.
   */
  private static int keys(Connection c, String kind, List<Key> keys, String sql, Object first, List<?> params,
      Object... more) throws SQLException {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(params);
    int owed = -1;
    try (PreparedStatement s = prepare(c, sql, all, more); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        keys.add(new Key(kind, rs.getString(1), rs.getString(2)));
        owed = rs.getInt(3);
      }
    }
    return owed;
  }

  /** The page's items in its order, read by code. */
  private List<DispatchItem> items(Connection c, DispatchWeek week, LocalDate day, OffsetDateTime end, List<Key> page)
      throws SQLException {
    List<String> zones = page.stream().filter(k -> k.kind().equals("zone")).map(Key::code).toList();
    List<String> projects = page.stream().filter(k -> k.kind().equals("project")).map(Key::code).toList();
    Map<String, DispatchItem> read = new HashMap<>();
    if (!zones.isEmpty()) {
      List<Object> in = new ArrayList<>(List.of(Date.valueOf(week.due())));
      in.addAll(zones);
      try (PreparedStatement s = prepare(c, DispatchSql.zonePage(zones.size()), in); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Date last = rs.getDate("report_date");
          read.put("zone " + rs.getString("code"), new DispatchItem("zone", rs.getString("code"), rs.getString("name"),
              rs.getString("township"), null, rs.getString("leader"), rs.getString("responsible_unit"), null,
              last == null ? null : last.toLocalDate()));
        }
      }
    }
    if (!projects.isEmpty()) {
      List<Object> in = new ArrayList<>(List.of(Date.valueOf(day), end));
      in.addAll(projects);
      ZoneId zone = clock.getZone();
      try (PreparedStatement s = prepare(c, DispatchSql.projectPage(projects.size()), in);
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime last = rs.getObject("latest", OffsetDateTime.class);
          read.put("project " + rs.getString("code"), new DispatchItem("project", rs.getString("code"),
              rs.getString("name"), rs.getString("township"), rs.getString("park_code"), rs.getString("leader"),
              rs.getString("responsible_unit"), rs.getString("stage"),
              last == null ? null : last.atZoneSameInstant(zone).toLocalDate()));
        }
      }
    }
    return page.stream().map(k -> read.get(k.kind() + " " + k.code())).toList();
  }
}
