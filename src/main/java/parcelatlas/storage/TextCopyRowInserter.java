package parcelatlas.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's fallback bulk path, for a table with a column type {@link PgBinaryType} does not
 * know: rows streamed through {@code COPY … FROM STDIN} in text format, geometry as hex EWKB with
 * its SRID. Values are escaped, never interpreted as SQL. A write whose
 * first 1 MB chunk fills up goes into an empty table with most of its plain indexes dropped once
 * that chunk is in, rebuilt at {@link #flush()} ({@link DeferredIndexes}).
 */
final class TextCopyRowInserter implements RowInserter {
  private static final int CHUNK = 1 << 20;
  private final Connection connection;
  private final String table;
  private final String copySql;
  private final List<Column> columns;
  private final WKBWriter wkb = new WKBWriter(2, true);
  private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
  private CopyIn copy;
  private boolean started;
  /** Set when the first chunk filled up (a large write) and the table was empty. */
  private DeferredIndexes deferred;

  TextCopyRowInserter(Connection connection, String table, List<Column> columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns;
    this.copySql = "COPY " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
        + ") FROM STDIN";
  }

  @Override
  public void add(List<Object> values) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(columns.get(i).type(), values.get(i));
    }
    buffer.append('\n');
    if (buffer.length() >= CHUNK) {
      send();
    }
  }

  private void append(ColumnType type, Object value) {
    if (value == null) {
      buffer.append("\\N");
      return;
    }
    switch (type) {
      case GEOMETRY -> buffer.append(WKBWriter.toHex(wkb.write((Geometry) value)));
      case BOOLEAN -> buffer.append((Boolean) value ? 't' : 'f');
      case DATE -> buffer.append(((LocalDate) value).toString());
      case INTEGER -> buffer.append(((Number) value).longValue());
      case NUMBER -> buffer.append(((Number) value).doubleValue());
      case TEXT -> escape(value.toString());
    }
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        case '\t' -> buffer.append("\\t");
        default -> buffer.append(c);
      }
    }
  }

  private void send() throws SQLException {
    if (buffer.length() == 0) {
      return;
    }
    if (!started) {
      started = true;
      if (buffer.length() >= CHUNK && DeferredIndexes.isEmpty(connection, table)) {
        // the first rows alone, with every index in place, so that the indexes can be chosen by them
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        deferred = DeferredIndexes.copyFirstRowsThenDrop(connection, table, copySql, bytes, bytes.length);
        buffer.setLength(0);
        return;
      }
    }
    if (copy == null) {
      copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  @Override
  public void flush() throws SQLException {
    send();
    if (copy != null) {
      copy.endCopy();
      copy = null;
    }
    if (deferred != null) {
      deferred.rebuild();
      deferred = null;
    }
  }

  @Override
  public void close() throws SQLException {
    if (copy != null && copy.isActive()) {
      copy.cancelCopy();
    }
  }
}
