package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL for feature queries, one small function per clause. Identifiers come only from
 * {@link ServedCollection}; every value is a bind parameter listed in {@link Statement#params}.
 * The bounding-box filter pairs {@code &&} with ST_Intersects so both databases use their
 * spatial index (H2GIS does not for ST_Intersects alone).
 */
final class FeatureSql {
  private FeatureSql() {}

  /** SQL text and its parameters in order. */
  record Statement(String sql, List<Object> params) {}

  static Statement page(FeatureQuery q) {
    List<Object> params = new ArrayList<>();
    String sql = select(q.collection()) + q.collection().from() + where(q, params) + orderBy(q)
        + limitOffset(q, params);
    return new Statement(sql, params);
  }

  /**
   * A page for the items endpoint: one row more than the limit (so the caller knows whether a
   * next page exists without counting), after {@code after} when it is given (keyset paging: the
   * cost does not grow with the page number), else after skipping the query's offset.
   */
  static Statement items(FeatureQuery q, FeatureCursor after) {
    if (after != null) {
      return itemsBuilt(q, after);
    }
    List<Object> params = new ArrayList<>();
    for (RowFilter filter : q.filters()) {
      params.addAll(filter.params()); // as where() adds them; the public-rows condition has none
    }
    params.add(q.limit() + 1);
    if (q.offset() > 0) {
      params.add(q.offset());
    }
    Shape shape = new Shape(q);
    String sql = ITEMS_TEXTS.get(shape);
    if (sql == null) {
      sql = itemsBuilt(q, null).sql();
      if (ITEMS_TEXTS.size() < MAX_SHAPES) {
        ITEMS_TEXTS.putIfAbsent(shape, sql);
      }
    }
    return new Statement(sql, params);
  }

  /**
   * What an items statement's text depends on when it pages by offset: the same shape, the same
   * text. Values are never part of it (they are parameters), so the shapes are few: a bbox, a
   * filter's structure, a sort.
   */
  private static final class Shape {
    private final ServedCollection collection;
    private final boolean publicOnly;
    private final String[] filters;
    private final List<SortKey> sortBy;
    private final boolean offset;
    /**
     * Computed once: a request looks its shape up once, and a record's hashCode and equals (through
     * method handles, over a list of the filters' texts made by a stream) took 4% of the portal's
     * CPU of a small items page; the filters' texts are mostly constants, so equals ends at identity.
     */
    private final int hash;

    Shape(FeatureQuery q) {
      collection = q.collection();
      publicOnly = q.publicOnly();
      List<RowFilter> list = q.filters();
      filters = new String[list.size()];
      for (int i = 0; i < filters.length; i++) {
        filters[i] = list.get(i).sql();
      }
      sortBy = q.sortBy();
      offset = q.offset() > 0;
      int h = collection.hashCode() * 31 + java.util.Arrays.hashCode(filters);
      h = h * 31 + sortBy.hashCode();
      hash = h * 4 + (publicOnly ? 2 : 0) + (offset ? 1 : 0);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shape s && s.hash == hash && s.collection == collection && s.publicOnly == publicOnly
          && s.offset == offset && java.util.Arrays.equals(s.filters, filters) && s.sortBy.equals(sortBy);
    }
  }

  /**
   * Items statement texts by shape, kept so that a request reuses the String of the last one of its
   * shape instead of building it again: no concatenation of the SELECT, and PgJDBC's cache of
   * prepared statements, keyed by the text, finds it without hashing a new String. Bounded: past
   * {@link #MAX_SHAPES} shapes (unusual filters), texts are built and not kept.
   */
  private static final java.util.Map<Shape, String> ITEMS_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
  static final int MAX_SHAPES = 512;

  private static Statement itemsBuilt(FeatureQuery q, FeatureCursor after) {
    List<Object> params = new ArrayList<>();
    String where = where(q, params);
    if (after != null) {
      String keyset = Keyset.after(q.sortBy(), after, params);
      where = where.isEmpty() ? " WHERE " + keyset : where + " AND (" + keyset + ")";
    }
    params.add(q.limit() + 1);
    String sql = select(q.collection()) + q.collection().from() + where + orderBy(q) + " LIMIT ?";
    if (after == null && q.offset() > 0) {
      params.add(q.offset());
      sql += " OFFSET ?";
    }
    return new Statement(sql, params);
  }

  /** The number of matching features up to {@code cap + 1}: bounded work whatever the layer size. */
  static Statement countUpTo(FeatureQuery q, long cap) {
    List<Object> params = new ArrayList<>();
    String from = q.filters().isEmpty() ? " FROM " + q.collection().layer().table() + " t" : q.collection().from();
    String sql = "SELECT COUNT(*) FROM (SELECT t.id" + from + where(q, params) + " LIMIT ?) c";
    params.add(cap + 1);
    return new Statement(sql, params);
  }

  /** Every matching feature with WKB geometry, in the query's order: the export's cursor. */
  static Statement all(FeatureQuery q) {
    List<Object> params = new ArrayList<>();
    String sql = q.collection().selectWkb() + q.collection().from() + where(q, params) + orderBy(q);
    return new Statement(sql, params);
  }

  /** The longest value, in characters, of every text property among the matching features. */
  static Statement textLengths(FeatureQuery q, List<Property> texts) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
    for (Property p : texts) {
      sql.append(", MAX(CHAR_LENGTH(").append(p.sql()).append("))");
    }
    sql.append(q.collection().from()).append(where(q, params));
    return new Statement(sql.toString(), params);
  }

  /** The number of matching features; the joins come along only when a filter may refer to them. */
  static Statement count(FeatureQuery q) {
    List<Object> params = new ArrayList<>();
    String from = q.filters().isEmpty() ? " FROM " + q.collection().layer().table() + " t" : q.collection().from();
    return new Statement("SELECT COUNT(*)" + from + where(q, params), params);
  }

  static Statement byId(ServedCollection collection, long id, boolean publicOnly) {
    return new Statement(select(collection) + collection.from() + " WHERE t.id = ?"
        + visibleRows(collection, publicOnly, " AND "), List.of(id));
  }

  static Statement extent(ServedCollection collection, boolean publicOnly) {
    return new Statement("SELECT MIN(ST_XMin(t.geom)), MIN(ST_YMin(t.geom)), MAX(ST_XMax(t.geom)),"
        + " MAX(ST_YMax(t.geom)) FROM " + collection.layer().table() + " t"
        + visibleRows(collection, publicOnly, " WHERE "), List.of());
  }

  /** The public-rows condition, led by {@code lead}, when the viewer is anonymous and the collection has one. */
  static String visibleRows(ServedCollection collection, boolean publicOnly, String lead) {
    String condition = collection.publicRows();
    return publicOnly && condition != null ? lead + condition : "";
  }

  static String select(ServedCollection collection) {
    return collection.select();
  }

  static String where(FeatureQuery q, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    String rows = visibleRows(q.collection(), q.publicOnly(), "");
    if (!rows.isEmpty()) {
      conditions.add(rows);
    }
    for (RowFilter filter : q.filters()) {
      conditions.add(filter.sql());
      params.addAll(filter.params());
    }
    if (conditions.size() > 1) {
      conditions.replaceAll(c -> "(" + c + ")");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /**
   * The sort keys, then the id. Nulls sort as if larger than any value on both databases (H2's
   * default is the opposite), so the order and the keyset condition agree everywhere.
   */
  static String orderBy(FeatureQuery q) {
    StringBuilder sql = new StringBuilder(" ORDER BY ");
    for (SortKey key : q.sortBy()) {
      sql.append(key.sql()).append(key.descending() ? " NULLS FIRST, " : " NULLS LAST, ");
    }
    return sql.append("t.id").toString();
  }

  static String limitOffset(FeatureQuery q, List<Object> params) {
    params.add(q.limit());
    params.add(q.offset());
    return " LIMIT ? OFFSET ?";
  }
}
