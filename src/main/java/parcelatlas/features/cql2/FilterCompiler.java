package parcelatlas.features.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import parcelatlas.catalog.FieldKind;
import parcelatlas.features.BBox;
import parcelatlas.features.Property;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/**
 * Turns a parsed filter into SQL over one collection: every name becomes the served property's own
 * SQL expression, every literal a bind parameter of the property's type. Each part of AND, OR and
 * NOT is parenthesised, so the result can be ANDed with other conditions as it stands.
 */
final class FilterCompiler {
  private static final Set<String> ORDERING = Set.of("<", ">", "<=", ">=");
  private final ServedCollection collection;
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  private FilterCompiler(ServedCollection collection) {
    this.collection = collection;
  }

  static RowFilter compile(Expr expr, ServedCollection collection) {
    FilterCompiler compiler = new FilterCompiler(collection);
    compiler.write(expr);
    return new RowFilter(compiler.sql.toString(), compiler.params);
  }

  private void write(Expr expr) {
    if (expr instanceof Expr.And and) {
      join(and.parts(), " AND ");
    } else if (expr instanceof Expr.Or or) {
      join(or.parts(), " OR ");
    } else if (expr instanceof Expr.Not not) {
      sql.append("NOT (");
      write(not.inner());
      sql.append(')');
    } else if (expr instanceof Expr.Constant c) {
      sql.append(c.value() ? "1 = 1" : "1 = 0");
    } else if (expr instanceof Expr.Compare c) {
      compare(c);
    } else if (expr instanceof Expr.Like like) {
      like(like);
    } else if (expr instanceof Expr.In in) {
      in(in);
    } else if (expr instanceof Expr.Between between) {
      between(between);
    } else if (expr instanceof Expr.IsNull isNull) {
      sql.append(property(isNull.property()).sql()).append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (expr instanceof Expr.Intersects intersects) {
      intersects(intersects);
    } else if (expr instanceof Expr.ArrayPredicate array) {
      RowFilter filter = ArrayPredicates.compile(array, collection);
      sql.append('(').append(filter.sql()).append(')');
      params.addAll(filter.params());
    }
  }

  private void join(List<Expr> parts, String operator) {
    for (int i = 0; i < parts.size(); i++) {
      sql.append(i == 0 ? "(" : ")" + operator + "(");
      write(parts.get(i));
    }
    sql.append(')');
  }

  private void compare(Expr.Compare c) {
    Property p = property(c.property());
    if (p.kind() == FieldKind.BOOLEAN && ORDERING.contains(c.operator())) {
      throw Cql2Exception.at(c.value().position(), "'" + p.name() + "' is a boolean: compare it with = or <> only");
    }
    sql.append(p.sql()).append(' ').append(c.operator()).append(" ?");
    params.add(Values.bind(p, c.value()));
  }

  private void like(Expr.Like like) {
    Property p = property(like.property());
    if (p.kind() != FieldKind.TEXT && p.kind() != FieldKind.CODE) {
      throw Cql2Exception.at(like.pattern().position(), "LIKE needs a text property; '" + p.name() + "' is "
          + Values.kindName(p.kind()));
    }
    String pattern = (String) Values.bind(p, like.pattern());
    if (pattern.replace("\\\\", "").endsWith("\\")) {
      throw Cql2Exception.at(like.pattern().position(), "a LIKE pattern must not end with a lone \\");
    }
    sql.append(p.sql()).append(like.negated() ? " NOT LIKE" : " LIKE").append(" ? ESCAPE '\\'");
    params.add(boundedWildcards(pattern, like.pattern().position()));
  }

  /** The pattern with each run of unescaped % written once (the same matches); at most {@link Cql2#MAX_LIKE_WILDCARDS}. */
  static String boundedWildcards(String pattern, int position) {
    StringBuilder out = new StringBuilder(pattern.length());
    int wildcards = 0;
    boolean afterWildcard = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        out.append(c).append(pattern.charAt(++i));
        afterWildcard = false;
      } else if (c == '%') {
        if (!afterWildcard && ++wildcards > Cql2.MAX_LIKE_WILDCARDS) {
          throw Cql2Exception.at(position, "a LIKE pattern may hold at most " + Cql2.MAX_LIKE_WILDCARDS
              + " % wildcards (a run of them counts as one)");
        }
        if (!afterWildcard) {
          out.append(c);
        }
        afterWildcard = true;
      } else {
        out.append(c);
        afterWildcard = false;
      }
    }
    return out.toString();
  }

  private void in(Expr.In in) {
    Property p = property(in.property());
    sql.append(p.sql()).append(in.negated() ? " NOT IN (" : " IN (");
    for (int i = 0; i < in.values().size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      params.add(Values.bind(p, in.values().get(i)));
    }
    sql.append(')');
  }

  private void between(Expr.Between between) {
    Property p = property(between.property());
    if (p.kind() != FieldKind.NUMBER && p.kind() != FieldKind.INTEGER && p.kind() != FieldKind.DATE) {
      throw Cql2Exception.at(between.low().position(), "BETWEEN needs a number or date property; '" + p.name()
          + "' is " + Values.kindName(p.kind()));
    }
    sql.append(p.sql()).append(between.negated() ? " NOT BETWEEN ? AND ?" : " BETWEEN ? AND ?");
    params.add(Values.bind(p, between.low()));
    params.add(Values.bind(p, between.high()));
  }

  private void intersects(Expr.Intersects s) {
    if (!s.property().name().equals(Queryables.GEOMETRY)) {
      throw Cql2Exception.at(s.property().position(), "S_INTERSECTS compares the property '" + Queryables.GEOMETRY
          + "' with a geometry; '" + s.property().name() + "' is not it");
    }
    Envelope e = s.geometry().getEnvelopeInternal();
    RowFilter filter = s.box() ? RowFilter.bbox(new BBox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()))
        : RowFilter.intersects(s.geometry());
    sql.append('(').append(filter.sql()).append(')');
    params.addAll(filter.params());
  }

  private Property property(Expr.Name name) {
    if (name.name().equals(Queryables.GEOMETRY)) {
      throw Cql2Exception.at(name.position(), "'" + Queryables.GEOMETRY + "' can only be used in S_INTERSECTS");
    }
    if (CategoryQueryable.find(collection, name.name()).isPresent()) {
      throw Cql2Exception.at(name.position(), "'" + name.name() + "' holds a set of category codes: test it with "
          + "A_CONTAINS(" + name.name() + ", ('code')) (has it), A_OVERLAPS (has any of), A_EQUALS or A_CONTAINEDBY");
    }
    return Queryables.find(collection, name.name()).orElseThrow(() -> Cql2Exception.at(name.position(),
        "unknown property '" + name.name() + "' of " + collection.id() + " (queryables: "
            + Queryables.names(collection) + ")"));
  }
}
