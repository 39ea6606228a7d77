package parcelatlas.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.io.WKBWriter;
import parcelatlas.catalog.Field;
import parcelatlas.catalog.GeometryKind;
import parcelatlas.catalog.Layer;

/**
 * Writes features of one layer on one connection, in batches: new codes are inserted, known
 * codes updated in place (ids stay stable). The SQL is portable and built only from the layer's
 * declared columns. Link lists (a project's parcels and zones) are replaced whole.
 */
public final class LayerWriter implements AutoCloseable {
  private static final int BATCH = 500;
  private static final Map<String, String[]> LINK_TABLES = Map.of(
      "parcel_codes", new String[] {"project_parcels", "parcel_code"},
      "zone_codes", new String[] {"project_zones", "zone_code"});

  private final Connection connection;
  private final Layer layer;
  private final List<Field> columns;
  private final PreparedStatement insert;
  private final PreparedStatement update;
  private final List<FeatureRow> linked = new ArrayList<>();
  private final WKBWriter wkb = new WKBWriter(2);
  private int pending;

  public LayerWriter(Connection connection, Layer layer) throws SQLException {
    this.connection = connection;
    this.layer = layer;
    this.columns = layer.columns();
    this.insert = connection.prepareStatement(insertSql());
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
    bind(insert, row, false);
    queue(insert, row);
  }

  public void update(FeatureRow row) throws SQLException {
    bind(update, row, true);
    queue(update, row);
  }

  private void queue(PreparedStatement statement, FeatureRow row) throws SQLException {
    statement.addBatch();
    if (!row.links().isEmpty()) {
      linked.add(row);
    }
    if (++pending >= BATCH) {
      flush();
    }
  }

  /** Sends pending rows; then replaces the links of the rows written so far. */
  public void flush() throws SQLException {
    insert.executeBatch();
    update.executeBatch();
    pending = 0;
    for (FeatureRow row : linked) {
      replaceLinks(row);
    }
    linked.clear();
  }

  private void replaceLinks(FeatureRow row) throws SQLException {
    for (Map.Entry<String, List<String>> link : row.links().entrySet()) {
      String[] target = LINK_TABLES.get(link.getKey());
      String owner = "(SELECT id FROM " + layer.table() + " WHERE code = ?)";
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM " + target[0] + " WHERE project_id = " + owner)) {
        delete.setString(1, row.code());
        delete.executeUpdate();
      }
      try (PreparedStatement add = connection.prepareStatement("INSERT INTO " + target[0]
          + " (project_id, " + target[1] + ") SELECT id, ? FROM " + layer.table() + " WHERE code = ?")) {
        for (String code : link.getValue()) {
          add.setString(1, code);
          add.setString(2, row.code());
          add.addBatch();
        }
        add.executeBatch();
      }
    }
  }

  private void bind(PreparedStatement s, FeatureRow row, boolean codeLast) throws SQLException {
    int i = 1;
    for (Field field : columns) {
      if (codeLast && field.name().equals("code")) {
        continue;
      }
      setValue(s, i++, field, field.name().equals("code") ? row.code() : row.values().get(field.name()));
    }
    if (hasArea()) {
      s.setDouble(i++, row.areaM2());
    }
    s.setBytes(i++, wkb.write(row.geometry()));
    s.setString(i++, row.sourceCrs());
    s.setString(i++, row.sourceFile());
    s.setLong(i++, row.sourceRecord());
    if (codeLast) {
      s.setString(i, row.code());
    }
  }

  private static void setValue(PreparedStatement s, int i, Field field, Object value) throws SQLException {
    switch (field.kind()) {
      case INTEGER -> {
        if (value == null) s.setNull(i, Types.BIGINT); else s.setLong(i, ((Number) value).longValue());
      }
      case NUMBER -> {
        if (value == null) s.setNull(i, Types.DOUBLE); else s.setDouble(i, ((Number) value).doubleValue());
      }
      case DATE -> {
        if (value == null) s.setNull(i, Types.DATE); else s.setDate(i, Date.valueOf((LocalDate) value));
      }
      case BOOLEAN -> {
        if (value == null) s.setNull(i, Types.BOOLEAN); else s.setBoolean(i, (Boolean) value);
      }
      default -> {
        if (value == null) s.setNull(i, Types.VARCHAR); else s.setString(i, value.toString());
      }
    }
  }

  private boolean hasArea() {
    return layer.geometry() == GeometryKind.POLYGON;
  }

  private List<String> tailColumns() {
    List<String> tail = new ArrayList<>();
    if (hasArea()) {
      tail.add("area_m2");
    }
    tail.addAll(List.of("geom", "source_crs", "source_file", "source_record"));
    return tail;
  }

  private String insertSql() {
    List<String> names = new ArrayList<>(columns.stream().map(Field::name).toList());
    List<String> values = new ArrayList<>(names.stream().map(n -> "?").toList());
    for (String tail : tailColumns()) {
      names.add(tail);
      values.add(tail.equals("geom") ? "ST_GeomFromWKB(?, 4326)" : "?");
    }
    return "INSERT INTO " + layer.table() + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", values) + ")";
  }

  private String updateSql() {
    List<String> sets = new ArrayList<>();
    columns.stream().filter(f -> !f.name().equals("code")).forEach(f -> sets.add(f.name() + " = ?"));
    for (String tail : tailColumns()) {
      sets.add(tail + (tail.equals("geom") ? " = ST_GeomFromWKB(?, 4326)" : " = ?"));
    }
    sets.add("updated_at = CURRENT_TIMESTAMP");
    return "UPDATE " + layer.table() + " SET " + String.join(", ", sets) + " WHERE code = ?";
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    update.close();
  }
}
