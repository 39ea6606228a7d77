package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parcelatlas.catalog.Layer;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.RowFilter;

/**
 * The table {@code context_distances} (migration V1_31): for every parcel and every
 * {@link ContextKind}, the nearest context point of that kind and its distance in metres on the
 * ellipsoid ({@code ATLAS_GEODESIC_M}, as {@link ContextSql} measured per query before), or NULLs
 * when none lies within {@link #MAX_M}; ties go to the smaller point code. The investor filter,
 * site matching and a plot's facts read it through its indexes.
 *
 * <p>{@link #refresh} brings it up to date inside the writing transaction, set-based, from what
 * changed since the last refresh: parcels without rows (inserted), parcels the triggers noted
 * (geometry changed, deleted), points the triggers noted. Rows that named a point now gone or
 * moved, and the rows of changed parcels, are computed afresh: boxes of growing radius
 * ({@link #RADII_M}) around the points, through the parcels' spatial index, the nearest within a
 * box's radius being the nearest of all. A new point is measured only against the parcels whose
 * current nearest of its kind is farther than the point's box ({@link Reach}) could be; it
 * replaces their row where it is nearer. Every path that writes parcels or context points calls it
 * before committing (the importer, the scaled demo's districts).
 */
public final class ContextDistances {
  /** The farthest a nearest point is looked for, in metres (a plot's facts show up to this). */
  public static final double MAX_M = NearestContext.MAX_KM * 1000.0;
  static final double[] RADII_M = {2_000, 5_000, 10_000, 25_000, 100_000, MAX_M};

  private ContextDistances() {}

  /** Refreshes after an import into {@code layer} when it is the parcels or the context points. */
  public static void afterImport(Connection c, Layer layer) throws SQLException {
    if (layer == Layer.PARCELS || layer == Layer.CONTEXT_POINTS) {
      refresh(c);
    }
  }

