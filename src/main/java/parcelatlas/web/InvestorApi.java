package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.context.NearestContext;
import parcelatlas.features.Feature;
import parcelatlas.industry.IndustryCatalogue;
import parcelatlas.industry.IndustryCategory;
import parcelatlas.investor.Comparison;
import parcelatlas.investor.Enquiries;
import parcelatlas.investor.Enquiry;
import parcelatlas.investor.Match;
import parcelatlas.investor.MatchRequest;
import parcelatlas.investor.ParcelFilter;
import parcelatlas.investor.ParkSummary;
import parcelatlas.investor.PublicParcels;

/** The investors' API: land-ready parcels only, public fields only, for anyone. */
final class InvestorApi {
  /** The app's response compression ({@link ResponseCompression}), for a page sent whole. */
  private static final io.javalin.compression.CompressionStrategy COMPRESSION = ResponseCompression.gzip();
  private final PublicParcels parcels;
  private final NearestContext nearest;
  private final Links links;
  private final Enquiries enquiries;

  InvestorApi(PublicParcels parcels, Enquiries enquiries, NearestContext nearest, Links links) {
    this.parcels = parcels;
    this.links = links;
    this.nearest = nearest;
    this.enquiries = enquiries;
  }

  /** The industry catalogue's categories (code, Chinese and English name), in its order: the filter's choices. */
  void industries(Context ctx) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("industries");
    for (IndustryCategory c : IndustryCatalogue.get().categories()) {
      list.addObject().put("code", c.code()).put("zh", c.zh()).put("en", c.en());
    }
    json(ctx, body);
  }

  /**
   * A page of the search, its features written as JSON straight from the rows ({@link
   * PublicParcels#searchJson}), written in place and sent in one write ({@link InvestorPageJson}) and the response closed
   * here, so the visitor has the whole page before the work slot is given back (a round trip after
   * the handler); counted beyond the page only with {@code count=true} ({@link CountParameter}).
   */
  void search(Context ctx) throws java.io.IOException {
    boolean count = CountParameter.of(ctx);
    Map<String, List<String>> params = new java.util.HashMap<>(ctx.queryParamMap());
    params.remove(CountParameter.NAME);
    ParcelFilter filter = ParcelFilter.parse(params);
    PublicParcels.SearchJson page = parcels.searchJson(filter, count, FeatureJson.geometry(OgcCrs.CRS84),
        InvestorPageJson::generator);
    InvestorPageJson.Body body = InvestorPageJson.write(page);
    ctx.status(200).contentType(OgcApi.GEOJSON);
    sendWhole(ctx, body.bytes(), body.length());
  }

  /**
   * Sends a page held whole with its {@code Content-Length} (not chunked): gzipped here first when
   * the response strategy would have gzipped it (the client takes gzip, the page is large enough),
   * then Javalin leaves it as it is, seeing its {@code Content-Encoding}.
   */
  private static void sendWhole(Context ctx, byte[] bytes, int length) throws java.io.IOException {
    io.javalin.compression.Compressor compressor = length < COMPRESSION.getDefaultMinSizeForCompression() ? null
        : COMPRESSION.findMatchingCompressor(java.util.Objects.requireNonNullElse(ctx.header("Accept-Encoding"), ""));
    if (compressor == null) {
      ctx.res().setContentLengthLong(length);
      try (java.io.OutputStream out = ctx.outputStream()) {
        out.write(bytes, 0, length);
      }
      return;
    }
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream(Math.max(1024, length / 4));
    try (java.io.OutputStream out = compressor.compress(compressed)) {
      out.write(bytes, 0, length);
    }
    ctx.header("Content-Encoding", compressor.encoding());
    ctx.res().setContentLengthLong(compressed.size());
    try (java.io.OutputStream out = ctx.outputStream()) {
      compressed.writeTo(out);
    }
  }

  /** The location-context kinds (区位要素) with their Chinese and English names: the filter's and matching's choices. */
  void contextKinds(Context ctx) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (parcelatlas.domain.ContextKind kind : parcelatlas.domain.ContextKind.values()) {
      list.addObject().put("code", kind.code()).put("zh", kind.zh()).put("en", kind.en());
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("kinds", list);
    body.put("maxKm", parcelatlas.context.ContextSql.MAX_KM);
    json(ctx, body);
  }

  /**
   * The QR code (SVG) of a land-ready parcel's page on the portal, {@code <base>/?parcel=CODE&lang=zh|en},
   * for its printable sheet; 404 as the parcel itself; {@code lang} zh (default) or en.
   */
  void parcelQr(Context ctx) {
    String code = ctx.pathParam("code");
    if (code.length() > 64 || parcels.byCode(code).isEmpty()) {
      throw new ApiException(404, ErrorCode.PARCEL_NOT_LAND_READY, "no land-ready parcel '"
          + (code.length() > 64 ? code.substring(0, 64) + "…" : code) + "'", "code", code.length() > 64 ? "" : code);
    }
    String lang = "en".equals(ctx.queryParam("lang")) ? "en" : "zh";
    String url = links.base(ctx) + "/?parcel=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)
        + "&lang=" + lang;
    ctx.status(200).contentType("image/svg+xml").result(parcelatlas.context.QrSvg.of(url));
  }

  void parcel(Context ctx) {
    String code = ctx.pathParam("code");
    if (code.length() > 64) {
      throw new ApiException(404, ErrorCode.PARCEL_NOT_LAND_READY, "no land-ready parcel has a code that long");
    }
    Feature feature = parcels.byCode(code)
        .orElseThrow(() -> new ApiException(404, ErrorCode.PARCEL_NOT_LAND_READY, "no land-ready parcel '" + code + "'",
            "code", code));
    ObjectNode body = withPark(feature);
    body.set("context", ContextJson.nearest(nearest.ofParcel(code)));
    ctx.status(200).contentType(OgcApi.GEOJSON).result(Json.write(body));
  }

  void match(Context ctx) {
    MatchRequest need = MatchRequest.parse(JsonBody.read(ctx));
    List<Match> ranked = parcels.match(need).matches();
    ArrayNode results = Json.MAPPER.createArrayNode();
    for (Match m : ranked) {
      ObjectNode r = results.addObject();
      r.put("code", m.code());
      r.put("score", m.score());
      r.set("feature", feature(m.feature()));
      r.set("fits", Json.MAPPER.valueToTree(m.fits()));
      r.set("misses", Json.MAPPER.valueToTree(m.misses()));
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("results", results);
    json(ctx, body);
  }

  void compare(Context ctx) {
    String text = ctx.queryParam("codes");
    if (text != null && text.length() > Comparison.MAX * 65) {
      throw ApiException.badRequest(ErrorCode.COMPARE_COUNT, "codes must name " + Comparison.MIN + " to "
          + Comparison.MAX + " parcels, each code at most 64 characters", "min", Comparison.MIN, "max", Comparison.MAX);
    }
    List<String> codes = text == null ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (codes.size() < Comparison.MIN || codes.size() > Comparison.MAX) {
      throw ApiException.badRequest(ErrorCode.COMPARE_COUNT, "codes must name " + Comparison.MIN + " to "
          + Comparison.MAX + " parcels", "min", Comparison.MIN, "max", Comparison.MAX);
    }
    List<Feature> found = parcels.byCodes(codes);
    if (found.size() != codes.size()) {
      throw new ApiException(404, ErrorCode.PARCEL_NOT_LAND_READY, "not every code names a land-ready parcel");
    }
    Comparison comparison = Comparison.of(found);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("parcels");
    comparison.parcels().forEach(f -> list.add(withPark(f)));
    body.set("rows", Json.MAPPER.valueToTree(comparison.rows()));
    json(ctx, body);
  }

  void enquire(Context ctx) {
    Enquiry enquiry = Enquiry.parse(JsonBody.read(ctx));
    enquiries.submit(enquiry, ClientAddress.of(ctx));
    ctx.status(201).contentType(OgcApi.JSON).result(Json.write(Map.of("received", true)));
  }

  /**
   * Enquiries for staff: admins and city-wide officials see every park's, an official scoped to
   * a park sees that park's; planners and township officials have no business with investors'
   * contact details.
   */
  void staffEnquiries(Context ctx) {
    User user = AuthApi.requireStaff(ctx, "read enquiries").user();
    boolean cityWide = user.role() == Role.ADMIN
        || (user.role() == Role.OFFICIAL && user.scopeTownship() == null && user.scopeParkCode() == null);
    String park = ctx.queryParam("park");
    if (!cityWide) {
      if (user.role() != Role.OFFICIAL || user.scopeParkCode() == null) {
        throw new ApiException(403, ErrorCode.ENQUIRIES_FOR_PARK_STAFF, "enquiries are for park staff");
      }
      if (park != null && !park.equals(user.scopeParkCode())) {
        throw new ApiException(403, "Forbidden", "you may read the enquiries of park " + user.scopeParkCode() + " only");
      }
      park = user.scopeParkCode();
    }
    json(ctx, Map.of("enquiries", enquiries.list(park, 500)));
  }

  private ObjectNode withPark(Feature feature) {
    ObjectNode node = feature(feature);
    Object park = feature.properties().get("park_code");
    if (park != null) {
      parcels.park(park.toString()).ifPresent(p -> {
        ObjectNode parkNode = park(p);
        parkNode.remove("bbox");
        node.set("park", parkNode);
      });
    }
    return node;
  }

  private static ObjectNode feature(Feature f) {
    ObjectNode node = FeatureJson.feature(f);
    node.put("id", (String) f.properties().get("code"));
    return node;
  }

  /** A park summary as the API writes it (also {@link ParksApi}'s pages). */
  static ObjectNode park(ParkSummary p) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("code", p.code());
    node.put("name", p.name());
    node.put("name_en", p.nameEn());
    node.put("level", p.level());
    node.put("leading_industries", p.leadingIndustries());
    node.put("planned_area_km2", p.plannedAreaKm2());
    node.put("contact_person", p.contactPerson());
    node.put("contact_phone", p.contactPhone());
    node.put("address", p.address());
    node.put("summary", p.summary());
    node.put("address_en", p.addressEn());
    node.put("contact_en", p.contactEn());
    node.put("summary_en", p.summaryEn());
    node.put("leading_industries_catalogue_en", parcelatlas.industry.CategoryNames.english(p.leadingIndustries()));
    node.put("available_parcels", p.availableParcels());
    node.put("available_area_mu", p.availableAreaMu());
    node.set("bbox", Json.MAPPER.valueToTree(p.bbox()));
    return node;
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }
}
