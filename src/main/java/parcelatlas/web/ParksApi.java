package parcelatlas.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import parcelatlas.investor.ParkDirectory;
import parcelatlas.investor.ParkQuery;

/**
 * The park summaries for anyone, a bounded page at a time: {@code GET /api/investor/parks} with
 * {@code bbox}, {@code min_width}, {@code q}, {@code codes}, {@code names}, {@code limit} (1–200,
 * default 50) and {@code cursor} ({@link ParkQuery}); {@code next} (the same request for the following
 * page) whenever more parks follow, so no answer is cut silently. {@code GET /api/investor/parks/extent}:
 * how many parks the city has and the box around them.
 */
final class ParksApi {
  private final ParkDirectory directory;

  ParksApi(ParkDirectory directory) {
    this.directory = directory;
  }

  void page(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    ParkQuery query = ParkQuery.parse(params);
    ParkDirectory.Page page = directory.page(query);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("parks");
    page.parks().forEach(p -> list.add(InvestorApi.park(p)));
    body.put("numberReturned", page.parks().size());
    if (page.next() != null) {
      body.put("cursor", page.next());
      body.put("next", next(params, page.next()));
    }
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  void extent(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      throw new parcelatlas.domain.BadInput(parcelatlas.domain.ErrorCode.UNKNOWN_PARAMETER, "unknown parameter '"
          + name + "'; the extent takes none", "field", name, "allowed", List.of());
    }
    ParkDirectory.Extent extent = directory.extent();
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("parks", extent.parks());
    body.set("bbox", Json.MAPPER.valueToTree(extent.bbox()));
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }

  /** This request's link with {@code cursor} set to the last code of its page. */
  private static String next(Map<String, List<String>> params, String cursor) {
    String others = params.entrySet().stream().filter(e -> !e.getKey().equals("cursor"))
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return "/api/investor/parks?" + (others.isEmpty() ? "" : others + "&") + "cursor=" + encode(cursor);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
