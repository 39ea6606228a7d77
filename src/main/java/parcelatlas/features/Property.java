package parcelatlas.features;

import parcelatlas.catalog.FieldKind;

/**
 * A served property: its name in the API, the SQL expression that yields it in conditions, sorts
 * and exports, and the one a page selects it by (the same unless given). Expressions are constants
 * of this package, never built from request text.
 */
public record Property(String name, String sql, FieldKind kind, String selected) {
  public Property(String name, String sql, FieldKind kind) {
    this(name, sql, kind, sql);
  }
}
