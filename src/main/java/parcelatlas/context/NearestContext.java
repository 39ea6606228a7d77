package parcelatlas.context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.ContextKind;
import parcelatlas.photos.SiteDistance;
import parcelatlas.storage.Storage;

/**
 * A stored parcel's nearest context point of every kind, as {@link ContextDistances} keeps it
 * (measured by {@link ContextPointIndex}: exact on the WGS84 ellipsoid, {@link SiteDistance}'s
 * arithmetic, 0 for a point inside the parcel). Kinds with no point within {@link #MAX_KM} km are
 * left out.
 */
public final class NearestContext {
  public static final int MAX_KM = 300;

  private final Storage storage;

  public NearestContext(Storage storage) {
    this.storage = storage;
  }

  /**
   * The stored parcel with this code's nearest point of each kind (one indexed look-up of
   * {@link ContextDistances}' rows); empty when there is none.
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
}
