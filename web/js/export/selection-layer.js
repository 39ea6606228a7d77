// What the export would take, on the map: the layer's features from the vector tiles, faint, for
// context; over them the features the current filter and area select within the map's view, from
// the OGC items endpoint (the same filter the export applies; at most MAX_DRAWN, never the whole
// layer), drawn in orange.
import { getJson, whenSlotFree } from '../api.js';
import { geoJsonCoords, viewBox } from '../basemap.js';
import { createTileLayer } from '../tile-layers.js';

/** The most selected features drawn for one view. */
export const MAX_DRAWN = 2000;
const MAX_URL = 6000;
const CONTEXT = ['parcels', 'demolition-zones'];

const ring = (coords) => `(${coords.map(([x, y]) => `${x} ${y}`).join(', ')})`;

/** A GeoJSON Polygon or MultiPolygon as WKT (WGS84 lon/lat), for a CQL2 S_INTERSECTS. */
export function wkt(geometry) {
  if (geometry.type === 'Polygon') return `POLYGON(${geometry.coordinates.map(ring).join(', ')})`;
  return `MULTIPOLYGON(${geometry.coordinates.map((p) => `(${p.map(ring).join(', ')})`).join(', ')})`;
}

/**
 * createSelection(map, shift, parkGeometry(code), { staff }) → { update(choice) → Promise<{ drawn, matched, more }>, layer };
 * staff: the viewer is signed in, so the context tiles are the staff ones (what a staff export takes).
 */
export function createSelection(map, shift, parkGeometry, { staff = false } = {}) {
  const pane = map.createPane('pane-selection-context');
  pane.style.zIndex = 390;
  const context = {};
  const drawn = L.featureGroup().addTo(map);
  let shownContext = null;
  let request = null;

  function showContext(layer) {
    if (shownContext === layer) return;
    if (shownContext && context[shownContext]) map.removeLayer(context[shownContext].layer);
    shownContext = layer;
    if (!CONTEXT.includes(layer)) return;
    context[layer] ??= createTileLayer(map, layer, {
      pane: 'pane-selection-context', shift, staff,
      rules: (P) => [{ symbolizer: new P.PolygonSymbolizer({ fill: '#c9d1da', opacity: 0.35, stroke: '#8a96a3', width: 0.5 }) }],
    });
    context[layer].layer.addTo(map);
  }

  /** The CQL2 of the user's filter and the area (a park's or a drawn polygon's outline). */
  function filterOf(choice) {
    const parts = [];
    if (choice.filter) parts.push(`(${choice.filter})`);
    const { area } = choice;
    const shape = area.kind === 'park' ? parkGeometry(area.park) : area.kind === 'polygon' ? area.polygon : null;
    if (shape) parts.push(`S_INTERSECTS(geometry, ${wkt(shape)})`);
    return parts.join(' AND ');
  }

  async function update(choice) {
    showContext(choice.layer);
    request?.abort();
    request = new AbortController();
    const params = new URLSearchParams({ limit: String(MAX_DRAWN), count: 'true', bbox: viewBox(map, shift).map((v) => v.toFixed(6)).join(',') });
    const filter = filterOf(choice);
    if (filter) params.set('filter', filter);
    let url = `/ogc/collections/${encodeURIComponent(choice.layer)}/items?${params}`;
    if (url.length > MAX_URL && choice.filter) { // a long outline: the view and the user's filter only
      params.set('filter', choice.filter);
      url = `/ogc/collections/${encodeURIComponent(choice.layer)}/items?${params}`;
    } else if (url.length > MAX_URL) {
      params.delete('filter');
      url = `/ogc/collections/${encodeURIComponent(choice.layer)}/items?${params}`;
    }
    const signal = request.signal;
    const page = await whenSlotFree(() => getJson(url, signal), signal);
    drawn.clearLayers();
    drawn.addLayer(L.geoJSON(page, {
      coordsToLatLng: geoJsonCoords(shift),
      interactive: false,
      style: { color: '#c2410c', weight: 1.5, fillColor: '#f97316', fillOpacity: 0.45 },
      pointToLayer: (feature, latLng) => L.circleMarker(latLng, { radius: 5, color: '#c2410c', weight: 1.5, fillColor: '#f97316', fillOpacity: 0.8 }),
    }));
    const matched = page.numberMatched ?? null;
    // more than a page in view: a next link (the count is left out past 10,000 matches)
    const next = (page.links || []).some((l) => l.rel === 'next');
    return { drawn: page.features.length, matched, more: page.numberMatchedMoreThan ?? (next ? page.features.length : null) };
  }

  return { update, drawn };
}
