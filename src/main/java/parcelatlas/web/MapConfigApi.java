package parcelatlas.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.config.AtlasConfig;

/**
 * What the map page needs to start: the basemap (none by default, so it works offline; any tile
 * URL; or Tianditu from a key), whether the basemap is GCJ-02 so the page must shift the data
 * (Amap, Tencent), the centre and the zoom, and the city's CRS ({@code city.crs}) for the export
 * page's default.
 */
final class MapConfigApi {
  static final String TIANDITU = "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
      + "&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
      + "&TILECOL={x}&tk=";
  private final Map<String, Object> body;

  MapConfigApi(AtlasConfig config) {
    Map<String, Object> b = new LinkedHashMap<>();
    String tiles = config.get("tile.url");
    String tianditu = config.get("tianditu.key");
    String shift = config.get("tile.shift");
    if (!shift.isBlank() && !shift.equals("gcj02")) {
      throw new IllegalArgumentException("tile.shift must be empty or gcj02, got '" + shift + "'");
    }
    if (tiles.isBlank() && !tianditu.isBlank()) {
      b.put("tileUrl", TIANDITU + tianditu);
      b.put("tileAttribution", "天地图 Tianditu");
      b.put("tileSubdomains", "01234567");
    } else {
      b.put("tileUrl", tiles.isBlank() ? null : tiles);
      b.put("tileAttribution", config.get("tile.attribution"));
      b.put("tileSubdomains", config.get("tile.subdomains"));
    }
    b.put("tileShift", shift.isBlank() ? null : shift);
    b.put("center", Arrays.stream(config.get("map.center").split(",")).map(s -> Double.parseDouble(s.strip())).toList());
    b.put("zoom", Integer.parseInt(config.get("map.zoom")));
    b.put("cityCrs", cityCrs(config.get("city.crs")));
    this.body = Collections.unmodifiableMap(b);
  }

  /** {@code city.crs} as {@code EPSG:n}: the CRS the city's offices work in, the export page's default. */
  static String cityCrs(String setting) {
    try {
      return "EPSG:" + parcelatlas.geo.Crs.parse(setting).epsg();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("city.crs: " + e.getMessage(), e);
    }
  }

  /** The basemap's tile URL template and subdomains, or null without a basemap. */
  String tileUrl() {
    return (String) body.get("tileUrl");
  }

  String tileSubdomains() {
    return (String) body.get("tileSubdomains");
  }

  void get(Context ctx) {
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }
}
