package parcelatlas.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a feature query turned into {@link Feature}s (served properties, derived values as of
 * {@code today}, the GeoJSON geometry's bytes as the driver received them), for {@link FeatureReader}.
 */
final class FeatureRows {
  private FeatureRows() {}

  /** Reads further values of the current row. */
  @FunctionalInterface
  interface RowHook {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a SELECT and maps its rows (see {@link FeatureReader#rows}), with the values of {@code
   * columns} kept beside each feature.
   */
  static List<FeatureRow> withColumns(Connection c, ServedCollection collection, FeatureSql.Statement sql,
      List<String> columns, LocalDate today) throws SQLException {
    List<FeatureRow> rows = new ArrayList<>();
    List<Map<String, Object>> extra = new ArrayList<>();
    List<Feature> features = read(c, collection, sql, List.of(), null, rs -> {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String column : columns) {
        values.put(column, rs.getObject(column));
      }
      extra.add(values);
    }, today);
    for (int i = 0; i < features.size(); i++) {
      rows.add(new FeatureRow(features.get(i), extra.get(i)));
    }
    return rows;
  }

  /** The rows as features; with {@code keys}, each row's raw sort key values (before rounding) too. */
  static List<Feature> read(Connection c, ServedCollection collection, FeatureSql.Statement sql,
      List<SortKey> sortBy, List<List<Object>> keys, RowHook hook, LocalDate today) throws SQLException {
    List<Feature> features = new ArrayList<>();
    List<Property> served = collection.properties();
    try (PreparedStatement s = FeatureJdbc.prepare(c, sql); ResultSet rs = s.executeQuery()) {
      int[] columns = null;
      int id = 0;
      int geometry = 0;
      while (rs.next()) {
        if (columns == null) {
          columns = FeatureJdbc.columns(rs, served);
          id = rs.findColumn("id");
          geometry = rs.findColumn("geometry");
        }
        Map<String, Object> properties = new LinkedHashMap<>(served.size() * 2);
        for (int i = 0; i < columns.length; i++) {
          properties.put(served.get(i).name(), FeatureJdbc.value(rs, served.get(i), columns[i]));
        }
        if (keys != null) {
          keys.add(sortBy.isEmpty() ? List.of() : sortBy.stream().map(k -> properties.get(k.property().name())).toList());
        }
        Derived.add(collection, properties, today);
        // the GeoJSON text's bytes as the driver received them (UTF-8 on both databases): no String in between
        features.add(new Feature(rs.getLong(id), rs.getBytes(geometry), properties));
        if (hook != null) {
          hook.read(rs);
        }
      }
    }
    return features;
  }
}