  /** Brings every row up to date with the parcels and points the transaction sees. */
  public static void refresh(Connection c) throws SQLException {
    if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
      update(c, "LOCK TABLE context_distances IN SHARE ROW EXCLUSIVE MODE", List.of());
    }
    RowFilter kinds = kinds();
    update(c, "INSERT INTO context_todo (parcel_id, kind) SELECT p.id, k.kind FROM parcels p CROSS JOIN " + kinds.sql()
        + " WHERE NOT EXISTS (SELECT 1 FROM context_distances d WHERE d.parcel_id = p.id)", kinds.params());
    update(c, "INSERT INTO context_todo (parcel_id, kind) SELECT d.parcel_id, d.kind FROM context_distances d"
        + " WHERE d.point_id IN (SELECT point_id FROM context_dirty_points WHERE change = 'R')", List.of());
    update(c, "INSERT INTO context_todo (parcel_id, kind) SELECT m.parcel_id, k.kind FROM"
        + " (SELECT DISTINCT parcel_id FROM context_dirty_parcels) m CROSS JOIN " + kinds.sql(), kinds.params());
    update(c, "INSERT INTO context_todo (parcel_id, kind) SELECT d.parcel_id, d.kind FROM context_distances d"
        + " WHERE d.metres IS NULL AND d.kind IN (SELECT q.kind FROM context_points q WHERE q.id IN"
        + " (SELECT point_id FROM context_dirty_points WHERE change = 'A'))", List.of());
    update(c, "DELETE FROM context_distances WHERE EXISTS (SELECT 1 FROM context_todo t"
        + " WHERE t.parcel_id = context_distances.parcel_id AND t.kind = context_distances.kind)", List.of());
    for (double radius : RADII_M) {
      settle(c, radius);
    }
    update(c, "INSERT INTO context_distances (parcel_id, kind) SELECT DISTINCT t.parcel_id, t.kind"
        + " FROM context_todo t JOIN parcels p ON p.id = t.parcel_id", List.of());
    update(c, "DELETE FROM context_todo", List.of());
    for (String kind : addedKinds(c)) {
      improve(c, kind);
    }
    update(c, "DELETE FROM context_dirty_parcels", List.of());
    update(c, "DELETE FROM context_dirty_points", List.of());
  }

  /** Stores the nearest point of the to-do rows whose nearest lies within {@code radius}; drops them from the to-do. */
  private static void settle(Connection c, double radius) throws SQLException {
    RowFilter box = ReachSql.around("c.geom", radius);
    List<Object> params = new ArrayList<>(box.params());
    params.add(radius);
    update(c, "INSERT INTO context_distances (parcel_id, kind, point_id, metres) SELECT parcel_id, kind, point_id, m"
        + " FROM (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY parcel_id, kind ORDER BY m, code) AS rn FROM"
        + " (SELECT DISTINCT t.parcel_id, t.kind, c.id AS point_id, c.code, ATLAS_GEODESIC_M(p.geom, c.geom) AS m"
        + " FROM context_todo t JOIN parcels p ON p.id = t.parcel_id"
        + " JOIN context_points c ON c.kind = t.kind AND p.geom && " + box.sql() + ") x) y"
        + " WHERE rn = 1 AND m <= ?", params);
    update(c, "DELETE FROM context_todo WHERE EXISTS (SELECT 1 FROM context_distances d"
        + " WHERE d.parcel_id = context_todo.parcel_id AND d.kind = context_todo.kind)", List.of());
  }

  /**
   * Lets the new points of {@code kind} replace the rows they are nearer than: only parcels in a
   * new point's box grown by the kind's largest stored distance, and of those only the ones whose
   * own box grown by their distance holds it. Parcels that had no point of the kind were computed
   * afresh already (with the new points), so a row still without one cannot gain one here.
   */
  private static void improve(Connection c, String kind) throws SQLException {
    double reach;
    try (PreparedStatement s = c.prepareStatement("SELECT MAX(metres) FROM context_distances WHERE kind = ?")) {
      s.setString(1, kind);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        reach = rs.getObject(1) == null ? 0 : Math.min(MAX_M, rs.getDouble(1));
      }
    }
    if (reach == 0 && !hasRows(c, kind)) {
      return;
    }
    RowFilter box = ReachSql.around("q.geom", reach);
    List<Object> params = new ArrayList<>(box.params());
    params.addAll(List.of(kind, MAX_M, kind));
    update(c, "MERGE INTO context_distances d USING (SELECT parcel_id, point_id, m FROM"
        + " (SELECT z.*, ROW_NUMBER() OVER (PARTITION BY parcel_id ORDER BY m, code) AS rn FROM"
        + " (SELECT y.* FROM (SELECT p.id AS parcel_id, q.id AS point_id, q.code, ATLAS_GEODESIC_M(p.geom, q.geom) AS m,"
        + " o.metres AS old_m, oc.code AS old_code"
        + " FROM context_points q JOIN parcels p ON p.geom && " + box.sql()
        + " JOIN context_distances o ON o.parcel_id = p.id AND o.kind = q.kind"
        + " LEFT JOIN context_points oc ON oc.id = o.point_id"
        + " WHERE q.kind = ? AND q.id IN (SELECT point_id FROM context_dirty_points WHERE change = 'A')"
        + " AND o.metres IS NOT NULL AND " + ReachSql.inBoxOf("q.geom", "p.geom", "o.metres") + ") y"
        + " WHERE y.m <= ? AND (y.m < y.old_m OR (y.m = y.old_m AND y.code < y.old_code))) z) w"
        + " WHERE rn = 1) b ON (d.parcel_id = b.parcel_id AND d.kind = ?)"
        + " WHEN MATCHED THEN UPDATE SET point_id = b.point_id, metres = b.m", params);
  }

  private static boolean hasRows(Connection c, String kind) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM context_distances WHERE kind = ? AND metres IS NOT NULL")) {
      s.setString(1, kind);
      s.setMaxRows(1);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The kinds of the points inserted or changed since the last refresh, still stored. */
  private static List<String> addedKinds(Connection c) throws SQLException {
    List<String> kinds = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT q.kind FROM context_points q"
        + " WHERE q.id IN (SELECT point_id FROM context_dirty_points WHERE change = 'A') ORDER BY q.kind");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        if (ContextKind.byCode(rs.getString(1)) != null) {
          kinds.add(rs.getString(1));
        }
      }
    }
    return kinds;
  }

  /** {@code (VALUES (?), …) k (kind)}: every kind of {@link ContextKind}. */
  private static RowFilter kinds() {
    List<Object> codes = Arrays.stream(ContextKind.values()).map(k -> (Object) k.code()).toList();
    String rows = String.join(", ", codes.stream().map(k -> "(CAST(? AS VARCHAR(24)))").toList());
    return new RowFilter("(VALUES " + rows + ") k (kind)", codes);
  }

  private static int update(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      return s.executeUpdate();
    }
  }
}
