package parcelatlas.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;
import parcelatlas.export.ExportOptions;
import parcelatlas.export.ExportRequest;
import parcelatlas.export.Exporter;

/**
 * {@code GET /api/export?layer=&format=shp|gpkg|geojson|csv&crs=EPSG:n&encoding=GBK|UTF-8&bbox=…&filter=CQL2}: a
 * layer as a file, streamed. Options are checked before the first byte; anonymous visitors get
 * what they may see and no more.
 */
final class ExportApi {
  private static final Set<String> PARAMS = Set.of("layer", "format", "crs", "encoding", "bbox", "filter");
  private final Exporter exporter;

  ExportApi(Exporter exporter) {
    this.exporter = exporter;
  }

  void export(Context ctx) throws IOException {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!PARAMS.contains(name)) {
        throw ApiException.badRequest("unknown parameter '" + name + "'; allowed: bbox, crs, encoding, filter, format, layer");
      }
    }
    boolean anonymous = !AuthApi.viewer(ctx).isStaff();
    ExportRequest parsed = ApiException.orBadRequest(() -> ExportOptions.parse(ctx.queryParam("layer"),
        ctx.queryParam("format"), ctx.queryParam("crs"), ctx.queryParam("encoding"), ctx.queryParam("bbox"), anonymous));
    if (anonymous && parsed.collection().staffOnly()) {
      throw new ApiException(401, "Unauthorized", "sign in to export " + parsed.collection().id());
    }
    ExportRequest request = ApiException.orBadRequest(() -> ExportOptions.filtered(parsed, ctx.queryParam("filter")));
    if (request.format() == parcelatlas.export.ExportFormat.GEOJSON && request.crs().epsg() != 4326) {
      throw ApiException.badRequest("GeoJSON is always WGS84 (RFC 7946); ask for crs=EPSG:4326 or another format");
    }
    ctx.contentType(request.format().mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + request.fileName() + "\"");
    exporter.write(request, ctx.outputStream());
  }
}
