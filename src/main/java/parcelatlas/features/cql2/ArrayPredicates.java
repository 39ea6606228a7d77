package parcelatlas.features.cql2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.Token.Kind;

/**
 * The CQL2 array functions over a set-valued queryable ({@link CategoryQueryable}): {@code
 * A_CONTAINS(industry_codes, ('new_energy'))} holds when the row has every listed category,
 * {@code A_OVERLAPS} when it has at least one, {@code A_EQUALS} when it has exactly these,
 * {@code A_CONTAINEDBY} when it has no other (none at all included, as for any empty set). The array literal may come first;
 * the function is then read the other way round. Arrays hold 1 to {@link Cql2#MAX_IN_ITEMS} quoted codes.
 */
final class ArrayPredicates {
  static final String CONTAINS = "A_CONTAINS";
  static final String CONTAINED_BY = "A_CONTAINEDBY";
  static final String EQUALS = "A_EQUALS";
  static final String OVERLAPS = "A_OVERLAPS";
  /** Each function, and what it reads as with its arguments swapped. */
  private static final Map<String, String> SWAPPED = Map.of(CONTAINS, CONTAINED_BY, CONTAINED_BY, CONTAINS,
      EQUALS, EQUALS, OVERLAPS, OVERLAPS);

  private ArrayPredicates() {}

  /** True when the token names an array function. */
  static boolean starts(Token t) {
    return t.kind() == Kind.WORD && SWAPPED.containsKey(t.text().toUpperCase(Locale.ROOT));
  }

  /** Parses {@code A_…(property, ('a', …))} or {@code A_…(('a', …), property)}; {@code name} reads a property. */
  static Expr parse(TokenStream in, Function<String, Expr.Name> name) {
    Token function = in.next();
    String fn = function.text().toUpperCase(Locale.ROOT);
    in.expect(Kind.OPEN, "'(' after " + fn);
    boolean literalFirst = in.peek().kind() == Kind.OPEN;
    List<Literal> values = literalFirst ? array(in) : null;
    if (literalFirst) {
      in.expect(Kind.COMMA, "',' between the arguments of " + fn);
    }
    Expr.Name property = name.apply("a property name");
    if (!literalFirst) {
      in.expect(Kind.COMMA, "',' between the arguments of " + fn);
      values = array(in);
    }
    in.expect(Kind.CLOSE, "')' closing " + fn);
    return new Expr.ArrayPredicate(literalFirst ? SWAPPED.get(fn) : fn, property, values, function.position());
  }

  private static List<Literal> array(TokenStream in) {
    in.expect(Kind.OPEN, "an array of quoted codes, e.g. ('new_energy')");
    List<Literal> values = new ArrayList<>();
    do {
      if (values.size() == Cql2.MAX_IN_ITEMS) {
        throw Cql2Exception.at(in.peek().position(), "more than " + Cql2.MAX_IN_ITEMS + " values in an array");
      }
      Token t = in.expect(Kind.STRING, "a quoted code, e.g. 'new_energy'");
      values.add(new Literal.Text(t.text(), t.position()));
    } while (in.accept(Kind.COMMA));
    in.expect(Kind.CLOSE, "',' or ')' in the array");
    return values;
  }

  /** The predicate as SQL over the collection; codes outside the queryable's allow-list are refused. */
  static RowFilter compile(Expr.ArrayPredicate a, ServedCollection collection) {
    CategoryQueryable q = CategoryQueryable.find(collection, a.property().name()).orElseThrow(() -> Cql2Exception.at(
        a.property().position(), a.function() + " tests a property holding a set of codes"
            + CategoryQueryable.of(collection).map(c -> " (" + c.name() + ")").orElse(" (none in " + collection.id() + ")")
            + "; '" + a.property().name() + "' is not one"));
    List<String> codes = new ArrayList<>();
    for (Literal value : a.values()) {
      String code = q.require(((Literal.Text) value).value(), "filter: at character " + value.position() + ", ");
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return switch (a.function()) {
      case CONTAINS -> has(q, codes, " AND ", false);
      case OVERLAPS -> has(q, codes, " OR ", false);
      case EQUALS -> new RowFilter(q.column() + " = ?", List.of(q.storedExactly(codes)));
      default -> { // A_CONTAINEDBY: no code outside the list (none at all included)
        List<String> others = q.allowed().stream().filter(c -> !codes.contains(c)).toList();
        RowFilter none = has(q, others, " AND ", true);
        yield new RowFilter(q.column() + " IS NOT NULL" + (others.isEmpty() ? "" : " AND " + none.sql()), none.params());
      }
    };
  }

  private static RowFilter has(CategoryQueryable q, List<String> codes, String join, boolean negated) {
    String one = negated ? q.hasSql().replace(" LIKE ", " NOT LIKE ") : q.hasSql();
    return new RowFilter("(" + String.join(join, Collections.nCopies(codes.size(), one)) + ")",
        codes.stream().map(CategoryQueryable::hasParam).toList());
  }
}
