package parcelatlas.investor;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import parcelatlas.context.ContextSql;
import parcelatlas.domain.Area;
import parcelatlas.domain.Servicing;
import parcelatlas.features.BBox;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.Plans;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.SortKey;
import parcelatlas.features.cql2.SortBy;
import parcelatlas.industry.IndustryCatalogue;
import parcelatlas.storage.LikePattern;

/**
 * An investor's search as a query of the features path ({@link FeatureQuery}): the same
 * public-rows condition, filters ({@link RowFilter}), sort keys, keyset cursor and page as the
 * OGC items endpoint, vector tiles and exports use, so each of those rules is written once (in
 * {@code parcelatlas.features}). This class only says which rows each investor need selects.
 * Column names are constants here or come from {@link Servicing#COLUMNS}; every value is bound.
 */
final class ParcelQuery {
  static final ServedCollection PARCELS = ServedCollection.PARCELS;

  private ParcelQuery() {}

  /** The search as a features query for anonymous visitors: land-ready parcels only, the filter's page. */
  static FeatureQuery of(ParcelFilter f) {
    FeatureQuery q = FeatureQuery.of(PARCELS, true).sortedBy(sortKeys(f.sort())).page(f.limit(), f.offset());
    if (f.park() != null) {
      q = q.where(park(f.park()));
    }
    if (!f.landUses().isEmpty()) {
      q = q.where(landUses(f.landUses()));
    }
    if (f.minMu() != null) {
      q = q.where(new RowFilter("t.area_m2 >= ?", List.of(f.minMu() * Area.SQUARE_METRES_PER_MU)));
    }
    if (f.maxMu() != null) {
      q = q.where(new RowFilter("t.area_m2 <= ?", List.of(f.maxMu() * Area.SQUARE_METRES_PER_MU)));
    }
    if (f.maxPrice() != null) {
      q = q.where(new RowFilter("t.price_wan_per_mu <= ?", List.of(f.maxPrice())));
    }
    if (!f.statuses().isEmpty()) {
      q = q.where(statuses(f.statuses()));
    }
    for (String need : f.servicing()) {
      q = q.where(serviced(need));
    }
    if (f.industry() != null) {
      q = q.where(categories(List.of(f.industry())));
    }
    if (f.keyword() != null) {
      q = q.where(industry(f.keyword()));
    }
    if (f.bbox() != null) {
      q = q.where(RowFilter.bbox(f.bbox()));
    }
    for (var limit : f.maxKm().entrySet()) {
      q = q.where(ContextSql.within(limit.getKey(), limit.getValue() * 1000));
    }
    return q.planned(plans(f));
  }

  /**
   * How PostgreSQL plans a search of this shape ({@link Plans}), as EXPLAIN of both plans at 1M
   * parcels showed (src/test/bench/docs/investor-history.md): once, for every value, when the
   * search narrows by park, land use, status and servicing only (equalities over the public indexes) and
   * asks for the first page: its plan follows the sort whatever the values, and PostgreSQL's own
   * choice planned it again at every search (a bound LIMIT misleads its estimate). At each search
   * when area, price, distance, industry words or category (patterns), an offset or a cursor make
   * the best plan depend on the values (a generic plan of a price no parcel meets took 0.36 s
   * instead of 0.05 ms). A box without those is planned by the rule OGC items follow
   * ({@link Plans#forBox}): a wide one at each search (a generic plan of a city-wide box took 2.6 s
   * instead of 50 ms), a smaller one as PostgreSQL chooses (its generic plan, the spatial index and
   * a sort of the box's few thousand parcels, was as fast as a custom one from 0.03° to 0.5° boxes
   * at 1M, and faster near 0.25 deg², without planning each search).
   */
  static Plans plans(ParcelFilter f) {
    boolean valuesShapeThePlan = f.minMu() != null || f.maxMu() != null || f.maxPrice() != null
        || f.industry() != null || f.keyword() != null || !f.maxKm().isEmpty() || f.offset() > 0 || f.cursor() != null;
    if (valuesShapeThePlan) {
      return Plans.EACH_TIME;
    }
    BBox box = f.bbox();
    return box == null ? Plans.ONCE : Plans.forBox(box.west(), box.south(), box.east(), box.north());
  }

