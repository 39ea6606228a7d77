/**
 * Where features live: one {@link parcelatlas.storage.Storage} interface over a connection pool,
 * and one {@link parcelatlas.storage.Dialect} per database (PostGIS in production, embedded H2GIS
 * by default), chosen from the JDBC URL. Everything a dialect does not override is portable SQL.
 */
package parcelatlas.storage;
