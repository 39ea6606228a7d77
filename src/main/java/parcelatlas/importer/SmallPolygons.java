package parcelatlas.importer;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A quick proof that a small polygon is valid, for the common parcel: one polygon, no holes, a
 * ring of at most {@link #MAX_SEGMENTS} segments. Every pair of segments is tested with JTS's
 * robust intersector: non-adjacent segments must not meet at all, adjacent ones only at their
 * shared vertex; repeated consecutive points are ignored and at least three distinct vertices are
 * needed. When that holds the ring is simple and JTS's {@code IsValidOp} would find it valid too
 * (at a small fraction of the cost: no noder, no index). Answers false whenever it cannot prove
 * validity (larger or several polygons, holes, any touching); the caller then asks JTS.
 */
final class SmallPolygons {
  static final int MAX_SEGMENTS = 32;

  private SmallPolygons() {}

  /** True only when {@code geometry} is surely a valid polygon (or multipolygon of one polygon). */
  static boolean surelyValid(Geometry geometry) {
    if (geometry.getNumGeometries() != 1 || !(geometry.getGeometryN(0) instanceof Polygon polygon)
        || polygon.getNumInteriorRing() != 0 || polygon.isEmpty()) {
      return false;
    }
    CoordinateSequence ring = polygon.getExteriorRing().getCoordinateSequence();
    if (ring.size() > MAX_SEGMENTS + 1 || ring.size() < 4) {
      return false;
    }
    List<Coordinate> points = new ArrayList<>(ring.size());
    for (int i = 0; i < ring.size(); i++) {
      Coordinate c = ring.getCoordinate(i);
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        return false;
      }
      if (points.isEmpty() || !points.get(points.size() - 1).equals2D(c)) {
        points.add(c);
      }
    }
    int n = points.size() - 1; // segments; the last point closes the ring
    if (n < 3 || !points.get(0).equals2D(points.get(n))) {
      return false;
    }
    LineIntersector li = new RobustLineIntersector();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        li.computeIntersection(points.get(i), points.get(i + 1), points.get(j), points.get(j + 1));
        boolean adjacent = j == i + 1 || (i == 0 && j == n - 1);
        // adjacent segments share a vertex: meeting in more (overlapping) is a spike
        if (adjacent ? li.getIntersectionNum() != 1 : li.hasIntersection()) {
          return false;
        }
      }
    }
    return true;
  }
}
