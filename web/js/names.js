// The one rule for showing a name or text in the viewer's language. The server sends both forms:
// a field (name, address, industry…) and its English form `${field}_en` (contact_person's is
// contact_en), and for industry texts the catalogue's English category names
// `${field}_catalogue_en`. In English the English form wins, then the catalogue's names, then the
// Chinese text (a proper name without an English form); in Chinese the field itself.
import { currentLang } from './i18n.js';
import { getJson } from './api.js';

const ENGLISH_FIELD = { contact_person: 'contact_en', park_name: 'park_name_en' };

function present(value) {
  return value != null && String(value).trim() !== '';
}

/** The row's `field` in the viewer's language, as a string ('' when it has none). */
export function localName(row, field = 'name') {
  if (!row) return '';
  const chinese = row[field];
  if (currentLang() === 'en') {
    const english = row[ENGLISH_FIELD[field] || `${field}_en`];
    if (present(english)) return String(english);
    const catalogue = row[`${field}_catalogue_en`];
    if (present(catalogue)) return String(catalogue);
  }
  return present(chinese) ? String(chinese) : '';
}

/** A park's or other feature's title: its local name, else its code. */
export function localTitle(row) {
  return localName(row, 'name') || String(row?.code ?? '');
}

// Parks named so far on this page: code → summary and Chinese name → summary, filled by loadParks
// and loadParksNamed
// (only the parks a page names, never the whole list) and by rememberParks (summaries a page fetched
// anyway, e.g. the parks in its map view).
const byKey = new Map();
const asked = new Map(); // 'codes:KEY' or 'names:KEY' → Promise of its lookup, so each is asked for once per page
/** At most this many codes or names in one request (the API's bound). */
export const PARK_BATCH = 200;

/** Summaries a page already has (GET /api/investor/parks answers), so that parkName can name them. */
export function rememberParks(list) {
  for (const park of list || []) {
    byKey.set(park.code, park);
    if (park.name) byKey.set(park.name, park);
  }
  return list;
}

/** A park's summary by code or Chinese name, if this page has loaded it. */
export function knownPark(key) {
  return key == null ? null : byKey.get(key) ?? null;
}

/**
 * Loads the summaries of the parks with these codes that this page has not asked for yet,
 * PARK_BATCH a request (GET /api/investor/parks?codes=…), so that parkName can name them. Resolves
 * to the summaries known once they are (a failed lookup leaves the codes as they are).
 */
export function loadParks(codes = []) {
  return load('codes', codes);
}

/** As loadParks, for parks named by their Chinese names (GET /api/investor/parks?names=…). */
export function loadParksNamed(names = []) {
  return load('names', names);
}

function load(param, keys) {
  const wanted = [...new Set(keys.filter((k) => k != null && String(k).trim() !== '').map(String))];
  const asking = (k) => `${param}:${k}`;
  const fresh = wanted.filter((k) => !asked.has(asking(k)));
  for (let i = 0; i < fresh.length; i += PARK_BATCH) {
    const batch = fresh.slice(i, i + PARK_BATCH);
    const query = new URLSearchParams({ [param]: batch.join(','), limit: String(PARK_BATCH) });
    const done = getJson(`/api/investor/parks?${query}`).then((body) => { rememberParks(body.parks); }, () => {});
    batch.forEach((k) => asked.set(asking(k), done));
  }
  return Promise.all(wanted.map((k) => asked.get(asking(k))))
    .then(() => wanted.map((k) => knownPark(k)).filter(Boolean));
}

/**
 * A park named by its code or its Chinese name, in the viewer's language (after loadParks or
 * loadParksNamed of that key);
 * any other key (a township, an unknown park) as it is. For pages whose data names parks in Chinese.
 */
export function parkName(key) {
  if (key == null) return '';
  const park = knownPark(key);
  return park ? localTitle(park) : String(key);
}
