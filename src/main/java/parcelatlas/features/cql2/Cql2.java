package parcelatlas.features.cql2;

import java.util.List;
import parcelatlas.features.Property;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/**
 * CQL2 text filters for a collection. A filter is parsed whole, then checked and compiled against
 * the collection's queryables; the result is SQL over alias {@code t} with every value bound.
 * Anonymous visitors' public-rows condition is ANDed outside it by the feature query, so no OR in a
 * filter can widen what a viewer sees. Refusals are IllegalArgumentExceptions that say what is wrong
 * and at which character (counting from 1).
 */
public final class Cql2 {
  /** The longest filter text accepted, in characters. */
  public static final int MAX_LENGTH = 8192;
  /** How deeply parentheses and NOTs may nest. */
  public static final int MAX_DEPTH = 32;
  /** The most values one IN list may hold. */
  public static final int MAX_IN_ITEMS = 500;
  /**
   * The most {@code %} wildcards one LIKE pattern may hold (a run of them counts as one): H2
   * matches LIKE by backtracking, trying every place for every {@code %}, so a pattern of many
   * {@code %} between characters that repeat in a value costs combinations of them per row (a
   * 200-character English summary and 15 {@code "% "} kept a core busy for minutes, past any
   * statement timeout, which H2 checks between rows). Three hold "starts with", "contains" and
   * "contains a then b".
   */
  public static final int MAX_LIKE_WILDCARDS = 3;
  /** The most vertices all geometry literals of one S_INTERSECTS may hold together. */
  public static final int MAX_VERTICES = 1_000;

  private Cql2() {}

  /** The filter, its geometry literals in CRS84, as a condition on the collection's rows. */
  public static RowFilter filter(String text, ServedCollection collection) {
    return filter(text, collection, LiteralCrs.CRS84);
  }

  /** The filter, its geometry literals written in {@code crs}, as a condition on the collection's rows. */
  public static RowFilter filter(String text, ServedCollection collection, LiteralCrs crs) {
    return FilterCompiler.compile(Parser.parse(text, crs), collection);
  }

  /**
   * The condition {@code property = value} for an OGC queryable used as a query parameter; for the
   * industry categories ({@code ?industry_codes=new_energy}) "has this category".
   */
  public static RowFilter equalTo(ServedCollection collection, String property, String value) {
    java.util.Optional<CategoryQueryable> set = CategoryQueryable.find(collection, property);
    if (set.isPresent()) {
      String code = set.get().require(value.strip(), "parameter " + property + ": ");
      return new RowFilter(set.get().hasSql(), List.of(CategoryQueryable.hasParam(code)));
    }
    Property p = Queryables.require(collection, property, "parameter: ");
    return FilterCompiler.compile(new Expr.Compare(new Expr.Name(property, 1), "=", Values.parse(p, value)), collection);
  }

  /** True when the name is a queryable property that may stand as a query parameter. */
  public static boolean isQueryable(ServedCollection collection, String name) {
    return Queryables.find(collection, name).isPresent() || CategoryQueryable.find(collection, name).isPresent();
  }
}
