package parcelatlas.features;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The keyset condition "comes after this cursor" for an order of sort keys then id, written out
 * as {@code k1 after v1 OR (k1 = v1 AND (k2 after v2 OR (… AND t.id > id)))} so that ascending
 * and descending keys may be mixed. Nulls sort as larger than any value (see
 * {@link FeatureSql#orderBy}): last when ascending, first when descending; a null cursor value
 * therefore changes the condition's shape, never its parameters' meaning. Values are bound.
 */
final class Keyset {
  private Keyset() {}

  static String after(List<SortKey> sortBy, FeatureCursor cursor, List<Object> params) {
    return after(sortBy, cursor, 0, params);
  }

  private static String after(List<SortKey> sortBy, FeatureCursor cursor, int i, List<Object> params) {
    if (i == sortBy.size()) {
      params.add(cursor.id());
      return "t.id > ?";
    }
    SortKey key = sortBy.get(i);
    String k = key.property().sql();
    Object v = bindable(cursor.keys().get(i));
    StringBuilder sql = new StringBuilder("(");
    if (v != null) {
      if (key.descending()) {
        sql.append(k).append(" < ? OR ");
      } else {
        sql.append(k).append(" > ? OR ").append(k).append(" IS NULL OR ");
      }
      params.add(v);
      sql.append('(').append(k).append(" = ? AND ");
      params.add(v);
    } else {
      if (key.descending()) {
        sql.append(k).append(" IS NOT NULL OR ");
      }
      sql.append('(').append(k).append(" IS NULL AND ");
    }
    return sql.append(after(sortBy, cursor, i + 1, params)).append("))").toString();
  }

  private static Object bindable(Object value) {
    return value instanceof LocalDate date ? Date.valueOf(date) : value;
  }
}
