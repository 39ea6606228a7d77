// The parks on the export map without downloading the parks layer or every park's summary: outlines
// from the parks vector tiles (tile-layers.js), names as labels for the parks in view from that view's
// summaries (parks-in-view.js: GET /api/investor/parks?bbox=…, asked for per view),
// a click inside a park picks it (from the loaded tiles), and the chosen park alone is fetched as
// GeoJSON (items filtered on its code, limit 1), outlined in orange and fitted in the view.
import { getJson } from '../api.js';
import { boundsOfBox, geoJsonCoords } from '../basemap.js';
import { localTitle } from '../names.js';
import { createParksInView } from '../parks-in-view.js';
import { createTileLayer } from '../tile-layers.js';

const OUTLINE = '#1f3a5f';
const CHOSEN = { color: '#c2410c', weight: 4, fillOpacity: 0.04, interactive: false };

/** The items URL of one park by its code (a CQL2 filter, one feature at most). */
export function parkUrl(code) {
  const params = new URLSearchParams({ limit: '1', filter: `code = '${String(code).replaceAll("'", "''")}'` });
  return `/ogc/collections/parks/items?${params}`;
}

/**
 * map: the Leaflet map; shift: the basemap shift; onPick(code): a park clicked on the map (while
 * canPick() is true); track(promise): the page's pending requests. Returns { setExtent(bbox), choose(code) → Promise<geometry|null> (fetches,
 * outlines and fits a newly chosen park; '' clears), geometry(code) → the chosen park's GeoJSON
 * geometry once fetched, bounds() → LatLngBounds of every park (the city's extent), labelsIdle() → Promise
 * of the view's labels, refresh() (after a language change) }.
 */
export function createParkMap(map, shift, { onPick, canPick = () => true, track = (p) => p }) {
  map.createPane('pane-parks').style.zIndex = 395;
  const tiles = createTileLayer(map, 'parks', {
    pane: 'pane-parks',
    shift,
    rules: (P) => [
      { symbolizer: new P.PolygonSymbolizer({ fill: OUTLINE, opacity: 0.08 }) },
      { symbolizer: new P.LineSymbolizer({ color: OUTLINE, width: 2, opacity: 0.9 }) },
    ],
  });
  tiles.layer.addTo(map);
  const labels = createParksInView(map, shift, localTitle, { track });
  let extent = null;
  const outline = L.featureGroup().addTo(map);
  let chosen = { code: '', geometry: null, loading: Promise.resolve(null) };

  map.on('click', (event) => {
    if (!canPick()) return;
    const code = tiles.pick(event.latlng)?.props.code;
    if (code != null) onPick(String(code));
  });

  async function fetchOutline(code) {
    const page = await getJson(parkUrl(code));
    const feature = page.features?.[0];
    if (!feature?.geometry) throw new Error(code);
    if (chosen.code !== code) return feature.geometry;
    chosen.geometry = feature.geometry;
    outline.clearLayers();
    const layer = L.geoJSON(feature, { coordsToLatLng: geoJsonCoords(shift), style: CHOSEN }).addTo(outline);
    layer.eachLayer((l) => {
      l.getElement()?.setAttribute('data-park', code);
      l.getElement()?.setAttribute('data-chosen', '');
    });
    if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds(), { padding: [40, 40], maxZoom: 15, animate: false });
    return feature.geometry;
  }

  return {
    /** The box [w, s, e, n] around every park (GET /api/investor/parks/extent), or null. */
    setExtent(bbox) {
      extent = bbox ? boundsOfBox(shift, bbox) : null;
    },
    choose(code) {
      if (code === chosen.code) return chosen.loading;
      outline.clearLayers();
      chosen = { code, geometry: null, loading: Promise.resolve(null) };
      if (code) chosen.loading = fetchOutline(code);
      chosen.loading.catch(() => {}); // reported by whoever awaits it (the map note)
      return chosen.loading;
    },
    geometry: (code) => (code === chosen.code ? chosen.geometry : null),
    bounds: () => extent || L.latLngBounds([]),
    labelsIdle: () => labels.update(),
    refresh: () => labels.refresh(),
  };
}
