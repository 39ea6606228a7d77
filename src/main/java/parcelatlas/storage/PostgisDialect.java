package parcelatlas.storage;

import java.sql.Connection;
import java.util.Map;

/** PostgreSQL with PostGIS: the production store. */
final class PostgisDialect implements Dialect {

  @Override
  public String name() {
    return "postgis";
  }

  @Override
  public Map<String, String> connectionProperties() {
    return Map.of("reWriteBatchedInserts", "true", "ApplicationName", "parcel-atlas");
  }

  @Override
  public RowInserter rowInserter(Connection connection, String table, java.util.List<Column> columns)
      throws java.sql.SQLException {
    return CopyRowInserter.of(connection, table, columns);
  }

  @Override
  public String temporaryTableSql(String name, String query) {
    return "CREATE TEMPORARY TABLE " + name + " ON COMMIT DROP AS " + query + " WITH NO DATA";
  }

  @Override
  public String stagedUpdateSql(String table, String staging, java.util.List<String> columns) {
    return "UPDATE " + table + " t SET " + String.join(", ", columns.stream().map(c -> c + " = s." + c).toList())
        + ", updated_at = CURRENT_TIMESTAMP FROM " + staging + " s WHERE t.code = s.code AND "
        + Dialect.changedSql(columns);
  }

  @Override
  public boolean loadsEmptyTablesDirectly() {
    return true;
  }

  @Override
  public String statementTimeoutSql(long millis) {
    return "SET statement_timeout = " + millis;
  }

  @Override
  public void prepare(Connection connection) {
    // the postgis extension is created by the vendor migration
  }

  @Override
  public parcelatlas.tiles.TileEncoding tileEncoding() {
    return new parcelatlas.tiles.PostgisTiles();
  }

  /**
   * A transaction-scoped advisory lock, so every node sees it and a node that dies gives it back
   * with its connection; it ends with the transaction ({@link #importLockEndsWithTransaction}: no
   * release). Keyed by the portal's class and the table name's hash (distinct for the catalogue's
   * tables: {@code ImportLockTest}).
   */
  @Override
  public boolean tryLockImport(Connection connection, String table) throws java.sql.SQLException {
    try (java.sql.PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
      s.setInt(1, IMPORT_LOCK_CLASS);
      s.setInt(2, table.hashCode());
      try (java.sql.ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  /** The first key of the portal's advisory locks ("PAIL": Parcel Atlas import lock). */
  static final int IMPORT_LOCK_CLASS = 0x5041494C;
}
