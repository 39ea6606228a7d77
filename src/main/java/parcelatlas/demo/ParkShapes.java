package parcelatlas.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws each park's boundary: an irregular, star-shaped polygon of 18–26 vertices around the park
 * centre whose radius wobbles with a few random harmonics of random strength, so some parks are
 * elongated and some lobed (boundaries follow roads, rivers and village edges), scaled so the
 * drawn area is within ±3 % of the planned area. Star-shaped rings with increasing angles are
 * always simple, so every boundary is valid.
 */
final class ParkShapes {
  private static final long SALT = 11;

  private ParkShapes() {}

  static List<DemoPark> draw(List<ParkSpec> specs) {
    Dice dice = Dice.forConcept(SALT);
    Names names = new Names(Dice.forConcept(SALT + 1));
    List<DemoPark> parks = new ArrayList<>();
    for (ParkSpec spec : specs) {
      Polygon boundary = boundary(spec, dice);
      parks.add(new DemoPark(spec, names.person(), names.phone(), boundary));
    }
    return parks;
  }

  private static Polygon boundary(ParkSpec spec, Dice dice) {
    int vertices = dice.intBetween(18, 26);
    double[] amplitude = {0, 0, dice.between(0.08, 0.24), dice.between(0.04, 0.12),
        dice.between(0.02, 0.07), dice.between(0, 0.04)};
    double[] phase = new double[amplitude.length];
    for (int k = 0; k < phase.length; k++) {
      phase[k] = dice.between(0, 2 * StrictMath.PI);
    }
    double[] angles = new double[vertices];
    double[] radii = new double[vertices];
    for (int i = 0; i < vertices; i++) {
      double theta = (i + dice.between(-0.3, 0.3)) * 2 * StrictMath.PI / vertices;
      double r = 1;
      for (int k = 2; k < amplitude.length; k++) {
        r += amplitude[k] * StrictMath.cos(k * theta + phase[k]);
      }
      angles[i] = theta;
      radii[i] = r * dice.between(0.96, 1.04);
    }
    double unitArea = 0;
    for (int i = 0; i < vertices; i++) {
      int j = (i + 1) % vertices;
      double sweep = j == 0 ? angles[j] + 2 * StrictMath.PI - angles[i] : angles[j] - angles[i];
      unitArea += 0.5 * radii[i] * radii[j] * StrictMath.sin(sweep);
    }
    double target = spec.areaKm2() * 1e6 * dice.between(0.97, 1.03);
    double scale = StrictMath.sqrt(target / unitArea);
    List<Coordinate> ring = new ArrayList<>();
    for (int i = 0; i < vertices; i++) {
      ring.add(Plane.at(spec.centreX() + scale * radii[i] * StrictMath.cos(angles[i]),
          spec.centreY() + scale * radii[i] * StrictMath.sin(angles[i])));
    }
    return Plane.polygon(ring);
  }
}
