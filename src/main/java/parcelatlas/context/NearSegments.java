package parcelatlas.context;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import parcelatlas.photos.SiteDistance;

/**
 * {@link SiteDistance#metres} from a point outside a small parcel's envelope ({@link ParcelOutline}),
 * to the last bit, while solving the geodesic problem for only the vertices that decide it.
 *
 * <p>SiteDistance places every vertex by the geodesic from the point (azimuthal equidistant
 * projection about it) and takes the least distance from the centre to a segment. Here one vertex,
 * the one nearest by a rough plane, is placed exactly; every other vertex is placed by the
 * projection's first-order expansion about it ({@link LocalPlacement}): its offset from that vertex
 * on the ellipsoid, turned by the azimuths the geodesic has at both ends and stretched across it by
 * the projection's scale. Each such place is within {@link LocalPlacement#bound} of the exact one,
 * so a segment's distance from the centre is within the larger of its ends' bounds (moving a
 * segment's ends by at most e moves each of its points by at most e). Only the segments that could
 * be nearest are measured again with their ends placed exactly, and of those only the ends the
 * result depends on: when the foot of the perpendicular lies surely beyond one end, the distance is
 * that end's, whatever the other's place. The least of these is the value, computed by the same
 * JTS arithmetic ({@link Distance#pointToSegment}) on the same doubles, so it is the same double.
 *
 * <p>The rest goes the plain way ({@link ContextMetres}): a point closer than {@link #NEAR_M} to
 * the parcel (where straight segments in the projection and in degrees may disagree about inside).
 */
final class NearSegments {
  /** Closer than this (metres) a point is measured vertex by vertex. */
  static final double NEAR_M = 25;
  private static final Coordinate CENTRE = new Coordinate(0, 0);

  private NearSegments() {}

  static double metres(ParcelOutline o, double pointLon, double pointLat) {
    int n = o.vertices();
    int ref = roughlyNearest(o, pointLon, pointLat);
    GeodesicData g = Geodesic.WGS84.Inverse(pointLat, pointLon, o.lat[ref], o.lon[ref]);
    if (!(g.s12 >= NEAR_M)) {
      return ContextMetres.metres(pointLon, pointLat, o.site);
    }
    LocalPlacement place = new LocalPlacement(o, ref, g);
    double[] x = new double[n];
    double[] y = new double[n];
    double[] error = new double[n];
    boolean[] exact = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (i == ref) {
        x[i] = place.x0;
        y[i] = place.y0;
        exact[i] = true;
      } else {
        place.place(i, x, y, error);
      }
    }
    int segments = o.from.length;
    double[] near = new double[segments];
    double least = Double.POSITIVE_INFINITY;
    double leastUpper = Double.POSITIVE_INFINITY;
    for (int s = 0; s < segments; s++) {
      int a = o.from[s];
      int b = o.to[s];
      near[s] = segmentDistance(x[a], y[a], x[b], y[b]);
      least = Math.min(least, near[s]);
      leastUpper = Math.min(leastUpper, near[s] + Math.max(error[a], error[b]));
    }
    if (!(least >= NEAR_M)) {
      return ContextMetres.metres(pointLon, pointLat, o.site);
    }
    double metres = Double.POSITIVE_INFINITY;
    for (int s = 0; s < segments; s++) {
      int a = o.from[s];
      int b = o.to[s];
      double e = Math.max(error[a], error[b]);
      if (near[s] - e > leastUpper) {
        continue; // surely not the nearest
      }
      boolean beforeA = a != b && beyond(x[a], y[a], x[b], y[b], e); // the distance is A's
      boolean afterB = a != b && beyond(x[b], y[b], x[a], y[a], e); // the distance is B's
      boolean needA = !afterB || beforeA;
      boolean needB = a != b && (!beforeA || afterB);
      if (needA && !exact[a]) {
        place.exactly(a, pointLon, pointLat, x, y, exact);
      }
      if (needB && !exact[b]) {
        place.exactly(b, pointLon, pointLat, x, y, exact);
      }
      // an end not needed keeps its first-order place: only the side of the foot depends on it
      double d = Distance.pointToSegment(CENTRE, new Coordinate(x[a], y[a]), new Coordinate(x[b], y[b]));
      metres = Math.min(metres, d);
    }
    return metres;
  }

  /**
   * True when, even with both ends moved by up to {@code e}, the foot of the perpendicular from the
   * centre to the line through the segment lies before end p (so the distance is p's).
   */
  static boolean beyond(double px, double py, double qx, double qy, double e) {
    double dx = qx - px;
    double dy = qy - py;
    double dot = -px * dx - py * dy; // (centre - p) . (q - p)
    double toP = Math.sqrt(px * px + py * py);
    double length = Math.sqrt(dx * dx + dy * dy);
    double slack = 2 * e * (toP + e) + e * (length + 2 * e) + 2 * e * e + 1e-9 * (toP * length + toP * toP);
    return dot < -slack;
  }

  /** Distance from the centre to a segment, in plain doubles (the cheap estimate). */
  static double segmentDistance(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double r = len2 == 0 ? 0 : (-ax * dx - ay * dy) / len2;
    if (r <= 0) {
      return Math.sqrt(ax * ax + ay * ay);
    }
    if (r >= 1) {
      return Math.sqrt(bx * bx + by * by);
    }
    return Math.abs(ax * dy - ay * dx) / Math.sqrt(len2);
  }

  /** The vertex nearest the point on a plane scaled at the point's latitude (only to choose one). */
  private static int roughlyNearest(ParcelOutline o, double pointLon, double pointLat) {
    double k = Math.cos(Math.toRadians(pointLat));
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int i = 0; i < o.lon.length; i++) {
      double dx = (o.lon[i] - pointLon) * k;
      double dy = o.lat[i] - pointLat;
      double d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }
}
