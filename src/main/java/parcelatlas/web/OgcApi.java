package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import static parcelatlas.web.Links.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.Queryables;
import parcelatlas.tiles.TileBounds;

/**
 * OGC API – Features: Part 1 Core with GeoJSON and HTML (chosen by {@link OgcFormat}), OpenAPI 3.0
 * at {@code /ogc/api}, and Part 2 CRS ({@code crs}, {@code bbox-crs}, {@link OgcCrs}).
 */
final class OgcApi {
  static final String GEOJSON = "application/geo+json";
  static final String JSON = "application/json";
  static final String SCHEMA_JSON = "application/schema+json";
  private static final String CRS84 = OgcCrs.CRS84_URI;
  private static final List<String> ITEM_PARAMS = List.of("limit", "offset", "cursor", "bbox", "bbox-crs", "crs", "f",
      CountParameter.NAME);
  private static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
      "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
      "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
      "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus");

  private final FeatureReader reader;
  private final TileBounds bounds;
  private final Links links;
  private final Clock clock;

  OgcApi(FeatureReader reader, TileBounds bounds, Links links, Clock clock) {
    this.reader = reader;
    this.bounds = bounds;
    this.links = links;
    this.clock = clock;
  }

  void landing(Context ctx) {
    String base = links.base(ctx) + "/ogc";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Parcel Atlas 园区地块");
    body.put("description", "Industrial parks, land parcels, key projects and demolition zones");
    body.put("links", List.of(
        link(base, "self", JSON, "this document"),
        alternate(base),
        link(base + "/api", "service-desc", OpenApi.MEDIA_TYPE, "API 定义 OpenAPI 3.0 definition"),
        link(base + "/api?f=html", "service-doc", OgcFormat.TEXT_HTML, "API 文档 API documentation"),
        link(base + "/conformance", "conformance", JSON, "符合性 Conformance classes"),
        link(base + "/collections", "data", JSON, "图层 Collections"),
        OgcTiles.landingLink(base)));
    respond(ctx, JSON, body, OgcHtmlPages::landing);
  }

  void conformance(Context ctx) {
    String self = links.base(ctx) + "/ogc/conformance";
    List<String> conformsTo = new ArrayList<>(CONFORMANCE);
    conformsTo.addAll(OgcTiles.CONFORMANCE);
    respond(ctx, JSON, Map.of("conformsTo", conformsTo, "links", List.of(link(self, "self", JSON, null),
        alternate(self))), OgcHtmlPages::conformance);
  }

  void collections(Context ctx) {
    String base = links.base(ctx) + "/ogc/collections";
    List<Object> collections = new ArrayList<>();
    boolean staff = AuthApi.viewer(ctx).isStaff();
    for (ServedCollection c : ServedCollection.values()) {
      if (staff || !c.staffOnly()) {
        collections.add(describe(ctx, c));
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("links", List.of(link(base, "self", JSON, null), alternate(base)));
    body.put("collections", collections);
    respond(ctx, JSON, body, OgcHtmlPages::collections);
  }

  void collection(Context ctx) {
    respond(ctx, JSON, describe(ctx, collectionOf(ctx)), OgcHtmlPages::collection);
  }

  /**
   * A page of features. Pages after the first are reached by the opaque {@code cursor} of the
   * {@code next} link (keyset paging: every page costs what the first does); {@code offset} (up to
   * {@link OgcPaging#MAX_OFFSET}) is still accepted. numberMatched follows {@link FeatureReader#items}:
   * on a page without every match only with {@code count=true} ({@link CountParameter}; the HTML
   * page counts unless {@code count=false}).
   * The JSON is streamed to the response as it is written.
   */
  void items(Context ctx) throws java.io.IOException {
    ServedCollection collection = collectionOf(ctx);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!ITEM_PARAMS.contains(name) && !FilterParameters.accepts(collection, name)) {
        throw ApiException.badRequest(ErrorCode.UNKNOWN_PARAMETER, "unknown query parameter '" + name + "'; allowed: "
            + String.join(", ", ITEM_PARAMS) + ", " + String.join(", ", FilterParameters.NAMES.stream().sorted().toList())
            + " and the collection's queryables", "field", name);
      }
    }
    int limit = intParam(ctx, "limit", FeatureQuery.DEFAULT_LIMIT, 1, FeatureQuery.MAX_LIMIT);
    long offset = intParam(ctx, "offset", 0, 0, OgcPaging.MAX_OFFSET);
    OgcCrs crs = OgcCrs.parse("crs", ctx.queryParam("crs"));
    RowFilter bbox = OgcBBox.filter(ctx.queryParam("bbox"), bboxCrs(ctx));
    FeatureQuery query = FilterParameters.apply(ctx, collection,
        FeatureQuery.of(collection, anonymous(ctx)).page(limit, offset));
    FeatureCursor after = OgcPaging.cursor(ctx, query, offset);
    boolean html = OgcFormat.of(ctx) == OgcFormat.HTML;
    boolean count = ctx.queryParam(CountParameter.NAME) == null ? html : CountParameter.of(ctx); // HTML pages show it
    ItemsJson page = reader.itemsJson(bbox == null ? query : query.where(bbox), after, count, FeatureJson.geometry(crs),
        FeatureJson::generator);
    List<Map<String, Object>> pageLinks = new ArrayList<>();
    String self = after == null ? links.withOffset(ctx, offset) : links.withParams(ctx, Map.of());
    pageLinks.add(link(self, "self", GEOJSON, null));
    pageLinks.add(alternate(self));
    if (page.next() != null) {
      pageLinks.add(link(OgcPaging.nextHref(links, ctx, page.next(), query), "next", GEOJSON, "next page"));
    }
    if (after == null && offset > 0) {
      pageLinks.add(link(links.withOffset(ctx, Math.max(0, offset - limit)), "prev", GEOJSON, "previous page"));
    }
    pageLinks.add(link(links.base(ctx) + "/ogc/collections/" + collection.id(), "collection", JSON, null));
    ctx.header("Content-Crs", crs.header());
    String timeStamp = Instant.now(clock).toString();
    if (html) {
      var bytes = new java.io.ByteArrayOutputStream();
      FeatureJson.writeCollection(bytes, page, pageLinks, timeStamp);
      ctx.html(OgcHtmlFeatures.items(Json.MAPPER.readTree(bytes.toByteArray()), collection, mapUrl(self)));
    } else {
      ctx.contentType(GEOJSON);
      FeatureJson.writeCollection(ctx.outputStream(), page, pageLinks, timeStamp);
    }
  }

  void item(Context ctx) {
    ServedCollection collection = collectionOf(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("featureId"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no feature '" + ctx.pathParam("featureId") + "' in " + collection.id());
    }
    OgcCrs crs = OgcCrs.parse("crs", ctx.queryParam("crs"));
    Feature feature = reader.byId(collection, id, anonymous(ctx))
        .orElseThrow(() -> ApiException.notFound("no feature " + id + " in " + collection.id()));
    String base = links.base(ctx) + "/ogc/collections/" + collection.id();
    var node = FeatureJson.feature(feature, crs);
    String self = OgcFormat.withParam(base + "/items/" + id, "crs", crs.isCrs84() ? null : crs.uri());
    node.set("links", Json.MAPPER.valueToTree(List.of(link(self, "self", GEOJSON, null), alternate(self),
        link(base, "collection", JSON, null))));
    ctx.header("Content-Crs", crs.header());
    respond(ctx, GEOJSON, node, body -> OgcHtmlFeatures.item(body, collection, mapUrl(self)));
  }

  /** The collection's queryables as JSON Schema; staff-only collections answer 401 to anonymous visitors. */
  void queryables(Context ctx) {
    ServedCollection collection = collectionOf(ctx);
    String id = links.base(ctx) + "/ogc/collections/" + collection.id() + "/queryables";
    ctx.contentType(SCHEMA_JSON).result(Json.write(Queryables.schema(collection, id)));
  }

  private Map<String, Object> describe(Context ctx, ServedCollection c) {
    String base = links.base(ctx) + "/ogc/collections/" + c.id();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", c.id());
    body.put("title", c.layer().titleZh() + " " + c.layer().titleEn());
    body.put("itemType", "feature");
    bounds.bounds(c, anonymous(ctx)).ifPresent(box -> body.put("extent",
        Map.of("spatial", Map.of("bbox", List.of(box), "crs", CRS84))));
    body.put("crs", OgcCrs.uris());
    body.put("storageCrs", CRS84);
    body.put("links", List.of(
        link(base, "self", JSON, null),
        alternate(base),
        link(base + "/items", "items", GEOJSON, c.layer().titleZh()),
        link(base + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SCHEMA_JSON, "queryables"),
        OgcTiles.collectionLink(base)));
    return body;
  }

  /** The collection named in the path; staff-only ones answer 401 to anonymous visitors. */
  private static ServedCollection collectionOf(Context ctx) {
    String id = ctx.pathParam("collectionId");
    ServedCollection collection = ServedCollection.byId(id)
        .orElseThrow(() -> ApiException.notFound("no collection '" + id + "'"));
    if (collection.staffOnly() && anonymous(ctx)) {
      throw new ApiException(401, ErrorCode.SIGN_IN_TO_SEE, "sign in to see " + id, "layer", id);
    }
    return collection;
  }

  private static boolean anonymous(Context ctx) {
    return !AuthApi.viewer(ctx).isStaff();
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min || value > max) {
        throw ApiException.badRequest(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, name + " must be between " + min + " and "
            + max + ", got " + value, "field", name, "min", min, "max", max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, name + " must be a whole number, got '" + text + "'",
          "field", name, "value", text);
    }
  }

  private static OgcCrs bboxCrs(Context ctx) {
    if (ctx.queryParam("bbox-crs") != null && ctx.queryParam("bbox") == null) {
      throw ApiException.badRequest("bbox-crs needs a bbox");
    }
    return OgcCrs.parse("bbox-crs", ctx.queryParam("bbox-crs"));
  }

  /** The HTML alternate of a JSON resource. */
  private static Map<String, Object> alternate(String href) {
    return link(OgcFormat.withF(href, "html"), "alternate", OgcFormat.TEXT_HTML, "HTML");
  }

  /** Where a page's map gets its features: the same request as CRS84 GeoJSON. */
  private static String mapUrl(String self) {
    return OgcFormat.withF(OgcFormat.withParam(self, "crs", null), "json");
  }

  /** The body as JSON of the given media type, or as the HTML page {@code html} makes of it. */
  static void respond(Context ctx, String type, Object body, Function<JsonNode, String> html) {
    if (OgcFormat.of(ctx) == OgcFormat.HTML) {
      ctx.html(html.apply(Json.MAPPER.valueToTree(body)));
    } else {
      ctx.contentType(type).result(Json.write(body));
    }
  }
}
