/*
 * Entry module of the investor portal (index.html). URL parameters: see url-state.js.
 *
 * data-testid of the key elements (rows carry data-code, the detail panel data-code and data-state):
 *   header      app-header, lang-switch, overview-link, loading-indicator, error-message, notice
 *   tabs        side-panel, tab-find, tab-match, find-panel, match-panel
 *   filters     filter-panel (<details>), filter-form, filter-count, filter-park, filter-status,
 *               filter-status-{available,listed}, filter-land-use,
 *               filter-land-use-{M1…G}, filter-min-mu, filter-max-mu, filter-max-price, filter-servicing,
 *               filter-servicing-{road,water,power,drainage,gas,telecom,heating,levelled}, filter-industry (category select),
 *               filter-keyword, filter-reset
 *   list        result-list, result-count, sort-select, result-note, result-rows, result-more,
 *               result-row[data-code] > result-select, result-compare
 *   map         map, land-use-legend, park-card (park popup) > park-show-parcels; parcel paths have data-code,
 *               park labels span[data-park] (park outlines come from the vector tiles, park-layer.js)
 *   detail      detail-panel[data-code][data-state=loading|loaded|error], detail-code, detail-status, detail-close,
 *               detail-key-figures, detail-compare, print-sheet-link, detail-servicing-label, detail-servicing,
 *               detail-facts, detail-park
 *   enquiry     enquiry-form, enquiry-name, enquiry-contact, enquiry-message, enquiry-submit,
 *               enquiry-status[data-state=sending|success|error]
 *   matching    match-form, match-min-mu, match-max-mu, match-land-use-{code}, match-min-height-m,
 *               match-need-{name}, match-max-total-price-wan, match-industry, match-park, match-submit,
 *               match-summary, match-results, match-result[data-code][data-score] > match-rank, match-score, match-fits,
 *               match-misses, match-result-select, match-result-compare; on the map match-marker[data-code][data-rank]
 *               (the same numbers as match-rank); the selected parcel's filled highlight path[data-selected]
 *   compare     compare-tray > compare-chip[data-code], compare-open, compare-clear;
 *               compare-dialog > compare-table (tbody tr[data-key][data-differs]), compare-select,
 *               compare-only-diff, compare-close
 *
 * window.investor, for browser tests:
 *   ready            Promise → { parks (the city's count), parcels, numberMatched, moreThan } once the first page of
 *                    the filtered parcels in view are loaded
 *                    and the URL's selection and comparison are restored (rejects when loading failed)
 *   state()          { lang, view: {center: [lon, lat], zoom}, filters: {park, land_use[], min_mu, max_mu,
 *                    max_price, servicing[], status[], industry, keyword}, sort, selected, compare[], table, tab } (a copy)
 *   select(code)     selects a parcel, zooms to it, opens its detail → Promise (detail loaded); select(null) closes
 *   setFilters(partial), setSort(sort) → Promise (list and map updated)
 *   setFollow(on)    the list follows the map (default) or waits for searchArea() → Promise (list updated)
 *   listCodes(), mapCodes()   codes in the result list (in order) and outlined on the map (the same parcels)
 *   tileCodes()      codes painted from the vector tiles since the zoom or the style last changed
 *   tileFading()     { faded: [codes], shown: [codes] } of those: the filters leave the faded ones out (tile-filter.js)
 *   codeAt(x, y)     code of the tile parcel at a map container point (null if none); more() → next page
 *   toggleCompare(code), openCompare() → Promise, closeCompare()
 *   match(body)      runs site matching with an API body → Promise of results (shown in the match tab and,
 *                    while that tab is open, on the map instead of the listed parcels; the body goes into the URL)
 *   matchCodes()     codes of the matched parcels marked on the map, in their numbers' order
 *   setLang('zh'|'en'), setTab('find'|'match'), view() → {center, zoom}, bbox() → [w, s, e, n] of the view (WGS84),
 *   idle() → Promise (no request pending)
 *   map              the Leaflet map
 */
import './texts-zh.js';
import './texts-en.js';
import { fetchConfig, getJson } from '../api.js';
import { t, setLang, onLangChange, currentLang, locale } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';
import { createCompareTable, createCompareTray } from './compare.js';
import { coveredMargins } from './covered-margins.js';
import { createDetailPanel } from './detail-panel.js';
import { createFilterPanel, activeFilterCount } from './filter-panel.js';
import { fetchIndustries, fetchParcel, fetchParcelPage } from './investor-api.js';
import { fetchParkExtent } from '../parks-in-view.js';
import { knownPark, loadParks } from '../names.js';
import { createMatchPanel } from './match-panel.js';
import { createParcelMap } from './parcel-map.js';
import { idle, track } from '../pending.js';
import { createResultList } from './result-list.js';
import { createStore } from './store.js';
import { createTabs } from '../tabs.js';
import { MAX_COMPARE, readUrlState, urlSearch } from './url-state.js';

