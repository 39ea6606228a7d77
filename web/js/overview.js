// Entry module of overview.html: builds the map, draws every layer from vector tiles
// (overview-tiles.js; no layer is downloaded), labels the parks in view from that view's park
// summaries (parks-in-view.js: /api/investor/parks?bbox=…, names and boxes, no geometry; never every
// park), fits the city by the parks' extent (/api/investor/parks/extent), counts each layer, wires
// language and legend.
import { COLLECTIONS, fetchConfig, getJson } from './api.js';
import { createOverviewTiles } from './overview-tiles.js';
import { addBasemap, boundsOfBox, createShift, viewBox } from './basemap.js';
import { localTitle } from './names.js';
import { createParksInView } from './parks-in-view.js';
import { t, setLang, onLangChange, currentLang, locale } from './i18n.js';
import { createHeader } from './header.js';
import { createLegend } from './legend.js';
import { ensurePanes, refreshLabels } from './layers.js';
import { installHatchPatterns } from './styles.js';
import { escapeHtml } from './html.js';
import { readUrlOptions } from './url-options.js';

const options = readUrlOptions(new URLSearchParams(window.location.search), COLLECTIONS);
const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, null])); // null: more than COUNT_CAP
const errors = [];
const loaded = {}; // collection → { layer } (its tile layer, overview-tiles.js)
const progress = {}; // collection → { loaded, matched }
let shift = createShift(null);
let tiles = null; // overview-tiles.js, once the basemap shift is known
let settle;
const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
ready.catch(() => {}); // failures are reported in the page; tests inspect the rejection themselves

const atlas = {
  ready, counts, errors, map: null,
  get lang() { return currentLang(); },
  setLang: (lang) => setLang(lang),
  openPopup,
  /** Codes painted from the tiles of a collection since the zoom last changed. */
  tileCodes: (collection) => [...(tiles?.drawn(collection) || [])],
};
window.atlas = atlas;

setLang(options.lang, { persist: false });
document.documentElement.lang = locale();
installHatchPatterns();

const map = L.map('map', { zoomControl: true, zoomSnap: 0.25, center: [34.7, 117.2], zoom: 12 });
atlas.map = map;
ensurePanes(map);
L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

const legend = createLegend({ visible: options.legend ?? !window.matchMedia('(max-width: 600px)').matches });
legend.control.addTo(map);
legend.setVisible(legend.isVisible());

const header = createHeader({
  onLangSwitch: (lang) => setLang(lang),
  onLegendToggle: () => legend.toggle(),
});
header.setLegendPressed(legend.isVisible());

let layerControl = null;
function rebuildLayerControl() {
  if (layerControl) layerControl.remove();
  const collapsed = window.matchMedia('(max-width: 700px)').matches;
  layerControl = L.control.layers(null, null, {
    collapsed,
    sortLayers: true,
    sortFunction: (a, b) => COLLECTIONS.indexOf(a.collection) - COLLECTIONS.indexOf(b.collection),
  }).addTo(map);
  for (const collection of COLLECTIONS) {
    if (loaded[collection]) layerControl.addOverlay(loaded[collection].layer, escapeHtml(t(`layers.${collection}`)));
  }
  layerControl.getContainer().dataset.testid = 'layer-control';
}

onLangChange(() => {
  header.refresh();
  legend.refresh();
  rebuildLayerControl();
  Object.values(loaded).forEach(({ layer }) => { if (layer.eachLayer) refreshLabels(layer); });
  parkLabels?.refresh();
});

let parkLabels = null; // the parks in view (parks-in-view.js), once the basemap shift is known
let parkExtent = null; // LatLngBounds around every park (/api/investor/parks/extent)
function refitParkLabels() {
  parkLabels?.setEnabled(Boolean(loaded.parks && map.hasLayer(loaded.parks.layer)));
}
map.on('overlayadd overlayremove', refitParkLabels);

/** The parks' extent, for fitting the city (failures: reported). */
async function loadParkExtent() {
  try {
    const extent = await getJson('/api/investor/parks/extent');
    parkExtent = extent.bbox ? boundsOfBox(shift, extent.bbox) : null;
  } catch (error) {
    errors.push({ collection: 'parks', message: error.message });
    header.addError('loadFailed', { layer: 'parks', reason: error.message });
  }
}

function reportProgress() {
  const values = Object.values(progress);
  const done = values.reduce((sum, p) => sum + p.loaded, 0);
  const total = values.every((p) => p.matched != null) ? values.reduce((sum, p) => sum + p.matched, 0) : null;
  header.setLoading(true, total ? { done, total } : null);
}

// FeatureReader.COUNT_CAP: the items endpoint leaves numberMatched out beyond this many matches.
const COUNT_CAP = 10000;

