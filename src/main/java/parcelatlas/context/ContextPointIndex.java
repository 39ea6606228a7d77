package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import parcelatlas.domain.ContextKind;
import parcelatlas.photos.SiteDistance;

/**
 * The context points of some kinds, read once per write and held in memory (they are few: thousands
 * at most), one spatial index per kind, for finding any number of parcels' nearest points without
 * asking the database. Immutable once built, so converter threads may share it.
 *
 * <p>{@link #nearest} gives the same answer as measuring every point of the kind: candidates come
 * from boxes of growing radius ({@link #RADII_M}; {@link Reach}: every point within the radius lies
 * in the box), nearest first by a cheap planar estimate; each is measured exactly on the WGS84
 * ellipsoid ({@link ContextMetres}: {@link SiteDistance}'s arithmetic, as a plot's facts are; 0 inside), and once one is found only
 * points inside the box of its distance can be nearer, so the others are skipped. A kind is settled
 * when its nearest lies within the box's radius. Ties go to the smaller point code; none within
 * {@link #MAX_M} is none.
 */
public final class ContextPointIndex {
  /** The farthest a nearest point is looked for, in metres. */
  public static final double MAX_M = NearestContext.MAX_KM * 1000.0;
  static final double[] RADII_M = {2_000, 10_000, 50_000, MAX_M};

  /** One point: its row id, code and place. */
  record Point(long id, String code, double lon, double lat) {}

  /** A parcel's nearest point of one kind. */
  public record Hit(ContextKind kind, long pointId, String pointCode, double metres) {}

  private final Map<ContextKind, STRtree> trees = new EnumMap<>(ContextKind.class);

  private ContextPointIndex() {}

  /** Reads the points of {@code kinds} (all kinds when null) the transaction sees. */
  public static ContextPointIndex load(Connection c, Set<ContextKind> kinds) throws SQLException {
    ContextPointIndex index = new ContextPointIndex();
    try (PreparedStatement s = c.prepareStatement("SELECT id, kind, code, ST_X(geom), ST_Y(geom) FROM context_points");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ContextKind kind = ContextKind.byCode(rs.getString(2));
        if (kind != null && (kinds == null || kinds.contains(kind))) {
          Point p = new Point(rs.getLong(1), rs.getString(3), rs.getDouble(4), rs.getDouble(5));
          index.trees.computeIfAbsent(kind, k -> new STRtree()).insert(new Envelope(p.lon, p.lon, p.lat, p.lat), p);
        }
      }
    }
    index.trees.values().forEach(STRtree::build);
    return index;
  }

  /** True when no kind has a point: every parcel's rows are none. */
  public boolean isEmpty() {
    return trees.isEmpty();
  }

  /** The kinds that have points. */
  public Set<ContextKind> kinds() {
    return trees.keySet();
  }

  /** The nearest point of every kind that has one within {@link #MAX_M} of a WGS84 geometry. */
  public List<Hit> nearest(Geometry parcel) {
    List<Hit> hits = new ArrayList<>(trees.size());
    Envelope env = parcel.getEnvelopeInternal();
    trees.forEach((kind, tree) -> {
      Hit hit = nearest(kind, tree, parcel, env);
      if (hit != null) {
        hits.add(hit);
      }
    });
    return hits;
  }

  private static Hit nearest(ContextKind kind, STRtree tree, Geometry parcel, Envelope env) {
    Map<Point, Double> measured = new java.util.HashMap<>(); // a larger box finds the smaller's points again
    for (double radius : RADII_M) {
      @SuppressWarnings("unchecked")
      List<Point> candidates = tree.query(Reach.around(env, radius));
      if (candidates.isEmpty()) {
        continue;
      }
      candidates.sort(Comparator.comparingDouble(p -> estimate(env, p)));
      Point best = null;
      double bestM = Double.POSITIVE_INFINITY;
      Envelope reach = null;
      for (Point p : candidates) {
        if (reach != null && !reach.contains(p.lon, p.lat)) {
          continue; // farther than the best found, surely
        }
        double m = measured.computeIfAbsent(p, q -> ContextMetres.metres(q.lon, q.lat, parcel));
        if (m < bestM || (m == bestM && p.code.compareTo(best.code) < 0)) {
          best = p;
          bestM = m;
          reach = Reach.around(env, m);
        }
      }
      if (bestM <= radius) {
        return new Hit(kind, best.id, best.code, bestM);
      }
    }
    return null;
  }

  /** A rough planar distance in metres from a point to an envelope, only to try near points first. */
  private static double estimate(Envelope env, Point p) {
    double dx = Math.max(0, Math.max(env.getMinX() - p.lon, p.lon - env.getMaxX()));
    double dy = Math.max(0, Math.max(env.getMinY() - p.lat, p.lat - env.getMaxY()));
    double kx = Math.cos(Math.toRadians(p.lat));
    return Math.hypot(dx * kx, dy);
  }
}
