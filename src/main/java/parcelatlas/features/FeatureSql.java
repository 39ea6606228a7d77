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
    String sql = select(q.collection()) + q.collection().from() + where(q, params)
        + " ORDER BY t.id" + limitOffset(q, params);
    return new Statement(sql, params);
  }

  /** Every matching feature with WKB geometry, in id order: the export's cursor. */
  static Statement all(FeatureQuery q) {
    List<Object> params = new ArrayList<>();
    String sql = q.collection().selectWkb() + q.collection().from() + where(q, params) + " ORDER BY t.id";
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

  static Statement count(FeatureQuery q) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM " + q.collection().layer().table() + " t" + where(q, params);
    return new Statement(sql, params);
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
    String rows = visibleRows(q.collection(), q.publicOnly(), " WHERE ");
    String box = bboxFilter(q.bbox(), params);
    if (box.isEmpty()) {
      return rows;
    }
    return (rows.isEmpty() ? " WHERE " : rows + " AND ") + box;
  }

  static String bboxFilter(BBox bbox, List<Object> params) {
    if (bbox == null) {
      return "";
    }
    String envelope = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";
    for (int i = 0; i < 2; i++) {
      params.addAll(List.of(bbox.west(), bbox.south(), bbox.east(), bbox.north()));
    }
    return "t.geom && " + envelope + " AND ST_Intersects(t.geom, " + envelope + ")";
  }

  static String limitOffset(FeatureQuery q, List<Object> params) {
    params.add(q.limit());
    params.add(q.offset());
    return " LIMIT ? OFFSET ?";
  }
}
