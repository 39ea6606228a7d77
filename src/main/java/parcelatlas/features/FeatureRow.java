package parcelatlas.features;

import java.util.Map;

/**
 * A feature with values of further columns its query computed beside the served properties
 * (a match score, say), by column name.
 */
public record FeatureRow(Feature feature, Map<String, Object> columns) {
  public FeatureRow {
    columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
  }

  /** A numeric column's value, or 0 when it is null. */
  public double number(String column) {
    return columns.get(column) instanceof Number n ? n.doubleValue() : 0;
  }
}
