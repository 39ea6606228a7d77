/**
 * OGC CQL2 text filters and OGC {@code sortby} for feature queries. {@link parcelatlas.features.cql2.Cql2}
 * parses filter text into a small tree ({@link parcelatlas.features.cql2.Expr}) and compiles it into a
 * {@link parcelatlas.features.RowFilter} for one collection: property names are looked up among the
 * collection's served properties ({@link parcelatlas.features.cql2.Queryables}) and replaced by their
 * SQL expressions, literals are type-checked against the property and bound as parameters. The
 * industry categories of parks and parcels are a queryable holding a set of catalogue codes, tested
 * with the CQL2 array functions ({@link parcelatlas.features.cql2.ArrayPredicates}). Request
 * text never reaches SQL. Refusals are {@link java.lang.IllegalArgumentException}s naming the
 * property or the character position.
 */
package parcelatlas.features.cql2;