const $ = (id) => document.getElementById(id);
const initial = readUrlState(window.location.search);
setLang(initial.lang, { persist: false });
document.documentElement.lang = locale();
const store = createStore({ ...initial, lang: currentLang() });
store.subscribe((state) => window.history.replaceState(null, '', window.location.pathname + urlSearch(state)));

let parkCount = null; // how many parks the city has (GET /api/investor/parks/extent); no page lists them all
let parcels = []; // the parcels listed so far: the pages fetched for the view, filters and sort
let parcelRequest = null;
let page = { numberMatched: 0, moreThan: null, nextOffset: null };

const map = createParcelMap($('map'), {
  onSelect: (code) => select(code, { zoom: false, reveal: true, scroll: true }),
  onHover: (code) => { map.hover(code); list.setHovered(code); },
  onViewChange: (view) => { store.set({ view }); followView(); },
  onParkFilter: (code) => { map.map.closePopup(); tabs.set('find'); applyFilters({ ...store.get().filters, park: code }); },
  obscured: () => coveredMargins($('map'), [$('detail-panel'), $('compare-tray')]),
});
const filters = createFilterPanel($('filters'), { onChange: (next) => applyFilters(next) });
const list = createResultList($('result-list'), {
  onSelect: (code) => select(code, { zoom: true }),
  onHover: hoverFromList,
  onToggleCompare: toggleCompare,
  onSort: (sort) => { store.set({ sort }); reload(); },
  onMore: () => track(loadParcels({ more: true }).catch(() => {})),
  onSearchArea: () => { list.setAreaChanged(false); reload(); },
  onFollow: (on) => { following = on; list.setAreaChanged(false); if (on) reload(); },
});
let following = true; // the list searches the view after every pan or zoom; off: on "search this area"
let searchBox = null; // the box the list's pages were searched in
const isCompared = (code) => store.get().compare.includes(code);
const detail = createDetailPanel($('detail-panel'), {
  onClose: () => select(null),
  onToggleCompare: toggleCompare,
  isCompared,
  sheetHref: (code) => `sheet.html?code=${encodeURIComponent(code)}&lang=${currentLang()}`,
});
const match = createMatchPanel($('match-panel'), {
  onSelect: (code) => select(code, { zoom: true }), onToggleCompare: toggleCompare, isCompared, onResults: showMatchResults,
});
const tray = createCompareTray($('compare-tray'), { onRemove: toggleCompare, onClear: () => setCompare([]), onOpen: openCompare });
const table = createCompareTable($('compare-dialog'), { onClose: closeCompare, onSelect: (code) => { closeCompare(); select(code, { zoom: true }); }, onRemove: toggleCompare });
const tabs = createTabs(document.querySelector('.side-tabs'), (tab) => { store.set({ tab }); showMode(); });
let keepView = false; // true while a link's match is restored: its view stays as the link says
const narrow = () => window.matchMedia('(max-width: 700px)').matches;

/** The match results as the map draws them: [{ code, feature }], best first. */
function matchedFeatures() {
  return (match.results() || []).filter((r) => r.feature).map((r) => ({ code: String(r.code), feature: r.feature }));
}

/** The match tab with results shows them on the map; otherwise the map shows the listed parcels. */
function showMode({ fit = false } = {}) {
  const results = store.get().tab === 'match' ? matchedFeatures() : [];
  map.showMatches(results.length ? results : null, { fit });
}

/** After a match: its criteria go into the URL, its results onto the map (all in view) and into view in the panel (on a phone too). */
function showMatchResults(results, request) {
  store.set({ match: results ? request : store.get().match });
  showMode({ fit: !keepView });
  if (results) match.revealResults();
}

/** Hovering a row highlights its parcel; resting on it brings the parcel into view if it is off-screen. */
function hoverFromList(code) {
  map.hover(code);
  window.clearTimeout(hoverFromList.timer);
  const feature = code && parcels.find((f) => String(f.id) === code);
  if (feature) hoverFromList.timer = window.setTimeout(() => map.reveal(feature), 600);
}

