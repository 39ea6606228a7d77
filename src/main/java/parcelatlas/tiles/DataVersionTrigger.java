package parcelatlas.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's statement trigger on the map tables (migration V1_13): bumps the written layer's
 * {@code data_versions} row in the writing transaction, as the PostGIS trigger function does.
 */
public final class DataVersionTrigger implements Trigger {
  private String layer;

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
    layer = DataVersions.layerOfTable(table.toLowerCase(Locale.ROOT));
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "UPDATE data_versions SET version = GREATEST(version + 1, ?) WHERE layer = ?")) {
      s.setLong(1, DataVersions.clockMicros());
      s.setString(2, layer);
      s.executeUpdate();
    }
  }
}
