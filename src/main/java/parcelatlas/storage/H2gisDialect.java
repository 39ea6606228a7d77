package parcelatlas.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2gis.functions.factory.H2GISFunctions;

/** Embedded H2 with the H2GIS spatial functions: the zero-setup default. */
final class H2gisDialect implements Dialect {
  /** H2's own default WRITE_DELAY (ms): the background writer stores committed work this often. */
  static final int NORMAL_WRITE_DELAY = 500;
  /** WRITE_DELAY while an import runs: the background writer, in effect, never runs. */
  static final int BULK_WRITE_DELAY = Integer.MAX_VALUE;
  /** Bulk writes (imports) running in this process. */
  private final AtomicInteger bulkWrites = new AtomicInteger();

  @Override
  public String name() {
    return "h2gis";
  }

  @Override
  public Map<String, String> connectionProperties() {
    return Map.of();
  }

  /** TRANSACTIONAL: creating it neither commits the open transaction nor outlives its rollback. */
  @Override
  public String temporaryTableSql(String name, String query) {
    return "CREATE LOCAL TEMPORARY TABLE " + name + " ON COMMIT DROP TRANSACTIONAL AS " + query + " WITH NO DATA";
  }

  @Override
  public String statementTimeoutSql(long millis) {
    return "SET QUERY_TIMEOUT " + millis;
  }

  @Override
  public void prepare(Connection connection) throws SQLException {
    if (!functionsLoaded(connection)) {
      H2GISFunctions.load(connection);
    }
    writeDelay(connection, NORMAL_WRITE_DELAY); // in case a killed import left it raised
  }

  /**
   * H2 cannot roll back, after a crash, a transaction whose uncommitted spatial-index (R-tree)
   * entries had reached the file: the next open shows that transaction's rows and its first commit
   * fails ("Map null(N) is closed"). What puts an open transaction's pages in the file is H2's
   * background writer (every WRITE_DELAY ms) or a commit that finds no other open transaction
   * with changes; so while an import runs the background writer is stopped (what was committed
   * before is stored first). Other commits meanwhile reach the file when the import ends. The
   * setting is database-wide; the last import of this process to end restores it.
   */
  @Override
  public void beginBulkWrite(Connection connection) throws SQLException {
    if (bulkWrites.getAndIncrement() == 0) {
      try {
        checkpoint(connection);
        writeDelay(connection, BULK_WRITE_DELAY);
      } catch (SQLException | RuntimeException e) {
        bulkWrites.decrementAndGet(); // the caller does not end a bulk write that did not begin
        throw e;
      }
    }
  }

  @Override
  public void endBulkWrite(Connection connection) throws SQLException {
    if (bulkWrites.decrementAndGet() == 0) {
      writeDelay(connection, NORMAL_WRITE_DELAY);
      checkpoint(connection);
    }
  }

  private static void checkpoint(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
    }
  }

  private static void writeDelay(Connection connection, int millis) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET WRITE_DELAY " + millis);
    }
  }

  @Override
  public RowInserter rowInserter(Connection connection, String table, java.util.List<Column> columns)
      throws SQLException {
    return new BatchRowInserter(connection, table, columns);
  }

  private static boolean functionsLoaded(Connection connection) throws SQLException {
    try (ResultSet rs =
        connection
            .getMetaData()
            .getProcedures(null, null, "ST_ASGEOJSON")) {
      return rs.next();
    }
  }

  @Override
  public parcelatlas.tiles.TileEncoding tileEncoding() {
    return new parcelatlas.tiles.JavaTiles();
  }

  /** The lock lives with the database file's process ({@link H2ImportLocks}); nothing is written for it. */
  @Override
  public boolean tryLockImport(Connection connection, String table) throws SQLException {
    return call(connection, "ATLAS_TRY_IMPORT_LOCK", table);
  }

  @Override
  public void releaseImport(Connection connection, String table) throws SQLException {
    call(connection, "ATLAS_IMPORT_UNLOCK", table);
  }

  private static boolean call(Connection connection, String function, String table) throws SQLException {
    try (java.sql.PreparedStatement s = connection.prepareStatement("SELECT " + function + "(?)")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }
}
