package parcelatlas.desk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.ProjectStages;
import parcelatlas.figures.Scope;
import parcelatlas.figures.StageOnDay;
import parcelatlas.figures.ZoneState;
import parcelatlas.storage.Storage;

/**
 * The desk's lagging list (滞后清单) and overdue list for the whole city on a day, coloured by
 * {@link LaggingRules}, filtered, sorted and cut into pages on the server, so the page downloads
 * one page whatever the number of zones and projects. Headline fields only (every staff member
 * may see them). Rows are built from one pass over the zones' and projects' headline columns
 * (memory grows with zones + projects, not with parcels).
 */
public final class LaggingList {
  /** show: which rows; overdue = zones the figures count overdue (sorted by deadline). */
  public static final List<String> SHOWS = List.of("lagging", "red", "amber", "green", "all", "overdue");
  public static final List<String> SORTS = List.of("days", "township", "leader");
  public static final int MAX_LIMIT = 500;
  public static final int MAX_SEARCH = 100;
  private static final String ZONES = "SELECT code, name, leader FROM demolition_zones";
  private static final String PROJECTS = "SELECT code, name, township, leader, planned_start_date,"
      + " planned_production_date FROM projects";
  private static final Collator ZH = Collator.getInstance(Locale.CHINA);
  private static final Comparator<LagRow> BY_DAYS = Comparator
      .comparing((LagRow r) -> r.daysLate() == null ? Long.MIN_VALUE : r.daysLate(), Comparator.reverseOrder())
      .thenComparing(LagRow::code);
  private final Storage storage;
  private final FigureService figures;

  public LaggingList(Storage storage, FigureService figures) {
    this.storage = storage;
    this.figures = figures;
  }

  /** A page: {@code {asOf, numberMatched, rows, nextOffset?}}; bad show, sort, search, limit or offset is a 400 naming it. */
  public Map<String, Object> page(LocalDate day, String show, String sort, String search, int limit, int offset) {
    String shown = oneOf("show", show == null ? "lagging" : show, SHOWS);
    String order = oneOf("sort", sort == null ? "days" : sort, SORTS);
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    if (needle.length() > MAX_SEARCH) {
      throw new BadInput(ErrorCode.TEXT_TOO_LONG, "search is longer than " + MAX_SEARCH + " characters",
          "field", "search", "max", MAX_SEARCH);
    }
    List<ZoneState> zones = figures.zoneStates(Scope.CITY, day);
    List<LagRow> rows = storage.read(c -> rows(c, zones, day));
    Predicate<LagRow> keep = switch (shown) {
      case "all" -> r -> true;
      case "lagging" -> r -> !r.rag().equals("green");
      case "overdue" -> r -> r.overdue();
      default -> r -> r.rag().equals(shown);
    };
    Comparator<LagRow> by = shown.equals("overdue")
        ? Comparator.comparing(LagRow::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(LagRow::code)
        : switch (order) {
          case "township" -> Comparator.comparing(LagRow::township, ZH).thenComparing(BY_DAYS);
          case "leader" -> Comparator.comparing(LagRow::leader, ZH).thenComparing(BY_DAYS);
          default -> BY_DAYS;
        };
    List<LagRow> matched = rows.stream().filter(keep)
        .filter(r -> needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)
            || r.code().toLowerCase(Locale.ROOT).contains(needle))
        .sorted(by).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", day);
    body.put("numberMatched", matched.size());
    int from = Math.min(offset, matched.size());
    int to = Math.min(matched.size(), from + limit);
    body.put("rows", matched.subList(from, to));
    if (to < matched.size()) {
      body.put("nextOffset", to);
    }
    return body;
  }

  private static List<LagRow> rows(Connection c, List<ZoneState> zones, LocalDate day) throws SQLException {
    List<LagRow> rows = new ArrayList<>();
    Map<String, String[]> zoneFacts = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(ZONES); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        zoneFacts.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    for (ZoneState z : zones) {
      String[] facts = zoneFacts.getOrDefault(z.code(), new String[2]);
      rows.add(LaggingRules.zone(z, facts[0], facts[1], day));
    }
    Map<String, String> stages = new HashMap<>();
    for (StageOnDay s : ProjectStages.all(c, day)) {
      stages.put(s.code(), s.stage());
    }
    try (PreparedStatement s = c.prepareStatement(PROJECTS); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(LaggingRules.project(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            stages.get(rs.getString(1)), day(rs.getDate(5)), day(rs.getDate(6)), day));
      }
    }
    return rows;
  }

  private static LocalDate day(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static String oneOf(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, field + " must be one of " + allowed, "field", field,
          "value", value, "allowed", String.join(", ", allowed));
    }
    return value;
  }
}
