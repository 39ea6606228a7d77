package parcelatlas.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import parcelatlas.context.ContextPointIndex.Hit;
import parcelatlas.context.ContextPointIndex.Point;
import parcelatlas.domain.ContextKind;

/**
 * The points of one kind, and the search for a parcel's nearest ({@link #nearest}): the same
 * answer as measuring every point. Candidates are tried nearest first by a rough plane; each is
 * measured ({@link ParcelOutline#metres}), and once one is found only points inside the box of its
 * distance ({@link Reach}: every point within it lies in the box) can be nearer, so the others are
 * skipped. Ties go to the smaller point code; none within {@link ContextPointIndex#MAX_M} is none.
 *
 * <p>A kind of at most {@link #FEW} points is scanned as a list (one rough estimate per point, no
 * allocation per point); a larger one is searched in an STRtree, in boxes of growing radius
 * ({@link #RADII_M}), settled when its nearest lies within the box's radius.
 */
final class KindPoints {
  static final int FEW = 64;
  static final double[] RADII_M = {2_000, 10_000, 50_000, ContextPointIndex.MAX_M};
  private final ContextKind kind;
  private final Point[] points;
  private final STRtree tree;

  KindPoints(ContextKind kind, List<Point> points) {
    this.kind = kind;
    this.points = points.toArray(new Point[0]);
    if (points.size() > FEW) {
      tree = new STRtree();
      for (Point p : points) {
        tree.insert(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()), p);
      }
      tree.build();
    } else {
      tree = null;
    }
  }

  /** The nearest point to a parcel, or null when none lies within {@code MAX_M}; {@code far} is the box of MAX_M. */
  Hit nearest(ParcelOutline parcel, Envelope far) {
    return tree == null ? scan(parcel, far) : search(parcel);
  }

  private Hit scan(ParcelOutline parcel, Envelope far) {
    Envelope env = parcel.envelope;
    double[] estimate = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      Point p = points[i];
      estimate[i] = far.contains(p.lon(), p.lat()) ? estimate(env, p, parcel.lonScale) : Double.POSITIVE_INFINITY;
    }
    Point best = null;
    double bestM = Double.POSITIVE_INFINITY;
    Envelope reach = null;
    while (true) {
      int next = -1;
      for (int i = 0; i < points.length; i++) {
        if (estimate[i] < Double.POSITIVE_INFINITY && (next < 0 || estimate[i] < estimate[next])) {
          next = i;
        }
      }
      if (next < 0) {
        break;
      }
      estimate[next] = Double.POSITIVE_INFINITY;
      Point p = points[next];
      if (reach != null && !reach.contains(p.lon(), p.lat())) {
        continue; // farther than the best found, surely
      }
      double m = parcel.metres(p.lon(), p.lat());
      if (m < bestM || (m == bestM && p.code().compareTo(best.code()) < 0)) {
        best = p;
        bestM = m;
        reach = Reach.around(env, m);
      }
    }
    return bestM <= ContextPointIndex.MAX_M ? new Hit(kind, best.id(), best.code(), bestM) : null;
  }

  private Hit search(ParcelOutline parcel) {
    Envelope env = parcel.envelope;
    Map<Point, Double> measured = new HashMap<>(); // a larger box finds the smaller's points again
    for (double radius : RADII_M) {
      @SuppressWarnings("unchecked")
      List<Point> candidates = new ArrayList<>(tree.query(Reach.around(env, radius)));
      if (candidates.isEmpty()) {
        continue;
      }
      candidates.sort(Comparator.comparingDouble(p -> estimate(env, p, parcel.lonScale)));
      Point best = null;
      double bestM = Double.POSITIVE_INFINITY;
      Envelope reach = null;
      for (Point p : candidates) {
        if (reach != null && !reach.contains(p.lon(), p.lat())) {
          continue; // farther than the best found, surely
        }
        double m = measured.computeIfAbsent(p, q -> parcel.metres(q.lon(), q.lat()));
        if (m < bestM || (m == bestM && p.code().compareTo(best.code()) < 0)) {
          best = p;
          bestM = m;
          reach = Reach.around(env, m);
        }
      }
      if (bestM <= radius) {
        return new Hit(kind, best.id(), best.code(), bestM);
      }
    }
    return null;
  }

  /** A rough planar distance in degrees of latitude from a point to an envelope, only to try near points first. */
  private static double estimate(Envelope env, Point p, double lonScale) {
    double dx = Math.max(0, Math.max(env.getMinX() - p.lon(), p.lon() - env.getMaxX())) * lonScale;
    double dy = Math.max(0, Math.max(env.getMinY() - p.lat(), p.lat() - env.getMaxY()));
    return dx * dx + dy * dy;
  }
}
