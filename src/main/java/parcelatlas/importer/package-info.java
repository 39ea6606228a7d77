/**
 * Imports a layer from a shapefile or GeoJSON: maps source fields to the portal's, parses and
 * validates values, reprojects to EPSG:4326, repairs invalid polygons, computes geodesic areas
 * and writes everything in one transaction. Any refused record aborts the whole import.
 */
package parcelatlas.importer;
