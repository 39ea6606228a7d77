// Basemap tiles from /api/config, and the datum shift between our WGS84 data and the tiles.
// Data is always WGS84. With tileShift "gcj02" (Amap-style tiles) everything drawn is moved to
// GCJ-02 so it sits on the tiles' streets, and positions read from the map are moved back.
import { wgs84ToGcj02, gcj02ToWgs84 } from './gcj02.js';
import { escapeHtml } from './html.js';
import { getJson } from './api.js';
import { currentLang, onLangChange, t } from './i18n.js';
import { scheduleNames } from './place-names.js';

const NO_SHIFT = {
  name: null,
  toLatLng: (lon, lat) => L.latLng(lat, lon),
  toLonLat: (latLng) => [latLng.lng, latLng.lat],
};

const GCJ02_SHIFT = {
  name: 'gcj02',
  toLatLng(lon, lat) {
    const [x, y] = wgs84ToGcj02(lon, lat);
    return L.latLng(y, x);
  },
  toLonLat: (latLng) => gcj02ToWgs84(latLng.lng, latLng.lat),
};

/** { toLatLng(lon, lat) → map LatLng, toLonLat(map LatLng) → WGS84 [lon, lat] } for a config's tileShift. */
export function createShift(tileShift) {
  return tileShift === 'gcj02' ? GCJ02_SHIFT : NO_SHIFT;
}

/** The coordsToLatLng option of L.geoJSON for a shift. */
export function geoJsonCoords(shift) {
  return (coords) => shift.toLatLng(coords[0], coords[1]);
}

/** Map bounds of a WGS84 [minLon, minLat, maxLon, maxLat] box. */
export function boundsOfBox(shift, [minLon, minLat, maxLon, maxLat]) {
  return L.latLngBounds([shift.toLatLng(minLon, minLat), shift.toLatLng(maxLon, maxLat)]);
}

/** WGS84 box "minLon,minLat,maxLon,maxLat" of the map's current view. */
export function viewBox(map, shift) {
  const b = map.getBounds();
  const [west, south] = shift.toLonLat(b.getSouthWest());
  const [east, north] = shift.toLonLat(b.getNorthEast());
  return [west, south, east, north];
}

/** Adds the configured tile layer, or marks the map as having none (neutral background). */
export function addBasemap(map, config) {
  if (!config.tileUrl) {
    map.getContainer().classList.add('no-basemap');
    offlineBasemap(map, createShift(config.tileShift));
    return null;
  }
  const options = { attribution: escapeHtml(config.tileAttribution), maxZoom: 19 };
  if (config.tileSubdomains) options.subdomains = config.tileSubdomains;
  return L.tileLayer(config.tileUrl, options).addTo(map);
}

/** Symbols of the location-context kinds on the offline basemap. */
const CONTEXT_SYMBOLS = { highway_exit: '◆', rail_freight: '■', port: '⚓', airport: '✈', substation: '⚡', water_works: '●' };
const OFFLINE_MIN_ZOOM = 9;
const CONTEXT_LIMIT = 500; // context points asked for per view

/** The class of a context point's marker icon (its CSS, and the icon of a copy measured elsewhere). */
export const CONTEXT_ICON_CLASS = 'context-icon';
const contextPoints = new WeakMap(); // marker → { node, label, kind } of the context points drawn

/**
 * Of a layer on a map: { node, label, kind } when it is a context point's marker of the offline
 * basemap (node: its icon's content, label: the node of its name, which callers may hide; kind: its
 * context kind), else null. The desk's labels lay these names out with their own (context-names.js).
 */
export function contextPointOf(layer) {
  return contextPoints.get(layer) ?? null;
}

/** A context point as a marker: its symbol and name as DOM text, never HTML from the data. */
function contextMarker(feature, shift) {
  const p = feature.properties || {};
  const [lon, lat] = feature.geometry?.coordinates || [];
  const box = document.createElement('span');
  box.className = 'context-marker';
  box.dataset.kind = String(p.kind ?? '');
  const symbol = document.createElement('span');
  symbol.className = 'context-symbol';
  symbol.textContent = CONTEXT_SYMBOLS[p.kind] || '•';
  const label = document.createElement('span');
  label.className = 'context-label';
  label.textContent = String((currentLang() === 'en' && p.name_en) || p.name || '');
  box.append(symbol, label);
  const marker = L.marker(shift.toLatLng(lon, lat), {
    icon: L.divIcon({ html: box, className: CONTEXT_ICON_CLASS, iconSize: null }), interactive: false, keyboard: false,
  });
  contextPoints.set(marker, { node: box, label, kind: box.dataset.kind });
  return marker;
}

/** A note on the map (bottom left) shown while the view holds more context points than a page. */
function contextNote(map) {
  const box = L.DomUtil.create('div', 'context-note');
  box.dataset.testid = 'context-note';
  box.hidden = true;
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => box;
  control.addTo(map);
  const text = () => { box.textContent = t('contextTooMany', { n: CONTEXT_LIMIT }); };
  onLangChange(text);
  return { show(on) { text(); box.hidden = !on; } };
}

/**
 * Without basemap tiles: the location-context points of the view (highway exits, rail freight
 * stations, ports, airports, substations, water works) with their symbols and names, from zoom 9,
 * under the page's own layers (the park outlines each page draws complete the picture); their names
 * kept apart from the park names and each other (place-names.js) unless the page lays them out itself.
 */
function offlineBasemap(map, shift) {
  const layer = L.layerGroup().addTo(map);
  const note = contextNote(map);
  let request = 0;
  async function load() {
    const mine = ++request;
    delete map.getContainer().dataset.contextPoints; // until this view's points are drawn
    if (map.getZoom() < OFFLINE_MIN_ZOOM) {
      layer.clearLayers();
      note.show(false);
      map.getContainer().dataset.contextPoints = '0';
      return;
    }
    const box = viewBox(map, shift).map((v) => v.toFixed(6)).join(',');
    try {
      const page = await getJson(`/ogc/collections/context-points/items?limit=${CONTEXT_LIMIT}&bbox=${box}`);
      if (mine !== request) return;
      layer.clearLayers();
      // more than a page in view: none rather than an arbitrary first page, and a note saying why
      const more = (page.links || []).some((l) => l.rel === 'next');
      if (!more) (page.features || []).forEach((f) => layer.addLayer(contextMarker(f, shift)));
      note.show(more);
      scheduleNames(map);
      map.getContainer().dataset.contextPoints = String(more ? 0 : (page.features || []).length);
    } catch {
      /* the offline basemap is a courtesy: the page works without it */
    }
  }
  map.on('moveend', load);
  onLangChange(load);
  map.whenReady(load);
}
