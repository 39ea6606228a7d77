/*
 * The investor portal's URL (index.html). Every parameter is optional; the page keeps the URL
 * current with history.replaceState, so a copied link reopens the same view.
 *
 *   lang=zh|en              interface language (default: the last choice in this browser, else zh)
 *   center=LON,LAT          map centre in WGS84 degrees (also when the basemap is GCJ-02)
 *   zoom=N                  map zoom level (with center; without them the map fits the parks)
 *   park=CODE               filter: park code
 *   land_use=M1,M2          filter: land uses (M1 M2 M3 W B A R S U G)
 *   min_mu=N  max_mu=N      filter: area range in 亩
 *   max_price=N             filter: highest reference price, 万元/亩
 *   servicing=gas,heating   filter: services the parcel must have
 *                           (road water power drainage gas telecom heating levelled)
 *   status=available,listed filter: supply status (净地可供 available, 挂牌中 listed); any of them
 *   industry=CODE           filter: industry category (a code of /api/industries)
 *   keyword=TEXT            filter: industry words (Chinese or English); an old link's industry=TEXT reads as this
 *   max_km.KIND=N           filter: at most N km (0–50) from the nearest location-context point of KIND
 *                           (highway_exit rail_freight port airport substation water_works); one kind
 *   sort=code|area_mu|-area_mu|price|-price|total_price|-total_price|status|-status
 *                           order of the result list (default code)
 *   m.NAME=VALUE            a site-matching criterion (the name of a POST /api/investor/match member:
 *                           m.min_mu=20, m.land_use=M1,M2, m.needs=gas,power, m.industry=TEXT, ...):
 *                           with tab=match the page runs that match and shows its results on the map;
 *                           m.near_km.KIND=N is the match's near_km member {KIND: N}
 *   parcel=CODE             the selected parcel: detail panel open, parcel highlighted
 *   compare=A,B,C           parcels in the compare tray (at most 4)
 *   table=1                 the comparison table is open (needs 2–4 compare codes)
 *   tab=find|match          side-panel tab (default find)
 *
 * The filter parameters have the names and meaning of GET /api/investor/parcels, which
 * filterParams() also builds.
 */
import { initialLang } from '../i18n.js';
import { SERVICING_NAMES } from './parcel-facts.js';
import { LAND_USE_ORDER } from './land-use.js';

export const SORTS = ['code', 'area_mu', '-area_mu', 'price', '-price', 'total_price', '-total_price', 'status', '-status'];
/** Match members that are lists (comma-separated in the URL); at most MAX_MATCH_PARAMS members are read. */
const MATCH_LISTS = ['land_use', 'needs'];
const MATCH_PREFIX = 'm.';
const MAX_MATCH_PARAMS = 24;
const MATCH_NAME = /^[a-z][a-z0-9_]{0,39}$/;
export const TABS = ['find', 'match'];
export const MAX_COMPARE = 4;
export const EMPTY_FILTERS = Object.freeze({
  park: '', land_use: [], min_mu: null, max_mu: null, max_price: null, servicing: [], industry: '', keyword: '',
  near_kind: '', near_km: null, status: [],
});
/** The supply statuses investors see and may filter by (investor/ParcelFilter.STATUSES), in the panel's order. */
export const SUPPLY_STATUSES = ['available', 'listed'];
/** The location-context kinds a max_km.KIND parameter may name (domain/ContextKind). */
const CONTEXT_KINDS = ['highway_exit', 'rail_freight', 'port', 'airport', 'substation', 'water_works'];
const MAX_KM = 50;

const CODE = /^[\w.-]{1,40}$/;

function list(params, name, allowed) {
  const value = params.get(name);
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()).filter((v) => allowed.includes(v)))];
}

