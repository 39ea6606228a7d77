package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import parcelatlas.export.ExportArea;
import parcelatlas.export.ExportFormat;
import parcelatlas.export.ExportOptions;
import parcelatlas.export.ExportRequest;
import parcelatlas.export.Exporter;

/**
 * {@code GET /api/export?layer=&format=shp|gpkg|geojson|csv&crs=EPSG:n&encoding=GBK|UTF-8&bbox=…&park=…&within=…&filter=CQL2&names=ids|zh}
 * (or a POST with the same options in the body, see {@link ExportParams}): a layer as a file,
 * streamed; {@code /api/export/count} with the same options says how many features that would
 * be. Options, and whether the format can hold the layer ({@link Exporter#check}), are checked
 * before the first byte (the count refuses what the export would); anonymous visitors get what they may see and no
 * more. {@code names=zh} writes the Chinese field names and labels the import reads back (see
 * {@link ExportOptions#named}); for planners and admins, who may import, with the internal fields
 * too, so a re-import of the file changes nothing.
 */
final class ExportApi {
  private static final Set<String> PARAMS = Set.of("layer", "format", "crs", "encoding", "bbox", "park", "within", "filter",
      "lang", "names");
  static final String NOTES_HEADER = "X-Export-Notes";
  private final Exporter exporter;

  ExportApi(Exporter exporter) {
    this.exporter = exporter;
  }

  void export(Context ctx) throws IOException {
    Map<String, String> options = ExportParams.read(ctx, PARAMS);
    Prepared p = prepare(ctx, options, options.get("format"));
    if (p.request.format() == ExportFormat.GEOJSON && p.request.crs().epsg() != 4326) {
      throw ApiException.badRequest(ErrorCode.GEOJSON_IS_WGS84,
          "GeoJSON is always WGS84 (RFC 7946); ask for crs=EPSG:4326 or another format");
    }
    exporter.check(p.request); // before the headers: a refusal is a JSON error, not a download
    if (!p.area.notes().isEmpty()) {
      ctx.header(NOTES_HEADER, String.join("; ", p.area.notes()));
    }
    ctx.contentType(p.request.format().mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + p.request.fileName() + "\"");
    boolean chinese = p.request.format() == ExportFormat.CSV && !ViewerLanguage.english(ctx, options.get("lang"), true);
    exporter.write(p.request, ctx.outputStream(), chinese);
  }

  /** {@code {"layer", "numberMatched", "notes"}}; {@code format} may be left out. */
  void count(Context ctx) {
    Map<String, String> options = ExportParams.read(ctx, PARAMS);
    ViewerLanguage.english(ctx, options.get("lang"), true);
    String format = options.get("format");
    Prepared p = prepare(ctx, options, format == null || format.isBlank() ? "csv" : format);
    long matched = exporter.checkedCount(p.request); // refuses as the export would: the page shows it before the download
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layer", p.request.collection().id());
    body.put("numberMatched", matched);
    body.put("notes", p.area.notes());
    body.put("noteCodes", p.area.notes().stream().map(n -> ErrorCode.AREA_REPAIRED.code()).toList());
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  private record Prepared(ExportRequest request, ExportArea area) {}

  private Prepared prepare(Context ctx, Map<String, String> o, String format) {
    boolean anonymous = !AuthApi.viewer(ctx).isStaff();
    ExportRequest request = ExportOptions.parse(o.get("layer"), format, o.get("crs"), o.get("encoding"),
        o.get("bbox"), anonymous);
    if (anonymous && request.collection().staffOnly()) {
      throw new ApiException(401, ErrorCode.SIGN_IN_TO_SEE, "sign in to export " + request.collection().id(),
          "layer", request.collection().id());
    }
    boolean mayImport = AuthApi.viewer(ctx).is(parcelatlas.accounts.Role.PLANNER)
        || AuthApi.viewer(ctx).is(parcelatlas.accounts.Role.ADMIN);
    ExportRequest filtered = ExportOptions.named(ExportOptions.filtered(request, o.get("filter")), o.get("names"), mayImport);
    ExportArea area = exporter.area(o.get("park"), o.get("within"));
    return new Prepared(filtered.within(area), area);
  }
}