function showError(message) {
  const box = $('error-message');
  box.hidden = false;
  box.append(Object.assign(document.createElement('p'), { textContent: message }));
}

function showList(extra = {}) {
  list.show({
    features: parcels, numberMatched: page.numberMatched, moreThan: page.moreThan,
    truncated: page.nextOffset !== null, zoomIn: map.belowTiles(), loading: false, error: null, ...extra,
  });
}

/**
 * Loads the first page of parcels matching the filters in the current view (more: the next page,
 * appended). The count is the API's, "more than N" when it caps it; nothing beyond the pages asked for.
 */
async function loadParcels({ more = false } = {}) {
  if (more && page.nextOffset === null) return;
  parcelRequest?.abort();
  const request = new AbortController();
  parcelRequest = request;
  const { filters: f, sort } = store.get();
  map.setFilters(f);
  showList({ loading: true });
  try {
    if (!more) searchBox = map.bbox();
    const result = await fetchParcelPage(f, sort, searchBox, more ? page.nextOffset : 0, request.signal);
    if (request !== parcelRequest) return;
    parcels = more ? [...parcels, ...result.features] : result.features;
    page = result;
    map.setParcels(parcels);
    map.setListed(parcels.map((p) => String(p.id)), page.nextOffset === null);
    showList();
    list.setSelected(store.get().selected, { scroll: !more });
  } catch (error) {
    if (error.name === 'AbortError') return;
    parcels = [];
    page = { numberMatched: 0, moreThan: null, nextOffset: null };
    map.setParcels([]);
    showList({ error: error.message });
    throw error;
  }
}

/** After a pan or zoom (once the page has started), the list follows the view (tracked: idle() waits). */
function followView() {
  if (!started) return;
  if (!following) {
    list.setAreaChanged(true);
    return;
  }
  window.clearTimeout(followView.timer);
  followView.done?.();
  track(new Promise((resolve) => {
    followView.done = resolve;
    followView.timer = window.setTimeout(() => { followView.done = null; reload().then(resolve); }, 250);
  }));
}
let started = false;

/** Reloads the list and map for the current filters and sort; failures are shown in the list. */
function reload() {
  return track(loadParcels().catch(() => {}));
}

function applyFilters(next) {
  const before = store.get().filters;
  store.set({ filters: next });
  filters.setFilters(next);
  if (!next.park || next.park === before.park) return reload();
  // fly to the chosen park (its summary: remembered from the picker, else asked for by code)
  return track(loadParks([next.park]).then(() => {
    const park = knownPark(next.park);
    if (park?.bbox && store.get().filters.park === next.park) map.fitBox(park.bbox);
    return reload();
  }));
}

async function select(code, { zoom = true, reveal = false, scroll = true } = {}) {
  store.set({ selected: code || null });
  list.setSelected(code || null, { scroll });
  match.setSelected(code || null);
  if (!code) {
    detail.hide();
    map.select(null);
    return;
  }
  detail.showLoading(code);
  const known = parcels.find((f) => String(f.id) === code) || matchedFeatures().find((m) => m.code === code)?.feature;
  if (known) {
    track(map.select(known, { zoom }));
    if (reveal) map.reveal(known);
  }
  try {
    const feature = await track(fetchParcel(code));
    if (store.get().selected !== code) return;
    detail.show(feature);
    map.select(feature, { zoom: zoom && !known });
  } catch (error) {
    if (store.get().selected !== code) return;
    detail.showError(code, error.status === 404 ? 404 : error.message);
    if (!known) map.select(null);
  }
}

function setCompare(codes) {
  store.set({ compare: codes });
  tray.render(codes);
  list.setCompared(codes);
  detail.refresh();
  match.refresh();
  if (table.isOpen()) {
    if (codes.length >= 2) track(table.open(codes));
    else closeCompare();
  }
}

function toggleCompare(code) {
  const codes = store.get().compare;
  if (codes.includes(code)) setCompare(codes.filter((c) => c !== code));
  else if (codes.length >= MAX_COMPARE) window.setTimeout(() => showNotice(t('inv.compare.full')), 0);
  else setCompare([...codes, code]);
}

function showNotice(message) {
  const notice = $('notice');
  notice.textContent = message;
  notice.hidden = false;
  window.clearTimeout(showNotice.timer);
  showNotice.timer = window.setTimeout(() => { notice.hidden = true; }, 4000);
}

