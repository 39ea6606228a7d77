package parcelatlas.web;

import static parcelatlas.web.Links.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.tiles.Tile;
import parcelatlas.tiles.TileLayer;

/**
 * The documents of OGC API – Tiles for {@link OgcTiles}: the WebMercatorQuad tile matrix set
 * (OGC Two Dimensional Tile Matrix Set 2.0 JSON), a collection's tileset metadata and its TileJSON 3.0.0.
 */
final class OgcTileJson {
  static final String TMS_ID = "WebMercatorQuad";
  static final String TMS_URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
  static final String CRS_3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
  static final String MVT = "application/vnd.mapbox-vector-tile";
  static final String REL_TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
  static final String REL_TILING_SCHEMES = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
  static final String REL_VECTOR_TILESETS = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
  /** Scale denominator of tile matrix 0 at 0.28 mm pixels, and its metres per pixel. */
  private static final double SCALE_0 = 559082264.028717;
  private static final double CELL_0 = 156543.033928041;

  private OgcTileJson() {}

  /** The tile matrix set, every tile matrix 0 to {@link Tile#MAX_ZOOM}. */
  static Map<String, Object> tileMatrixSet(String self) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", TMS_ID);
    body.put("title", "Google Maps Compatible for the World");
    body.put("uri", TMS_URI);
    body.put("crs", CRS_3857);
    body.put("orderedAxes", List.of("E", "N"));
    body.put("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
    List<Object> matrices = new ArrayList<>();
    for (int z = 0; z <= Tile.MAX_ZOOM; z++) {
      Map<String, Object> m = new LinkedHashMap<>();
      long size = 1L << z;
      m.put("id", Integer.toString(z));
      m.put("scaleDenominator", SCALE_0 / size);
      m.put("cellSize", CELL_0 / size);
      m.put("cornerOfOrigin", "topLeft");
      m.put("pointOfOrigin", List.of(-Tile.HALF_WORLD, Tile.HALF_WORLD));
      m.put("tileWidth", 256);
      m.put("tileHeight", 256);
      m.put("matrixWidth", size);
      m.put("matrixHeight", size);
      matrices.add(m);
    }
    body.put("tileMatrices", matrices);
    body.put("links", List.of(link(self, "self", OgcApi.JSON, null)));
    return body;
  }

  /** The list of tile matrix sets: only WebMercatorQuad. */
  static Map<String, Object> tileMatrixSets(String base) {
    String self = base + "/ogc/tileMatrixSets";
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("id", TMS_ID);
    set.put("title", "Google Maps Compatible for the World");
    set.put("uri", TMS_URI);
    set.put("links", List.of(link(self + "/" + TMS_ID, "self", OgcApi.JSON, TMS_ID)));
    return Map.of("tileMatrixSets", List.of(set), "links", List.of(link(self, "self", OgcApi.JSON, null)));
  }

  /** The tile URL template of a collection, in OGC's and TileJSON's placeholder names, then {@code query} ("" or "?…"). */
  static String template(String collectionUrl, boolean ogcNames, String query) {
    return collectionUrl + "/tiles/" + TMS_ID + (ogcNames ? "/{tileMatrix}/{tileRow}/{tileCol}" : "/{z}/{y}/{x}") + query;
  }

