package parcelatlas.export;

import parcelatlas.catalog.GeometryKind;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.FeatureReader;

/**
 * What a shapefile can hold, checked before the first byte of an export: the .shp states its length
 * and its records' offsets in signed 32-bit counts of 16-bit words, and GDAL (as ArcGIS) refuses a
 * .shp past 2 GiB by default, so a layer whose .shp would pass {@link #SHP_MAX_BYTES} is refused
 * with a message that names the limit and the formats that hold it (GeoPackage, GeoJSON, CSV), not
 * cut off mid-download. The .shp's size is known from the matching features' points and rings (one
 * aggregate, {@link FeatureReader#parts}): 100 bytes of header, then per record 8 bytes of record
 * header and 20 for a point, or 44 + 4 per ring + 16 per point for a polygon. The .shx (8 bytes a
 * record) is always smaller; the .dbf has no offsets to overflow (past 4 GiB the zip goes zip64,
 * {@link ZipOut}). The numbers can move between the check and the export's own snapshot: a layer
 * that grows past the limit in between still fails mid-stream, as before.
 */
public final class ShapefileLimits {
  /** The largest .shp written: 2 GiB less a byte, as GDAL writes by default. */
  public static final long SHP_MAX_BYTES = Integer.MAX_VALUE;

  private ShapefileLimits() {}

  /** The .shp's size in bytes for the given features of {@code kind}. */
  static long shpBytes(GeometryKind kind, FeatureReader.Parts parts) {
    long records = kind == GeometryKind.POINT ? 28 * parts.features()
        : 52 * parts.features() + 4 * parts.rings() + 16 * parts.points();
    return 100 + records;
  }

  /** Refuses (field "format") an export whose .shp would pass {@code maxBytes}; else its parts. */
  static FeatureReader.Parts check(FeatureReader reader, ExportRequest r, long maxBytes) {
    FeatureReader.Parts parts = reader.parts(r.query());
    long bytes = shpBytes(r.collection().layer().geometry(), parts);
    if (bytes > maxBytes) {
      long mb = (bytes + (1 << 20) - 1) >> 20;
      long limitMb = maxBytes >> 20;
      throw new BadInput(ErrorCode.SHAPEFILE_TOO_LARGE, "a shapefile's .shp holds at most " + limitMb + " MB (" + maxBytes
          + " bytes); these " + parts.features() + " features need " + mb + " MB: narrow the filter or the area, or"
          + " choose format=gpkg (GeoPackage), geojson or csv, which have no such limit", "field", "format",
          "limitMb", limitMb, "mb", mb, "count", parts.features());
    }
    return parts;
  }
}
