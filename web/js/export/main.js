// Entry module of export.html: the export panel (layer, filter builder, area, format, CRS, encoding,
// Chinese names), a map of the parks to pick or draw the area on with the chosen park outlined and
// the selected features drawn (selection-layer.js), the number of features, and the download.
import './texts-zh.js';
import './texts-en.js';
import { COLLECTIONS, fetchConfig, fetchAllFeatures, getJson, fetchMe, request, FetchError } from '../api.js';
import { codeText } from '../i18n-errors.js';
import { addBasemap, createShift, geoJsonCoords, viewBox } from '../basemap.js';
import { t, setLang, onLangChange, currentLang, initialLang } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';
import { formatCount } from '../format.js';
import { el } from '../html.js';
import { createDrawTool } from './draw-tool.js';
import { createForm } from './export-form.js';
import { exportParams, exportUrl, areaReady } from './export-url.js';
import { createSelection, MAX_DRAWN } from './selection-layer.js';
import { localTitle } from '../names.js';

const STAFF_LAYERS = ['projects', 'demolition-zones'];
const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
let settle;
const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
ready.catch(() => {});
let me = { signedIn: false };
let shift = createShift(null);
let pending = Promise.resolve();
let countSerial = 0;
let selection = null;
let mapPending = Promise.resolve(null);
const parkShapes = new Map(); // code → GeoJSON geometry

setLang(initialLang(new URLSearchParams(window.location.search)), { persist: false });
const map = L.map('map', { zoomSnap: 0.25, center: [34.7, 117.2], zoom: 11 });
L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
const parksLayer = L.featureGroup().addTo(map);
const form = createForm({ onChange: refresh, onDraw: (action) => draw[action](), onLayer: loadQueryables });
const draw = createDrawTool(map, () => shift, { onChange: (polygon, n) => form.setPolygon(polygon, n) });

function renderStatic() {
  document.title = t('exportPage.title');
  applyTexts();
  form.render();
  $('lang-switch').textContent = t('switchTo');
  $('lang-switch').setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  refresh();
}

function choice() {
  const c = form.choice();
  if (c.area.kind === 'view') c.area.bbox = viewBox(map, shift);
  return c;
}

/** Updates the download link and the count for the current choice. */
function refresh() {
  const c = choice();
  const link = $('export-download');
  const ok = areaReady(c.area);
  const url = ok ? exportUrl(c) : null;
  link.toggleAttribute('aria-disabled', !ok);
  if (url) link.setAttribute('href', url); else link.removeAttribute('href');
  link.dataset.method = ok && !url ? 'post' : 'get';
  $('export-hint').textContent = ok ? (c.format === 'geojson' ? t('exportPage.geojsonWgs84') : '') : t('exportPage.needArea');
  pending = ok ? updateCount(c) : Promise.resolve(setCount('idle', ''));
  outlineChosenPark(c.area.kind === 'park' ? c.area.park : '');
  if (selection && ok) mapPending = updateMap(c);
}

/** The fields the filter builder offers for a layer: its queryables, with Chinese titles and code lists. */
async function loadQueryables(layer) {
  try {
    const schema = await getJson(`/ogc/collections/${encodeURIComponent(layer)}/queryables`);
    if (form.choice().layer === layer) form.builder.setQueryables(layer, schema);
  } catch (error) {
    setCount('error', t('exportPage.countFailed', { reason: error.message }));
  }
}

/** Draws what the choice selects in the view; says how many are drawn. */
async function updateMap(c) {
  const note = $('export-map-note');
  try {
    const shown = await selection.update(c);
    note.dataset.drawn = String(shown.drawn);
    note.textContent = shown.more != null || (shown.matched != null && shown.matched > shown.drawn)
      ? t('exportPage.mapCapped', { n: formatCount(shown.drawn), max: formatCount(MAX_DRAWN) })
      : t('exportPage.mapDrawn', { n: formatCount(shown.drawn) });
    return shown.drawn;
  } catch (error) {
    if (error.name === 'AbortError') return null;
    note.textContent = t('exportPage.mapFailed', { reason: error.message });
    return null;
  }
}

let outlined = '';

/** The chosen park outlined in orange (and fitted in the view when newly chosen), the others as before. */
function outlineChosenPark(code) {
  const fit = code && code !== outlined;
  outlined = code;
  parksLayer.eachLayer((group) => group.eachLayer?.((l) => {
    const chosen = l.feature.properties.code === code;
    if (chosen && fit) map.fitBounds(l.getBounds(), { padding: [40, 40], maxZoom: 15, animate: false });
    l.setStyle(chosen ? { color: '#c2410c', weight: 4, fillOpacity: 0.04 } : { color: '#1f3a5f', weight: 2, fillOpacity: 0.08 });
    l.getElement()?.toggleAttribute('data-chosen', chosen);
    if (chosen) l.bringToFront();
  }));
}

