package parcelatlas.investor;

import java.util.ArrayList;
import java.util.List;
import parcelatlas.features.BBox;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/**
 * SQL for investors' parcel queries, one small function per clause. Every query starts from
 * {@link #PUBLIC_ONLY}, so no filter or parameter can reach a parcel that is not land-ready.
 * Column names come from allow-lists ({@link Servicing#COLUMNS}, {@link ParcelFilter#SORTS});
 * values are always bound.
 */
final class InvestorSql {
  static final String PUBLIC_ONLY = " WHERE " + ServedCollection.PUBLIC_PARCELS;
  private static final ServedCollection PARCELS = ServedCollection.PARCELS;

  private InvestorSql() {}

  record Statement(String sql, List<Object> params) {}

  /** The page asked for and one parcel more, which tells whether another page follows. */
  static Statement search(ParcelFilter f) {
    List<Object> params = new ArrayList<>();
    String sql = PARCELS.select() + PARCELS.from() + PUBLIC_ONLY + filters(f, params)
        + " ORDER BY " + ParcelFilter.SORTS.get(f.sort()) + " LIMIT ? OFFSET ?";
    params.add(f.limit() + 1);
    params.add(f.offset());
    return new Statement(sql, params);
  }

  /**
   * How many parcels match, counting no further than {@code cap} + 1: the database stops after
   * that many rows, so a count costs at most that whatever the table holds.
   */
  static Statement count(ParcelFilter f, int cap) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM (SELECT t.id FROM parcels t" + PUBLIC_ONLY + filters(f, params) + " LIMIT ?) c";
    params.add(cap + 1);
    return new Statement(sql, params);
  }

  static Statement byCodes(List<String> codes) {
    List<Object> params = new ArrayList<>(codes);
    return new Statement(PARCELS.select() + PARCELS.from() + PUBLIC_ONLY + " AND t.code IN ("
        + placeholders(codes.size()) + ") ORDER BY t.code", params);
  }

  static String filters(ParcelFilter f, List<Object> params) {
    return park(f.park(), params) + landUse(f.landUses(), params) + area(f, params)
        + price(f.maxPrice(), params) + servicing(f.servicing()) + industry(f.industry(), params)
        + bbox(f.bbox(), params);
  }

  /** Parcels intersecting the map's view, through the spatial index. */
  static String bbox(BBox box, List<Object> params) {
    if (box == null) {
      return "";
    }
    RowFilter filter = RowFilter.bbox(box);
    params.addAll(filter.params());
    return " AND " + filter.sql();
  }

  static String park(String park, List<Object> params) {
    if (park == null) {
      return "";
    }
    params.add(park);
    return " AND t.park_code = ?";
  }

  static String landUse(List<String> uses, List<Object> params) {
    if (uses.isEmpty()) {
      return "";
    }
    params.addAll(uses);
    return " AND t.land_use IN (" + placeholders(uses.size()) + ")";
  }

  static String area(ParcelFilter f, List<Object> params) {
    String sql = "";
    if (f.minMu() != null) {
      params.add(f.minMu() * parcelatlas.domain.Area.SQUARE_METRES_PER_MU);
      sql += " AND t.area_m2 >= ?";
    }
    if (f.maxMu() != null) {
      params.add(f.maxMu() * parcelatlas.domain.Area.SQUARE_METRES_PER_MU);
      sql += " AND t.area_m2 <= ?";
    }
    return sql;
  }

  static String price(Double maxPrice, List<Object> params) {
    if (maxPrice == null) {
      return "";
    }
    params.add(maxPrice);
    return " AND t.price_wan_per_mu <= ?";
  }

  static String servicing(List<String> needs) {
    StringBuilder sql = new StringBuilder();
    for (String need : needs) {
      sql.append(" AND t.").append(Servicing.COLUMNS.get(need)).append(" = TRUE");
    }
    return sql.toString();
  }

  /** Case-insensitive substring match; LIKE wildcards in the text are matched literally. */
  static String industry(String text, List<Object> params) {
    if (text == null) {
      return "";
    }
    String escaped = text.toLowerCase(java.util.Locale.ROOT)
        .replace("!", "!!").replace("%", "!%").replace("_", "!_");
    params.add("%" + escaped + "%");
    return " AND LOWER(t.industry) LIKE ? ESCAPE '!'";
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
