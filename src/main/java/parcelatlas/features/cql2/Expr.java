package parcelatlas.features.cql2;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** A parsed CQL2 boolean expression: the tree the parser builds and the compiler turns into SQL. */
sealed interface Expr {

  /** A property named in the filter, bare or quoted, where it was named. */
  record Name(String name, int position) {}

  /** Every part holds. */
  record And(List<Expr> parts) implements Expr {}

  /** At least one part holds. */
  record Or(List<Expr> parts) implements Expr {}

  record Not(Expr inner) implements Expr {}

  /** {@code TRUE} or {@code FALSE} on its own. */
  record Constant(boolean value) implements Expr {}

  /** {@code property op literal}, op one of {@code = <> < > <= >=}. */
  record Compare(Name property, String operator, Literal value) implements Expr {}

  /** {@code property [NOT] LIKE 'pattern'} with {@code %} and {@code _} wildcards and {@code \} escaping. */
  record Like(Name property, Literal pattern, boolean negated) implements Expr {}

  record In(Name property, List<Literal> values, boolean negated) implements Expr {}

  record Between(Name property, Literal low, Literal high, boolean negated) implements Expr {}

  record IsNull(Name property, boolean negated) implements Expr {}

  /**
   * A CQL2 array function ({@link ArrayPredicates}) with the property first: {@code function} is one of
   * A_CONTAINS, A_CONTAINEDBY, A_EQUALS, A_OVERLAPS; {@code values} are text literals.
   */
  record ArrayPredicate(String function, Name property, List<Literal> values, int position) implements Expr {}

  /**
   * {@code S_INTERSECTS(property, geometry)} with the geometry literal transformed to WGS84
   * longitude/latitude; {@code box} when it is a longitude/latitude box (a {@code BBOX(…)} in a
   * geographic CRS; the geometry is then that box's rectangle).
   */
  record Intersects(Name property, Geometry geometry, boolean box, int position) implements Expr {}
}
