/**
 * Exports of any layer, filtered as the API filters and scoped to the viewer, as a GeoPackage, a zipped
 * Shapefile (.shp .shx .dbf .prj .cpg and a README mapping the shortened field names), GeoJSON
 * or CSV with WKT, in the CRS the user's desktop GIS uses. Rows stream from a database cursor.
 */
package parcelatlas.export;
