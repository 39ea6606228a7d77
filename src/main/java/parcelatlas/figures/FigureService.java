package parcelatlas.figures;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;

/**
 * Computes {@link Figures} for a scope on a day.
 * <ul>
 *   <li>开工率 = projects due to start by the day (planned start ≤ day) that have started (stage 开工
 *       or later) ÷ projects due to start.
 *   <li>投资完成率 = investment completed in the day's year up to the day's month ÷ this year's
 *       planned investment; 时间进度 = day of year ÷ days in the year; the gap in points.
 *   <li>竣工投产率 = projects due in production by the day that are in production ÷ those due.
 *   <li>亩均投资强度 = total investment of projects occupying parcels ÷ those parcels' area in 亩.
 *   <li>Demolition: sums over the scope's zones of each zone's latest report on or before the day,
 *       against the targets; a zone is overdue when its deadline has passed and households or
 *       floor area remain; its penalty is the monthly penalty × months of delay, any part of a
 *       month counting as a month.
 * </ul>
 * A project's stage on a day comes from its stage history ({@code project_stage_changes}): the
 * latest change on or before the day; 谋划 when all its changes are later; its current stage when
 * it has none (imported and never changed: the file gives no dates). So 开工率 and 竣工投产率 are
 * those of the day, as are the demolition, investment and tax figures.
 * <ul>
 *   <li>亩均税收 (year to date) = tax paid by the scope's projects in the months from January of
 *       the day's year up to the day's month ÷ the 亩 of the parcels occupied by those of the
 *       scope's projects that were in production on the day or paid tax in those months.
 * </ul>
 */
public final class FigureService {
  private final Storage storage;

  public FigureService(Storage storage) {
    this.storage = storage;
  }

  public List<String> townships() {
    return storage.read(c -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(FigureSql.TOWNSHIPS); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      return names;
    });
  }

  /** Every park with a boundary or with projects: {code, name (null when it has no boundary)}, by code. */
  public List<String[]> parks() {
    return storage.read(c -> {
      List<String[]> parks = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(FigureSql.PARKS); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          parks.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      return parks;
    });
  }

  /** The scope's figures on the day as those who may read every project see them. */
  public Figures figures(Scope scope, LocalDate day) {
    return figures(scope, day, Readers.EVERY_PROJECT);
  }

  /**
   * The scope's figures on the day as {@code readers} may see them: tax and investment completion
   * withheld by the small-cell rule of {@link Disclosure}.
   */
  public Figures figures(Scope scope, LocalDate day, Readers readers) {
    String name = scope.kind() == Scope.Kind.CITY ? "city" : scope.name();
    return storage.read(c -> figuresOf(c, scope.kind(), List.of(name), day, readers, true)).get(name);
  }

  /**
   * The figures of each of {@code names} (townships, or park codes; for the city, {@code "city"})
   * on the day as {@code readers} may see them, in the order given: every scope of the kind is
   * computed by the same few grouped queries, so the cost hardly grows with the number of scopes.
   */
  public Map<String, Figures> figuresOf(Scope.Kind kind, List<String> names, LocalDate day, Readers readers) {
    return storage.read(c -> figuresOf(c, kind, names, day, readers, false));
  }

  private Map<String, Figures> figuresOf(Connection c, Scope.Kind kind, List<String> names, LocalDate day,
      Readers readers, boolean one) throws SQLException {
    String only = one && kind != Scope.Kind.CITY ? names.get(0) : null;
    Scope zoneScope = only == null ? Scope.CITY : new Scope(kind, only);
    List<ZoneState> zones = kind == Scope.Kind.PARK ? List.of() : zoneStates(c, zoneScope, day);
    Map<String, FigureParts> parts = FigureParts.read(c, kind, only, day, zones);
    Map<String, Map<String, String>> withheld = Contributors.withheld(c, kind, only, readers,
        Date.valueOf(day.withDayOfYear(1)), Date.valueOf(day));
    Map<String, Figures> figures = new LinkedHashMap<>();
    for (String name : names) {
      Scope scope = kind == Scope.Kind.CITY ? Scope.CITY : new Scope(kind, name);
      figures.put(name, parts.getOrDefault(name, new FigureParts()).figures(scope, day,
          withheld.getOrDefault(name, new LinkedHashMap<>())));
    }
    return figures;
  }

  /** Every project's stage on the day (see {@link ProjectStages}), by code. */
  public List<StageOnDay> projectStages(LocalDate day) {
    return storage.read(c -> ProjectStages.all(c, day));
  }

  /** The projects with these codes (a map view's page) and their stage on the day, by code. */
  public List<StageOnDay> projectStages(LocalDate day, Collection<String> codes) {
    return storage.read(c -> ProjectStages.of(c, codes, day));
  }

  /** Every zone of the scope as it stood on the day, by code. */
  public List<ZoneState> zoneStates(Scope scope, LocalDate day) {
    return storage.read(c -> zoneStates(c, scope, day, List.of()));
  }

  /** The city's zones with these codes (a map view's page, or a project's waited zones) on the day, by code. */
  public List<ZoneState> zoneStates(LocalDate day, Collection<String> codes) {
    return codes.isEmpty() ? List.of() : storage.read(c -> zoneStates(c, Scope.CITY, day, codes));
  }

  private List<ZoneState> zoneStates(Connection c, Scope scope, LocalDate day) throws SQLException {
    return zoneStates(c, scope, day, List.of());
  }

  private List<ZoneState> zoneStates(Connection c, Scope scope, LocalDate day, Collection<String> codes)
      throws SQLException {
    List<ZoneState> zones = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(FigureSql.zones(scope, codes.size()) + FigureSql.ZONE_ORDER)) {
      int i = 1;
      s.setDate(i++, Date.valueOf(day));
      if (scope.kind() == Scope.Kind.TOWNSHIP) {
        s.setString(i++, scope.name());
      }
      for (String code : codes) {
        s.setString(i++, code);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          zones.add(zoneState(rs, day));
        }
      }
    }
    return zones;
  }

  private static ZoneState zoneState(ResultSet rs, LocalDate day) throws SQLException {
    Integer target = rs.getObject("target_households", Integer.class);
    Double targetArea = rs.getObject("target_floor_area_m2", Double.class);
    int signed = rs.getInt("signed_households");
    int demolished = rs.getInt("demolished_households");
    double cleared = rs.getDouble("cleared_area_m2");
    Date deadline = rs.getDate("deadline");
    Date reported = rs.getDate("report_date");
    boolean overdue = deadline != null && deadline.toLocalDate().isBefore(day)
        && (demolished < (target == null ? 0 : target) || cleared < (targetArea == null ? 0 : targetArea));
    double penalty = overdue ? rs.getDouble("penalty_wan_per_month") * monthsLate(deadline.toLocalDate(), day) : 0;
    return new ZoneState(rs.getString("code"), rs.getString("township"), target, targetArea,
        deadline == null ? null : deadline.toLocalDate(), reported == null ? null : reported.toLocalDate(),
        signed, demolished, cleared, percent(signed, target == null ? 0 : target),
        percent(demolished, target == null ? 0 : target), percent(cleared, targetArea == null ? 0 : targetArea),
        overdue, penalty);
  }

  /** Whole months from the deadline to the day, a started month counting as one. */
  public static long monthsLate(LocalDate deadline, LocalDate day) {
    Period late = Period.between(deadline, day);
    return late.toTotalMonths() + (late.getDays() > 0 ? 1 : 0);
  }

  static Double percent(double part, double whole) {
    return FigureParts.percent(part, whole);
  }
}
