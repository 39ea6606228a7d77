package parcelatlas.storage;

import java.sql.SQLException;
import java.util.List;

/**
 * Sends new rows of one table to the database, as fast as the dialect allows. Rows are complete
 * when {@link #flush()} returns; everything happens inside the caller's transaction.
 */
public interface RowInserter extends AutoCloseable {

  /** Queues a row; values in column order, typed as the columns say, or null. */
  void add(List<Object> values) throws SQLException;

  void flush() throws SQLException;

  @Override
  void close() throws SQLException;
}
