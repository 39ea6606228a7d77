package parcelatlas.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL column types the binary COPY writes, each in the form its binary receive function
 * reads (big-endian integers and IEEE doubles, days since 2000-01-01, UTF-8 text, EWKB geometry).
 * The type comes from the table itself, so a Java integer goes into an int4 column as 4 bytes and
 * into an int8 one as 8. A table with a column of any other type is written in text format
 * ({@link TextCopyRowInserter}).
 */
enum PgBinaryType {
  INT2, INT4, INT8, FLOAT4, FLOAT8, BOOL, DATE, TEXT, GEOMETRY;

  /** Days from 1970-01-01 (Java's epoch) to 2000-01-01 (PostgreSQL's). */
  private static final long PG_EPOCH_DAY = 10_957;

  /** Writes a non-null number, boolean or date (text and geometry are written by the caller). */
  void write(CopyRowInserter.ByteBuffer out, Object value) {
    switch (this) {
      case INT2 -> {
        out.int32(2);
        out.int16(((Number) value).shortValue());
      }
      case INT4 -> {
        out.int32(4);
        out.int32(Math.toIntExact(((Number) value).longValue()));
      }
      case INT8 -> {
        out.int32(8);
        out.int64(((Number) value).longValue());
      }
      case FLOAT4 -> {
        out.int32(4);
        out.int32(Float.floatToIntBits(((Number) value).floatValue()));
      }
      case FLOAT8 -> {
        out.int32(8);
        out.int64(Double.doubleToLongBits(((Number) value).doubleValue()));
      }
      case BOOL -> {
        out.int32(1);
        out.bytes(new byte[] {(byte) ((Boolean) value ? 1 : 0)});
      }
      case DATE -> {
        out.int32(4);
        out.int32(Math.toIntExact(((LocalDate) value).toEpochDay() - PG_EPOCH_DAY));
      }
      default -> throw new IllegalStateException(this + " is written by the caller");
    }
  }

  /**
   * The binary type of each of {@code columns} of {@code table} (a name from the catalog), or
   * null when one of them has a type this enum does not know.
   */
  static PgBinaryType[] of(Connection connection, String table, List<Column> columns) throws SQLException {
    Map<String, String> typeNames = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT a.attname, t.typname FROM pg_attribute a"
        + " JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = ?::regclass AND a.attnum > 0"
        + " AND NOT a.attisdropped")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          typeNames.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    PgBinaryType[] types = new PgBinaryType[columns.size()];
    for (int i = 0; i < types.length; i++) {
      String name = columns.get(i).name();
      types[i] = forTypeName(table, name, typeNames.get(name));
      if (types[i] == null) {
        return null;
      }
    }
    return types;
  }

  private static PgBinaryType forTypeName(String table, String column, String typeName) {
    if (typeName == null) {
      throw new IllegalStateException(table + " has no column " + column);
    }
    return switch (typeName) {
      case "int2" -> INT2;
      case "int4" -> INT4;
      case "int8" -> INT8;
      case "float4" -> FLOAT4;
      case "float8" -> FLOAT8;
      case "bool" -> BOOL;
      case "date" -> DATE;
      case "varchar", "text", "bpchar" -> TEXT;
      case "geometry" -> GEOMETRY;
      default -> null;
    };
  }
}
