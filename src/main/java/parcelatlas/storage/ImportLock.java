package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import parcelatlas.catalog.Layer;

/**
 * One import of a layer at a time, across every node: an import's transaction first takes its
 * layer's row of {@code import_locks} and keeps it to its end. Without it two imports of one layer
 * each wrote until one failed on the other's locks (a deadlock on PostgreSQL, a lock timeout on H2).
 */
public final class ImportLock {
  /** PostgreSQL's lock_not_available; H2's lock timeout (which NOWAIT raises at once). */
  private static final Set<String> LOCK_NOT_AVAILABLE = Set.of("55P03", "HYT00");

  private ImportLock() {}

  /** Another import of the layer holds it: nothing of this one was written. */
  public static final class Held extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Layer layer;

    Held(Layer layer) {
      super("another import of " + layer.id() + " is running; nothing was written — import again when it is done");
      this.layer = layer;
    }

    public Layer layer() {
      return layer;
    }
  }

  /**
   * Takes {@code layer}'s lock for the transaction on {@code connection}, or throws {@link Held}
   * at once when another transaction has it.
   */
  public static void take(Connection connection, Layer layer) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT layer_table FROM import_locks WHERE layer_table = ? FOR UPDATE NOWAIT")) {
      s.setString(1, layer.table());
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no import lock row for " + layer.table());
        }
      }
    } catch (SQLException e) {
      if (LOCK_NOT_AVAILABLE.contains(e.getSQLState())) {
        throw new Held(layer);
      }
      throw e;
    }
  }
}
