package parcelatlas.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import parcelatlas.config.AtlasConfig;

/** What the map page needs to start: basemap tiles (none by default: works offline), centre, zoom. */
final class MapConfigApi {
  private final Map<String, Object> body;

  MapConfigApi(AtlasConfig config) {
    Map<String, Object> b = new LinkedHashMap<>();
    String tiles = config.get("tile.url");
    b.put("tileUrl", tiles.isBlank() ? null : tiles);
    b.put("tileAttribution", config.get("tile.attribution"));
    b.put("center", Arrays.stream(config.get("map.center").split(",")).map(s -> Double.parseDouble(s.strip())).toList());
    b.put("zoom", Integer.parseInt(config.get("map.zoom")));
    this.body = java.util.Collections.unmodifiableMap(b);
  }

  void get(Context ctx) {
    ctx.contentType(OgcApi.JSON).result(Json.write(body));
  }
}
