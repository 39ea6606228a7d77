package parcelatlas.export;

import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.BadInput;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import parcelatlas.features.BBox;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.Cql2;
import parcelatlas.geo.Crs;

/** Parses an export's options, the same for the API and the command line; refusals name the option. */
public final class ExportOptions {
  private ExportOptions() {}

  public static ExportRequest parse(String layer, String format, String crs, String encoding, String bbox,
      boolean publicOnly) {
    ServedCollection collection = ServedCollection.byId(layer == null ? "" : layer).orElseThrow(() ->
        new BadInput(ErrorCode.NOT_ONE_OF, "layer must be one of parks, parcels, projects, demolition-zones, context-points",
            "field", "layer", "value", layer, "allowed",
            List.of("parks", "parcels", "projects", "demolition-zones", "context-points")));
    Crs target;
    try {
      target = crs == null || crs.isBlank() ? Crs.WGS84 : Crs.parse(crs);
    } catch (RuntimeException e) {
      throw new BadInput(ErrorCode.CRS_UNSUPPORTED, "crs: " + e.getMessage(), "field", "crs", "value", crs);
    }
    return new ExportRequest(collection, ExportFormat.parse(format == null ? "" : format), target, charset(encoding),
        bbox == null || bbox.isBlank() ? List.of() : List.of(RowFilter.bbox(BBox.parse(bbox))), publicOnly);
  }

  /**
   * The request with a CQL2 text filter added ({@code filter=} / {@code --filter}); a null or blank
   * filter leaves it as it is. Refusals say what is wrong and where.
   */
  public static ExportRequest filtered(ExportRequest request, String cql2) {
    if (cql2 == null || cql2.isBlank()) {
      return request;
    }
    List<RowFilter> filters = new java.util.ArrayList<>(request.filters());
    filters.add(Cql2.filter(cql2, request.collection()));
    return new ExportRequest(request.collection(), request.format(), request.crs(), request.encoding(), filters,
        request.publicOnly(), request.chineseNames(), request.internalFields());
  }

  /**
   * The request with the {@code names} option: {@code ids} (or nothing) keeps the portal's field ids
   * and codes; {@code zh} names the columns as the import reads them and writes codes as Chinese
   * labels ({@link ChineseTitles}), with the internal fields too when {@code internal} (the viewer
   * may import). A Shapefile whose encoding cannot fit a Chinese name into a DBF field name's 10
   * bytes (UTF-8: 3 bytes a character) is refused naming {@code names}, as is any other value.
   */
  public static ExportRequest named(ExportRequest request, String names, boolean internal) {
    if (names == null || names.isBlank() || names.strip().equals("ids")) {
      return request;
    }
    if (!names.strip().equals("zh")) {
      throw new BadInput(ErrorCode.NOT_ONE_OF, "names must be ids or zh", "field", "names", "value", names,
          "allowed", List.of("ids", "zh"));
    }
    ExportRequest named = new ExportRequest(request.collection(), request.format(), request.crs(), request.encoding(),
        request.filters(), request.publicOnly(), true, internal);
    if (request.format() == ExportFormat.SHP) {
      for (Columns.Column c : Columns.of(named)) {
        if (c.title().getBytes(request.encoding()).length > DbfNames.MAX_BYTES) {
          throw new BadInput(ErrorCode.CHINESE_NAMES_NEED_GBK, "names=zh: the field name " + c.title()
              + " takes more than " + DbfNames.MAX_BYTES + " bytes in " + request.encoding().name()
              + "; choose encoding=GBK", "field", "names", "name", c.title(), "encoding", request.encoding().name());
        }
      }
    }
    return named;
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    return switch (name.strip().toUpperCase(Locale.ROOT)) {
      case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
      case "GBK", "CP936", "GB2312" -> Charset.forName("GBK");
      default -> throw new BadInput(ErrorCode.NOT_ONE_OF, "encoding must be GBK or UTF-8", "field", "encoding",
          "value", name, "allowed", List.of("GBK", "UTF-8"));
    };
  }
}
