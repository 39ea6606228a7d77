package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Portable (H2GIS): a prepared INSERT of {@value #ROWS} rows at a time ({@code VALUES (…), (…), …}),
 * the last few rows in one statement of their own at {@link #flush}. One statement per
 * {@value #ROWS} rows rather than a JDBC batch of single-row statements: H2 runs a batch as that many
 * statements, each with its own statement start and end and its own firing of the table's statement
 * triggers (a {@code data_versions} update for a map table: in batches, once for each of the
 * 1,764 parcels of a district of demo --scale). A statement is atomic: when a row fails, none of its statement's rows
 * is written, and the caller's transaction decides the rest. At most {@value #ROWS} rows are held.
 */
final class BatchRowInserter implements RowInserter {
  /** Rows per statement: about 2,000 parameters for the parcels' 30 columns. */
  static final int ROWS = 64;
  private final Connection connection;
  private final String table;
  private final List<Column> columns;
  private final List<List<Object>> pending = new ArrayList<>(ROWS);
  private PreparedStatement full;

  BatchRowInserter(Connection connection, String table, List<Column> columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns;
  }

  @Override
  public void add(List<Object> values) throws SQLException {
    if (values.size() != columns.size()) {
      throw new IllegalArgumentException(columns.size() + " values expected, not " + values.size());
    }
    pending.add(values);
    if (pending.size() == ROWS) {
      if (full == null) {
        full = connection.prepareStatement(insertSql(ROWS));
      }
      send(full);
    }
  }

  @Override
  public void flush() throws SQLException {
    if (!pending.isEmpty()) {
      try (PreparedStatement rest = connection.prepareStatement(insertSql(pending.size()))) {
        send(rest);
      }
    }
  }

  /** Binds every pending row to {@code insert} (made for exactly that many) and runs it. */
  private void send(PreparedStatement insert) throws SQLException {
    int p = 1;
    for (List<Object> values : pending) {
      for (int i = 0; i < columns.size(); i++) {
        JdbcValues.bind(insert, p++, columns.get(i).type(), values.get(i));
      }
    }
    pending.clear();
    insert.executeUpdate();
  }

  private String insertSql(int rows) {
    String row = "(" + columns.stream().map(JdbcValues::placeholder).collect(Collectors.joining(", ")) + ")";
    return "INSERT INTO " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
        + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
  }

  @Override
  public void close() throws SQLException {
    pending.clear();
    if (full != null) {
      full.close();
    }
  }
}
