package parcelatlas.geo;

import java.util.List;

/**
 * A prepared list of Beijing 1954 / WGS 84 Helmert transformations with their areas of use
 * mapped into the source CRS, followed by an implicit null (ballpark) offset valid everywhere,
 * and PROJ 9.1's per-point choice among them ({@code pj_get_suggested_operation}).
 *
 * <p>Contract: for a point (x, y) in source CRS units, the candidates whose box contains it
 * are scanned in list order; the first becomes the choice, and a later one replaces it when it
 * is not offshore and either more accurate or equally accurate with a box strictly inside the
 * current choice's box; of the two Ordos transformations with identical boxes the first listed,
 * 15936, is therefore used. No candidate: null offset. Immutable and thread-safe.
 */
final class RegionalShift implements DatumShift {
  private static final int STEPS = 20;

  private final List<BeijingWgs84.Operation> operations;
  private final double[][] boxes;
  private final boolean forward;

  /**
   * @param operations in PROJ's order, ballpark excluded
   * @param sourceProjection the source CRS's projection, null when it is geographic
   * @param forward true for Beijing 1954 to WGS 84
   */
  RegionalShift(List<BeijingWgs84.Operation> operations, Projection sourceProjection,
      boolean forward) {
    this.operations = List.copyOf(operations);
    this.forward = forward;
    this.boxes = new double[operations.size()][];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = sourceBox(operations.get(i).box(), sourceProjection);
    }
  }

  @Override
  public double[] apply(double[] lonLat, double srcX, double srcY) {
    int best = choose(srcX, srcY);
    if (best < 0) {
      return lonLat;
    }
    Helmert h = operations.get(best).helmert();
    return forward
        ? h.apply(lonLat[0], lonLat[1], Ellipsoid.KRASSOWSKY, Ellipsoid.WGS84, false)
        : h.apply(lonLat[0], lonLat[1], Ellipsoid.WGS84, Ellipsoid.KRASSOWSKY, true);
  }

  /** Index of the chosen operation, or -1 for the null offset. */
  int choose(double x, double y) {
    int best = -1;
    double bestAccuracy = Double.MAX_VALUE;
    for (int i = 0; i < boxes.length; i++) {
      double[] b = boxes[i];
      if (!(x >= b[0] && y >= b[1] && x <= b[2] && y <= b[3])) {
        continue;
      }
      BeijingWgs84.Operation op = operations.get(i);
      boolean better = op.accuracy() < bestAccuracy
          || (op.accuracy() == bestAccuracy && best >= 0 && inside(b, boxes[best]));
      if (best < 0 || (better && !op.offshore())) {
        best = i;
        bestAccuracy = op.accuracy();
      }
    }
    return best;
  }

  /** Code of the operation chosen for a source point, or 0 for the null offset. */
  int chosenCode(double x, double y) {
    int i = choose(x, y);
    return i < 0 ? 0 : operations.get(i).code();
  }

  /** Strictly inside, as in PROJ 9.1 (later versions also accept equal boxes). */
  private static boolean inside(double[] inner, double[] outer) {
    return inner[0] > outer[0] && inner[1] > outer[1]
        && inner[2] < outer[2] && inner[3] < outer[3];
  }

  /** Bounding box {minX, minY, maxX, maxY} of the densified lon/lat box in source units. */
  private static double[] sourceBox(GeoBox box, Projection projection) {
    double[] r = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int j = 0; j <= STEPS; j++) {
      double lon = box.west() + j * (box.east() - box.west()) / STEPS;
      double lat = box.south() + j * (box.north() - box.south()) / STEPS;
      double[][] edge = {
        {lon, box.south()}, {lon, box.north()}, {box.west(), lat}, {box.east(), lat}
      };
      for (double[] p : edge) {
        double[] q = projection == null ? p : projection.forward(p[0], p[1]);
        if (Double.isFinite(q[0]) && Double.isFinite(q[1])) {
          r[0] = Math.min(r[0], q[0]);
          r[1] = Math.min(r[1], q[1]);
          r[2] = Math.max(r[2], q[0]);
          r[3] = Math.max(r[3], q[1]);
        }
      }
    }
    return r;
  }
}
