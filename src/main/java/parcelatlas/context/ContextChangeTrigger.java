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
 * H2's row trigger (migration h2gis/V1_31) telling {@link ContextDistances#refresh} what changed,
 * as the PostGIS triggers do: a parcel whose geometry changed or that was deleted; a context point
 * deleted, inserted, or updated in its kind, code or place ('R' for its old version, 'A' for the new).
 * It only notes ids; the refresh does the work, set-based.
 */
public final class ContextChangeTrigger implements Trigger {
  private boolean points;
  private int id;
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
    id = columns.get("id");
    geom = columns.get("geom");
    kind = columns.getOrDefault("kind", -1);
    code = columns.get("code");
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (!points) {
      if (oldRow != null && (newRow == null || !Objects.deepEquals(oldRow[geom], newRow[geom]))) {
        note(connection, "INSERT INTO context_dirty_parcels (parcel_id) VALUES (?)", oldRow[id], null);
      }
      return;
    }
    if (oldRow != null && newRow != null && Objects.equals(oldRow[kind], newRow[kind])
        && Objects.equals(oldRow[code], newRow[code]) && Objects.deepEquals(oldRow[geom], newRow[geom])) {
      return;
    }
    String sql = "INSERT INTO context_dirty_points (point_id, change) VALUES (?, ?)";
    if (oldRow != null) {
      note(connection, sql, oldRow[id], "R");
    }
    if (newRow != null) {
      note(connection, sql, newRow[id], "A");
    }
  }

  private static void note(Connection connection, String sql, Object id, String change) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setObject(1, id);
      if (change != null) {
        s.setString(2, change);
      }
      s.executeUpdate();
    }
  }
}
