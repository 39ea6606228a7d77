package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.catalog.Layer;
import parcelatlas.industry.IndustryCatalogue;

/**
 * One import's rows into one layer, set-based, inside the caller's transaction, with memory
 * bounded whatever the layer's or the file's size (nothing is kept per row but link lists):
 * <ul>
 *   <li>into an empty table, where the dialect allows ({@link Dialect#loadsEmptyTablesDirectly},
 *       PostGIS): COPY straight into the table, its unique code constraint dropped meanwhile and
 *       added again once every row is in ({@link DeferredIndexes});
 *   <li>into an empty table, where the dialect checks unique keys as rows arrive
 *       ({@link Dialect#checksKeysInEmptyTables}, H2GIS, which cannot drop an index inside a
 *       transaction): straight into the table with every index in place, a row refused for its
 *       code going to the keys table ({@link KeyCheckedRows}), so no staging copy, no update and no
 *       grouping of the codes unless a code repeats;
 *   <li>otherwise: into a temporary staging table, then one update of the stored rows whose
 *       codes it holds ({@link Dialect#stagedUpdateSql}; ids stay) and one INSERT … SELECT of the
 *       others.
 * </ul>
 * The update leaves alone the {@code kept} fields, those the file does not provide (a parcels file
 * without internal notes keeps the stored notes), and the industry codes derived from a kept
 * industry field; new rows get no value for them.
 * Once a record has been refused the import will fail, so later records only give their code and
 * record number ({@link #addKey}), to a second temporary table, so that {@link #duplicates} still
 * finds every repeated code in the file: the database groups the codes, no set of them is held.
 */
public final class LayerLoad implements AutoCloseable {
  private static final String STAGING = "import_staging";
  private static final String KEYS = "import_keys";

  /** Record {@code record} repeats the code of the earlier record {@code firstRecord}. */
  public record Duplicate(String code, long firstRecord, long record) {}

  private final Connection connection;
  private final Layer layer;
  private final Dialect dialect;
  private final List<Column> columns;
  /** The fields whose stored values an update keeps (the file does not provide them). */
  private final Set<String> kept;
  /** The layer's table (direct) or the staging table. */
  private final String rowsTable;
  /** Direct load only: the unique constraints to add again. */
  private DeferredIndexes uniques;
  private final RowInserter rows;
  private RowInserter keys;
  private final List<FeatureRow> linked = new ArrayList<>();
  private long added;

  /**
   * @param kept the layer's fields whose stored values an update of a stored row keeps, because
   *     the file does not provide them; may be empty
   */
  public LayerLoad(Connection connection, Layer layer, Dialect dialect, Set<String> kept) throws SQLException {
    this.connection = connection;
    this.layer = layer;
    this.dialect = dialect;
    this.columns = LayerWriter.columns(layer);
    this.kept = Set.copyOf(kept);
    for (String field : this.kept) {
      if (layer.field(field).isEmpty() || field.equals("code")) {
        throw new IllegalArgumentException(layer.id() + " has no field " + field + " to keep");
      }
    }
    uniques = dialect.loadsEmptyTablesDirectly()
        ? DeferredIndexes.dropUniqueConstraintsIfEmpty(connection, layer.table()) : null;
    boolean checked = uniques == null && dialect.checksKeysInEmptyTables()
        && DeferredIndexes.isEmpty(connection, layer.table());
    if (uniques == null && !checked) {
      execute(dialect.temporaryTableSql(STAGING, "SELECT " + names() + " FROM " + layer.table()));
      rowsTable = STAGING;
    } else {
      rowsTable = layer.table();
    }
    RowInserter inserter = dialect.rowInserter(connection, rowsTable, columns);
    rows = checked ? new KeyCheckedRows(inserter, 0, columns.size() - 1, this::addKey) : inserter;
  }

  /** Queues a whole row; never after {@link #addKey}. */
  public void add(FeatureRow row) throws SQLException {
    rows.add(LayerWriter.values(layer, row));
    added++;
    if (!row.links().isEmpty()) {
      linked.add(new FeatureRow(row.code(), Map.of(), null, null, null, null, row.sourceRecord(), row.links()));
    }
  }

