package parcelatlas.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.storage.Storage;

/** Small query helpers for assertions. */
public final class Sql {
  private Sql() {}

  public static long count(Storage storage, String table) {
    return ((Number) rows(storage, "SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
  }

  /** Rows as maps keyed by lower-case column label. */
  public static List<Map<String, Object>> rows(Storage storage, String sql, Object... params) {
    return storage.read(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          s.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = s.executeQuery()) {
          ResultSetMetaData meta = rs.getMetaData();
          List<Map<String, Object>> rows = new ArrayList<>();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
            }
            rows.add(row);
          }
          return rows;
        }
      }
    });
  }
}
