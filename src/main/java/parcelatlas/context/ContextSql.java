package parcelatlas.context;

import java.util.List;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.RowFilter;

/**
 * The investor filter's and site matching's condition "a point of this kind lies within so many
 * metres of the parcel" over the parcels aliased {@code t}: the parcels near each point of the kind
 * are found through the parcels' spatial index ({@code &&} against the point grown as {@link Reach}
 * grows a box, the longitude margin widened for the point's latitude), then measured exactly with {@code ATLAS_GEODESIC_M} (metres on the WGS84
 * ellipsoid: GeographicLib on H2GIS, {@code geography} on PostGIS; migration V1_25). The kind's code
 * and the distance are bound; the kind comes from the allow-list {@link ContextKind}.
 */
public final class ContextSql {
  /** The largest distance a filter or a match may ask for, in km: keeps the candidate boxes small. */
  public static final double MAX_KM = 50;

  private ContextSql() {}

  /**
   * Parcels with a point of {@code kind} at most {@code metres} away (0 inside). Uncorrelated, so
   * each database evaluates it once per query: for each point of the kind (few), the parcels whose
   * boxes meet the point's grown box, through the parcels' spatial index, measured exactly.
   */
  public static RowFilter within(ContextKind kind, double metres) {
    RowFilter near = pairs(metres);
    List<Object> params = new java.util.ArrayList<>(near.params());
    params.add(kind.code());
    params.add(metres);
    return new RowFilter("t.id IN (SELECT p.id" + near.sql() + " WHERE c.kind = ? AND ATLAS_GEODESIC_M(p.geom, c.geom) <= ?)",
        params);
  }

  /**
   * {@code LEFT JOIN (…) <alias> ON <alias>.id = t.id}: for every parcel with a point of {@code kind}
   * at most {@code metres} away, {@code <alias>.d}, the distance in metres to the nearest such point
   * (NULL for the others). Evaluated once per query, as {@link #within}; {@code alias} must be an
   * identifier of the caller's own.
   */
  public static RowFilter nearestJoin(ContextKind kind, double metres, String alias) {
    RowFilter near = pairs(metres);
    List<Object> params = new java.util.ArrayList<>(near.params());
    params.add(kind.code());
    params.add(metres);
    return new RowFilter(" LEFT JOIN (SELECT p.id, MIN(ATLAS_GEODESIC_M(p.geom, c.geom)) AS d" + near.sql()
        + " WHERE c.kind = ? AND ATLAS_GEODESIC_M(p.geom, c.geom) <= ? GROUP BY p.id) " + alias
        + " ON " + alias + ".id = t.id", params);
  }

  /** {@code FROM context_points c JOIN parcels p ON <p's box meets c grown by metres>}. */
  private static RowFilter pairs(double metres) {
    double dLat = metres / Reach.METRES_PER_DEGREE_LAT;
    String dLon = "(? / (CAST(" + Reach.METRES_PER_DEGREE_LON_AT_EQUATOR + " AS DOUBLE PRECISION)"
        + " * COS(RADIANS(LEAST(CAST(89 AS DOUBLE PRECISION), ABS(ST_Y(c.geom)) + ?)))))";
    return new RowFilter(" FROM context_points c JOIN parcels p ON p.geom && ST_Expand(c.geom, " + dLon
        + ", CAST(? AS DOUBLE PRECISION))", List.of(metres, dLat, dLat));
  }
}
