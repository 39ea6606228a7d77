package parcelatlas.context;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import parcelatlas.storage.Column;
import parcelatlas.storage.ColumnType;
import parcelatlas.storage.Dialect;
import parcelatlas.storage.RowInserter;

/**
 * Rows of {@code context_distances} (or a table of its columns) sent through the dialect's bulk
 * path: binary COPY on PostGIS, JDBC batches on H2GIS, inside the caller's transaction.
 */
public final class DistanceRows implements AutoCloseable {
  /** The table's columns, in the order {@link #add} sends them. */
  public static final List<Column> COLUMNS = List.of(new Column("parcel_code", ColumnType.TEXT),
      new Column("kind", ColumnType.TEXT), new Column("point_id", ColumnType.INTEGER),
      new Column("metres", ColumnType.NUMBER));
  private final RowInserter rows;

  private DistanceRows(RowInserter rows) {
    this.rows = rows;
  }

  /** Rows into {@code table} (a constant of the caller's). */
  public static DistanceRows into(Connection c, Dialect dialect, String table) throws SQLException {
    return new DistanceRows(dialect.rowInserter(c, table, COLUMNS));
  }

  /** Queues a parcel's nearest point of one kind. */
  public void add(String parcelCode, ContextPointIndex.Hit hit) throws SQLException {
    rows.add(Arrays.asList(parcelCode, hit.kind().code(), hit.pointId(), hit.metres()));
  }

  /** Queues a row without a kind (a temporary table's mark that a parcel was measured). */
  public void addMark(String parcelCode) throws SQLException {
    rows.add(Arrays.asList(parcelCode, null, null, null));
  }

  /** Sends what is queued. */
  public void flush() throws SQLException {
    rows.flush();
  }

  @Override
  public void close() throws SQLException {
    rows.close();
  }
}
