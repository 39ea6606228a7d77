package parcelatlas.features;

/**
 * A page request on a collection.
 *
 * @param bbox the box features must intersect, or null
 * @param publicOnly restrict to the rows anonymous visitors may see
 */
public record FeatureQuery(ServedCollection collection, BBox bbox, int limit, long offset, boolean publicOnly) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;
}
