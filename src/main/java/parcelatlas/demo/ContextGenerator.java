package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Point;
import parcelatlas.domain.ContextKind;

/**
 * 青岚市's location context, placed by hand relative to its parks (and jittered by a few hundred
 * metres from a fixed seed): four exits of the expressway that skirts the city, a rail freight
 * station by the logistics park and one in the north, the port's logistics and chemical berths,
 * a general-aviation airport in the south-west, a substation just outside every park and three
 * water works. Everything stays within about 3.5 km of a park, inside the district's 30 km square.
 * A point that would fall inside a park is moved outwards until it does not.
 */
final class ContextGenerator {
  private static final long SALT = 67;
  private static final double STEP = 250;

  private ContextGenerator() {}

  /** One point to place: near a park's centre, offset in metres east and north. */
  private record Spot(String park, double dx, double dy, ContextKind kind, String zh, String en) {}

  private static final List<Spot> SPOTS = List.of(
      new Spot("QL-P01", 3200, 1200, ContextKind.HIGHWAY_EXIT, "青岚东高速出入口", "Qinglan East Highway Exit"),
      new Spot("QL-P06", -2600, 2300, ContextKind.HIGHWAY_EXIT, "青岚北高速出入口", "Qinglan North Highway Exit"),
      new Spot("QL-P04", -2400, 2600, ContextKind.HIGHWAY_EXIT, "青岚西高速出入口", "Qinglan West Highway Exit"),
      new Spot("QL-P07", 2600, -1900, ContextKind.HIGHWAY_EXIT, "青岚南高速出入口", "Qinglan South Highway Exit"),
      new Spot("QL-P04", 1800, -2700, ContextKind.RAIL_FREIGHT, "青岚铁路货运站", "Qinglan Rail Freight Station"),
      new Spot("QL-P02", -2900, 1500, ContextKind.RAIL_FREIGHT, "青岚北铁路货运站", "Qinglan North Rail Freight Station"),
      new Spot("QL-P04", -3100, -600, ContextKind.PORT, "青岚港临港作业区", "Qinglan Port, Lingang Terminal"),
      new Spot("QL-P03", 3000, -1600, ContextKind.PORT, "青岚港化工码头", "Qinglan Port, Chemical Berths"),
      new Spot("QL-P05", -2600, -3000, ContextKind.AIRPORT, "青岚通用机场", "Qinglan General Aviation Airport"),
      new Spot("QL-P02", 1800, 3200, ContextKind.WATER_WORKS, "青岚第一水厂", "Qinglan No. 1 Water Works"),
      new Spot("QL-P05", 2500, 2000, ContextKind.WATER_WORKS, "青岚第二水厂", "Qinglan No. 2 Water Works"),
      new Spot("QL-P04", 600, 3000, ContextKind.WATER_WORKS, "青岚临港水厂", "Qinglan Lingang Water Works"));

  /** The points in code order: QL-C01 … */
  static List<DemoContextPoint> generate(List<DemoPark> parks) {
    Dice dice = Dice.forConcept(SALT);
    List<DemoContextPoint> points = new ArrayList<>();
    for (Spot spot : SPOTS) {
      points.add(place(parks, park(parks, spot.park()), spot.dx(), spot.dy(), spot.kind(), spot.zh(), spot.en(),
          points.size() + 1, dice));
    }
    for (DemoPark park : parks) {
      double angle = dice.between(0, 2 * Math.PI);
      String zh = park.spec().name() + "110千伏变电站";
      String en = park.spec().nameEn() + " 110 kV Substation";
      points.add(place(parks, park, 1200 * Math.cos(angle), 1200 * Math.sin(angle), ContextKind.SUBSTATION, zh, en,
          points.size() + 1, dice));
    }
    return List.copyOf(points);
  }

  private static DemoContextPoint place(List<DemoPark> parks, DemoPark near, double dx, double dy, ContextKind kind,
      String zh, String en, int number, Dice dice) {
    double x = near.spec().centreX() + dx + dice.between(-300, 300);
    double y = near.spec().centreY() + dy + dice.between(-300, 300);
    double length = Math.hypot(x - near.spec().centreX(), y - near.spec().centreY());
    double ux = (x - near.spec().centreX()) / length;
    double uy = (y - near.spec().centreY()) / length;
    Point point = Plane.FACTORY.createPoint(Plane.at(x, y));
    while (insideAny(parks, point)) {
      x += ux * STEP;
      y += uy * STEP;
      point = Plane.FACTORY.createPoint(Plane.at(x, y));
    }
    return new DemoContextPoint(String.format(Locale.ROOT, "QL-C%02d", number), zh, en, kind, point);
  }

  private static boolean insideAny(List<DemoPark> parks, Point point) {
    return parks.stream().anyMatch(p -> p.boundary().covers(point));
  }

  private static DemoPark park(List<DemoPark> parks, String code) {
    return parks.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }
}
