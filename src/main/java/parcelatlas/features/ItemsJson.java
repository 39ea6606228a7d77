package parcelatlas.features;

/**
 * A page of the items endpoint already written as JSON ({@link FeatureReader#itemsJson}).
 *
 * @param features the JSON array of the page's features, UTF-8
 * @param numberReturned how many features the array holds
 * @param numberMatched as in {@link ItemsPage}
 * @param next as in {@link ItemsPage}
 */
public record ItemsJson(byte[] features, int numberReturned, Long numberMatched, FeatureCursor next) {}
