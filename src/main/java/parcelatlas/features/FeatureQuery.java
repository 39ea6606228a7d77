package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;

/**
 * A request for a collection's features: the conditions rows must all meet, the sort order (the
 * feature id always breaks ties, so pages never overlap), and a page.
 *
 * @param publicOnly restrict to the rows anonymous visitors may see
 * @param plans how PostgreSQL plans its page and count ({@link Plans}; {@link Plans#AUTO} unless the
 *     query's maker knows better)
 */
public record FeatureQuery(ServedCollection collection, List<RowFilter> filters, List<SortKey> sortBy, int limit,
    long offset, boolean publicOnly, Plans plans) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;

  public FeatureQuery {
    filters = List.copyOf(filters);
    sortBy = List.copyOf(sortBy);
  }

  /** Every feature of a collection the viewer may see, in id order, first page. */
  public static FeatureQuery of(ServedCollection collection, boolean publicOnly) {
    return new FeatureQuery(collection, List.of(), List.of(), DEFAULT_LIMIT, 0, publicOnly, Plans.AUTO);
  }

  /** As the canonical constructor, planned as PostgreSQL chooses ({@link Plans#AUTO}). */
  public FeatureQuery(ServedCollection collection, List<RowFilter> filters, List<SortKey> sortBy, int limit,
      long offset, boolean publicOnly) {
    this(collection, filters, sortBy, limit, offset, publicOnly, Plans.AUTO);
  }

  /** This query with one more condition. */
  public FeatureQuery where(RowFilter filter) {
    List<RowFilter> all = new ArrayList<>(filters);
    all.add(filter);
    return new FeatureQuery(collection, all, sortBy, limit, offset, publicOnly, plans);
  }

  public FeatureQuery sortedBy(List<SortKey> keys) {
    return new FeatureQuery(collection, filters, keys, limit, offset, publicOnly, plans);
  }

  public FeatureQuery page(int newLimit, long newOffset) {
    return new FeatureQuery(collection, filters, sortBy, newLimit, newOffset, publicOnly, plans);
  }

  /** This query planned so on PostgreSQL ({@link Plans}). */
  public FeatureQuery planned(Plans choice) {
    return new FeatureQuery(collection, filters, sortBy, limit, offset, publicOnly, choice);
  }
}
