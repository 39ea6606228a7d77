package parcelatlas.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import parcelatlas.domain.LandUse;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ProjectLevel;
import parcelatlas.domain.ProjectStage;

/**
 * Generates the 98 key projects. A project's stage matches the status of the parcels it occupies:
 * 投产 on 已投产 parcels, 竣工 and 开工 on 已开工, 落地 on 已出让 (two on 闲置: stuck projects),
 * 签约 on 挂牌中 or on no parcel yet, 谋划 never on a parcel. Projects on a parcel sometimes take
 * one or two touching parcels of the same status too. Investment scales with the parcel area and
 * the park's required intensity; planned dates are consistent with the stage as of 2026-11-16.
 * Zone links are added later by {@link ZoneGenerator}.
 */
final class ProjectGenerator {
  private static final long SALT = 37;
  private static final Object[][] STAGES = {
    {ProjectStage.IN_PRODUCTION, 24}, {ProjectStage.COMPLETED, 10}, {ProjectStage.STARTED, 22},
    {ProjectStage.LAND_SECURED, 16}, {ProjectStage.SIGNED, 14}, {ProjectStage.PLANNED, 12}
  };

  private final Dice dice = Dice.forConcept(SALT);
  private final Names names = new Names(Dice.forConcept(SALT + 1));
  private final List<String> leaders = Names.cityLeaders();
  private final Map<String, DemoPark> parks = new LinkedHashMap<>();
  private final List<DemoParcel> parcels;
  private final Set<String> taken = new LinkedHashSet<>();
  private final Set<String> projectNames = new LinkedHashSet<>();

  private ProjectGenerator(List<DemoPark> parks, List<DemoParcel> parcels) {
    parks.forEach(p -> this.parks.put(p.code(), p));
    this.parcels = parcels;
  }

  static List<DemoProject> generate(List<DemoPark> parks, List<DemoParcel> parcels) {
    return new ProjectGenerator(parks, parcels).all();
  }

  private List<DemoProject> all() {
    List<ProjectStage> slots = new ArrayList<>();
    for (Object[] s : STAGES) {
      for (int i = 0; i < (Integer) s[1]; i++) {
        slots.add((ProjectStage) s[0]);
      }
    }
    dice.shuffle(slots);
    int idleLeft = 2;
    List<DemoProject> projects = new ArrayList<>();
    for (ProjectStage stage : slots) {
      ParcelStatus status = switch (stage) {
        case IN_PRODUCTION -> ParcelStatus.IN_PRODUCTION;
        case COMPLETED, STARTED -> ParcelStatus.UNDER_CONSTRUCTION;
        case LAND_SECURED -> idleLeft-- > 0 ? ParcelStatus.IDLE : ParcelStatus.TRANSFERRED;
        case SIGNED -> dice.chance(0.55) ? ParcelStatus.LISTED : null;
        case PLANNED -> null;
      };
      String code = String.format(Locale.ROOT, "QL-XM-%03d", projects.size() + 1);
      projects.add(project(code, stage, status == null ? List.of() : site(status)));
    }
    return projects;
  }

  /** One free parcel of the status, plus sometimes one or two free touching ones like it. */
  private List<DemoParcel> site(ParcelStatus status) {
    List<DemoParcel> free = parcels.stream()
        .filter(p -> p.status() == status && p.parkCode() != null && p.feature() == null)
        .filter(p -> isProductive(p.landUse()) && !taken.contains(p.code()))
        .toList();
    List<DemoParcel> site = new ArrayList<>(List.of(dice.pick(free)));
    int extra = dice.weighted(75, 18, 7);
    for (DemoParcel other : free) {
      if (site.size() > extra || taken.contains(other.code()) || site.contains(other)) {
        continue;
      }
      if (other.parkCode().equals(site.get(0).parkCode())
          && other.geometry().distance(site.get(site.size() - 1).geometry()) < 0.01) {
        site.add(other);
      }
    }
    site.forEach(p -> taken.add(p.code()));
    return site;
  }

  private static boolean isProductive(LandUse use) {
    return use == LandUse.M1 || use == LandUse.M2 || use == LandUse.M3 || use == LandUse.W;
  }

