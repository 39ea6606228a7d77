package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Portable: a prepared INSERT sent in JDBC batches. */
final class BatchRowInserter implements RowInserter {
  private static final int BATCH = 500;
  private final List<Column> columns;
  private final PreparedStatement insert;
  private int pending;

  BatchRowInserter(Connection connection, String table, List<Column> columns) throws SQLException {
    this.columns = columns;
    this.insert = connection.prepareStatement("INSERT INTO " + table + " ("
        + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
        + columns.stream().map(JdbcValues::placeholder).collect(Collectors.joining(", ")) + ")");
  }

  @Override
  public void add(List<Object> values) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      JdbcValues.bind(insert, i + 1, columns.get(i).type(), values.get(i));
    }
    insert.addBatch();
    if (++pending >= BATCH) {
      flush();
    }
  }

  @Override
  public void flush() throws SQLException {
    insert.executeBatch();
    pending = 0;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
