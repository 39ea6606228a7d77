package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import parcelatlas.catalog.Layer;

/**
 * The version of each map layer's data, kept in the database ({@code data_versions}, migration
 * V1_13) so that every app node agrees. Database triggers bump it in the same transaction as
 * every statement writing a layer's table (imports, the demo loader, desk writes, deletes), and
 * a demolition zone's version also with its reports, which colour the zone on the map.
 */
public final class DataVersions {
  /** The tables whose writes change a layer's map, by table name. */
  static final Map<String, String> LAYER_OF_TABLE = Map.of(
      "parks", Layer.PARKS.id(),
      "parcels", Layer.PARCELS.id(),
      "projects", Layer.PROJECTS.id(),
      "demolition_zones", Layer.DEMOLITION_ZONES.id(),
      "demolition_reports", Layer.DEMOLITION_ZONES.id(),
      "context_points", Layer.CONTEXT_POINTS.id());

  private DataVersions() {}

  /** The layer a table's writes bump; IllegalArgumentException for any other table. */
  static String layerOfTable(String table) {
    String layer = LAYER_OF_TABLE.get(table);
    if (layer == null) {
      throw new IllegalArgumentException("no map layer is kept in table " + table);
    }
    return layer;
  }

  /** Microseconds since 1970 by this JVM's clock: the floor of a bump on H2. */
  static long clockMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  /** The layer's current version as this connection sees it. */
  public static long current(Connection connection, Layer layer) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT version FROM data_versions WHERE layer = ?")) {
      s.setString(1, layer.id());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no data version for layer " + layer.id());
        }
        return rs.getLong(1);
      }
    }
  }
}
