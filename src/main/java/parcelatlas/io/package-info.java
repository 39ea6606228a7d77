/**
 * Feature files: {@link parcelatlas.io.FeatureSources} opens shapefiles (folder, zip or .shp) and
 * GeoJSON as streams of {@link parcelatlas.io.SourceRecord}; every problem with the input is a
 * {@link parcelatlas.io.BadInputException} naming file, record and field.
 */
package parcelatlas.io;
