package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;

/**
 * A request for a collection's features: the conditions rows must all meet, the sort order (the
 * feature id always breaks ties, so pages never overlap), and a page.
 *
 * @param publicOnly restrict to the rows anonymous visitors may see
 */
public record FeatureQuery(ServedCollection collection, List<RowFilter> filters, List<SortKey> sortBy, int limit,
    long offset, boolean publicOnly) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;

  public FeatureQuery {
    filters = List.copyOf(filters);
    sortBy = List.copyOf(sortBy);
  }

  /** Every feature of a collection the viewer may see, in id order, first page. */
  public static FeatureQuery of(ServedCollection collection, boolean publicOnly) {
    return new FeatureQuery(collection, List.of(), List.of(), DEFAULT_LIMIT, 0, publicOnly);
  }

  /** This query with one more condition. */
  public FeatureQuery where(RowFilter filter) {
    List<RowFilter> all = new ArrayList<>(filters);
    all.add(filter);
    return new FeatureQuery(collection, all, sortBy, limit, offset, publicOnly);
  }

  public FeatureQuery sortedBy(List<SortKey> keys) {
    return new FeatureQuery(collection, filters, keys, limit, offset, publicOnly);
  }

  public FeatureQuery page(int newLimit, long newOffset) {
    return new FeatureQuery(collection, filters, sortBy, newLimit, newOffset, publicOnly);
  }
}
