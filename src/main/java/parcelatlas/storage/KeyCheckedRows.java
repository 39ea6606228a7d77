package parcelatlas.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows sent into a table whose unique code index stays in place while it loads (an H2 direct load,
 * {@link LayerLoad}): {@value #CHUNK} rows at a time; when a chunk fails on a unique key (SQLState
 * 23505) none of it was written (an H2 statement is atomic and leaves the transaction open), so its
 * rows are sent again one by one and each row refused for its key goes to {@code refused} instead,
 * with its code and record number, for {@link LayerLoad#duplicates} to find by grouping. Any other
 * failure is thrown. At most {@value #CHUNK} rows are held.
 */
final class KeyCheckedRows implements RowInserter {
  /** Rows per chunk: one statement of {@link BatchRowInserter}. */
  static final int CHUNK = BatchRowInserter.ROWS;

  /** Takes a row the unique key refused: its code and record number. */
  interface Refused {
    void accept(String code, long record) throws SQLException;
  }

  private final RowInserter rows;
  private final Refused refused;
  private final int codeAt;
  private final int recordAt;
  private final List<List<Object>> chunk = new ArrayList<>(CHUNK);

  /** {@code codeAt} and {@code recordAt}: where a row's code and record number are among its values. */
  KeyCheckedRows(RowInserter rows, int codeAt, int recordAt, Refused refused) {
    this.rows = rows;
    this.codeAt = codeAt;
    this.recordAt = recordAt;
    this.refused = refused;
  }

  @Override
  public void add(List<Object> values) throws SQLException {
    chunk.add(values);
    if (chunk.size() == CHUNK) {
      flush();
    }
  }

  @Override
  public void flush() throws SQLException {
    if (chunk.isEmpty()) {
      return;
    }
    try {
      send(chunk);
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
      for (List<Object> row : chunk) {
        try {
          send(List.of(row));
        } catch (SQLException one) {
          if (!"23505".equals(one.getSQLState())) {
            throw one;
          }
          refused.accept((String) row.get(codeAt), ((Number) row.get(recordAt)).longValue());
        }
      }
    } finally {
      chunk.clear();
    }
  }

  private void send(List<List<Object>> some) throws SQLException {
    for (List<Object> row : some) {
      rows.add(row);
    }
    rows.flush();
  }

  @Override
  public void close() throws SQLException {
    chunk.clear();
    rows.close();
  }
}