/** The layer's count: numberMatched of a one-feature items page asked to count (null beyond the cap). */
async function countOf(collection, bbox) {
  const params = new URLSearchParams({ limit: '1', count: 'true' });
  if (bbox) params.set('bbox', bbox);
  const page = await getJson(`/ogc/collections/${encodeURIComponent(collection)}/items?${params}`);
  return Number.isFinite(page.numberMatched) ? page.numberMatched : null;
}

async function loadCollection(collection, bbox) {
  progress[collection] = { loaded: 0, matched: null };
  try {
    const entry = { layer: tiles.layers[collection] }; // every collection is tiled (overview-tiles.js TILED)
    counts[collection] = await countOf(collection, bbox);
    progress[collection] = { loaded: counts[collection] ?? 0, matched: counts[collection] ?? 0 };
    entry.layer.collection = collection;
    loaded[collection] = entry;
    if (options.layers.includes(collection)) entry.layer.addTo(map);
    if (collection === 'parks') refitParkLabels();
    layerControl.addOverlay(entry.layer, escapeHtml(t(`layers.${collection}`)));
    if (counts[collection] != null) header.setCount(collection, counts[collection]);
    else header.setCount(collection, COUNT_CAP, true);
  } catch (error) {
    delete progress[collection];
    errors.push({ collection, message: error.message });
    header.addError('loadFailed', { layer: collection, reason: error.message });
  }
  reportProgress();
}

/** Keeps fitted data clear of the legend when there is room beside it. */
function fitPadding() {
  const legendWidth = legend.isVisible() ? legend.control.getContainer().offsetWidth : 0;
  const besideLegend = legendWidth > 0 && legendWidth < map.getSize().x / 3;
  return { paddingTopLeft: [24, 24], paddingBottomRight: [24 + (besideLegend ? legendWidth + 10 : 0), 24] };
}

function fitToData(fallback) {
  const bounds = L.latLngBounds([]);
  Object.values(loaded).forEach(({ layer }) => {
    const b = layer.getBounds?.();
    if (!b) return;
    if (b.isValid()) bounds.extend(b);
  });
  if (parkExtent) bounds.extend(parkExtent); // the parks are tiled: their extent gives the city's
  if (bounds.isValid()) map.fitBounds(bounds, { ...fitPadding(), maxZoom: 17, animate: false });
  else map.setView(shift.toLatLng(fallback.center[1], fallback.center[0]), fallback.zoom, { animate: false });
}

/** Opens the popup of a feature by collection and id from its tiles (overview-tiles.js open: a Promise); false when its layer is not loaded. */
function openPopup(collection, id) {
  const entry = loaded[collection];
  if (!entry) return false;
  if (!map.hasLayer(entry.layer)) entry.layer.addTo(map);
  return tiles.open(collection, id);
}

/** The overview shows staff layers: anyone not signed in is sent to sign in first, then back here. */
async function requireSignIn() {
  const me = await getJson('/api/me').catch(() => ({ signedIn: false }));
  if (me.signedIn) return true;
  const here = window.location.pathname + window.location.search;
  window.location.assign(`/login.html?next=${encodeURIComponent(here)}`);
  return false;
}

async function start() {
  if (!(await requireSignIn())) return;
  header.setLoading(true);
  let config = { tileUrl: null, tileAttribution: '', tileShift: null, center: [34.7, 117.2], zoom: 12 };
  try {
    config = await fetchConfig();
  } catch (error) {
    errors.push({ collection: null, message: error.message });
    header.addError('configFailed', { reason: error.message });
  }
  shift = createShift(config.tileShift);
  const [lat, lon] = config.center;
  map.setView(shift.toLatLng(lon, lat), config.zoom, { animate: false });
  addBasemap(map, config);
  tiles = createOverviewTiles(map, shift);
  parkLabels = createParksInView(map, shift, localTitle);
  parkLabels.setEnabled(false);
  rebuildLayerControl();
  const bbox = options.bbox === 'view' ? viewBox(map, shift).map((v) => v.toFixed(6)).join(',') : options.bbox;
  await Promise.all([...COLLECTIONS.map((collection) => loadCollection(collection, bbox)), loadParkExtent()]);
  header.setLoading(false);
  fitToData(config);
  if (options.popup) await Promise.resolve(openPopup(options.popup.collection, options.popup.id)).catch((error) => {
    header.addError('loadFailed', { layer: options.popup.collection, reason: error.message });
  });
  if (errors.length) settle.reject(new Error(errors.map((e) => `${e.collection ?? 'config'}: ${e.message}`).join('; ')));
  else settle.resolve(counts);
}

start();
