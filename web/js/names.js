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

let parks = [];
let loading = null;

/** Loads the parks once (the public /api/investor/parks), so that parkName can name them. */
export function loadParks() {
  loading ||= getJson('/api/investor/parks').then((body) => { parks = body.parks || []; return parks; }, () => parks);
  return loading;
}

/**
 * A park named by its code or its Chinese name, in the viewer's language (after loadParks); any
 * other key (a township, an unknown park) as it is. For pages whose data names parks in Chinese.
 */
export function parkName(key) {
  if (key == null) return '';
  const park = parks.find((p) => p.code === key || p.name === key);
  return park ? localTitle(park) : String(key);
}
