package parcelatlas.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2gis.functions.factory.H2GISFunctions;

/** Embedded H2 with the H2GIS spatial functions: the zero-setup default. */
final class H2gisDialect implements Dialect {
  /** H2's own default WRITE_DELAY (ms): the background writer stores committed work this often. */
  static final int NORMAL_WRITE_DELAY = 500;
  /** WRITE_DELAY while an import runs: the background writer, in effect, never runs. */
  static final int BULK_WRITE_DELAY = Integer.MAX_VALUE;
  /**
   * Bulk writes (imports) running in this process, by database (its {@code DATABASE_PATH()}, or
   * its URL in memory): every pool of one database in this process counts in the same entry, so a
   * pool opened while an import runs leaves its WRITE_DELAY alone. Each entry is also the lock
   * under which that database's WRITE_DELAY is changed.
   */
  private static final Map<String, int[]> BULK_WRITES = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "h2gis";
  }

  /**
   * {@code AUTO_COMPACT_FILL_RATE=0}: H2's background writer does no housekeeping (compaction).
   * In H2 2.5.252 that housekeeping, run right after the writer queued a commit for serialization,
   * can find the newest chunk of the file dead (every page superseded by that commit) and, when it
   * is older than the retention time (45 s), drop it before the queued commit reads it: the
   * store panics (AssertionError, or a NullPointerException without {@code -ea}) and the database
   * closes, losing what that commit held (bench docs/import.md, {@code H2ChunkDropTest}). Limits:
   * chunks wholly superseded are still freed and reused, but partly used ones are not rewritten,
   * while the database is open, and H2's own compaction at close is off too: {@link #closed} gives
   * that back. A URL that sets another AUTO_COMPACT_FILL_RATE is refused by H2 (duplicate setting).
   */
  @Override
  public Map<String, String> connectionProperties() {
    return Map.of("AUTO_COMPACT_FILL_RATE", "0");
  }

  /** How long H2 may compact the file at the close {@link #closed} makes (its default: 200 ms). */
  static final int CLOSE_COMPACT_MS = 1_000;

  /**
   * Once the pools have closed, opens the database once more without {@code AUTO_COMPACT_FILL_RATE=0}
   * and closes it: H2 then compacts the file as it closes (moving live chunks down and truncating, for
   * at most {@link #CLOSE_COMPACT_MS}), which it skips with housekeeping off, so a file that once held
   * much (an import's working space, a churn of writes) does not keep its largest size for good
   * ({@code H2CloseCompactionTest}; it gets back most, not all, of what housekeeping kept free). Nothing
   * is written meanwhile, so that brief opening's background writer has no commit to race. When
   * another pool or process still has the database open ({@code AUTO_SERVER}), the connection joins
   * it and nothing is compacted; a file gone meanwhile is not made again ({@code IFEXISTS}). Best
   * effort: a failure is ignored (the file stays as it was). In-memory databases: nothing.
   */
  @Override
  public void closed(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:mem:")) {
      return;
    }
    String compacting = url + ";IFEXISTS=TRUE;MAX_COMPACT_TIME=" + CLOSE_COMPACT_MS;
    try (Connection ignored = java.sql.DriverManager.getConnection(compacting, user, password)) {
      // opened and closed: H2 compacts as it closes
    } catch (SQLException e) {
      // compaction only gives space back; the data is whole either way
    }
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
    int[] running = bulkWrites(connection);
    synchronized (running) {
      if (running[0] == 0) {
        writeDelay(connection, NORMAL_WRITE_DELAY); // in case a killed import left it raised
      }
    }
  }

  /**
   * H2 cannot roll back, after a crash, a transaction whose uncommitted spatial-index (R-tree)
   * entries had reached the file: the next open shows that transaction's rows and its first commit
   * fails ("Map null(N) is closed"). What puts an open transaction's pages in the file is H2's
   * background writer (every WRITE_DELAY ms) or a commit that finds no other open transaction
   * with changes; so while an import runs the background writer is stopped (what was committed
   * before is stored first). Other commits meanwhile reach the file when the import ends. The
   * setting is database-wide; the last import of this process to end restores it, whichever pool
   * of the database it ran on, and a pool opened meanwhile ({@link #prepare}) does not.
   */
  @Override
  public void beginBulkWrite(Connection connection) throws SQLException {
    int[] running = bulkWrites(connection);
    synchronized (running) {
      if (running[0] == 0) {
        checkpoint(connection);
        writeDelay(connection, BULK_WRITE_DELAY);
      }
      running[0]++; // only once it began: the caller does not end a bulk write that did not
    }
  }

  @Override
  public void endBulkWrite(Connection connection) throws SQLException {
    int[] running = bulkWrites(connection);
    synchronized (running) {
      if (--running[0] == 0) {
        try { // stored first: the background writer restarts on a fresh newest chunk, not on one
          // as old as the import (see connectionProperties)
          checkpoint(connection);
        } finally {
          writeDelay(connection, NORMAL_WRITE_DELAY);
        }
      }
    }
  }

  /** The count of bulk writes running in this process on {@code connection}'s database. */
  private static int[] bulkWrites(Connection connection) throws SQLException {
    return BULK_WRITES.computeIfAbsent(databaseKey(connection), k -> new int[1]);
  }

  /** The database a connection is on, for keys within this process: its file, or its URL in memory. */
  static String databaseKey(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
      rs.next();
      String path = rs.getString(1);
      return path != null ? path : connection.getMetaData().getURL();
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
  public boolean checksKeysInEmptyTables() {
    return true;
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

  /** The lock is kept by the process holding the file ({@link H2ImportLocks}), past the transaction. */
  @Override
  public boolean importLockEndsWithTransaction() {
    return false;
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
