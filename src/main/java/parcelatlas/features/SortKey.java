package parcelatlas.features;

/** One key of an ORDER BY: a served property, ascending or descending. */
public record SortKey(Property property, boolean descending) {

  String sql() {
    return property.sql() + (descending ? " DESC" : " ASC");
  }
}
