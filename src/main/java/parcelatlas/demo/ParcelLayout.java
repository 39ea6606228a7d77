package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import parcelatlas.domain.Area;

/**
 * Lays the plots out: each park's rotated {@link RoadGrid}, blocks split into plots, plots clipped
 * to the park boundary (clipped remnants under {@link #MIN_MU} 亩 are left as green verge and
 * dropped), plus a dozen plots in a roadside cluster north-west of the centre that belongs to no
 * park. Codes are {@code park-column-sequence}; columns without plots get no letter, so letters
 * run A, B, C… without gaps. Plots never overlap: they are disjoint rectangles of one grid, cut by
 * the same boundary.
 */
final class ParcelLayout {
  /** Smallest plot kept after clipping, in 亩. */
  static final double MIN_MU = 8;
  private static final long SALT = 23;

  private ParcelLayout() {}

  static List<Plot> layout(List<DemoPark> parks) {
    Dice dice = Dice.forConcept(SALT);
    List<Plot> plots = new ArrayList<>();
    for (DemoPark park : parks) {
      plots.addAll(parkPlots(park, dice));
    }
    plots.addAll(scatteredPlots(dice));
    return plots;
  }

  private static List<Plot> parkPlots(DemoPark park, Dice dice) {
    ParkSpec spec = park.spec();
    Plane.Frame frame = Plane.Frame.degrees(spec.centreX(), spec.centreY(), spec.gridAngleDeg());
    Polygon boundary = park.boundary();
    Coordinate origin = developmentOrigin(spec, boundary);
    double reach = farthest(boundary, origin);
    List<RoadGrid.Block> blocks = RoadGrid.blocks(frame.localEnvelope(boundary), dice);
    List<Plot> plots = new ArrayList<>();
    int column = -1;
    int letter = -1;
    int sequence = 0;
    for (RoadGrid.Block block : blocks) {
      if (block.column() != column) {
        column = block.column();
        sequence = 0;
      }
      double target = blockTarget(dice);
      List<Envelope> pieces = new ArrayList<>(RoadGrid.plots(block.box(), target, dice));
      pieces.sort((a, b) -> a.getMinY() != b.getMinY()
          ? Double.compare(a.getMinY(), b.getMinY())
          : Double.compare(a.getMinX(), b.getMinX()));
      for (Envelope piece : pieces) {
        Polygon shape = fitted(frame.rectangle(piece), boundary);
        if (shape == null) {
          continue;
        }
        if (sequence == 0) {
          letter++;
        }
        sequence++;
        String code = String.format(Locale.ROOT, "%s-%c-%03d",
            spec.code(), (char) ('A' + letter), sequence);
        Point centre = shape.getCentroid();
        double development = centre.getCoordinate().distance(origin) / reach;
        plots.add(new Plot(code, spec.code(), shape, development, null));
      }
    }
    return plots;
  }

  /** The plot as drawn, or clipped to the boundary, or null when too little is left. */
  private static Polygon fitted(Polygon rectangle, Polygon boundary) {
    if (boundary.contains(rectangle)) {
      return rectangle;
    }
    Polygon clipped = Plane.largestPolygon(Plane.intersection(rectangle, boundary));
    if (clipped == null || Area.mu(clipped.getArea()) < MIN_MU) {
      return null;
    }
    return clipped;
  }

  /** Size a block is split towards, in 亩: mostly 20–90, some up to a whole block. */
  private static double blockTarget(Dice dice) {
    return switch (dice.weighted(44, 30, 20, 6)) {
      case 0 -> dice.between(20, 45);
      case 1 -> dice.between(45, 90);
      case 2 -> dice.between(90, 180);
      default -> dice.between(180, 420);
    };
  }

  /** Parks grew outward from the side facing the city centre. */
  private static Coordinate developmentOrigin(ParkSpec spec, Polygon boundary) {
    double dx = 39_527_000 - spec.centreX();
    double dy = 3_844_000 - spec.centreY();
    double length = StrictMath.hypot(dx, dy);
    double radius = StrictMath.sqrt(boundary.getArea() / StrictMath.PI);
    return new Coordinate(spec.centreX() + dx / length * radius * 0.7,
        spec.centreY() + dy / length * radius * 0.7);
  }

  private static double farthest(Geometry boundary, Coordinate from) {
    double max = 1;
    for (Coordinate c : boundary.getCoordinates()) {
      max = Math.max(max, c.distance(from));
    }
    return max;
  }

  /** Twelve plots on two sides of a county road in 北辰街道, outside every park. */
  private static List<Plot> scatteredPlots(Dice dice) {
    Plane.Frame frame = Plane.Frame.degrees(39_521_200, 3_847_600, 6);
    List<Plot> plots = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      double x = -620;
      double y0 = side == 0 ? -215 : 15;
      double depth = Dice.round(dice.between(170, 200), 0);
      for (int i = 0; i < 6; i++) {
        double width = Dice.round(dice.between(140, 220), 0);
        Envelope box = side == 0
            ? new Envelope(x, x + width, y0 + 200 - depth, y0 + 200)
            : new Envelope(x, x + width, y0, y0 + depth);
        String code = String.format(Locale.ROOT, "QL-X-%03d", plots.size() + 1);
        plots.add(new Plot(code, null, frame.rectangle(box), dice.unit(), null));
        x += width;
      }
    }
    return plots;
  }
}