  /** The filter's cursor read for its sort order, or null; a damaged or foreign cursor is a BadInput naming it. */
  static FeatureCursor cursor(ParcelFilter f) {
    return f.cursor() == null ? null : FeatureCursor.decode(f.cursor(), sortKeys(f.sort()));
  }

  /** The public parcels with these codes, in code order. */
  static FeatureQuery byCodes(List<String> codes) {
    String in = "t.code IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
    return FeatureQuery.of(PARCELS, true).where(new RowFilter(in, List.<Object>copyOf(codes)))
        .sortedBy(sortKeys("code")).page(codes.size(), 0);
  }

  /** Each investor sort's keys, parsed once: the sorts are a fixed list, and a search parsed its own twice. */
  private static final java.util.Map<String, List<SortKey>> SORT_KEYS = ParcelFilter.SORTS.entrySet().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey,
          e -> List.copyOf(SortBy.parse(e.getValue(), PARCELS))));

  /** The sort keys of an investor sort ({@link ParcelFilter#SORTS}), in OGC sortby terms. */
  static List<SortKey> sortKeys(String sort) {
    List<SortKey> keys = SORT_KEYS.get(sort);
    return keys != null ? keys : SortBy.parse(ParcelFilter.SORTS.get(sort), PARCELS);
  }

  static RowFilter park(String code) {
    return new RowFilter("t.park_code = ?", List.of(code));
  }

  static RowFilter landUses(List<String> uses) {
    return new RowFilter("t.land_use IN (" + String.join(", ", Collections.nCopies(uses.size(), "?")) + ")", List.<Object>copyOf(uses));
  }

  /** The parcel's supply status is one of these codes (public ones: {@link ParcelFilter#STATUSES}). */
  static RowFilter statuses(List<String> codes) {
    return new RowFilter("t.status IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")",
        List.<Object>copyOf(codes));
  }

  /** The parcel has this servicing (a name of {@link Servicing#COLUMNS}). */
  static RowFilter serviced(String need) {
    return new RowFilter("t." + Servicing.COLUMNS.get(need) + " = TRUE", List.of());
  }

  /**
   * An investor's industry words: the parcel's orientation belongs to a category they name
   * ({@link IndustryCatalogue#resolve}, Chinese or English, a code too) or contains them
   * (case-insensitive substring; LIKE wildcards in the text match literally).
   */
  static RowFilter industry(String text) {
    RowFilter literal = new RowFilter("LOWER(t.industry)" + LikePattern.LIKE,
        List.of(LikePattern.containing(text.toLowerCase(Locale.ROOT))));
    List<String> codes = IndustryCatalogue.get().resolve(text);
    if (codes.isEmpty()) {
      return literal;
    }
    RowFilter named = categories(codes);
    List<Object> params = new java.util.ArrayList<>(named.params());
    params.addAll(literal.params());
    return new RowFilter("(" + named.sql() + " OR " + literal.sql() + ")", params);
  }

  /** The parcel's stored category codes include one of these. */
  static RowFilter categories(List<String> codes) {
    return codesIn("t." + IndustryCatalogue.COLUMN, codes);
  }

  /** A stored codes column (an identifier of this package) includes one of these codes. */
  static RowFilter codesIn(String column, List<String> codes) {
    List<Object> patterns = codes.stream().<Object>map(IndustryCatalogue::likePattern).toList();
    return new RowFilter("(" + String.join(" OR ", Collections.nCopies(codes.size(), column + LikePattern.LIKE))
        + ")", patterns);
  }
}
