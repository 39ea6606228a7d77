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
 * window.investor, for browser tests: see test-api.js.
 */
import './texts-zh.js';
import './texts-en.js';
import { fetchConfig } from '../api.js';
import { t, setLang, onLangChange, currentLang, locale } from '../i18n.js';
import { createCompareTable, createCompareTray } from './compare.js';
import { createCompareControl } from './compare-control.js';
import { coveredMargins } from './covered-margins.js';
import { createDetailPanel } from './detail-panel.js';
import { createFilterPanel, activeFilterCount } from './filter-panel.js';
import { fetchIndustries, fetchParcel } from './investor-api.js';
import { fetchParkExtent } from '../parks-in-view.js';
import { knownPark, loadParks } from '../names.js';
import { createMatchPanel } from './match-panel.js';
import { createParcelMap } from './parcel-map.js';
import { createParcelSearch } from './parcel-search.js';
import { offerOverviewToStaff, renderStatic, showError } from './page-header.js';
import { track } from '../pending.js';
import { createResultList } from './result-list.js';
import { createStore } from './store.js';
import { createTabs } from '../tabs.js';
import { testApi } from './test-api.js';
import { readUrlState, urlSearch } from './url-state.js';

const $ = (id) => document.getElementById(id);
const initial = readUrlState(window.location.search);
setLang(initial.lang, { persist: false });
document.documentElement.lang = locale();
const store = createStore({ ...initial, lang: currentLang() });
store.subscribe((state) => window.history.replaceState(null, '', window.location.pathname + urlSearch(state)));

let parkCount = null; // how many parks the city has (GET /api/investor/parks/extent); no page lists them all

const map = createParcelMap($('map'), {
  onSelect: (code) => select(code, { zoom: false, reveal: true, scroll: true }),
  onHover: (code) => { map.hover(code); list.setHovered(code); },
  onViewChange: (view) => { store.set({ view }); search.followView(); },
  onParkFilter: (code) => { map.map.closePopup(); tabs.set('find'); applyFilters({ ...store.get().filters, park: code }); },
  obscured: () => coveredMargins($('map'), [$('detail-panel'), $('compare-tray')]),
});
const filters = createFilterPanel($('filters'), { onChange: (next) => applyFilters(next) });
const list = createResultList($('result-list'), {
  onSelect: (code) => select(code, { zoom: true }),
  onHover: hoverFromList,
  onToggleCompare: (code) => compare.toggle(code),
  onSort: (sort) => { store.set({ sort }); search.reload(); },
  onMore: () => track(search.load({ more: true }).catch(() => {})),
  onSearchArea: () => { list.setAreaChanged(false); search.reload(); },
  onFollow: (on) => { search.setFollowing(on); list.setAreaChanged(false); if (on) search.reload(); },
});
const search = createParcelSearch({ map, list, store });
const isCompared = (code) => store.get().compare.includes(code);
const detail = createDetailPanel($('detail-panel'), {
  onClose: () => select(null),
  onToggleCompare: (code) => compare.toggle(code),
  isCompared,
  sheetHref: (code) => `sheet.html?code=${encodeURIComponent(code)}&lang=${currentLang()}`,
});
const match = createMatchPanel($('match-panel'), {
  onSelect: (code) => select(code, { zoom: true }), onToggleCompare: (code) => compare.toggle(code), isCompared,
  onResults: showMatchResults,
});
const tray = createCompareTray($('compare-tray'), {
  onRemove: (code) => compare.toggle(code), onClear: () => compare.set([]), onOpen: () => compare.open(),
});
const table = createCompareTable($('compare-dialog'), {
  onClose: () => compare.close(), onSelect: (code) => { compare.close(); select(code, { zoom: true }); },
  onRemove: (code) => compare.toggle(code),
});
const compare = createCompareControl({ store, tray, table, list, detail, match }, $('notice'));
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
  const feature = code && search.find(code);
  if (feature) hoverFromList.timer = window.setTimeout(() => map.reveal(feature), 600);
}

function applyFilters(next) {
  const before = store.get().filters;
  store.set({ filters: next });
  filters.setFilters(next);
  if (!next.park || next.park === before.park) return search.reload();
  // fly to the chosen park (its summary: remembered from the picker, else asked for by code)
  return track(loadParks([next.park]).then(() => {
    const park = knownPark(next.park);
    if (park?.bbox && store.get().filters.park === next.park) map.fitBox(park.bbox);
    return search.reload();
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
  const known = search.find(code) || matchedFeatures().find((m) => m.code === code)?.feature;
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

onLangChange((lang) => {
  store.set({ lang });
  renderStatic();
  [filters, list, detail, match, tray, table, map].forEach((part) => part.refresh());
});
$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));

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
    firstParcels = search.load();
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
    firstParcels = search.load();
  }
  await firstParcels;
  search.start();
  // a shared match link: the match runs again and its results show on the map
  keepView = Boolean(initial.view);
  if (initial.match && initial.tab === 'match') await match.run({ ...initial.match, limit: 20 });
  keepView = false;
  if (initial.selected) await select(initial.selected, { zoom: !initial.view, scroll: true });
  if (initial.table) await compare.open();
  $('loading-indicator').hidden = true;
  return { parks: parkCount, ...search.summary() };
}

const ready = track(start());
ready.catch((error) => {
  $('loading-indicator').hidden = true;
  showError(t('inv.loadFailed', { reason: error.message }));
});

window.investor = testApi({ ready, store, map, list, search, compare, match, tabs, select, applyFilters });
