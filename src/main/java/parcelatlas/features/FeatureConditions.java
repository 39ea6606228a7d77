package parcelatlas.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause a feature query puts on its rows (the public-rows condition for anonymous
 * visitors, then every filter), for other readers of the same rows such as vector tiles: one
 * code path decides what a viewer may see, whatever the output format.
 */
public final class FeatureConditions {
  private FeatureConditions() {}

  /**
   * SQL text and its parameters in order: for {@link #where}, empty or led by {@code " WHERE "}
   * over the alias {@code t}; for the others, a whole statement.
   */
  public record Clause(String sql, List<Object> params) {
    public Clause {
      params = List.copyOf(params);
    }
  }

  /** The same WHERE clause {@code /ogc} items use for this query. */
  public static Clause where(FeatureQuery query) {
    List<Object> params = new ArrayList<>();
    String sql = FeatureSql.where(query, params);
    return new Clause(sql, params);
  }

  /** The statement {@link FeatureReader#items} runs for a page (for EXPLAIN and benchmarks). */
  public static Clause items(FeatureQuery query, FeatureCursor after) {
    FeatureSql.Statement s = FeatureSql.items(query, after);
    return new Clause(s.sql(), s.params());
  }

  /** The statement {@link FeatureReader#countUpTo} runs (for EXPLAIN and benchmarks). */
  public static Clause countUpTo(FeatureQuery query, long cap) {
    FeatureSql.Statement s = FeatureSql.countUpTo(query, cap);
    return new Clause(s.sql(), s.params());
  }
}
