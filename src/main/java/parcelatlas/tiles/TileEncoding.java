package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.SQLException;

/** How a database's rows become a Mapbox Vector Tile (chosen by the storage's dialect). */
public interface TileEncoding {

  /** The tile of {@code query} as MVT bytes (possibly empty: a tile without features). */
  byte[] encode(Connection connection, TileQuery query) throws SQLException;

  /** A layer's data version and a tile read in one snapshot: the bytes are exactly those of that version. */
  record Versioned(long version, byte[] bytes) {}

  /**
   * The layer's data version and the tile together, for a request that holds no tag to compare
   * (so the version need not be known before deciding to draw). This default reads the version,
   * then the tile, on the same connection (the tile is never older than the version); an encoding
   * may do both in one statement, one round trip to the database instead of two.
   */
  default Versioned encodeWithVersion(Connection connection, TileQuery query) throws SQLException {
    long version = DataVersions.current(connection, query.layer().collection().layer());
    return new Versioned(version, encode(connection, query));
  }
}
