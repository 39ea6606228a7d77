package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import static parcelatlas.web.Links.link;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parcelatlas.features.Feature;
import parcelatlas.features.FeatureReader;
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
  private final OgcItems items;

  OgcApi(FeatureReader reader, TileBounds bounds, Links links, Clock clock) {
    this.reader = reader;
    this.bounds = bounds;
    this.links = links;
    this.items = new OgcItems(reader, links, clock);
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

  /** A page of features ({@link OgcItems}). */
  void items(Context ctx) throws java.io.IOException {
    items.items(ctx);
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
  static ServedCollection collectionOf(Context ctx) {
    String id = ctx.pathParam("collectionId");
    ServedCollection collection = ServedCollection.byId(id)
        .orElseThrow(() -> ApiException.notFound("no collection '" + id + "'"));
    if (collection.staffOnly() && anonymous(ctx)) {
      throw new ApiException(401, ErrorCode.SIGN_IN_TO_SEE, "sign in to see " + id, "layer", id);
    }
    return collection;
  }

  static boolean anonymous(Context ctx) {
    return !AuthApi.viewer(ctx).isStaff();
  }

  /** The HTML alternate of a JSON resource. */
  static Map<String, Object> alternate(String href) {
    return link(OgcFormat.withF(href, "html"), "alternate", OgcFormat.TEXT_HTML, "HTML");
  }

  /** Where a page's map gets its features: the same request as CRS84 GeoJSON. */
  static String mapUrl(String self) {
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
