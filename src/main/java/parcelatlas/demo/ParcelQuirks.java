package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;
import parcelatlas.domain.Area;

/**
 * The irregularities real parcel data has, put into plain rectangular plots of at least 60 亩:
 * three retained transmission-tower footings and three pump stations cut out as holes, three
 * plots split in two by a stream (MultiPolygons), and exactly two deliberately invalid rings that
 * a repair (e.g. JTS GeometryFixer) fixes: a bow-tie corner, where two vertices were clicked in
 * the wrong order so the ring crosses itself, and a spike, where the ring runs 25 m into the plot
 * and back to a repeated vertex. Every change stays inside the original plot, so no overlap arises.
 */
final class ParcelQuirks {
  private static final long SALT = 29;

  private ParcelQuirks() {}

  static List<Plot> apply(List<Plot> plots) {
    Dice dice = Dice.forConcept(SALT);
    List<Plot> result = new ArrayList<>(plots);
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < plots.size(); i++) {
      Geometry g = plots.get(i).geometry();
      if (plots.get(i).parkCode() != null && g.getNumPoints() == 5 && Area.mu(g.getArea()) >= 60) {
        candidates.add(i);
      }
    }
    String[] plan = {Plot.TOWER, Plot.PUMP_STATION, Plot.STREAM, Plot.TOWER, Plot.BOW_TIE,
        Plot.PUMP_STATION, Plot.STREAM, Plot.TOWER, Plot.SPIKE, Plot.PUMP_STATION, Plot.STREAM};
    int stride = candidates.size() / plan.length;
    for (int k = 0; k < plan.length; k++) {
      int index = candidates.get(k * stride + dice.intBetween(0, stride - 1));
      Plot plot = result.get(index);
      Coordinate[] c = plot.geometry().getCoordinates();
      Geometry changed = switch (plan[k]) {
        case Plot.TOWER -> withHole(c, 16, 16, dice);
        case Plot.PUMP_STATION -> withHole(c, 30, 40, dice);
        case Plot.STREAM -> splitByStream(plot.geometry(), c, dice);
        case Plot.BOW_TIE -> bowTie(c);
        default -> spike(c);
      };
      result.set(index, plot.with(changed, plan[k]));
    }
    return result;
  }

  /** A rectangle c0..c3 with an axis-aligned hole of a × b metres somewhere in its middle. */
  private static Polygon withHole(Coordinate[] c, double a, double b, Dice dice) {
    double[] u = unit(c[0], c[1]);
    double[] v = unit(c[0], c[3]);
    double s = c[0].distance(c[1]) * dice.between(0.3, 0.7);
    double t = c[0].distance(c[3]) * dice.between(0.3, 0.7);
    double cx = c[0].x + u[0] * s + v[0] * t;
    double cy = c[0].y + u[1] * s + v[1] * t;
    List<Coordinate> hole = new ArrayList<>();
    double[][] corners = {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}};
    for (double[] k : corners) {
      hole.add(Plane.at(cx + u[0] * k[0] * a / 2 + v[0] * k[1] * b / 2,
          cy + u[1] * k[0] * a / 2 + v[1] * k[1] * b / 2));
    }
    LinearRing shell = Plane.ring(List.of(c[0], c[1], c[2], c[3]));
    return Plane.FACTORY.createPolygon(shell, new LinearRing[] {Plane.ring(hole)});
  }

  /** The rectangle minus an 8 m wide, wandering stream channel across its longer side. */
  private static Geometry splitByStream(Geometry plot, Coordinate[] c, Dice dice) {
    boolean firstLonger = c[0].distance(c[1]) >= c[0].distance(c[3]);
    Coordinate origin = c[0];
    Coordinate along = firstLonger ? c[1] : c[3];
    Coordinate across = firstLonger ? c[3] : c[1];
    double[] u = unit(origin, along);
    double[] v = unit(origin, across);
    double length = origin.distance(along);
    double width = origin.distance(across);
    Coordinate[] line = new Coordinate[5];
    for (int i = 0; i < line.length; i++) {
      double t = -15 + (width + 30) * i / (line.length - 1);
      double s = length * 0.5 + dice.between(-0.08, 0.08) * length;
      line[i] = Plane.at(origin.x + u[0] * s + v[0] * t, origin.y + u[1] * s + v[1] * t);
    }
    LineString stream = Plane.FACTORY.createLineString(line);
    BufferParameters params = new BufferParameters(2, BufferParameters.CAP_FLAT);
    Geometry channel = org.locationtech.jts.operation.buffer.BufferOp.bufferOp(stream, 4, params);
    Geometry split = Plane.difference(plot, channel);
    if (!(split instanceof MultiPolygon) || split.getNumGeometries() != 2) {
      throw new IllegalStateException("a stream should split the plot in two, got " + split);
    }
    return split;
  }

  /** Corner c2 digitised as two points clicked in the wrong order: the ring crosses itself. */
  private static Polygon bowTie(Coordinate[] c) {
    Coordinate towardsNext = towards(c[2], c[3], 4);
    Coordinate towardsPrevious = towards(c[2], c[1], 4);
    return Plane.polygon(List.of(c[0], c[1], towardsNext, towardsPrevious, c[3]));
  }

  /** A spike: from the middle of side c2–c3 the ring runs 25 m inwards and back. */
  private static Polygon spike(Coordinate[] c) {
    Coordinate middle = Plane.at((c[2].x + c[3].x) / 2, (c[2].y + c[3].y) / 2);
    Coordinate inward = towards(middle, Plane.at((c[0].x + c[1].x) / 2, (c[0].y + c[1].y) / 2), 25);
    return Plane.polygon(List.of(c[0], c[1], c[2], middle, inward, middle.copy(), c[3]));
  }

  private static Coordinate towards(Coordinate from, Coordinate to, double metres) {
    double[] d = unit(from, to);
    return Plane.at(from.x + d[0] * metres, from.y + d[1] * metres);
  }

  private static double[] unit(Coordinate from, Coordinate to) {
    double length = from.distance(to);
    return new double[] {(to.x - from.x) / length, (to.y - from.y) / length};
  }
}
