/** RFC 7946 GeoJSON, read and written as streams. */
package parcelatlas.io.geojson;
