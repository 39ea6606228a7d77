package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.SQLException;

/** How a database's rows become a Mapbox Vector Tile (chosen by the storage's dialect). */
public interface TileEncoding {

  /** The tile of {@code query} as MVT bytes (possibly empty: a tile without features). */
  byte[] encode(Connection connection, TileQuery query) throws SQLException;
}
