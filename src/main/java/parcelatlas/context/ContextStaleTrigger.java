package parcelatlas.context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's triggers (migration h2gis/V1_31), as the PostGIS ones: a deleted parcel's distance
 * rows go; a statement inserting parcels, or a parcel whose geometry or code changed, marks every
 * kind stale ('*'); a context point
 * inserted, deleted, or changed in kind, code or place marks its kinds stale. {@link
 * ContextDistances#refreshIfStale} recomputes what is marked.
 */
public final class ContextStaleTrigger implements Trigger {
  private boolean points;
  private int geom;
  private int kind;
  private int code;

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    points = table.equalsIgnoreCase("context_points");
    Map<String, Integer> columns = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION"
        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2) - 1);
        }
      }
    }
    geom = columns.get("geom");
    kind = columns.getOrDefault("kind", -1);
    code = columns.get("code");
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow == null && newRow == null) { // the statement-level trigger on inserted parcels
      ContextDistances.markStale(connection, ContextDistances.ALL);
      return;
    }
    boolean same = oldRow != null && newRow != null && Objects.equals(oldRow[code], newRow[code])
        && Objects.deepEquals(oldRow[geom], newRow[geom]) && (!points || Objects.equals(oldRow[kind], newRow[kind]));
    if (same) {
      return;
    }
    if (!points) {
      if (newRow == null) {
        run(connection, "DELETE FROM context_distances WHERE parcel_code = ?", oldRow[code]);
      } else {
        ContextDistances.markStale(connection, ContextDistances.ALL);
      }
      return;
    }
    if (oldRow != null) {
      ContextDistances.markStale(connection, (String) oldRow[kind]);
    }
    if (newRow != null) {
      ContextDistances.markStale(connection, (String) newRow[kind]);
    }
  }

  private static void run(Connection connection, String sql, Object value) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setObject(1, value);
      s.executeUpdate();
    }
  }
}
