// The scopes an official may answer for, as the server knows them: every township with a demolition
// zone or key project (/api/desk/townships), from a list, and a park, found by typing its name or code
// (park-picker.js: GET /api/investor/parks?q=…; never a list of every park). Nothing free is sent: a
// scope naming no real township or park cannot be chosen.
import { requestJson } from '../api.js';
import { t } from '../i18n.js';
import { el } from '../html.js';
import { knownPark, loadParks, localName } from '../names.js';
import { createParkPicker } from '../park-picker.js';

/** The select's value that asks for a park, chosen in the park picker beside it. */
export const PARK_SCOPE = 'park';
let townships = [];

/** Loads the townships; a refusal throws a FetchError in the page's language. */
export async function loadScopes() {
  const t1 = await requestJson('/api/desk/townships');
  townships = Array.isArray(t1.townships) ? t1.townships : [];
}

/** Asks for the names of the parks these users are scoped to (only those), for scopeLabel. */
export function loadScopeParks(users) {
  return loadParks(users.map((u) => u.scopeParkCode).filter(Boolean));
}

function parkName(park) {
  const name = localName(park, 'name');
  return name ? `${name} (${park.code})` : park.code;
}

/** How a user's scope reads in the table: the township, the park's name and code, or city-wide. */
export function scopeLabel(user) {
  if (user.scopeParkCode) {
    const park = knownPark(user.scopeParkCode);
    return park ? parkName(park) : user.scopeParkCode;
  }
  return user.scopeTownship ?? t('admin.cityWide');
}

/** Fills the select: city-wide, the townships, then "a park…"; keeps the chosen value if it is still there. */
export function fillScopeSelect(select) {
  const chosen = select.value;
  select.replaceChildren(
    el('option', { value: '' }, t('admin.scopeCity')),
    el('optgroup', { label: t('admin.scopeTownships'), 'data-testid': 'scope-townships' },
      townships.map((name) => el('option', { value: `township:${name}` }, name))),
    el('optgroup', { label: t('admin.scopeParks'), 'data-testid': 'scope-parks' },
      el('option', { value: PARK_SCOPE }, t('admin.scopePickPark'))),
  );
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
}

/** The park picker shown beside the select while it asks for a park (data-testid user-scope-park). */
export function createScopeParkPicker() {
  return createParkPicker({ id: 'user-scope-park', testid: 'user-scope-park' });
}

/**
 * The request members of a select's value (and, for a park, the picker's park):
 * {scope_township, scope_park}, empty strings when city-wide.
 */
export function scopeMembers(value, parkCode = '') {
  if (value === PARK_SCOPE) return { scope_township: '', scope_park: parkCode || '' };
  const [kind, ...rest] = String(value || '').split(':');
  const name = rest.join(':');
  return { scope_township: kind === 'township' ? name : '', scope_park: kind === 'park' ? name : '' };
}
