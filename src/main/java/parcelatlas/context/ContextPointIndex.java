package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.domain.ContextKind;
import parcelatlas.photos.SiteDistance;

/**
 * The context points of some kinds, read once per write and held in memory (they are few: thousands
 * at most), for finding any number of parcels' nearest points without asking the database.
 * Immutable once built, so converter threads may share it.
 *
 * <p>{@link #nearest} gives the same answer as measuring every point of each kind ({@link
 * KindPoints}), each measured on the WGS84 ellipsoid as a plot's facts are ({@link ParcelOutline}:
 * {@link SiteDistance}'s double, 0 inside); the parcel's rings are read once for all kinds. Ties go
 * to the smaller point code; none within {@link #MAX_M} is none.
 */
public final class ContextPointIndex {
  /** The farthest a nearest point is looked for, in metres. */
  public static final double MAX_M = NearestContext.MAX_KM * 1000.0;

  /** One point: its row id, code and place. */
  record Point(long id, String code, double lon, double lat) {}

  /** A parcel's nearest point of one kind. */
  public record Hit(ContextKind kind, long pointId, String pointCode, double metres) {}

  private final Map<ContextKind, KindPoints> kinds = new EnumMap<>(ContextKind.class);

  private ContextPointIndex() {}

  /** Reads the points of {@code kinds} (all kinds when null) the transaction sees. */
  public static ContextPointIndex load(Connection c, Set<ContextKind> kinds) throws SQLException {
    Map<ContextKind, List<Point>> points = new EnumMap<>(ContextKind.class);
    try (PreparedStatement s = c.prepareStatement("SELECT id, kind, code, ST_X(geom), ST_Y(geom) FROM context_points");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ContextKind kind = ContextKind.byCode(rs.getString(2));
        if (kind != null && (kinds == null || kinds.contains(kind))) {
          points.computeIfAbsent(kind, k -> new ArrayList<>())
              .add(new Point(rs.getLong(1), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
        }
      }
    }
    return of(points);
  }

  /** An index of the given points. */
  static ContextPointIndex of(Map<ContextKind, List<Point>> points) {
    ContextPointIndex index = new ContextPointIndex();
    points.forEach((kind, list) -> {
      if (!list.isEmpty()) {
        index.kinds.put(kind, new KindPoints(kind, list));
      }
    });
    return index;
  }

  /** True when no kind has a point: every parcel's rows are none. */
  public boolean isEmpty() {
    return kinds.isEmpty();
  }

  /** The kinds that have points. */
  public Set<ContextKind> kinds() {
    return kinds.keySet();
  }

  /** The nearest point of every kind that has one within {@link #MAX_M} of a WGS84 geometry. */
  public List<Hit> nearest(Geometry parcel) {
    List<Hit> hits = new ArrayList<>(kinds.size());
    ParcelOutline outline = ParcelOutline.of(parcel);
    Envelope far = Reach.around(outline.envelope, MAX_M);
    for (KindPoints points : kinds.values()) {
      Hit hit = points.nearest(outline, far);
      if (hit != null) {
        hits.add(hit);
      }
    }
    return hits;
  }
}