  /** Queues only the code of a record, for {@link #duplicates}, once the import is bound to fail. */
  public void addKey(String code, long record) throws SQLException {
    if (keys == null) {
      if (!(rows instanceof KeyCheckedRows)) {
        rows.flush(); // a key-checked load is flushing, or sent its rows at the last add
      }
      execute(dialect.temporaryTableSql(KEYS, "SELECT code, source_record FROM " + layer.table()));
      keys = dialect.rowInserter(connection, KEYS, List.of(new Column("code", ColumnType.TEXT),
          new Column("source_record", ColumnType.INTEGER)));
    }
    keys.add(List.of(code, record));
  }

  /**
   * The first {@code max} records, in file order, whose code an earlier record has; sends
   * everything queued first. On a direct load without refused records the restored unique
   * constraint is the check, and the grouping runs only if it fails.
   */
  public List<Duplicate> duplicates(int max) throws SQLException {
    if (rows instanceof KeyCheckedRows) {
      rows.flush(); // may add keys
    }
    (keys != null ? keys : rows).flush();
    if (rows instanceof KeyCheckedRows && keys == null) {
      return List.of(); // the unique index took every row
    }
    if (uniques != null && keys == null) {
      Savepoint before = connection.setSavepoint();
      try {
        uniques.rebuild();
        uniques = null;
        connection.releaseSavepoint(before);
        return List.of();
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
          throw e;
        }
        connection.rollback(before);
      }
    }
    String all = "SELECT code, source_record FROM " + rowsTable
        + (keys == null ? "" : " UNION ALL SELECT code, source_record FROM " + KEYS);
    List<Duplicate> found = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("WITH k AS (" + all + "), d AS (SELECT code,"
        + " MIN(source_record) AS first_record FROM k GROUP BY code HAVING COUNT(*) > 1)"
        + " SELECT k.code, d.first_record, k.source_record FROM k JOIN d ON d.code = k.code"
        + " WHERE k.source_record > d.first_record ORDER BY k.source_record LIMIT ?")) {
      s.setInt(1, max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Duplicate(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return found;
  }

  /**
   * Joins the rows into the layer (call after {@link #duplicates} found none); returns
   * {inserted, updated}.
   */
  public long[] finish() throws SQLException {
    rows.flush();
    long inserted = added;
    long updated = 0;
    if (uniques != null) {
      uniques.rebuild();
      uniques = null;
    } else if (rowsTable.equals(STAGING)) {
      try (Statement s = connection.createStatement()) {
        s.executeUpdate(dialect.stagedUpdateSql(layer.table(), STAGING, updatedColumns()));
        String table = layer.table();
        inserted = s.executeUpdate("INSERT INTO " + table + " (" + names() + ") SELECT " + names() + " FROM "
            + STAGING + " s WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE t.code = s.code)");
        updated = added - inserted; // every other staged row names a stored one (codes are unique)
      }
    }
    if (!linked.isEmpty()) {
      LayerWriter.replaceLinks(connection, layer, linked);
      linked.clear();
    }
    return new long[] {inserted, updated};
  }

  /**
   * Up to {@code max} distinct values of the loaded rows' {@code column} (a field of the layer)
   * that are not the code of any feature of {@code referenced}, in order.
   */
  public List<String> unknownCodes(String column, Layer referenced, int max) throws SQLException {
    if (layer.columns().stream().noneMatch(f -> f.name().equals(column))) {
      throw new IllegalArgumentException(layer.id() + " has no field " + column);
    }
    List<String> unknown = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT r." + column + " FROM " + rowsTable
        + " r WHERE r." + column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + referenced.table()
        + " p WHERE p.code = r." + column + ") ORDER BY 1 LIMIT ?")) {
      s.setInt(1, max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          unknown.add(rs.getString(1));
        }
      }
    }
    return unknown;
  }

  /** The columns an update of a stored row sets: all but the code, the kept fields and what derives from them. */
  private List<String> updatedColumns() {
    String industry = IndustryCatalogue.sourceField(layer);
    return columns.stream().skip(1).map(Column::name)
        .filter(name -> !kept.contains(name))
        .filter(name -> !(name.equals(IndustryCatalogue.COLUMN) && kept.contains(industry)))
        .toList();
  }

  private String names() {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    rows.close();
    if (keys != null) {
      keys.close();
    }
  }
}
