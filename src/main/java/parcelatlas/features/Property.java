package parcelatlas.features;

import parcelatlas.catalog.FieldKind;

/**
 * A served property: its name in the API and the SQL expression that yields it. Expressions are
 * constants of this package, never built from request text.
 */
public record Property(String name, String sql, FieldKind kind) {}
