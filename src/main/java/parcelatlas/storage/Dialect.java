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
