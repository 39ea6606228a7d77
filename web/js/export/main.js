// Entry module of export.html: the export panel (layer, filter builder, area, format, CRS, encoding,
// Chinese names), a map of the parks to pick or draw the area on (park-map.js: outlines from the
// parks tiles, labels and the choice list from the park summaries, only the chosen park's geometry
// fetched and outlined) with the selected features drawn (selection-layer.js), the number of
// features, and the download.
import './texts-zh.js';
import './texts-en.js';
import { COLLECTIONS, fetchConfig, getJson, fetchMe, request, FetchError, whenSlotFree } from '../api.js';
import { codeText } from '../i18n-errors.js';
import { addBasemap, createShift, viewBox } from '../basemap.js';
import { t, setLang, onLangChange, currentLang, initialLang } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';
import { formatCount } from '../format.js';
import { createDrawTool } from './draw-tool.js';
import { createForm } from './export-form.js';
import { exportParams, exportUrl, areaReady } from './export-url.js';
import { createSelection, MAX_DRAWN } from './selection-layer.js';
import { createParkMap } from './park-map.js';
import { fetchParkExtent } from '../parks-in-view.js';

const STAFF_LAYERS = ['projects', 'demolition-zones'];
const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
let settle;
const ready = new Promise((resolve, reject) => { settle = { resolve, reject }; });
ready.catch(() => {});
let me = { signedIn: false };
let shift = createShift(null);
let pending = Promise.resolve();
let countSerial = 0;
let countRequest = null;
let mapSerial = 0;
let selection = null;
let mapPending = Promise.resolve(null);
let parkMap = null; // park-map.js, once the basemap shift is known

setLang(initialLang(new URLSearchParams(window.location.search)), { persist: false });
const map = L.map('map', { zoomSnap: 0.25, center: [34.7, 117.2], zoom: 11 });
L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
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
  const park = parkMap?.choose(c.area.kind === 'park' ? c.area.park : '');
  if (selection && ok) mapPending = updateMap(c, park);
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

/** Draws what the choice selects in the view (after the chosen park's outline arrives); says how many are drawn. */
async function updateMap(c, park) {
  const note = $('export-map-note');
  const serial = ++mapSerial;
  try {
    await park;
    if (serial !== mapSerial) return null; // a newer choice came meanwhile: only it is drawn
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

/**
 * What the newest of a kind of work gives once none newer has started meanwhile: current() is read
 * again after each wait (a fitted park moves the map and redraws; a later change starts a new count).
 */
async function settled(current) {
  let seen;
  do {
    seen = current();
    await seen;
  } while (seen !== current());
  return seen;
}

/** The drawn count once no newer drawing has started meanwhile. */
const mapSettled = () => settled(() => mapPending);

function setCount(state, text) {
  const box = $('export-count');
  box.dataset.state = state;
  box.textContent = text;
}

/** A form POST through the pages' one fetch; a refusal throws a FetchError in the page's language. */
async function post(path, params, signal) {
  const response = await request(path, { method: 'POST', body: params.toString(),
    contentType: 'application/x-www-form-urlencoded', accept: '*/*', signal });
  if (!response.ok) throw new FetchError(path, response.status, await response.json().catch(() => null));
  return response;
}

/**
 * Counts what the choice selects. Changes made in one go (a layer, then its filter) count once: the
 * request waits a turn and is dropped when a newer choice came meanwhile; a superseded request is
 * aborted, and one refused because the visitor's slots are still held is asked again (whenSlotFree).
 */
async function updateCount(c) {
  const serial = ++countSerial;
  countRequest?.abort();
  const controller = new AbortController();
  countRequest = controller;
  setCount('loading', t('exportPage.counting'));
  const params = exportParams(c, { forCount: true });
  try {
    await Promise.resolve();
    if (serial !== countSerial) return;
    const url = `/api/export/count?${params}`;
    const body = await whenSlotFree(async () => (url.length < 6000 ? getJson(url, controller.signal)
      : (await post('/api/export/count', params, controller.signal)).json()), controller.signal);
    if (serial !== countSerial) return;
    const notes = (body.noteCodes || []).map((code) => codeText(code));
    setCount('ready', [t('exportPage.count', { n: formatCount(body.numberMatched) }), ...notes].join(' · '));
    $('export-count').dataset.count = String(body.numberMatched);
  } catch (error) {
    if (serial === countSerial && error.name !== 'AbortError') {
      setCount('error', t('exportPage.countFailed', { reason: error.message }));
    }
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

async function start() {
  try {
    me = await fetchMe();
    form.setLayers(COLLECTIONS.filter((c) => me.signedIn || !STAFF_LAYERS.includes(c)));
    const config = await fetchConfig();
    shift = createShift(config.tileShift);
    map.setView(shift.toLatLng(config.center[1], config.center[0]), config.zoom, { animate: false });
    addBasemap(map, config);
    form.setDefaultCrs(config.cityCrs);
    parkMap = createParkMap(map, shift, { onPick: (code) => form.pickPark(code), canPick: () => !draw.active });
    parkMap.setExtent((await fetchParkExtent()).bbox); // the city's parks: count and box, never their list
    if (parkMap.bounds().isValid()) map.fitBounds(parkMap.bounds(), { padding: [20, 20], animate: false });
    parkMap.labelsIdle();
    selection = createSelection(map, shift, (code) => parkMap.geometry(code), { staff: me.signedIn });
    map.on('moveend', () => {
      const c = choice();
      if (c.area.kind === 'view') refresh();
      else if (areaReady(c.area)) mapPending = updateMap(c, parkMap.choose(c.area.kind === 'park' ? c.area.park : ''));
    });
    renderStatic();
    await pending;
    await mapSettled();
    settle.resolve(true);
  } catch (error) {
    setCount('error', error.message);
    settle.reject(error);
  }
}

$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
$('export-download').addEventListener('click', downloadByPost);
$('export-form').addEventListener('submit', (event) => event.preventDefault());
onLangChange(() => { renderStatic(); parkMap?.refresh(); });
window.exportPage = {
  ready,
  map,
  form,
  draw,
  /** The current download URL (null when a POST is needed or the area is incomplete). */
  url: () => $('export-download').getAttribute('href'),
  /** Resolves when the count for the current choice has arrived. */
  /** The count shown once the newest count has arrived (an older one never stands for it). */
  idle: () => settled(() => pending).then(() => $('export-count').dataset.count ?? null),
  /** Resolves with the number of selected features drawn on the map for the current choice. */
  mapIdle: () => mapSettled(),
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
