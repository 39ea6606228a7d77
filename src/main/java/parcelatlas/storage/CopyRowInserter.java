package parcelatlas.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk path: rows streamed through {@code COPY … FROM STDIN (FORMAT binary)}, each
 * value in the binary form of its column's type ({@link PgBinaryType}), geometry as EWKB with its
 * SRID: the database parses no text, the client formats none. A write whose first 1 MB chunk
 * fills up goes into an empty table with most of its plain indexes dropped once that chunk is
 * in, rebuilt at {@link #flush()} ({@link DeferredIndexes}).
 */
final class CopyRowInserter implements RowInserter {
  private static final int CHUNK = 1 << 20;
  private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
      0, 0, 0, 0, 0, 0, 0, 0};
  private final Connection connection;
  private final String table;
  private final String copySql;
  private final List<Column> columns;
  private final PgBinaryType[] types;
  private final WKBWriter wkb = new WKBWriter(2, true);
  private final ByteBuffer buffer = new ByteBuffer(CHUNK + 65536);
  private CopyIn copy;
  private boolean started;
  /** Set when the first chunk filled up (a large write) and the table was empty. */
  private DeferredIndexes deferred;

  /** The binary path when every column's type allows it, else the text one. */
  static RowInserter of(Connection connection, String table, List<Column> columns) throws SQLException {
    PgBinaryType[] types = PgBinaryType.of(connection, table, columns);
    return types == null ? new TextCopyRowInserter(connection, table, columns)
        : new CopyRowInserter(connection, table, columns, types);
  }

  private CopyRowInserter(Connection connection, String table, List<Column> columns, PgBinaryType[] types) {
    this.connection = connection;
    this.table = table;
    this.columns = columns;
    this.types = types;
    this.copySql = "COPY " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
        + ") FROM STDIN (FORMAT binary)";
    buffer.bytes(HEADER);
  }

  @Override
  public void add(List<Object> values) throws SQLException {
    buffer.int16(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      append(i, values.get(i));
    }
    if (buffer.size() >= CHUNK) {
      send();
    }
  }

  private void append(int i, Object value) {
    if (value == null) {
      buffer.int32(-1);
      return;
    }
    switch (types[i]) {
      case GEOMETRY -> lengthAndBytes(wkb.write((Geometry) value));
      case TEXT -> lengthAndBytes(value.toString().getBytes(StandardCharsets.UTF_8));
      default -> types[i].write(buffer, value);
    }
  }

  private void lengthAndBytes(byte[] bytes) {
    buffer.int32(bytes.length);
    buffer.bytes(bytes);
  }

  private void send() throws SQLException {
    if (!started) {
      started = true;
      if (buffer.size() >= CHUNK && DeferredIndexes.isEmpty(connection, table)) {
        // the first rows alone, with every index in place, so that the indexes can be chosen by them
        buffer.int16(-1);
        deferred = DeferredIndexes.copyFirstRowsThenDrop(connection, table, copySql, buffer.array(), buffer.size());
        buffer.clear();
        buffer.bytes(HEADER);
        return;
      }
    }
    if (copy == null) {
      copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }
    copy.writeToCopy(buffer.array(), 0, buffer.size());
    buffer.clear();
  }

  @Override
  public void flush() throws SQLException {
    if (started || buffer.size() > HEADER.length) {
      buffer.int16(-1);
      send();
      copy.endCopy();
      copy = null;
      started = false;
      buffer.bytes(HEADER);
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

  /** A growable byte array written big-endian, as COPY's binary format wants. */
  static final class ByteBuffer {
    private byte[] bytes;
    private int size;

    ByteBuffer(int capacity) {
      bytes = new byte[capacity];
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void bytes(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    void int16(int v) {
      room(2);
      bytes[size++] = (byte) (v >>> 8);
      bytes[size++] = (byte) v;
    }

    void int32(int v) {
      room(4);
      for (int shift = 24; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (v >>> shift);
      }
    }

    void int64(long v) {
      room(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (v >>> shift);
      }
    }

    byte[] array() {
      return bytes;
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }
}
