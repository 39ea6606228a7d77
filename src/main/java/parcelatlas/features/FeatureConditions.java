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

  /** SQL text (empty, or led by {@code " WHERE "}) over the alias {@code t} and its parameters in order. */
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
}
