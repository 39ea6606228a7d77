package parcelatlas.bulletin;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.figures.FigureService;
import parcelatlas.figures.Figures;
import parcelatlas.figures.Rankings;
import parcelatlas.figures.Readers;
import parcelatlas.figures.Scope;
import parcelatlas.figures.StageOnDay;
import parcelatlas.figures.ZoneState;
import parcelatlas.storage.Storage;

/**
 * Builds a month's {@link Bulletin} from the stored records with the figures' own code
 * ({@link FigureService}, {@link Rankings}): nothing is computed twice. The bulletin goes to every
 * leader and unit, so its figures are those every staff member may see: a figure that would give
 * one project's tax or investment away is withheld ({@link parcelatlas.figures.Disclosure}).
 */
public final class BulletinBuilder {
  /** Whose internals the bulletin may reveal: nobody's (it is read by every township). */
  public static final Readers EVERY_STAFF_MEMBER = new Readers(false, null);
  private static final List<String> STAGES = List.of("planned", "signed", "land_secured", "started", "completed",
      "in_production");
  private static final String PROJECTS = "SELECT code, name, township, leader, responsible_unit, planned_start_date,"
      + " planned_production_date FROM projects WHERE planned_start_date <= ? OR planned_production_date <= ?";
  private static final String ZONES = "SELECT code, name, leader, responsible_unit FROM demolition_zones";

  private final Storage storage;
  private final FigureService figures;
  private final EvidencePhotos photos;

  /** @param zone the portal's time zone (a month's photos are those attached on its days there) */
  public BulletinBuilder(Storage storage, FigureService figures, java.time.ZoneId zone) {
    this.storage = storage;
    this.figures = figures;
    this.photos = new EvidencePhotos(storage, zone);
  }

  /** The day a month's bulletin is made on: its last day, or {@code today} for the month under way. */
  public static LocalDate asOf(YearMonth month, LocalDate today) {
    LocalDate end = month.atEndOfMonth();
    return end.isAfter(today) ? today : end;
  }

  /** The bulletin of {@code month} as the records stand now; rankings compared with a month earlier. */
  public Bulletin build(YearMonth month, LocalDate today) {
    LocalDate day = asOf(month, today);
    int period = month.lengthOfMonth();
    Figures city = figures.figures(Scope.CITY, day, EVERY_STAFF_MEMBER);
    Map<String, List<Rankings.Place>> townships = Rankings.of(figures, Rankings.Of.TOWNSHIPS, day, period,
        EVERY_STAFF_MEMBER);
    Map<String, List<Rankings.Place>> parks = Rankings.of(figures, Rankings.Of.PARKS, day, period, EVERY_STAFF_MEMBER);
    List<Bulletin.LaggingProject> lagging = lagging(day);
    List<Bulletin.OverdueZone> overdue = overdue(day);
    Verdicts verdicts = Verdicts.of(townships, parks, overdue);
    return new Bulletin(month, day, city, townships, parks, lagging, overdue, verdicts.praiseLines(), verdicts.criticismLines(),
        verdicts, photos.of(month, day));
  }

  private List<Bulletin.LaggingProject> lagging(LocalDate day) {
    Map<String, String> stages = new HashMap<>();
    for (StageOnDay s : figures.projectStages(day)) {
      stages.put(s.code(), s.stage());
    }
    List<Bulletin.LaggingProject> lagging = storage.read(c -> {
      List<Bulletin.LaggingProject> found = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(PROJECTS)) {
        s.setDate(1, Date.valueOf(day));
        s.setDate(2, Date.valueOf(day));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String stage = stages.getOrDefault(rs.getString("code"), "planned");
            Date start = rs.getDate("planned_start_date");
            Date production = rs.getDate("planned_production_date");
            if (production != null && !production.toLocalDate().isAfter(day) && !stage.equals("in_production")) {
              found.add(project(rs, stage, "production", production.toLocalDate(), day));
            } else if (start != null && !start.toLocalDate().isAfter(day)
                && STAGES.indexOf(stage) < STAGES.indexOf("started")) {
              found.add(project(rs, stage, "start", start.toLocalDate(), day));
            }
          }
        }
      }
      return found;
    });
    lagging.sort(Comparator.comparingLong(Bulletin.LaggingProject::daysLate).reversed()
        .thenComparing(Bulletin.LaggingProject::code));
    return lagging;
  }

  private static Bulletin.LaggingProject project(ResultSet rs, String stage, String behind, LocalDate planned,
      LocalDate day) throws java.sql.SQLException {
    return new Bulletin.LaggingProject(rs.getString("code"), rs.getString("name"), rs.getString("township"),
        rs.getString("leader"), rs.getString("responsible_unit"), stage, behind, planned,
        ChronoUnit.DAYS.between(planned, day));
  }

  private List<Bulletin.OverdueZone> overdue(LocalDate day) {
    Map<String, String[]> people = storage.read(c -> {
      Map<String, String[]> found = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(ZONES); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      return found;
    });
    List<Bulletin.OverdueZone> overdue = new ArrayList<>();
    for (ZoneState z : figures.zoneStates(Scope.CITY, day)) {
      if (z.overdue()) {
        String[] p = people.getOrDefault(z.code(), new String[3]);
        long months = FigureService.monthsLate(z.deadline(), day);
        overdue.add(new Bulletin.OverdueZone(z.code(), p[0], z.township(), p[1], p[2], z.deadline(), months,
            z.demolishedPct(), z.clearedPct(), z.penaltyWan()));
      }
    }
    overdue.sort(Comparator.comparingLong(Bulletin.OverdueZone::monthsLate).reversed()
        .thenComparing(Bulletin.OverdueZone::code));
    return overdue;
  }
}
