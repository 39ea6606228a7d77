/**
 * The demo city 青岚市: a deterministic generator of parks, parcels, projects, demolition zones
 * and their progress, written as offices deliver data (GBK shapefiles in Gauss-Krüger), and the
 * loader that imports it through the ordinary importer.
 */
package parcelatlas.demo;
