package parcelatlas.features;

import java.util.List;

/**
 * A page of the items endpoint.
 *
 * @param numberMatched how many features match in all, or null when that was not counted (see
 *     {@link FeatureReader#items})
 * @param next where the next page starts, or null on the last page
 */
public record ItemsPage(List<Feature> features, Long numberMatched, FeatureCursor next) {}
