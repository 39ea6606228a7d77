package parcelatlas.features;

import java.util.List;

/** One page of a collection and how many features match in all. */
public record FeaturePage(List<Feature> features, long numberMatched) {}
