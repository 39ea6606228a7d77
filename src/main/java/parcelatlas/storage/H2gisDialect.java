package parcelatlas.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2gis.functions.factory.H2GISFunctions;

/** Embedded H2 with the H2GIS spatial functions: the zero-setup default. */
final class H2gisDialect implements Dialect {
  /**
   * H2's WRITE_DELAY (ms) on every open: the background writer's period, in effect never. H2 cannot
   * roll back, after a crash, a transaction whose uncommitted spatial-index (R-tree) entries reached
   * the file: the next open shows that transaction's rows and its first commit fails ("Map null(N)
   * is closed"). The background writer is what puts an open transaction's pages into the file; the
   * store is still written at every commit when no other transaction holds uncommitted changes,
   * and on close. See the README (embedded store and crashes).
   */
  static final int WRITE_DELAY_MILLIS = Integer.MAX_VALUE;

  @Override
  public String name() {
    return "h2gis";
  }

  @Override
  public Map<String, String> connectionProperties() {
    return Map.of();
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
    try (Statement s = connection.createStatement()) {
      s.execute("SET WRITE_DELAY " + WRITE_DELAY_MILLIS);
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
}
