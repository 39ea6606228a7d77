package parcelatlas.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.Cql2;
import parcelatlas.features.cql2.SortBy;

/**
 * The OGC API – Features Part 3 parameters of an items request: {@code filter} (CQL2 text),
 * {@code filter-lang} ({@code cql2-text} only), {@code filter-crs} (any CRS {@link OgcCrs} accepts,
 * CRS84 by default; the filter's geometry literals are then written in that CRS's axis order and
 * transformed to WGS84 before they are bound), {@code sortby}, and any queryable by name as an
 * equality ({@code ?status=listed}). Each may be given once; what is refused is a 400 naming the
 * parameter.
 */
final class FilterParameters {
  static final Set<String> NAMES = Set.of("filter", "filter-lang", "filter-crs", "sortby");

  private FilterParameters() {}

  /** True for the parameters this class reads, queryables included. */
  static boolean accepts(ServedCollection collection, String name) {
    return NAMES.contains(name) || Cql2.isQueryable(collection, name);
  }

  /** The query with the request's filters and sort keys added. */
  static FeatureQuery apply(Context ctx, ServedCollection collection, FeatureQuery query) {
    FeatureQuery result = query;
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      String name = param.getKey();
      if (accepts(collection, name) && param.getValue().size() > 1) {
        throw ApiException.badRequest("give '" + name + "' once, not " + param.getValue().size() + " times");
      }
      if (!NAMES.contains(name) && Cql2.isQueryable(collection, name)) {
        String value = param.getValue().get(0);
        result = result.where(Cql2.equalTo(collection, name, value));
      }
    }
    String lang = ctx.queryParam("filter-lang");
    if (lang != null && !lang.equals("cql2-text")) {
      throw ApiException.badRequest("filter-lang must be cql2-text, got '" + lang + "'");
    }
    OgcCrs crs = OgcCrs.parse("filter-crs", ctx.queryParam("filter-crs"));
    String filter = ctx.queryParam("filter");
    if (filter != null) {
      result = result.where(Cql2.filter(filter, collection, crs));
    }
    String sortby = ctx.queryParam("sortby");
    if (sortby != null) {
      result = result.sortedBy(SortBy.parse(sortby, collection));
    }
    return result;
  }
}
