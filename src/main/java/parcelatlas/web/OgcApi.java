package parcelatlas.web;

import static parcelatlas.web.Links.link;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parcelatlas.features.BBox;
import parcelatlas.features.Feature;
import parcelatlas.features.FeaturePage;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;
import parcelatlas.features.cql2.Queryables;

/** OGC API – Features, Part 1 Core with GeoJSON: landing page, conformance, collections, items. */
final class OgcApi {
  static final String GEOJSON = "application/geo+json";
  static final String JSON = "application/json";
  static final String SCHEMA_JSON = "application/schema+json";
  private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final Set<String> ITEM_PARAMS = Set.of("limit", "offset", "bbox", "f");
  private static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
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
  private final Links links;
  private final Clock clock;

  OgcApi(FeatureReader reader, Links links, Clock clock) {
    this.reader = reader;
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
        link(base + "/conformance", "conformance", JSON, "conformance classes"),
        link(base + "/collections", "data", JSON, "collections")));
    json(ctx, body);
  }

  void conformance(Context ctx) {
    json(ctx, Map.of("conformsTo", CONFORMANCE));
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
    body.put("links", List.of(link(base, "self", JSON, null)));
    body.put("collections", collections);
    json(ctx, body);
  }

  void collection(Context ctx) {
    json(ctx, describe(ctx, collectionOf(ctx)));
  }

  void items(Context ctx) {
    ServedCollection collection = collectionOf(ctx);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!ITEM_PARAMS.contains(name) && !FilterParameters.accepts(collection, name)) {
        throw ApiException.badRequest("unknown query parameter '" + name + "'; allowed: limit, offset, bbox, f,"
            + " filter, filter-lang, filter-crs, sortby and the collection's queryables");
      }
    }
    int limit = intParam(ctx, "limit", FeatureQuery.DEFAULT_LIMIT, 1, FeatureQuery.MAX_LIMIT);
    long offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    BBox bbox = bboxParam(ctx);
    FeatureQuery query = FilterParameters.apply(ctx, collection,
        FeatureQuery.of(collection, anonymous(ctx)).page(limit, offset));
    FeaturePage page = reader.page(bbox == null ? query : query.where(RowFilter.bbox(bbox)));
    List<Map<String, Object>> pageLinks = new ArrayList<>();
    pageLinks.add(link(links.withOffset(ctx, offset), "self", GEOJSON, null));
    if (offset + page.features().size() < page.numberMatched()) {
      pageLinks.add(link(links.withOffset(ctx, offset + page.features().size()), "next", GEOJSON, "next page"));
    }
    if (offset > 0) {
      pageLinks.add(link(links.withOffset(ctx, Math.max(0, offset - limit)), "prev", GEOJSON, "previous page"));
    }
    pageLinks.add(link(links.base(ctx) + "/ogc/collections/" + collection.id(), "collection", JSON, null));
    ctx.contentType(GEOJSON).result(Json.write(FeatureJson.collection(page.features(),
        page.numberMatched(), pageLinks, Instant.now(clock).toString())));
  }

  void item(Context ctx) {
    ServedCollection collection = collectionOf(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("featureId"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no feature '" + ctx.pathParam("featureId") + "' in " + collection.id());
    }
    Feature feature = reader.byId(collection, id, anonymous(ctx))
        .orElseThrow(() -> ApiException.notFound("no feature " + id + " in " + collection.id()));
    String base = links.base(ctx) + "/ogc/collections/" + collection.id();
    var node = FeatureJson.feature(feature);
    node.set("links", Json.MAPPER.valueToTree(List.of(
        link(base + "/items/" + id, "self", GEOJSON, null),
        link(base, "collection", JSON, null))));
    ctx.contentType(GEOJSON).result(Json.write(node));
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
    reader.extent(c, anonymous(ctx)).ifPresent(box -> body.put("extent",
        Map.of("spatial", Map.of("bbox", List.of(box), "crs", CRS84))));
    body.put("crs", List.of(CRS84));
    body.put("links", List.of(
        link(base, "self", JSON, null),
        link(base + "/items", "items", GEOJSON, c.layer().titleZh()),
        link(base + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SCHEMA_JSON, "queryables")));
    return body;
  }

  /** The collection named in the path; staff-only ones answer 401 to anonymous visitors. */
  private static ServedCollection collectionOf(Context ctx) {
    String id = ctx.pathParam("collectionId");
    ServedCollection collection = ServedCollection.byId(id)
        .orElseThrow(() -> ApiException.notFound("no collection '" + id + "'"));
    if (collection.staffOnly() && anonymous(ctx)) {
      throw new ApiException(401, "Unauthorized", "sign in to see " + id);
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
        throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + text + "'");
    }
  }

  private static BBox bboxParam(Context ctx) {
    String text = ctx.queryParam("bbox");
    try {
      return text == null ? null : BBox.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static void json(Context ctx, Object body) {
    ctx.contentType(JSON).result(Json.write(body));
  }
}
