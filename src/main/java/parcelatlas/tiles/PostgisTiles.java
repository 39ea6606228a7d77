package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Tiles made by PostGIS itself: each row's geometry projected to EPSG:3857, simplified by
 * {@link Tile#simplifyTolerance()}, clipped and snapped to the tile grid by {@code ST_AsMVTGeom}
 * against {@code ST_TileEnvelope} (a polygon smaller than a grid unit, which that would drop, as a
 * one-unit square around its {@code ST_PointOnSurface}), and the rows encoded by {@code ST_AsMVT} with the feature id.
 * The rows come from {@link TileQuery}, which finds them with {@code &&} on the spatial index.
 */
public final class PostgisTiles implements TileEncoding {

  /** The whole statement for a tile (also what the benchmark hands to pgbench). */
  public static TileQuery.Statement statement(TileQuery query) {
    Tile tile = query.tile();
    String clip = ", ST_TileEnvelope(?, ?, ?), " + Tile.EXTENT + ", " + Tile.BUFFER + ", true)";
    // a polygon the grid would collapse is kept as a square one grid unit wide (TileGeometry does the same)
    TileQuery.Statement rows = query.rows(
        "COALESCE(ST_AsMVTGeom(ST_Simplify(ST_Transform(t.geom, 3857), ?, true)" + clip
            + ", CASE WHEN ST_Dimension(t.geom) = 2 THEN ST_AsMVTGeom(ST_Expand(ST_PointOnSurface("
            + "ST_Transform(t.geom, 3857)), ?)" + clip + " END)",
        List.of(tile.simplifyTolerance(), tile.z(), tile.col(), tile.row(),
            tile.width() / Tile.EXTENT / 2, tile.z(), tile.col(), tile.row()));
    // the layer name is an allow-listed collection id, never request text
    String sql = "SELECT ST_AsMVT(q, '" + query.layer().id() + "', " + Tile.EXTENT + ", 'geom', 'id') FROM ("
        + rows.sql() + ") q";
    return new TileQuery.Statement(sql, rows.params());
  }

  @Override
  public byte[] encode(Connection connection, TileQuery query) throws SQLException {
    TileQuery.Statement statement = statement(query);
    try (PreparedStatement s = connection.prepareStatement(statement.sql())) {
      int i = 1;
      for (Object param : statement.params()) {
        s.setObject(i++, param);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        byte[] bytes = rs.getBytes(1);
        return bytes == null ? new byte[0] : bytes;
      }
    }
  }
}
