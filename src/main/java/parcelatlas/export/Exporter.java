package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import parcelatlas.features.FeatureReader;

/** Writes an export to a stream in its format; returns how many features it wrote. */
public final class Exporter {
  private final FeatureReader reader;

  public Exporter(FeatureReader reader) {
    this.reader = reader;
  }

  public long write(ExportRequest request, OutputStream out) throws IOException {
    return switch (request.format()) {
      case SHP -> ShapefileExport.write(reader, request, out);
      case GPKG -> GeoPackageExport.write(reader, request, out);
      case GEOJSON -> TextExports.geoJson(reader, request, out);
      case CSV -> TextExports.csv(reader, request, out);
    };
  }
}
