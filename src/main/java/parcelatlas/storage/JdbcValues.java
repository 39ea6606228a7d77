package parcelatlas.storage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/** Binds typed values to statement parameters; geometry goes as WKB into ST_GeomFromWKB(?, srid). */
final class JdbcValues {
  private JdbcValues() {}

  /** The placeholder for a column in an INSERT or UPDATE. */
  static String placeholder(Column column) {
    return column.type() == ColumnType.GEOMETRY ? "ST_GeomFromWKB(?, 4326)" : "?";
  }

  static void bind(PreparedStatement s, int i, ColumnType type, Object value) throws SQLException {
    if (value == null) {
      s.setNull(i, switch (type) {
        case INTEGER -> Types.BIGINT;
        case NUMBER -> Types.DOUBLE;
        case DATE -> Types.DATE;
        case BOOLEAN -> Types.BOOLEAN;
        case GEOMETRY -> Types.BINARY;
        case TEXT -> Types.VARCHAR;
      });
      return;
    }
    switch (type) {
      case INTEGER -> s.setLong(i, ((Number) value).longValue());
      case NUMBER -> s.setDouble(i, ((Number) value).doubleValue());
      case DATE -> s.setDate(i, Date.valueOf((LocalDate) value));
      case BOOLEAN -> s.setBoolean(i, (Boolean) value);
      case GEOMETRY -> s.setBytes(i, new WKBWriter(2).write((Geometry) value));
      case TEXT -> s.setString(i, value.toString());
    }
  }
}
