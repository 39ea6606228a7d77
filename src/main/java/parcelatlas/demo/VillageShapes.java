package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Draws village outlines for demolition zones: a lumpy ring of 9–14 vertices around a centre,
 * scaled to the wanted area, minus any built or transferred parcels it would cover (a village is
 * what is left between the factories), keeping the largest piece.
 */
final class VillageShapes {
  private VillageShapes() {}

  /** A village of about {@code areaM2} around {@code centre}, before obstacles are removed. */
  static Polygon outline(Coordinate centre, double areaM2, Dice dice) {
    int n = dice.intBetween(9, 14);
    double[] angles = new double[n];
    double[] radii = new double[n];
    double unitArea = 0;
    for (int i = 0; i < n; i++) {
      angles[i] = (i + dice.between(-0.25, 0.25)) * 2 * StrictMath.PI / n;
      radii[i] = dice.between(0.75, 1.2);
    }
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double sweep = j == 0 ? angles[j] + 2 * StrictMath.PI - angles[i] : angles[j] - angles[i];
      unitArea += 0.5 * radii[i] * radii[j] * StrictMath.sin(sweep);
    }
    double scale = StrictMath.sqrt(areaM2 / unitArea);
    List<Coordinate> ring = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ring.add(Plane.at(centre.x + scale * radii[i] * StrictMath.cos(angles[i]),
          centre.y + scale * radii[i] * StrictMath.sin(angles[i])));
    }
    return Plane.polygon(ring);
  }

  /** The outline minus the obstacles it touches; null when nothing of it is left. */
  static Polygon carve(Polygon outline, List<Geometry> obstacles) {
    List<Geometry> touching = new ArrayList<>();
    for (Geometry obstacle : obstacles) {
      if (obstacle.getEnvelopeInternal().intersects(outline.getEnvelopeInternal())
          && obstacle.intersects(outline)) {
        touching.add(obstacle);
      }
    }
    if (touching.isEmpty()) {
      return outline;
    }
    Geometry union = UnaryUnionNG.union(Plane.FACTORY.buildGeometry(touching), Plane.MILLIMETRES);
    return Plane.largestPolygon(Plane.difference(outline, union));
  }
}
