package parcelatlas.context;

import java.util.List;
import parcelatlas.features.RowFilter;

/**
 * {@link Reach} written in SQL, for the spatial index only (the exact distance decides):
 * a point's box grown by a radius, and the test "a point lies in a parcel's box grown by the
 * parcel's own radius". Degrees per metre as {@link Reach}: 110,000 m per degree of latitude,
 * 111,000 × cos(latitude) per degree of longitude at the box's highest latitude.
 */
final class ReachSql {
  private static final String DOUBLE = "CAST(? AS DOUBLE PRECISION)";

  private ReachSql() {}

  /** {@code ST_Expand(<point>, …)}: the point's box grown by {@code metres} (bound). */
  static RowFilter around(String point, double metres) {
    double dLat = metres / Reach.METRES_PER_DEGREE_LAT;
    String dLon = "(" + DOUBLE + " / (CAST(" + Reach.METRES_PER_DEGREE_LON_AT_EQUATOR + " AS DOUBLE PRECISION)"
        + " * COS(RADIANS(LEAST(CAST(89 AS DOUBLE PRECISION), ABS(ST_Y(" + point + ")) + " + DOUBLE + ")))))";
    return new RowFilter("ST_Expand(" + point + ", " + dLon + ", " + DOUBLE + ")", List.of(metres, dLat, dLat));
  }

  /**
   * True when {@code point} lies in the box of {@code geom} grown by {@code metres} (an SQL
   * expression of the row, not NULL): every point that close to the geometry does.
   */
  static String inBoxOf(String point, String geom, String metres) {
    String dLat = "(" + metres + " / CAST(" + Reach.METRES_PER_DEGREE_LAT + " AS DOUBLE PRECISION))";
    String south = "(ST_YMin(" + geom + ") - " + dLat + ")";
    String north = "(ST_YMax(" + geom + ") + " + dLat + ")";
    String highest = "GREATEST(ABS(" + south + "), ABS(" + north + "))";
    String dLon = "(" + metres + " / (CAST(" + Reach.METRES_PER_DEGREE_LON_AT_EQUATOR + " AS DOUBLE PRECISION)"
        + " * COS(RADIANS(LEAST(CAST(89 AS DOUBLE PRECISION), " + highest + ")))))";
    return "(ST_Y(" + point + ") BETWEEN " + south + " AND " + north + " AND (" + highest + " >= 89 OR ST_X(" + point
        + ") BETWEEN ST_XMin(" + geom + ") - " + dLon + " AND ST_XMax(" + geom + ") + " + dLon + "))";
  }
}
