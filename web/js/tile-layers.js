// Collections drawn from the server's vector tiles (OGC API – Tiles, /ogc/collections/{id}/tiles)
// with protomaps-leaflet (the global protomapsL, served from /vendor): the page downloads only the
// tiles in view, never a whole layer. A tile feature carries the row id and the few attributes
// tiles/TileLayer allows (code, status, land use, stage, progress …; on parcels also what the investor
// filters test, see investor/tile-filter.js). Tiles are WGS84 Web
// Mercator; on a shifted basemap (basemap.js, GCJ-02) the layer is moved by the shift at the
// view's centre, which varies by metres at most across a city view.
// The URL says whose tile it is: the plain URL gives everyone the public tile (cached by a CDN),
// `?audience=staff` the signed-in viewer's fuller tile (never cached); staff pages ask for that.

/** The lowest zoom each collection is served at (tiles/TileLayer.minZoom). */
export const TILE_MIN_ZOOM = { parks: 0, parcels: 10, projects: 6, 'demolition-zones': 6 };

/** The tile URL template of a collection (OGC order: matrix, row, column); staff: the signed-in viewer's tiles. */
export function tileUrl(collection, staff = false) {
  return `/ogc/collections/${encodeURIComponent(collection)}/tiles/WebMercatorQuad/{z}/{y}/{x}${staff ? '?audience=staff' : ''}`;
}

/**
 * A Leaflet layer drawing one collection from vector tiles.
 *   rules(P) → protomaps paint rules for data layer `collection` (P is protomapsL);
 *   pane: the map pane; shift: the basemap shift; staff: draw the signed-in viewer's tiles (staff pages).
 * Returns { layer, pick(latLng) → { id, props } | null, repaint(), drawn() → Set of the codes painted
 * since the zoom or the style last changed }.
 */
export function createTileLayer(map, collection, { rules, pane, shift, staff = false, minZoom = TILE_MIN_ZOOM[collection] }) {
  const P = window.protomapsL;
  let drawn = new Set(); // codes painted since the zoom or the style last changed
  const track = (rule) => ({
    ...rule,
    filter: (z, f) => {
      const ok = rule.filter ? rule.filter(z, f) : true;
      if (ok && f.props?.code != null) drawn.add(String(f.props.code));
      return ok;
    },
  });
  const layer = P.leafletLayer({
    sources: { [collection]: { url: tileUrl(collection, staff), maxDataZoom: 18, levelDiff: 0 } },
    paintRules: rules(P).map((rule) => track({ dataSource: collection, dataLayer: collection, ...rule })),
    labelRules: [],
    attribution: '',
    pane,
    minZoom,
    maxZoom: 22,
  });
  map.on('zoomstart', () => { drawn = new Set(); });

  function align() {
    if (!shift?.name || !map.hasLayer(layer)) return;
    const c = map.getCenter();
    const [lon, lat] = shift.toLonLat(c);
    const moved = map.latLngToLayerPoint(shift.toLatLng(lon, lat));
    const here = map.latLngToLayerPoint(L.latLng(lat, lon));
    const container = layer.getContainer();
    if (container) container.style.transform = `translate(${moved.x - here.x}px, ${moved.y - here.y}px)`;
  }
  map.on('moveend zoomend', align);
  layer.on('add', align);

  return {
    layer,
    /** The feature under a map position (the topmost), from the tiles already loaded. */
    pick(latLng) {
      if (!map.hasLayer(layer) || map.getZoom() < minZoom) return null;
      const [lon, lat] = shift ? shift.toLonLat(latLng) : [latLng.lng, latLng.lat];
      const found = layer.queryTileFeaturesDebug(lon, lat, 6).get(collection) || [];
      const hit = found[found.length - 1];
      return hit ? { id: hit.feature.id, props: hit.feature.props || {} } : null;
    },
    repaint() {
      drawn = new Set();
      layer.rerenderTiles();
    },
    drawn: () => new Set(drawn),
  };
}
