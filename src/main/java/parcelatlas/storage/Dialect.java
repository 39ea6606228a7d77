package parcelatlas.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** What differs between the spatial databases the portal runs on. */
public interface Dialect {

  /** "h2gis" or "postgis": also the name of the vendor migration folder. */
  String name();

  /** Driver properties the pool sets on every connection. */
  Map<String, String> connectionProperties();

  /** Runs once on a fresh pool, before migrations (H2GIS registers its functions here). */
  void prepare(Connection connection) throws SQLException;

  /** The fastest way this database takes new rows into {@code table}, inside the caller's transaction. */
  RowInserter rowInserter(Connection connection, String table, java.util.List<Column> columns) throws SQLException;

  /**
   * Called on an autocommit connection before a bulk write (an import) begins its transaction;
   * {@link #endBulkWrite} follows once it has ended, however it ended. Nothing by default.
   */
  default void beginBulkWrite(Connection connection) throws SQLException {}

  /** Called once per {@link #beginBulkWrite} after the bulk write's transaction ended. */
  default void endBulkWrite(Connection connection) throws SQLException {}

  /**
   * The statement that limits every later statement of the session to {@code millis} milliseconds
   * (0: no limit); a statement over it fails with SQLState 57014 on both databases.
   */
  String statementTimeoutSql(long millis);

  /**
   * A statement creating the temporary table {@code name} with the result columns of {@code query}
   * and no rows; it disappears when the transaction ends, committed or rolled back.
   */
  String temporaryTableSql(String name, String query);

  /**
   * A statement giving every row of {@code table} whose code is in {@code staging} and whose
   * values of {@code columns} (never the code) differ from the staging row's those values and a
   * new {@code updated_at}; a row holding the same values is not written (no new row version, no
   * index entries: re-importing an unchanged file writes nothing). Names come from the layer
   * catalog.
   */
  default String stagedUpdateSql(String table, String staging, java.util.List<String> columns) {
    return "MERGE INTO " + table + " t USING " + staging + " s ON t.code = s.code WHEN MATCHED AND "
        + changedSql(columns) + " THEN UPDATE SET "
        + String.join(", ", columns.stream().map(c -> c + " = s." + c).toList()) + ", updated_at = CURRENT_TIMESTAMP";
  }

  /** True where a row {@code t} and a staging row {@code s} differ in one of {@code columns}. */
  static String changedSql(java.util.List<String> columns) {
    return "(" + String.join(" OR ", columns.stream().map(c -> "t." + c + " IS DISTINCT FROM s." + c).toList()) + ")";
  }

  /**
   * True when an import into an empty table may write straight into it, the table's unique
   * constraints dropped meanwhile and checked again at the end ({@link LayerLoad}).
   */
  default boolean loadsEmptyTablesDirectly() {
    return false;
  }

  /**
   * Takes, for the transaction on {@code connection}, the lock that lets one import of
   * {@code table} run at a time on every node; false at once when another import holds it.
   * {@link #releaseImport} follows once that transaction has ended (see {@link ImportLock}).
   */
  boolean tryLockImport(Connection connection, String table) throws SQLException;

  /**
   * True when what {@link #tryLockImport} took ends with its transaction (PostgreSQL's
   * transaction-scoped advisory lock): {@link #releaseImport} is then never called, and no
   * connection is borrowed for it.
   */
  default boolean importLockEndsWithTransaction() {
    return true;
  }

  /**
   * Gives back, on an autocommit connection, what {@link #tryLockImport} took; called only when
   * {@link #importLockEndsWithTransaction} is false.
   */
  default void releaseImport(Connection connection, String table) throws SQLException {
    throw new UnsupportedOperationException("the import lock ends with its transaction");
  }

  /**
   * True when an import into an empty table may write straight into it with its unique indexes in
   * place, a row refused for its key set aside for the report ({@link KeyCheckedRows}): for a
   * database that cannot drop and add indexes inside a transaction (H2 commits on DDL).
   */
  default boolean checksKeysInEmptyTables() {
    return false;
  }

  /**
   * After every pool of the database at {@code url} has closed ({@link Storage#close}): what the
   * database needs then. Nothing by default; H2 compacts its file ({@link H2gisDialect}).
   */
  default void closed(String url, String user, String password) {}

  /** How this database makes Mapbox Vector Tiles: ST_AsMVT on PostGIS, a Java encoder on H2GIS. */
  parcelatlas.tiles.TileEncoding tileEncoding();

  /** Chooses the dialect for a JDBC URL. */
  static Dialect forUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return new H2gisDialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new PostgisDialect();
    }
    throw new IllegalArgumentException(
        "unsupported database URL " + jdbcUrl + ": use jdbc:postgresql://… (PostGIS) or jdbc:h2:… (H2GIS)");
  }
}