function setCount(state, text) {
  const box = $('export-count');
  box.dataset.state = state;
  box.textContent = text;
}

/** A form POST through the pages' one fetch; a refusal throws a FetchError in the page's language. */
async function post(path, params) {
  const response = await request(path, { method: 'POST', body: params.toString(),
    contentType: 'application/x-www-form-urlencoded', accept: '*/*' });
  if (!response.ok) throw new FetchError(path, response.status, await response.json().catch(() => null));
  return response;
}

async function updateCount(c) {
  const serial = ++countSerial;
  setCount('loading', t('exportPage.counting'));
  const params = exportParams(c, { forCount: true });
  try {
    const url = `/api/export/count?${params}`;
    const body = url.length < 6000 ? await getJson(url) : await (await post('/api/export/count', params)).json();
    if (serial !== countSerial) return;
    const notes = (body.noteCodes || []).map((code) => codeText(code));
    setCount('ready', [t('exportPage.count', { n: formatCount(body.numberMatched) }), ...notes].join(' · '));
    $('export-count').dataset.count = String(body.numberMatched);
  } catch (error) {
    if (serial === countSerial) setCount('error', t('exportPage.countFailed', { reason: error.message }));
  }
}

/** Downloads through a POST when the URL would be too long; a GET link otherwise (the browser's own download). */
async function downloadByPost(event) {
  const link = event.currentTarget;
  if (link.hasAttribute('aria-disabled')) { event.preventDefault(); return; }
  if (link.dataset.method !== 'post') return;
  event.preventDefault();
  setCount('loading', t('exportPage.downloading'));
  try {
    const response = await post('/api/export', exportParams(choice()));
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'export';
    const blobUrl = URL.createObjectURL(await response.blob());
    const a = Object.assign(document.createElement('a'), { href: blobUrl, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60000);
    refresh();
  } catch (error) {
    setCount('error', t('exportPage.countFailed', { reason: error.message }));
  }
}

function showParks(collection) {
  const layer = L.geoJSON(collection, {
    coordsToLatLng: geoJsonCoords(shift),
    style: { color: '#1f3a5f', weight: 2, fillOpacity: 0.08 },
    onEachFeature: (feature, featureLayer) => {
      featureLayer.on('click', () => { if (!draw.active) form.pickPark(feature.properties.code); });
      featureLayer.bindTooltip(() => el('span', {}, localTitle(feature.properties)), { sticky: true });
    },
  });
  parksLayer.addLayer(layer);
  collection.features.forEach((f) => parkShapes.set(f.properties.code, f.geometry));
  layer.eachLayer((l) => l.getElement()?.setAttribute('data-park', l.feature.properties.code));
  form.setParks(collection.features.map((f) => ({ code: f.properties.code, name: f.properties.name, name_en: f.properties.name_en })));
  if (parksLayer.getBounds().isValid()) map.fitBounds(parksLayer.getBounds(), { padding: [20, 20], animate: false });
}

async function start() {
  try {
    me = await fetchMe();
    form.setLayers(COLLECTIONS.filter((c) => me.signedIn || !STAFF_LAYERS.includes(c)));
    const config = await fetchConfig();
    shift = createShift(config.tileShift);
    map.setView(shift.toLatLng(config.center[1], config.center[0]), config.zoom, { animate: false });
    addBasemap(map, config);
    form.setDefaultCrs(config.cityCrs);
    showParks(await fetchAllFeatures('parks'));
    selection = createSelection(map, shift, (code) => parkShapes.get(code), { staff: me.signedIn });
    map.on('moveend', () => {
      const c = choice();
      if (c.area.kind === 'view') refresh();
      else if (areaReady(c.area)) mapPending = updateMap(c);
    });
    renderStatic();
    await pending;
    await mapPending;
    settle.resolve(true);
  } catch (error) {
    setCount('error', error.message);
    settle.reject(error);
  }
}

$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
$('export-download').addEventListener('click', downloadByPost);
$('export-form').addEventListener('submit', (event) => event.preventDefault());
onLangChange(renderStatic);
window.exportPage = {
  ready,
  map,
  form,
  draw,
  /** The current download URL (null when a POST is needed or the area is incomplete). */
  url: () => $('export-download').getAttribute('href'),
  /** Resolves when the count for the current choice has arrived. */
  idle: () => pending.then(() => $('export-count').dataset.count ?? null),
  /** Resolves with the number of selected features drawn on the map for the current choice. */
  mapIdle: () => mapPending,
  /** Clicks the map at these WGS84 [lon, lat] corners as a person drawing would, then finishes. */
  drawAt(corners) {
    form.setArea('polygon');
    draw.start();
    corners.forEach(([lon, lat]) => map.fire('click', { latlng: shift.toLatLng(lon, lat) }));
    draw.finish();
    return window.exportPage.idle();
  },
};
start();
