package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * Tiles made by PostGIS itself: each row's geometry projected to EPSG:3857, simplified by
 * {@link Tile#simplifyTolerance()}, clipped and snapped to the tile grid by {@code ST_AsMVTGeom}
 * against {@code ST_TileEnvelope}, and the rows encoded by {@code ST_AsMVT} with the feature id.
 * The rows come from {@link TileQuery}, which finds them with {@code &&} on the spatial index.
 */
public final class PostgisTiles implements TileEncoding {

  /** The whole statement for a tile (also what the benchmark hands to pgbench). */
  public static TileQuery.Statement statement(TileQuery query) {
    Tile tile = query.tile();
    TileQuery.Statement rows = query.rows(
        "ST_AsMVTGeom(ST_Simplify(ST_Transform(t.geom, 3857), ?, true), ST_TileEnvelope(?, ?, ?), "
            + Tile.EXTENT + ", " + Tile.BUFFER + ", true)",
        List.of(tile.simplifyTolerance(), tile.z(), tile.col(), tile.row()));
    // the layer name is an allow-listed collection id, never request text
    String sql = "SELECT ST_AsMVT(q, '" + query.layer().id() + "', " + Tile.EXTENT + ", 'geom', 'id') FROM ("
        + rows.sql() + ") q";
    return new TileQuery.Statement(sql, rows.params());
  }

  @Override
  public byte[] encode(Connection connection, TileQuery query) throws SQLException {
    TileQuery.Statement statement = statement(query);
    try (PreparedStatement s = prepared(connection, statement.sql(), statement.params(), 1);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      byte[] bytes = rs.getBytes(1);
      return bytes == null ? new byte[0] : bytes;
    }
  }

  /**
   * The version and the tile in one statement: one round trip, and one snapshot for both (a
   * statement sees the data as of its start, so the bytes are exactly those of the version).
   */
  @Override
  public Versioned encodeWithVersion(Connection connection, TileQuery query) throws SQLException {
    TileQuery.Statement tile = statement(query);
    String sql = "SELECT (SELECT version FROM data_versions WHERE layer = ?), (" + tile.sql() + ")";
    try (PreparedStatement s = prepared(connection, sql, tile.params(), 2)) {
      s.setString(1, query.layer().collection().layer().id());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        long version = rs.getLong(1);
        if (rs.wasNull()) {
          throw new SQLException("no data version for layer " + query.layer().id());
        }
        byte[] bytes = rs.getBytes(2);
        return new Versioned(version, bytes == null ? new byte[0] : bytes);
      }
    }
  }

  /**
   * The statement with its parameters bound, planned for these values on every execution: never a
   * server-side prepared statement (the driver's default after 5 runs), whose generic plan keeps
   * {@code ST_TileEnvelope(?, ?, ?)} and the tile's box as expressions evaluated for every row
   * instead of constants (measured at 1M parcels: 8-12 ms a tile against 1.5-2 ms, planning included).
   */
  private static PreparedStatement prepared(Connection connection, String sql, List<Object> params, int first)
      throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    try {
      if (s.isWrapperFor(PGStatement.class)) {
        s.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      int i = first;
      for (Object param : params) {
        s.setObject(i++, param);
      }
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }
}
