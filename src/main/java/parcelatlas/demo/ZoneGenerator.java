package parcelatlas.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.domain.ProjectStage;

/**
 * Generates 28 demolition zones and links projects to them. Twenty zones are villages on or next
 * to the site of a project that waits on them (18 projects; two of them wait on a second zone as
 * well); eight more lie on the edge of a park, land reserve that nothing waits on yet. A village
 * never covers a built or transferred parcel (other than its project's own) nor another zone, and
 * is compact (at least 80 % of its convex hull: no village squeezed along the roads); its
 * area is 0.05–0.6 km², its households 20–400 at a rural density, and its deadline fits its
 * {@link ZonePlan}. Zones are coded {@code QL-Z01}… in order of park and easting.
 */
final class ZoneGenerator {
  private static final long SALT = 41;
  private static final int LINKED = 20;
  private static final int UNLINKED = 8;

  /** The zones and the projects with their zone codes filled in. */
  record Result(List<DemoZone> zones, List<DemoProject> projects) {}

  private record Draft(Polygon shape, DemoPark park, List<String> projectCodes) {}

  private ZoneGenerator() {}

  static Result generate(List<DemoPark> parks, List<DemoParcel> parcels,
      List<DemoProject> projects) {
    Dice dice = Dice.forConcept(SALT);
    Names names = new Names(Dice.forConcept(SALT + 1));
    List<String> leaders = Names.cityLeaders();
    Map<String, DemoPark> parkByCode = new LinkedHashMap<>();
    parks.forEach(p -> parkByCode.put(p.code(), p));
    List<DemoProject> waiting = new ArrayList<>(projects.stream()
        .filter(p -> p.stage() == ProjectStage.SIGNED || p.stage() == ProjectStage.LAND_SECURED
            || p.stage() == ProjectStage.STARTED || p.stage() == ProjectStage.PLANNED)
        .toList());
    dice.shuffle(waiting);
    List<Draft> drafts = new ArrayList<>();
    List<DemoProject> chosen = new ArrayList<>();
    for (DemoProject project : waiting) {
      if (chosen.size() == LINKED - 2) {
        break;
      }
      Polygon shape = place(project.location().getCoordinate(), 0.3, 0.9, 150,
          obstacles(parcels, project.parcelCodes()), drafts, dice);
      if (shape != null) {
        drafts.add(new Draft(shape, parkByCode.get(project.parkCode()), List.of(project.code())));
        chosen.add(project);
      }
    }
    for (DemoProject project : chosen) {
      if (drafts.size() == LINKED) {
        break;
      }
      Polygon shape = place(project.location().getCoordinate(), 1.0, 1.8, 450,
          obstacles(parcels, project.parcelCodes()), drafts, dice);
      if (shape != null) {
        drafts.add(new Draft(shape, parkByCode.get(project.parkCode()), List.of(project.code())));
      }
    }
    if (drafts.size() < LINKED) {
      throw new IllegalStateException("only " + drafts.size() + " villages found room");
    }
    List<Geometry> built = obstacles(parcels, List.of());
    for (int i = 0; i < UNLINKED; i++) {
      DemoPark park = parks.get(i % parks.size());
      Polygon shape = null;
      for (int attempt = 0; shape == null && attempt < 12; attempt++) {
        shape = place(beyondEdge(park, dice), 0, 0.5, 150, built, drafts, dice);
      }
      if (shape == null) {
        throw new IllegalStateException("no room for a village next to " + park.code());
      }
      drafts.add(new Draft(shape, park, List.of()));
    }
    drafts.sort((a, b) -> a.park().code().equals(b.park().code())
        ? Double.compare(a.shape().getCentroid().getX(), b.shape().getCentroid().getX())
        : a.park().code().compareTo(b.park().code()));
    List<ZonePlan> plans = plans(dice);
    List<DemoZone> zones = new ArrayList<>();
    Map<String, List<String>> links = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      String code = String.format(Locale.ROOT, "QL-Z%02d", zones.size() + 1);
      zones.add(zone(code, draft, plans.get(zones.size()), names, leaders, dice));
      draft.projectCodes().forEach(p -> links.computeIfAbsent(p, k -> new ArrayList<>()).add(code));
    }
    List<DemoProject> linked = projects.stream()
        .map(p -> p.withZones(links.getOrDefault(p.code(), List.of())))
        .toList();
    return new Result(zones, linked);
  }

  /** A point 300 m outside a random vertex of the park boundary, away from its centre. */
  private static Coordinate beyondEdge(DemoPark park, Dice dice) {
    Coordinate[] ring = park.boundary().getCoordinates();
    Coordinate vertex = ring[dice.intBetween(0, ring.length - 2)];
    double dx = vertex.x - park.spec().centreX();
    double dy = vertex.y - park.spec().centreY();
    double length = StrictMath.hypot(dx, dy);
    return new Coordinate(vertex.x + dx / length * 300, vertex.y + dy / length * 300);
  }

  private static List<ZonePlan> plans(Dice dice) {
    List<ZonePlan> plans = new ArrayList<>();
    int[] counts = {4, 6, 11, 7};
    for (ZonePlan plan : ZonePlan.values()) {
      for (int i = 0; i < counts[plan.ordinal()]; i++) {
        plans.add(plan);
      }
    }
    dice.shuffle(plans);
    return plans;
  }

  private static List<Geometry> obstacles(List<DemoParcel> parcels, List<String> except) {
    return parcels.stream()
        .filter(p -> !p.isFlawed() && !except.contains(p.code()))
        .filter(p -> p.status() == ParcelStatus.IN_PRODUCTION
            || p.status() == ParcelStatus.UNDER_CONSTRUCTION
            || p.status() == ParcelStatus.TRANSFERRED || p.status() == ParcelStatus.IDLE)
        .map(DemoParcel::geometry)
        .toList();
  }

  /**
   * A village near {@code anchor}, offset by a share of its radius, clear of other zones; null
   * when the surroundings are too built up to leave a village of the minimum size.
   */
  private static Polygon place(Coordinate anchor, double minShift, double maxShift, double reach,
      List<Geometry> obstacles, List<Draft> placed, Dice dice) {
    for (int attempt = 0; attempt < 40; attempt++) {
      double area = 1e6 * (dice.chance(0.8) ? dice.between(0.06, 0.3) : dice.between(0.3, 0.55));
      double radius = StrictMath.sqrt(area / StrictMath.PI);
      double angle = dice.between(0, 2 * StrictMath.PI);
      double shift = radius * dice.between(minShift, maxShift);
      Coordinate centre = new Coordinate(anchor.x + shift * StrictMath.cos(angle),
          anchor.y + shift * StrictMath.sin(angle));
      Polygon shape = VillageShapes.carve(VillageShapes.outline(centre, area, dice), obstacles);
      if (shape == null || shape.getArea() < 0.05e6 || shape.getArea() > 0.6e6
          || shape.getArea() < 0.8 * shape.convexHull().getArea() || shape.getNumPoints() > 60
          || shape.distance(Plane.FACTORY.createPoint(anchor)) > reach) {
        continue;
      }
      boolean clear = placed.stream().allMatch(d -> d.shape().distance(shape) > 30);
      if (clear) {
        return shape;
      }
    }
    return null;
  }

  private static DemoZone zone(String code, Draft draft, ZonePlan plan, Names names,
      List<String> leaders, Dice dice) {
    double km2 = draft.shape().getArea() / 1e6;
    int households = (int) Math.max(20, Math.min(400, Math.round(km2 * dice.between(420, 760))));
    double floorArea = Dice.round(households * dice.between(160, 260), 1);
    YearMonth month = switch (plan) {
      case COMPLETE -> YearMonth.of(2026, 6).plusMonths(dice.intBetween(0, 6));
      case OVERDUE -> YearMonth.of(2026, 3).plusMonths(dice.intBetween(0, 7));
      default -> YearMonth.of(2026, 12).plusMonths(dice.intBetween(0, 6));
    };
    LocalDate deadline = month.atEndOfMonth();
    Double penalty = dice.chance(plan == ZonePlan.OVERDUE ? 0.8 : 0.25)
        ? Double.valueOf(dice.pick(List.of(5, 8, 10, 15, 20))) : null;
    String township = draft.park().townshipAt(draft.shape().getCentroid().getX());
    String village = names.village();
    String name = switch (dice.weighted(70, 15, 15)) {
      case 0 -> village + "征收片区";
      case 1 -> village + "东片区";
      default -> village + "二期征收片区";
    };
    String unit = dice.chance(0.8) ? Names.townshipOffice(township)
        : draft.park().spec().name() + "管委会";
    return new DemoZone(code, name, township, households, floorArea, deadline, penalty,
        dice.pick(leaders), unit, draft.shape(), plan);
  }
}
