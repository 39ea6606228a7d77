package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.catalog.Layer;
import parcelatlas.industry.IndustryCatalogue;

/**
 * Writes features of one layer on one connection: new codes through the dialect's
 * {@link RowInserter} (COPY on PostGIS), known codes updated in place in JDBC batches, so ids stay
 * stable. Column names come only from the layer's declared fields (and the industry category codes,
 * {@link IndustryCatalogue#stored}, of parks and parcels, derived from their industry texts). Link lists (a project's
 * parcels and zones) are replaced whole.
 */
public final class LayerWriter implements AutoCloseable {
  private static final int BATCH = 500;
  /** By link field: its table and the column holding one code. */
  static final Map<String, String[]> LINK_TABLES = Map.of(
      "parcel_codes", new String[] {"project_parcels", "parcel_code"},
      "zone_codes", new String[] {"project_zones", "zone_code"});

  private final Connection connection;
  private final Layer layer;
  private final List<Column> columns;
  private final RowInserter inserter;
  private final PreparedStatement update;
  private final List<FeatureRow> linked = new ArrayList<>();
  /** Industry texts' stored codes, remembered for the few thousand distinct texts a city has (the catalogue is the build's). */
  private static final Map<String, String> INDUSTRY_CODES = new java.util.concurrent.ConcurrentHashMap<>();
  private int pendingUpdates;

  public LayerWriter(Connection connection, Layer layer, Dialect dialect) throws SQLException {
    this.connection = connection;
    this.layer = layer;
    this.columns = columns(layer);
    this.inserter = dialect.rowInserter(connection, layer.table(), columns);
    this.update = connection.prepareStatement(updateSql());
  }

  /** The codes already stored in the layer. */
  public static Set<String> existingCodes(Connection connection, Layer layer) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT code FROM " + layer.table());
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }

  public void insert(FeatureRow row) throws SQLException {
    inserter.add(values(layer, row));
    remember(row);
  }

  public void update(FeatureRow row) throws SQLException {
    List<Object> values = values(layer, row);
    int p = 1;
    for (int i = 1; i < columns.size(); i++) {
      JdbcValues.bind(update, p++, columns.get(i).type(), values.get(i));
    }
    update.setString(p, row.code());
    update.addBatch();
    remember(row);
    if (++pendingUpdates >= BATCH) {
      update.executeBatch();
      pendingUpdates = 0;
    }
  }

  private void remember(FeatureRow row) {
    if (!row.links().isEmpty()) {
      linked.add(row);
    }
  }

  /** Sends everything pending; then replaces the links of the rows written. */
  public void flush() throws SQLException {
    inserter.flush();
    update.executeBatch();
    pendingUpdates = 0;
    if (!linked.isEmpty()) {
      replaceLinks(connection, layer, linked);
      linked.clear();
    }
  }

  /** Replaces each linked row's link lists, one DELETE and one INSERT batch per link table. */
  static void replaceLinks(Connection connection, Layer layer, List<FeatureRow> linked) throws SQLException {
    String owner = "(SELECT id FROM " + layer.table() + " WHERE code = ?)";
    for (Map.Entry<String, String[]> table : LINK_TABLES.entrySet()) {
      String[] target = table.getValue();
      try (PreparedStatement delete = connection.prepareStatement(
              "DELETE FROM " + target[0] + " WHERE project_id = " + owner);
          PreparedStatement add = connection.prepareStatement("INSERT INTO " + target[0]
              + " (project_id, " + target[1] + ") SELECT id, ? FROM " + layer.table() + " WHERE code = ?")) {
        for (FeatureRow row : linked) {
          List<String> codes = row.links().get(table.getKey());
          if (codes == null) {
            continue;
          }
          delete.setString(1, row.code());
          delete.addBatch();
          for (String code : codes) {
            add.setString(1, code);
            add.setString(2, row.code());
            add.addBatch();
          }
        }
        delete.executeBatch();
        add.executeBatch();
      }
    }
  }

  /** The layer's columns, code first, then its fields, area (polygons), geometry and source. */
  static List<Column> columns(Layer layer) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("code", ColumnType.TEXT));
    for (Field field : otherFields(layer)) {
      columns.add(new Column(field.name(), ColumnType.of(field.kind())));
    }
    if (IndustryCatalogue.sourceField(layer) != null) {
      columns.add(new Column(IndustryCatalogue.COLUMN, ColumnType.TEXT));
    }
    if (layer.geometry() == GeometryKind.POLYGON) {
      columns.add(new Column("area_m2", ColumnType.NUMBER));
    }
    columns.add(new Column("geom", ColumnType.GEOMETRY));
    columns.add(new Column("source_crs", ColumnType.TEXT));
    columns.add(new Column("source_file", ColumnType.TEXT));
    columns.add(new Column("source_record", ColumnType.INTEGER));
    return List.copyOf(columns);
  }

  /** Each layer's column fields but the code, worked out once (values are taken for every row). */
  private static final Map<Layer, List<Field>> OTHER_FIELDS = new java.util.EnumMap<>(Layer.class);

  static {
    for (Layer layer : Layer.values()) {
      OTHER_FIELDS.put(layer, layer.columns().stream().filter(f -> !f.name().equals("code")).toList());
    }
  }

  private static List<Field> otherFields(Layer layer) {
    return OTHER_FIELDS.get(layer);
  }

  static List<Object> values(Layer layer, FeatureRow row) {
    List<Object> values = new ArrayList<>();
    values.add(row.code());
    for (Field field : otherFields(layer)) {
      values.add(row.values().get(field.name()));
    }
    if (IndustryCatalogue.sourceField(layer) != null) {
      Object text = row.values().get(IndustryCatalogue.sourceField(layer));
      values.add(industryCodes(text instanceof String t ? t : ""));
    }
    if (layer.geometry() == GeometryKind.POLYGON) {
      values.add(row.areaM2());
    }
    values.add(row.geometry());
    values.add(row.sourceCrs());
    values.add(row.sourceFile());
    values.add(row.sourceRecord());
    return values;
  }

  /** The stored codes of an industry text (see {@link #INDUSTRY_CODES}, at most 10,000 kept). */
  private static String industryCodes(String text) {
    String codes = INDUSTRY_CODES.get(text);
    if (codes == null) {
      codes = IndustryCatalogue.stored(IndustryCatalogue.get().codesOf(text));
      if (INDUSTRY_CODES.size() < 10_000) {
        INDUSTRY_CODES.put(text, codes);
      }
    }
    return codes;
  }

  /** UPDATE of every column but the code (the first column), matched by code. */
  private String updateSql() {
    return "UPDATE " + layer.table() + " SET " + columns.stream().skip(1)
        .map(c -> c.name() + " = " + JdbcValues.placeholder(c))
        .collect(Collectors.joining(", ")) + ", updated_at = CURRENT_TIMESTAMP WHERE code = ?";
  }

  @Override
  public void close() throws SQLException {
    inserter.close();
    update.close();
  }
}