function openCompare() {
  if (store.get().compare.length < 2) return Promise.resolve();
  store.set({ table: true });
  return track(table.open(store.get().compare));
}

function closeCompare() {
  store.set({ table: false });
  table.close();
}

function renderStatic() {
  document.title = t('inv.title');
  applyTexts(document.querySelector('.app-header'));
  applyTexts(document.querySelector('.side-tabs'));
  const lang = $('lang-switch');
  lang.textContent = t('switchTo');
  lang.setAttribute('aria-label', t('switchToLabel'));
  lang.setAttribute('title', t('switchToLabel'));
  lang.setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  $('map').setAttribute('aria-label', t('inv.mapLabel'));
}

onLangChange((lang) => {
  store.set({ lang });
  renderStatic();
  [filters, list, detail, match, tray, table, map].forEach((part) => part.refresh());
});
$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));

/** The staff overview is offered to signed-in staff only: a visitor would meet a sign-in page. */
function offerOverviewToStaff() {
  getJson('/api/me').then((me) => {
    document.querySelector('[data-testid=overview-link]').hidden = !me.signedIn;
  }).catch(() => {});
}

async function start() {
  renderStatic();
  offerOverviewToStaff();
  [filters, list, match, tray].forEach((part) => part.refresh());
  tabs.set(initial.tab);
  filters.setFilters(initial.filters);
  filters.setOpen(!narrow() || activeFilterCount(initial.filters) > 0);
  if (initial.match) match.setBody(initial.match);
  list.setSort(initial.sort);
  tray.render(initial.compare);
  list.setCompared(initial.compare);
  let config = { tileUrl: null, tileAttribution: '', tileSubdomains: '', tileShift: null, center: [34.7, 117.25], zoom: 12 };
  try {
    config = await fetchConfig();
  } catch (error) {
    showError(t('configFailed', { reason: error.message }));
  }
  map.configure(config);
  const parkData = Promise.all([fetchParkExtent(), fetchIndustries(), loadParks([initial.filters.park])]);
  // A view in the URL needs no park data: the list of its parcels is asked for at once, beside it.
  let firstParcels = null;
  if (initial.view) {
    map.setView(initial.view);
    firstParcels = loadParcels();
  }
  const [extent, industries] = await parkData;
  parkCount = extent.parks;
  filters.setIndustries(industries);
  match.setIndustries(industries);
  map.setExtent(extent.bbox);
  if (!firstParcels) {
    const park = knownPark(initial.filters.park);
    if (park?.bbox) map.fitBox(park.bbox);
    else map.fitParks();
    firstParcels = loadParcels();
  }
  await firstParcels;
  started = true;
  // a shared match link: the match runs again and its results show on the map
  keepView = Boolean(initial.view);
  if (initial.match && initial.tab === 'match') await match.run({ ...initial.match, limit: 20 });
  keepView = false;
  if (initial.selected) await select(initial.selected, { zoom: !initial.view, scroll: true });
  if (initial.table) await openCompare();
  $('loading-indicator').hidden = true;
  return { parks: parkCount, parcels: parcels.length, numberMatched: page.numberMatched, moreThan: page.moreThan };
}

const ready = track(start());
ready.catch((error) => {
  $('loading-indicator').hidden = true;
  showError(t('inv.loadFailed', { reason: error.message }));
});

window.investor = {
  ready,
  state: () => JSON.parse(JSON.stringify(store.get())),
  select: (code) => select(code, { zoom: true }),
  setFilters: (partial) => applyFilters({ ...store.get().filters, ...partial }),
  setSort: (sort) => { store.set({ sort }); list.setSort(sort); return reload(); },
  listCodes: () => list.codes(),
  mapCodes: () => map.drawnCodes(),
  tileCodes: () => map.tileCodes(),
  tileFading: () => map.fading(),
  codeAt: (x, y) => map.codeAt(x, y),
  more: () => track(loadParcels({ more: true })),
  toggleCompare,
  openCompare,
  closeCompare,
  match: (body) => { tabs.set('match'); match.setBody(body); return track(match.run(body)); },
  matchCodes: () => map.matchCodes(),
  setFollow: (on) => { following = on; list.setFollow(on); list.setAreaChanged(false); return on ? reload() : Promise.resolve(); },
  searchArea: () => { list.setAreaChanged(false); return reload(); },
  setLang: (lang) => setLang(lang),
  setTab: (tab) => tabs.set(tab),
  view: () => map.view(),
  bbox: () => map.bbox(),
  idle,
  map: map.map,
};