function number(params, name) {
  const value = params.get(name);
  if (value == null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function code(value) {
  return value && CODE.test(value) ? value : null;
}

/** The first max_km.KIND parameter with a known kind and a distance within 0–MAX_KM. */
function nearest(params) {
  for (const kind of CONTEXT_KINDS) {
    const km = number(params, `max_km.${kind}`);
    if (km != null && km <= MAX_KM) return { near_kind: kind, near_km: km };
  }
  return { near_kind: '', near_km: null };
}

function view(params) {
  const [lon, lat] = (params.get('center') || '').split(',').map(Number);
  const zoom = Number(params.get('zoom'));
  const ok = Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
    && params.get('zoom') && Number.isFinite(zoom) && zoom >= 0 && zoom <= 22;
  return ok ? { center: [lon, lat], zoom } : null;
}

const INDUSTRY_CODE = /^[a-z][a-z_]{1,39}$/;

/** The state a URL asks for (query string of location.search). */
export function readUrlState(search) {
  const params = new URLSearchParams(search);
  const industryParam = (params.get('industry') || '').trim().slice(0, 50);
  const compare = (params.get('compare') || '').split(',').map(code).filter(Boolean);
  const sort = params.get('sort');
  const tab = params.get('tab');
  return {
    lang: initialLang(params),
    view: view(params),
    filters: {
      park: code(params.get('park')) || '',
      land_use: list(params, 'land_use', LAND_USE_ORDER),
      min_mu: number(params, 'min_mu'),
      max_mu: number(params, 'max_mu'),
      max_price: number(params, 'max_price'),
      servicing: list(params, 'servicing', SERVICING_NAMES),
      status: list(params, 'status', SUPPLY_STATUSES),
      industry: INDUSTRY_CODE.test(industryParam) ? industryParam : '',
      keyword: (params.get('keyword') || (INDUSTRY_CODE.test(industryParam) ? '' : industryParam)).trim().slice(0, 50),
      ...nearest(params),
    },
    sort: SORTS.includes(sort) ? sort : 'code',
    selected: code(params.get('parcel')),
    compare: [...new Set(compare)].slice(0, MAX_COMPARE),
    table: params.get('table') === '1',
    tab: TABS.includes(tab) ? tab : 'find',
    match: matchBody(params),
  };
}

/**
 * The site-matching body a URL holds (its m.NAME parameters), or null: numbers as numbers, the list
 * members as arrays, other values as text (at most 100 characters); the API checks the rest.
 */
function matchBody(params) {
  const body = {};
  let n = 0;
  for (const [key, raw] of params) {
    if (!key.startsWith(MATCH_PREFIX) || n >= MAX_MATCH_PARAMS) continue;
    const name = key.slice(MATCH_PREFIX.length);
    const value = raw.trim().slice(0, 100);
    const near = /^near_km\.([a-z_]{1,30})$/.exec(name);
    if (near && CONTEXT_KINDS.includes(near[1]) && /^\d+(\.\d+)?$/.test(value)) {
      n += 1;
      body.near_km = { ...body.near_km, [near[1]]: Number(value) };
      continue;
    }
    if (!MATCH_NAME.test(name) || value === '') continue;
    n += 1;
    if (MATCH_LISTS.includes(name)) body[name] = [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))];
    else body[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return n > 0 ? body : null;
}

/** Adds a site-matching body's members as m.NAME parameters (the limit is left out). */
function matchParams(body, params) {
  for (const [name, value] of Object.entries(body || {})) {
    if (name === 'limit' || value == null || value === '' || !MATCH_NAME.test(name)) continue;
    if (name === 'near_km' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [kind, km] of Object.entries(value)) {
        if (CONTEXT_KINDS.includes(kind)) params.set(`${MATCH_PREFIX}near_km.${kind}`, String(km));
      }
      continue;
    }
    params.set(MATCH_PREFIX + name, Array.isArray(value) ? value.join(',') : String(value));
  }
}

/** Adds the filter (and sort) parameters, by their API names, to params. */
export function filterParams(filters, sort, params = new URLSearchParams()) {
  if (filters.park) params.set('park', filters.park);
  if (filters.land_use.length) params.set('land_use', filters.land_use.join(','));
  for (const name of ['min_mu', 'max_mu', 'max_price']) {
    if (filters[name] != null) params.set(name, String(filters[name]));
  }
  if (filters.servicing.length) params.set('servicing', filters.servicing.join(','));
  if (filters.status?.length) params.set('status', filters.status.join(','));
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.keyword) params.set('keyword', filters.keyword);
  if (filters.near_kind && filters.near_km != null) params.set(`max_km.${filters.near_kind}`, String(filters.near_km));
  if (sort && sort !== 'code') params.set('sort', sort);
  return params;
}

/** The query string (with "?") that reopens state. */
export function urlSearch(state) {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  if (state.view) {
    params.set('center', state.view.center.map((v) => v.toFixed(6)).join(','));
    params.set('zoom', String(Math.round(state.view.zoom * 100) / 100));
  }
  filterParams(state.filters, state.sort, params);
  if (state.selected) params.set('parcel', state.selected);
  if (state.compare.length) params.set('compare', state.compare.join(','));
  if (state.table && state.compare.length >= 2) params.set('table', '1');
  if (state.tab !== 'find') params.set('tab', state.tab);
  matchParams(state.match, params);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
