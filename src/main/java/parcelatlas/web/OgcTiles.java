package parcelatlas.web;

import parcelatlas.domain.ErrorCode;
import static parcelatlas.web.Links.link;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.features.ServedCollection;
import parcelatlas.tiles.Tile;
import parcelatlas.tiles.TileBounds;
import parcelatlas.tiles.TileLayer;
import parcelatlas.tiles.TileService;

/**
 * OGC API – Tiles over the OGC collections: the WebMercatorQuad tile matrix set, each
 * collection's tileset list, tileset metadata (or TileJSON with {@code f=tilejson}) and its
 * Mapbox Vector Tiles. A tile holds what the viewer may read on the items endpoint (anonymous
 * visitors: the public rows) and carries an ETag from the layer's data version (304 on
 * {@code If-None-Match}). The URL says whose tile it is ({@link TileAudience}): the plain URL
 * answers the public tile to everyone, {@code public} for shared caches (a CDN) and without
 * {@code Vary: Cookie}; {@code ?audience=staff} answers a signed-in viewer's tile,
 * {@code private, no-store}.
 */
final class OgcTiles {
  static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
      "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilejson",
      "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
      "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset");
  /** How long a shared cache may serve an anonymous tile before asking again (with its ETag). */
  static final int PUBLIC_MAX_AGE_SECONDS = 60;

  private final TileService tiles;
  private final Links links;
  private final OgcTilesLimit limit;
  private final TileBounds bounds;

  OgcTiles(TileService tiles, TileBounds bounds, Links links) {
    this(tiles, bounds, links, new OgcTilesLimit(OgcTilesLimit.DEFAULT_PER_NODE, OgcTilesLimit.QUEUE_WAIT));
  }

  OgcTiles(TileService tiles, TileBounds bounds, Links links, OgcTilesLimit limit) {
    this.tiles = tiles;
    this.bounds = bounds;
    this.links = links;
    this.limit = limit;
  }

  /** The landing page's link to the tile matrix sets. */
  static Map<String, Object> landingLink(String ogcBase) {
    return link(ogcBase + "/tileMatrixSets", OgcTileJson.REL_TILING_SCHEMES, OgcApi.JSON, "切片方案 Tile matrix sets");
  }

  /** A collection's link to its vector tilesets. */
  static Map<String, Object> collectionLink(String collectionUrl) {
    return link(collectionUrl + "/tiles", OgcTileJson.REL_VECTOR_TILESETS, OgcApi.JSON, "矢量切片 Vector tiles");
  }

  void tileMatrixSets(Context ctx) {
    ctx.contentType(OgcApi.JSON).result(Json.write(OgcTileJson.tileMatrixSets(links.base(ctx))));
  }

  void tileMatrixSet(Context ctx) {
    requireWebMercator(ctx.pathParam("tileMatrixSetId"));
    String self = links.base(ctx) + "/ogc/tileMatrixSets/" + OgcTileJson.TMS_ID;
    ctx.contentType(OgcApi.JSON).result(Json.write(OgcTileJson.tileMatrixSet(self)));
  }

  /** The collection's tilesets: one, in WebMercatorQuad. */
  void tilesets(Context ctx) {
    TileLayer layer = layerOf(ctx);
    String collectionUrl = collectionUrl(ctx, layer);
    String self = collectionUrl + "/tiles";
    Map<String, Object> tileset = new LinkedHashMap<>();
    tileset.put("title", title(layer));
    tileset.put("dataType", "vector");
    tileset.put("crs", OgcTileJson.CRS_3857);
    tileset.put("tileMatrixSetURI", OgcTileJson.TMS_URI);
    tileset.put("links", List.of(
        link(self + "/" + OgcTileJson.TMS_ID, "self", OgcApi.JSON, title(layer)),
        link(links.base(ctx) + "/ogc/tileMatrixSets/" + OgcTileJson.TMS_ID, OgcTileJson.REL_TILING_SCHEME,
            OgcApi.JSON, OgcTileJson.TMS_ID)));
    ctx.contentType(OgcApi.JSON).result(Json.write(Map.of("tilesets", List.of(tileset),
        "links", List.of(link(self, "self", OgcApi.JSON, null), link(collectionUrl, "collection", OgcApi.JSON, null)))));
  }

  /** Tileset metadata, or TileJSON 3.0.0 with {@code f=tilejson}. */
  void tileset(Context ctx) throws Exception {
    TileLayer layer = layerOf(ctx);
    requireWebMercator(ctx.pathParam("tileMatrixSetId"));
    String f = ctx.queryParam("f");
    String collectionUrl = collectionUrl(ctx, layer);
    if (f == null || f.strip().equals("json")) {
      ctx.contentType(OgcApi.JSON).result(Json.write(OgcTileJson.tileset(collectionUrl, links.base(ctx), layer, title(layer),
          TileAudience.templateQuery(layer.collection(), !anonymous(ctx)))));
    } else if (f.strip().equals("tilejson")) {
      boolean publicOnly = anonymous(ctx);
      double[] bounds = limit.run(() -> this.bounds.bounds(layer.collection(), publicOnly)).orElse(null);
      ctx.contentType(OgcApi.JSON).result(Json.write(OgcTileJson.tileJson(collectionUrl, layer, title(layer), bounds,
          TileAudience.templateQuery(layer.collection(), !publicOnly))));
    } else {
      throw ApiException.badRequest("f must be json or tilejson, got '" + f + "'");
    }
  }

  /**
   * One tile; 304 when {@code If-None-Match} names its current ETag. Drawn under the node's tile
   * limit ({@link OgcTilesLimit}): over it, 503 with {@code Retry-After}.
   */
  void tile(Context ctx) throws Exception {
    TileLayer layer = layerOf(ctx);
    requireWebMercator(ctx.pathParam("tileMatrixSetId"));
    Tile tile = tileOf(ctx, layer);
    TileAudience audience = TileAudience.of(ctx, layer.collection());
    boolean publicOnly = audience == TileAudience.PUBLIC;
    String ifNoneMatch = ctx.header("If-None-Match");
    TileService.Rendered rendered = limit.run(() -> tiles.render(layer, tile, publicOnly, etag -> matches(ifNoneMatch, etag)));
    ctx.header("ETag", rendered.etag());
    // the URL alone decides the tile: a public tile overrides SecurityHeaders' no-store for cookie holders
    ctx.header("Cache-Control", audience.cacheControl());
    if (rendered.bytes() == null) {
      ctx.status(304);
      return;
    }
    ctx.result(rendered.bytes());
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType(OgcTileJson.MVT); // binary: no charset
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.strip();
      if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static Tile tileOf(Context ctx, TileLayer layer) {
    int z = number(ctx, "tileMatrix");
    int row = number(ctx, "tileRow");
    int col = number(ctx, "tileCol");
    String problem = Tile.problem(z, row, col);
    if (problem != null) {
      throw ApiException.notFound("no such tile in " + OgcTileJson.TMS_ID + ": " + problem);
    }
    Tile tile = new Tile(z, row, col);
    if (z < layer.minZoom()) {
      throw ApiException.notFound(layer.id() + " tiles start at tile matrix " + layer.minZoom() + ", got " + z);
    }
    return tile;
  }

  private static int number(Context ctx, String name) {
    String text = ctx.pathParam(name);
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw ApiException.badRequest(name + " must be a whole number 0 or more, got '"
          + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
    }
    return Integer.parseInt(text);
  }

  private static void requireWebMercator(String id) {
    if (!OgcTileJson.TMS_ID.equals(id)) {
      throw ApiException.notFound("no tile matrix set '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
          + "'; the one served is " + OgcTileJson.TMS_ID);
    }
  }

  /** The collection in the path as a tile layer; staff-only collections answer 401 to anonymous visitors. */
  private static TileLayer layerOf(Context ctx) {
    String id = ctx.pathParam("collectionId");
    ServedCollection collection = ServedCollection.byId(id)
        .orElseThrow(() -> ApiException.notFound("no collection '" + id + "'"));
    if (collection.staffOnly() && anonymous(ctx)) {
      throw new ApiException(401, ErrorCode.SIGN_IN_TO_SEE, "sign in to see " + id, "layer", id);
    }
    return TileLayer.of(collection);
  }

  private String collectionUrl(Context ctx, TileLayer layer) {
    return links.base(ctx) + "/ogc/collections/" + layer.id();
  }

  private static String title(TileLayer layer) {
    return layer.collection().layer().titleZh() + " " + layer.collection().layer().titleEn();
  }

  private static boolean anonymous(Context ctx) {
    return !AuthApi.viewer(ctx).isStaff();
  }
}
