// The overview's layers that grow with the city (parks, parcels, key projects, demolition zones), drawn
// from vector tiles in the styles of layers.js; a click picks the topmost feature from the loaded
// tiles and opens its popup with the feature fetched from /ogc items (one feature, not a layer).
// The overview is for signed-in staff only: it draws the staff tiles (`?audience=staff`).
import { getJson } from './api.js';
import { geoJsonCoords } from './basemap.js';
import { buildPopup } from './popups.js';
import {
  PARK_COLOR, STATUS_COLORS, STAGE_COLORS, UNKNOWN_COLOR, OVERDUE_COLOR, PROGRESS_CLASSES, progressClass,
} from './styles.js';
import { createTileLayer } from './tile-layers.js';

/** The collections drawn from tiles, bottom to top. */
export const TILED = ['parks', 'demolition-zones', 'parcels', 'projects'];

const progressColor = (f) => PROGRESS_CLASSES.find((c) => c.key === progressClass(f.props?.demolished_pct)).color;

const RULES = {
  parks: (P) => [
    { symbolizer: new P.PolygonSymbolizer({ fill: PARK_COLOR, opacity: 0.04 }) },
    { symbolizer: new P.LineSymbolizer({ color: PARK_COLOR, width: 2.5, opacity: 0.9 }) },
  ],
  parcels: (P) => [{
    symbolizer: new P.PolygonSymbolizer({
      fill: (z, f) => STATUS_COLORS[f.props?.status] || UNKNOWN_COLOR, opacity: 0.72, stroke: '#333333', width: 0.8,
    }),
  }],
  'demolition-zones': (P) => [
    { symbolizer: new P.PolygonSymbolizer({ fill: progressColor, opacity: 0.35 }) },
    {
      symbolizer: new P.LineSymbolizer({
        color: (z, f) => (f.props?.overdue === true ? OVERDUE_COLOR : progressColor(f)),
        width: (z, f) => (f.props?.overdue === true ? 4 : 1.5),
      }),
    },
  ],
  projects: (P) => [{
    symbolizer: new P.CircleSymbolizer({
      radius: 7, fill: (z, f) => STAGE_COLORS[f.props?.stage] || UNKNOWN_COLOR, stroke: '#1b1b1b', width: 1.5,
    }),
  }],
};

function popupOptions() {
  return { maxWidth: Math.min(340, window.innerWidth - 48), minWidth: 200, autoPanPadding: [16, 16] };
}

/**
 * Tile layers of TILED on map (panes from layers.js ensurePanes). Returns { layers: collection →
 * Leaflet layer, drawn(collection) → Set of codes painted, open(collection, id, latLng?) → Promise
 * (fetches the feature and opens its popup; no latLng: fits the feature and opens at its centre) }.
 */
export function createOverviewTiles(map, shift) {
  const tiles = Object.fromEntries(TILED.map((c) => [c, createTileLayer(map, c, { rules: RULES[c], pane: `pane-${c}`, shift, staff: true })]));
  let request = null;

  async function open(collection, id, latLng) {
    request?.abort();
    request = new AbortController();
    const feature = await getJson(`/ogc/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}`, request.signal);
    let at = latLng;
    if (!at) {
      const shape = L.geoJSON(feature, { coordsToLatLng: geoJsonCoords(shift) });
      map.fitBounds(shape.getBounds(), { padding: [48, 48], maxZoom: 16, animate: false });
      at = shape.getBounds().getCenter();
    }
    L.popup(popupOptions()).setLatLng(at).setContent(buildPopup(collection, feature)).openOn(map);
  }

  map.on('click', (e) => {
    for (const collection of [...TILED].reverse()) {
      const hit = tiles[collection].pick(e.latlng);
      if (hit?.id != null) {
        open(collection, hit.id, e.latlng).catch(() => {});
        return;
      }
    }
  });

  return {
    layers: Object.fromEntries(TILED.map((c) => [c, tiles[c].layer])),
    drawn: (collection) => tiles[collection].drawn(),
    open,
  };
}
