package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import parcelatlas.domain.ContextKind;
import parcelatlas.photos.SiteDistance;
import parcelatlas.storage.Storage;

/**
 * A parcel's nearest context point of every kind: a stored plot's as {@link ContextDistances}
 * keeps it ({@link #ofParcel}); any geometry's computed when asked ({@link #of}), which searches boxes of growing radius ({@link #RADII_M}) through the spatial index; a
 * kind is settled once its nearest point found lies within the radius searched, since the box
 * ({@link Reach}) holds every point that close. Distances are exact on the WGS84 ellipsoid
 * ({@link SiteDistance}, GeographicLib), 0 for a point inside the parcel. Kinds with no point within
 * {@link #MAX_KM} km are left out. At most {@link #MAX_CANDIDATES} points are read per box.
 */
public final class NearestContext {
  public static final int MAX_KM = 300;
  static final double[] RADII_M = {5_000, 25_000, 100_000, MAX_KM * 1000.0};
  static final int MAX_CANDIDATES = 5000;
  private static final String SQL = "SELECT kind, code, name, name_en, ST_X(geom), ST_Y(geom) FROM context_points"
      + " WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) ORDER BY code LIMIT " + MAX_CANDIDATES;

  private final Storage storage;

  public NearestContext(Storage storage) {
    this.storage = storage;
  }

  /**
   * As {@link #of(Geometry)} for the stored parcel with this code, read from its stored nearest
   * points ({@link ContextDistances}, one indexed look-up); empty when there is none.
   */
  public List<Nearest> ofParcel(String code) {
    Map<ContextKind, Nearest> found = new EnumMap<>(ContextKind.class);
    storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT d.kind, k.code, k.name, k.name_en, d.metres"
          + " FROM context_distances d JOIN context_points k ON k.id = d.point_id WHERE d.parcel_code = ?")) {
        s.setString(1, code);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ContextKind kind = ContextKind.byCode(rs.getString(1));
            if (kind != null) {
              found.put(kind, new Nearest(kind, rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
            }
          }
        }
      }
      return null;
    });
    return new ArrayList<>(found.values());
  }

  /** The nearest point of each kind within {@link #MAX_KM} km of a WGS84 geometry, in the order of {@link ContextKind}. */
  public List<Nearest> of(Geometry parcel) {
    Map<ContextKind, Nearest> settled = new EnumMap<>(ContextKind.class);
    storage.read(c -> {
      for (double radius : RADII_M) {
        Map<ContextKind, Nearest> best = nearestIn(c, parcel, radius);
        best.forEach((kind, n) -> {
          if (n.distanceM() <= radius) {
            settled.putIfAbsent(kind, n);
          }
        });
        if (settled.size() == ContextKind.values().length) {
          break;
        }
      }
      return null;
    });
    return new ArrayList<>(settled.values());
  }

  private static Map<ContextKind, Nearest> nearestIn(Connection c, Geometry parcel, double radius) throws SQLException {
    Envelope box = Reach.around(parcel.getEnvelopeInternal(), radius);
    Map<ContextKind, Nearest> best = new EnumMap<>(ContextKind.class);
    try (PreparedStatement s = c.prepareStatement(SQL)) {
      s.setDouble(1, box.getMinX());
      s.setDouble(2, box.getMinY());
      s.setDouble(3, box.getMaxX());
      s.setDouble(4, box.getMaxY());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ContextKind kind = ContextKind.byCode(rs.getString(1));
          if (kind == null) {
            continue;
          }
          double d = SiteDistance.metres(rs.getDouble(5), rs.getDouble(6), parcel);
          Nearest old = best.get(kind);
          if (old == null || d < old.distanceM()) {
            best.put(kind, new Nearest(kind, rs.getString(2), rs.getString(3), rs.getString(4), d));
          }
        }
      }
    }
    return best;
  }
}
