package parcelatlas.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.h2gis.functions.factory.H2GISFunctions;

/** Embedded H2 with the H2GIS spatial functions: the zero-setup default. */
final class H2gisDialect implements Dialect {

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
}
