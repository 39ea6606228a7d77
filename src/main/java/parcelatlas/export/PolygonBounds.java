package parcelatlas.export;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.BasicSegmentString;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import parcelatlas.geo.GeodesicArea;
import parcelatlas.geo.LonLatPlaneArea;

/**
 * Bounds on a drawn area, so that repairing it and querying with it stay cheap. Before a repair:
 * at most {@link #MAX_RINGS} rings, and its edges may cross each other at most
 * {@link #MAX_CROSSINGS} times (counted with a spatial index and stopped at the limit, so a star of
 * 2,000 edges, with a million crossings, costs milliseconds, not the minutes its repair would).
 * After a repair: at most {@link #MAX_REPAIRED_VERTICES} vertices and {@link #MAX_PARTS} parts;
 * and any area at most {@link #MAX_AREA_KM2} km² on the ellipsoid, the size of a large
 * prefecture-level city: an area larger than the region the portal serves is no area at all
 * (export without one). The area is measured twice, with geodesic edges ({@link GeodesicArea}) and
 * with the straight longitude/latitude edges the databases' {@code ST_Intersects} reads
 * ({@link LonLatPlaneArea}), and both must be within the bound: otherwise a band from -180 to 180,
 * 0 km² geodesically, would select every feature in its latitudes. Each refusal is a
 * {@link BadInput} starting {@code within:}.
 */
final class PolygonBounds {
  static final int MAX_RINGS = 100;
  static final int MAX_CROSSINGS = 100;
  static final int MAX_REPAIRED_VERTICES = 2_500;
  static final int MAX_PARTS = 100;
  static final double MAX_AREA_KM2 = 20_000;

  private PolygonBounds() {}

  /** Checks a parsed, possibly invalid area before it is repaired. */
  static void beforeRepair(Geometry geometry) {
    List<SegmentString> rings = new ArrayList<>();
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Polygon polygon = (Polygon) geometry.getGeometryN(i);
      rings.add(segments(polygon.getExteriorRing()));
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        rings.add(segments(polygon.getInteriorRingN(h)));
      }
    }
    if (rings.size() > MAX_RINGS) {
      throw refused("more than " + MAX_RINGS + " rings (outlines and holes); draw fewer", MAX_RINGS + " rings");
    }
    CrossingCounter counter = new CrossingCounter();
    MCIndexNoder noder = new MCIndexNoder(counter);
    noder.computeNodes(rings);
    if (counter.isDone()) {
      throw refused("its edges cross each other more than " + MAX_CROSSINGS
          + " times; draw the outline again without crossing lines", MAX_CROSSINGS + " crossings");
    }
  }

  /** Checks the area as it will be used (repaired or not). */
  static void afterRepair(Geometry geometry) {
    if (geometry.getNumPoints() > MAX_REPAIRED_VERTICES) {
      throw refused("the repaired polygon has " + geometry.getNumPoints() + " vertices, more than "
          + MAX_REPAIRED_VERTICES + "; draw the outline again without crossing lines", MAX_REPAIRED_VERTICES + " vertices");
    }
    if (geometry.getNumGeometries() > MAX_PARTS) {
      throw refused("the repaired area has " + geometry.getNumGeometries() + " parts, more than " + MAX_PARTS,
          MAX_PARTS + " parts");
    }
    double km2 = GeodesicArea.squareMetres(geometry) / 1e6;
    if (km2 > MAX_AREA_KM2) {
      throw new BadInput(ErrorCode.AREA_TOO_LARGE, "within: " + String.format(Locale.ROOT, "the area is %,.0f km²,"
          + " more than %,.0f km² (a large city with its counties); export without an area to get everything, or"
          + " draw a smaller one", km2, MAX_AREA_KM2), "value", Math.round(km2), "max", Math.round(MAX_AREA_KM2));
    }
    double planeKm2 = LonLatPlaneArea.squareMetres(geometry) / 1e6;
    if (planeKm2 > MAX_AREA_KM2) {
      throw new BadInput(ErrorCode.AREA_TOO_LARGE, "within: " + String.format(Locale.ROOT, "the area, read as the"
          + " databases read it (straight edges in longitude and latitude), is %,.0f km², more than %,.0f km²; an"
          + " outline across the 180th meridian is read the long way round: split it there into two polygons, or"
          + " export without an area", planeKm2, MAX_AREA_KM2), "value", Math.round(planeKm2), "max", Math.round(MAX_AREA_KM2));
    }
  }

  private static SegmentString segments(LinearRing ring) {
    return new BasicSegmentString(ring.getCoordinates(), null);
  }

  private static BadInput refused(String why, String limit) {
    return new BadInput(ErrorCode.AREA_TOO_COMPLEX, "within: " + why, "limit", limit);
  }

  /** Counts where edges meet other than at the vertex two neighbouring edges share; done past the limit. */
  private static final class CrossingCounter implements SegmentIntersector {
    private final LineIntersector intersector = new RobustLineIntersector();
    private int crossings;

    @Override
    public void processIntersections(SegmentString a, int i, SegmentString b, int j) {
      if (a == b && (i == j || neighbours(i, j, a.size() - 1))) {
        return;
      }
      Coordinate[] p = a.getCoordinates();
      Coordinate[] q = b.getCoordinates();
      intersector.computeIntersection(p[i], p[i + 1], q[j], q[j + 1]);
      if (intersector.hasIntersection()) {
        crossings++;
      }
    }

    private static boolean neighbours(int i, int j, int segments) {
      int d = Math.abs(i - j);
      return d == 1 || d == segments - 1;
    }

    @Override
    public boolean isDone() {
      return crossings > MAX_CROSSINGS;
    }
  }
}
