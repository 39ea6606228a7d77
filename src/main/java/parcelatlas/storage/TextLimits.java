package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.Layer;

/**
 * The most characters each text field of a layer can hold, read from the database's own catalog
 * ({@code information_schema.columns}), so the limits checked before writing are exactly the
 * columns' lengths. A link field's limit is that of one code in its link table.
 */
public final class TextLimits {
  private final Map<String, Integer> byField;

  private TextLimits(Map<String, Integer> byField) {
    this.byField = byField;
  }

  /**
   * The limits of {@code layer}'s fields, and under {@code source_file} that of the imported
   * file's name (its column, and the audit log's key).
   */
  public static TextLimits of(Connection connection, Layer layer) throws SQLException {
    Map<String, Integer> table = lengths(connection, layer.table());
    Map<String, Integer> byField = new HashMap<>();
    for (Field field : layer.fields()) {
      String[] link = LayerWriter.LINK_TABLES.get(field.name());
      Integer limit = link == null ? table.get(field.name()) : lengths(connection, link[0]).get(link[1]);
      if (limit != null) {
        byField.put(field.name(), limit);
      }
    }
    // the file name is kept with every feature and as the import's key in the audit log
    int fileName = Math.min(table.getOrDefault("source_file", Integer.MAX_VALUE),
        lengths(connection, "audit_log").getOrDefault("entity_key", Integer.MAX_VALUE));
    byField.put("source_file", fileName);
    return new TextLimits(byField);
  }

  /** The most characters {@code field} holds, or {@link Integer#MAX_VALUE} when unbounded. */
  public int of(String field) {
    return byField.getOrDefault(field, Integer.MAX_VALUE);
  }

  private static Map<String, Integer> lengths(Connection connection, String table) throws SQLException {
    Map<String, Integer> lengths = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT column_name, character_maximum_length"
        + " FROM information_schema.columns WHERE LOWER(table_name) = ? AND table_schema = CURRENT_SCHEMA"
        + " AND character_maximum_length IS NOT NULL")) {
      s.setString(1, table.toLowerCase(Locale.ROOT));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long length = rs.getLong(2);
          lengths.put(rs.getString(1).toLowerCase(Locale.ROOT), (int) Math.min(length, Integer.MAX_VALUE));
        }
      }
    }
    return lengths;
  }
}
