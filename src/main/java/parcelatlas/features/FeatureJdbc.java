package parcelatlas.features;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JDBC steps every feature query shares: a statement prepared with its values bound (values are
 * always parameters), a single-number query run, the result set's column of each property found
 * once, and a property's value read from a row by its kind (SQL NULL as null).
 */
final class FeatureJdbc {
  private FeatureJdbc() {}

  /** The result set's column of each property, looked up once (a lookup by name costs hashing per row). */
  static int[] columns(ResultSet rs, List<Property> properties) throws SQLException {
    int[] columns = new int[properties.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = rs.findColumn(properties.get(i).name());
    }
    return columns;
  }

  static Object value(ResultSet rs, Property p) throws SQLException {
    return value(rs, p, rs.findColumn(p.name()));
  }

  /** A property's value from the given column (1-based), for loops that look the columns up once. */
  static Object value(ResultSet rs, Property p, int column) throws SQLException {
    Object value = switch (p.kind()) {
      case INTEGER -> rs.getLong(column);
      case NUMBER -> rs.getDouble(column);
      case BOOLEAN -> rs.getBoolean(column);
      case DATE -> rs.getObject(column, LocalDate.class); // no Calendar per value, as getDate costs
      default -> rs.getString(column);
    };
    return rs.wasNull() ? null : value;
  }

  static long count(Connection c, FeatureSql.Statement sql) throws SQLException {
    try (PreparedStatement s = prepare(c, sql); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static PreparedStatement prepare(Connection c, FeatureSql.Statement sql) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql.sql());
    int i = 1;
    for (Object param : sql.params()) {
      s.setObject(i++, param);
    }
    return s;
  }
}
