package parcelatlas.features.cql2;

import parcelatlas.domain.ErrorCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parcelatlas.features.cql2.Token.Kind;

/**
 * Recursive-descent parser of CQL2 text: OR binds loosest, then AND, then NOT; parentheses group.
 * Predicates are a property compared with a literal, {@code [NOT] LIKE}, {@code [NOT] IN},
 * {@code [NOT] BETWEEN}, {@code IS [NOT] NULL}, {@code S_INTERSECTS} and the array functions
 * ({@link ArrayPredicates}). Keywords are
 * case-insensitive; a property named like a keyword must be "double-quoted".
 */
final class Parser {
  static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "LIKE", "IN", "BETWEEN", "IS", "NULL", "TRUE",
      "FALSE", "DATE", "TIMESTAMP", "S_INTERSECTS", ArrayPredicates.CONTAINS, ArrayPredicates.CONTAINED_BY,
      ArrayPredicates.EQUALS, ArrayPredicates.OVERLAPS);
  private final TokenStream in;
  private final LiteralCrs crs;
  private int depth;

  private Parser(TokenStream in, LiteralCrs crs) {
    this.in = in;
    this.crs = crs;
  }

  /**
   * Parses a whole filter whose geometry literals are written in {@code crs}; refuses text longer
   * than {@link Cql2#MAX_LENGTH} or nested deeper than {@link Cql2#MAX_DEPTH}.
   */
  static Expr parse(String text, LiteralCrs crs) {
    if (text.length() > Cql2.MAX_LENGTH) {
      throw new Cql2Exception(ErrorCode.FILTER_TOO_LONG, "filter: longer than " + Cql2.MAX_LENGTH + " characters",
          "max", Cql2.MAX_LENGTH);
    }
    TokenStream in = new TokenStream(Lexer.tokens(text));
    if (in.peek().kind() == Kind.END) {
      throw new Cql2Exception(ErrorCode.FILTER_EMPTY, "filter: empty");
    }
    Expr expr = new Parser(in, crs).or();
    if (in.peek().kind() != Kind.END) {
      throw in.unexpected("AND, OR or the end of the filter");
    }
    return expr;
  }

  private Expr or() {
    enter();
    List<Expr> parts = new ArrayList<>(List.of(and()));
    while (in.accept("OR")) {
      parts.add(and());
    }
    depth--;
    return parts.size() == 1 ? parts.get(0) : new Expr.Or(parts);
  }

  private Expr and() {
    List<Expr> parts = new ArrayList<>(List.of(not()));
    while (in.accept("AND")) {
      parts.add(not());
    }
    return parts.size() == 1 ? parts.get(0) : new Expr.And(parts);
  }

  private Expr not() {
    if (in.accept("NOT")) {
      enter();
      Expr inner = not();
      depth--;
      return new Expr.Not(inner);
    }
    return primary();
  }

  private Expr primary() {
    Token t = in.peek();
    if (in.accept(Kind.OPEN)) {
      Expr inner = or();
      in.expect(Kind.CLOSE, "')' closing the '(' at character " + t.position());
      return inner;
    }
    if (t.is("TRUE") || t.is("FALSE")) {
      in.next();
      return new Expr.Constant(t.is("TRUE"));
    }
    if (t.is("S_INTERSECTS")) {
      return intersects();
    }
    if (ArrayPredicates.starts(t)) {
      return ArrayPredicates.parse(in, this::name);
    }
    return predicate(name("a property name, '(' or NOT"));
  }

  private Expr predicate(Expr.Name property) {
    if (in.peek().kind() == Kind.OPERATOR) {
      String operator = in.next().text();
      return new Expr.Compare(property, operator, literal());
    }
    if (in.accept("IS")) {
      boolean negated = in.accept("NOT");
      in.expect("NULL");
      return new Expr.IsNull(property, negated);
    }
    boolean negated = in.accept("NOT");
    if (in.accept("LIKE")) {
      return new Expr.Like(property, literal(), negated);
    }
    if (in.accept("BETWEEN")) {
      Literal low = literal();
      in.expect("AND");
      return new Expr.Between(property, low, literal(), negated);
    }
    if (in.accept("IN")) {
      return new Expr.In(property, list(), negated);
    }
    throw in.unexpected("a comparison (= <> < > <= >=), LIKE, IN, BETWEEN or IS NULL after '" + property.name() + "'");
  }

  private List<Literal> list() {
    in.expect(Kind.OPEN, "'(' opening the IN list");
    List<Literal> values = new ArrayList<>(List.of(literal()));
    while (in.accept(Kind.COMMA)) {
      if (values.size() == Cql2.MAX_IN_ITEMS) {
        throw Cql2Exception.at(in.peek().position(), "more than " + Cql2.MAX_IN_ITEMS + " values in an IN list");
      }
      values.add(literal());
    }
    in.expect(Kind.CLOSE, "',' or ')' in the IN list");
    return values;
  }

  private Expr intersects() {
    int position = in.next().position();
    in.expect(Kind.OPEN, "'(' after S_INTERSECTS");
    Expr.Name property;
    GeometryLiterals.Parsed geometry;
    if (GeometryLiterals.starts(in.peek())) {
      geometry = GeometryLiterals.parse(in, crs);
      in.expect(Kind.COMMA, "',' between the arguments of S_INTERSECTS");
      property = name("the geometry property");
    } else {
      property = name("the geometry property or a geometry");
      in.expect(Kind.COMMA, "',' between the arguments of S_INTERSECTS");
      if (!GeometryLiterals.starts(in.peek())) {
        throw in.unexpected("a geometry (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION or BBOX)");
      }
      geometry = GeometryLiterals.parse(in, crs);
    }
    in.expect(Kind.CLOSE, "')' closing S_INTERSECTS");
    return new Expr.Intersects(property, geometry.geometry(), geometry.box(), position);
  }

  private Expr.Name name(String expected) {
    Token t = in.peek();
    if (t.kind() == Kind.QUOTED_NAME || t.kind() == Kind.WORD && !KEYWORDS.contains(t.text().toUpperCase(java.util.Locale.ROOT))) {
      in.next();
      return new Expr.Name(t.text(), t.position());
    }
    throw in.unexpected(expected);
  }

  private Literal literal() {
    Token t = in.next();
    switch (t.kind()) {
      case STRING:
        return new Literal.Text(t.text(), t.position());
      case NUMBER:
        return number(t);
      case WORD:
        if (t.is("TRUE") || t.is("FALSE")) {
          return new Literal.Bool(t.is("TRUE"), t.position());
        }
        if (t.is("DATE") || t.is("TIMESTAMP")) {
          return instant(t);
        }
        break;
      default:
        break;
    }
    throw Cql2Exception.at(t.position(), "expected a value ('text', a number, TRUE, FALSE, DATE('…') or "
        + "TIMESTAMP('…')), found " + t.describe());
  }

  private static Literal number(Token t) {
    try {
      BigDecimal value = new BigDecimal(t.text());
      if (Double.isFinite(value.doubleValue())) {
        return new Literal.Number(value, t.position());
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Cql2Exception.at(t.position(), "the number " + t.text() + " is out of range");
  }

  private Literal instant(Token keyword) {
    in.expect(Kind.OPEN, "'(' after " + keyword.text());
    Token value = in.expect(Kind.STRING, "a quoted " + keyword.text().toLowerCase(java.util.Locale.ROOT));
    in.expect(Kind.CLOSE, "')' closing " + keyword.text());
    try {
      return keyword.is("DATE") ? new Literal.Date(LocalDate.parse(value.text()), keyword.position())
          : new Literal.Timestamp(Instant.parse(value.text()), keyword.position());
    } catch (DateTimeParseException e) {
      throw Cql2Exception.at(value.position(), "'" + value.text() + "' is not a "
          + (keyword.is("DATE") ? "date (yyyy-mm-dd)" : "timestamp (yyyy-mm-ddThh:mm:ssZ)"));
    }
  }

  private void enter() {
    if (++depth > Cql2.MAX_DEPTH) {
      throw Cql2Exception.at(in.peek().position(), "nested deeper than " + Cql2.MAX_DEPTH + " levels");
    }
  }
}
