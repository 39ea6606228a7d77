package parcelatlas.export;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.util.Locale;

/** What an export is written as. */
public enum ExportFormat {
  SHP("application/zip", ".zip"),
  GPKG("application/geopackage+sqlite3", ".gpkg"),
  GEOJSON("application/geo+json", ".geojson"),
  CSV("text/csv; charset=utf-8", ".csv");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static ExportFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, "format must be shp, gpkg, geojson or csv", "field", "format",
          "value", text, "allowed", java.util.List.of("shp", "gpkg", "geojson", "csv"));
    }
  }
}
