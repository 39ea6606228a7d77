package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import parcelatlas.features.FeatureReader;

/** Writes an export to a stream in its format; returns how many features it wrote. */
public final class Exporter {
  private final FeatureReader reader;
  private final long shpMaxBytes;

  public Exporter(FeatureReader reader) {
    this(reader, ShapefileLimits.SHP_MAX_BYTES);
  }

  /** With the largest .shp written ({@link ShapefileLimits#SHP_MAX_BYTES}; lower only in tests). */
  public Exporter(FeatureReader reader, long shpMaxBytes) {
    this.reader = reader;
    this.shpMaxBytes = shpMaxBytes;
  }

  /**
   * Refuses, before anything is written, an export its format cannot hold (a shapefile whose .shp
   * would pass its limit, {@link ShapefileLimits}): callers check first, then write.
   */
  public void check(ExportRequest request) {
    if (request.format() == ExportFormat.SHP) {
      ShapefileLimits.check(reader, request, shpMaxBytes);
    }
  }

  /**
   * {@link #check} and {@link #count} in one: a shapefile's size aggregate counts its features too,
   * so the matching rows are read once.
   */
  public long checkedCount(ExportRequest request) {
    return request.format() == ExportFormat.SHP ? ShapefileLimits.check(reader, request, shpMaxBytes).features()
        : count(request);
  }

  /** How many features the export would write, for showing before a download. */
  public long count(ExportRequest request) {
    return reader.page(request.query().page(0, 0)).numberMatched();
  }

  /** The area options checked against the database; see {@link ExportArea#parse}. */
  public ExportArea area(String park, String within) {
    return ExportArea.parse(reader, park, within);
  }

  public long write(ExportRequest request, OutputStream out) throws IOException {
    return write(request, out, false);
  }

  /** As {@link #write(ExportRequest, OutputStream)}; a CSV gets Chinese headers when {@code chineseHeaders}. */
  public long write(ExportRequest request, OutputStream out, boolean chineseHeaders) throws IOException {
    return switch (request.format()) {
      case SHP -> ShapefileExport.write(reader, request, out);
      case GPKG -> GeoPackageExport.write(reader, request, out);
      case GEOJSON -> TextExports.geoJson(reader, request, out);
      case CSV -> TextExports.csv(reader, request, out, chineseHeaders);
    };
  }
}
