package parcelatlas.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import parcelatlas.geo.Crs;
import parcelatlas.io.BadInputException;
import parcelatlas.io.FeatureSource;
import parcelatlas.storage.FeatureRow;

/**
 * Watches one import as it runs, so that a preview shows exactly what the importer saw and a
 * caller can add its own writes to the import's transaction. Every method does nothing unless
 * overridden. An exception thrown by {@link #beforeCommit} refuses the import like a bad record.
 */
public interface ImportObserver {
  ImportObserver NONE = new ImportObserver() {};

  /** The file is open: its fields, encoding and CRS text can be read; its records read afresh. */
  default void opened(FeatureSource source) {}

  /** The source CRS is settled, and where it came from ("option", "prj", …). */
  default void crs(Crs crs, String from) {}

  /** A record passed every check and became this row (geometry in EPSG:4326). */
  default void converted(FeatureRow row) {}

  /**
   * A record was refused: {@code row} holds what could be read of it (geometry in EPSG:4326,
   * some values perhaps missing), {@code problems} why it was refused.
   */
  default void refused(FeatureRow row, List<BadInputException> problems) {}

  /** A record's geometry was invalid and has been repaired (reported for good records only). */
  default void repaired(Repair repair) {}

  /** The import's transaction has begun and nothing is written yet. */
  default void started(Connection connection) throws SQLException {}

  /** Every record is good and written; runs inside the import's transaction, before commit. */
  default void beforeCommit(Connection connection) throws SQLException {}

  /** As {@link #beforeCommit(Connection)}, with what the import did; by default calls that one. */
  default void beforeCommit(Connection connection, ImportReport report) throws SQLException {
    beforeCommit(connection);
  }
}