  /** The tileset metadata of a collection (OGC API – Tiles, tileset conformance class); {@code query} goes on the tile template. */
  static Map<String, Object> tileset(String collectionUrl, String base, TileLayer layer, String title, String query) {
    String self = collectionUrl + "/tiles/" + TMS_ID;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("dataType", "vector");
    body.put("crs", CRS_3857);
    body.put("tileMatrixSetURI", TMS_URI);
    body.put("tileMatrixSetLimits", limits(layer));
    Map<String, Object> tileLayer = new LinkedHashMap<>();
    tileLayer.put("id", layer.id());
    tileLayer.put("dataType", "vector");
    tileLayer.put("geometryDimension", layer.collection().layer().geometry() == parcelatlas.catalog.GeometryKind.POINT ? 0 : 2);
    tileLayer.put("minTileMatrix", Integer.toString(layer.minZoom()));
    tileLayer.put("maxTileMatrix", Integer.toString(Tile.MAX_ZOOM));
    tileLayer.put("description", overviewRule(layer));
    tileLayer.put("maxFeaturesPerTile", overviewLimit());
    tileLayer.put("propertiesSchema", Map.of("type", "object", "properties", fields(layer, true)));
    body.put("layers", List.of(tileLayer));
    Map<String, Object> item = link(template(collectionUrl, true, query), "item", OgcTileJson.MVT, "Mapbox vector tiles");
    item.put("templated", true);
    body.put("links", List.of(
        link(self, "self", OgcApi.JSON, null),
        link(OgcFormat.withParam(self, "f", "tilejson"), "alternate", "application/vnd.mapbox.tile+json", "TileJSON"),
        link(base + "/ogc/tileMatrixSets/" + TMS_ID, REL_TILING_SCHEME, OgcApi.JSON, TMS_ID),
        link(collectionUrl, "collection", OgcApi.JSON, null),
        item));
    return body;
  }

  /** TileJSON 3.0.0 of a collection; {@code bounds} [w, s, e, n] or null; {@code query} goes on the tile template. */
  static Map<String, Object> tileJson(String collectionUrl, TileLayer layer, String title, double[] bounds, String query) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tilejson", "3.0.0");
    body.put("name", title);
    body.put("scheme", "xyz");
    body.put("tiles", List.of(template(collectionUrl, false, query)));
    body.put("minzoom", layer.minZoom());
    body.put("maxzoom", Tile.MAX_ZOOM);
    if (bounds != null) {
      body.put("bounds", bounds);
    }
    body.put("vector_layers", List.of(Map.of("id", layer.id(), "fields", fields(layer, false),
        "minzoom", layer.minZoom(), "maxzoom", Tile.MAX_ZOOM, "description", overviewRule(layer))));
    body.put("maxFeaturesPerTile", overviewLimit());
    return body;
  }

  /** The overview cap, machine-readable: up to which tile matrix, how many features at most. */
  static Map<String, Object> overviewLimit() {
    return Map.of("maxTileMatrix", Tile.LOW_ZOOM, "features", parcelatlas.tiles.TileQuery.LOW_ZOOM_FEATURES);
  }

  /** What a tile holds at the overview zooms and above, in words (TileQuery's rule). */
  static String overviewRule(TileLayer layer) {
    boolean hasArea = layer.collection().properties().stream().anyMatch(p -> p.name().equals("area_m2"));
    return "Tile matrices up to " + Tile.LOW_ZOOM + ": at most " + parcelatlas.tiles.TileQuery.LOW_ZOOM_FEATURES
        + " features a tile, " + (hasArea ? "the largest by area (ties by id)" : "the lowest ids")
        + ", outlines simplified to half a pixel. Above: every feature of the tile, simplified to an eighth of a pixel."
        + " A polygon smaller than the tile grid (1/4096 of the tile) is kept as a square one grid unit wide.";
  }

  /** Each attribute's type: as JSON Schema ({@code schema}), or as TileJSON names it. */
  private static Map<String, Object> fields(TileLayer layer, boolean schema) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (TileLayer.Attribute a : layer.attributes()) {
      String listForm = parcelatlas.tiles.ParcelFilterAttributes.DESCRIPTIONS.get(a.name());
      fields.put(a.name(), schema && listForm != null ? Map.of("type", a.type(), "description", listForm)
          : schema ? Map.of("type", a.type()) : (a.type().equals("string") ? "String"
          : a.type().equals("boolean") ? "Boolean" : "Number"));
    }
    return fields;
  }

  private static List<Object> limits(TileLayer layer) {
    List<Object> limits = new ArrayList<>();
    for (int z = layer.minZoom(); z <= Tile.MAX_ZOOM; z++) {
      long last = (1L << z) - 1;
      limits.add(Map.of("tileMatrix", Integer.toString(z), "minTileRow", 0, "maxTileRow", last,
          "minTileCol", 0, "maxTileCol", last));
    }
    return limits;
  }
}