  private DemoProject project(String code, ProjectStage stage, List<DemoParcel> site) {
    DemoPark park = site.isEmpty() ? dice.pick(List.copyOf(parks.values()))
        : parks.get(site.get(0).parkCode());
    ParkSpec spec = park.spec();
    String trade = dice.pick(spec.trades());
    ProjectTemplates.Trade templates = ProjectTemplates.TRADES.get(trade);
    double areaMu = site.stream().mapToDouble(DemoParcel::areaMu).sum();
    double total = site.isEmpty()
        ? templates.investmentWan().draw(dice, 0)
        : areaMu * spec.intensity().high() * dice.between(0.9, 1.6);
    total = Dice.round(total / 100, 0) * 100;
    Point location = site.isEmpty() ? proposedSite(park) : interior(site.get(0).geometry());
    LocalDate[] dates = plannedDates(stage);
    String investor = names.company(dice.pick(templates.investorWords()));
    String township = park.townshipAt(location.getX());
    String leader = dice.pick(leaders);
    String unit = dice.chance(0.75) ? spec.name() + "管委会" : Names.townshipOffice(township);
    return new DemoProject(code, uniqueName(trade, investor), investor, trade, level(total),
        stage, total, yearPlan(stage, total), spec.code(), township, leader, unit,
        dates[0], dates[1], dates[2], site.stream().map(DemoParcel::code).toList(), List.of(),
        location);
  }

  /** A name not used before; a repeated one is told apart by the investor's brand, as is usual. */
  private String uniqueName(String trade, String investor) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String name = ProjectTemplates.name(trade, dice);
      if (projectNames.add(name)) {
        return name;
      }
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      String branded = investor.substring(2, 4) + ProjectTemplates.name(trade, dice);
      if (projectNames.add(branded)) {
        return branded;
      }
    }
    throw new IllegalStateException("no unique project name for " + investor);
  }

  private ProjectLevel level(double totalWan) {
    if (totalWan >= 100_000 && dice.chance(0.8)) {
      return ProjectLevel.PROVINCIAL;
    }
    return totalWan >= 30_000 && dice.chance(0.7) ? ProjectLevel.MUNICIPAL : ProjectLevel.DISTRICT;
  }

  private double yearPlan(ProjectStage stage, double total) {
    double share = switch (stage) {
      case PLANNED -> 0;
      case SIGNED -> dice.between(0.05, 0.15);
      case LAND_SECURED -> dice.between(0.15, 0.3);
      case STARTED -> dice.between(0.3, 0.5);
      case COMPLETED -> dice.between(0.2, 0.35);
      case IN_PRODUCTION -> dice.between(0.05, 0.15);
    };
    return Dice.round(total * share / 10, 0) * 10;
  }

  /** Planned start, completion and production, consistent with the stage on 2026-11-16. */
  private LocalDate[] plannedDates(ProjectStage stage) {
    LocalDate start;
    LocalDate completion;
    switch (stage) {
      case IN_PRODUCTION -> {
        start = dice.dayBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 31));
        completion = start.plusMonths(dice.intBetween(10, 13));
      }
      case COMPLETED -> {
        completion = dice.dayBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31));
        start = completion.minusMonths(dice.intBetween(9, 14));
      }
      case STARTED -> {
        start = dice.dayBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30));
        completion = start.plusMonths(dice.intBetween(12, 15));
      }
      case LAND_SECURED -> {
        start = dice.dayBetween(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 31));
        completion = start.plusMonths(dice.intBetween(8, 9));
      }
      case SIGNED -> {
        start = dice.dayBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31));
        completion = start.plusMonths(dice.intBetween(6, 7));
      }
      default -> {
        start = dice.dayBetween(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
        completion = start.plusMonths(dice.intBetween(5, 6));
      }
    }
    LocalDate end = LocalDate.of(2027, 12, 31);
    int lead = stage == ProjectStage.IN_PRODUCTION ? 2 : 3;
    LocalDate production = completion.plusMonths(dice.intBetween(1, lead));
    return new LocalDate[] {start, min(completion, end), min(production, end)};
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** A proposed site: inside a reserve or land-ready parcel of the park, not claimed by anyone. */
  private Point proposedSite(DemoPark park) {
    List<DemoParcel> reserve = parcels.stream()
        .filter(p -> park.code().equals(p.parkCode()) && p.feature() == null)
        .filter(p -> p.status() == ParcelStatus.RESERVED || p.status() == ParcelStatus.UNSUPPLIED)
        .filter(p -> !taken.contains(p.code()))
        .toList();
    DemoParcel chosen = dice.pick(reserve);
    taken.add(chosen.code());
    return interior(chosen.geometry());
  }

  private static Point interior(Geometry geometry) {
    Point p = geometry.getInteriorPoint();
    return Plane.FACTORY.createPoint(Plane.at(p.getX(), p.getY()));
  }
}
