// The scopes an official may answer for, as the server knows them: every township with a demolition
// zone or key project (/api/desk/townships) and every park (/api/investor/parks). The admin picks one
// from a list; nothing is typed, so a scope naming no real township or park cannot be sent.
import { requestJson } from '../api.js';
import { t, currentLang } from '../i18n.js';
import { el } from '../html.js';
import { localName } from '../names.js';

let townships = [];
let parks = [];

/** Loads the townships and parks; a refusal throws a FetchError in the page's language. */
export async function loadScopes() {
  const [t1, p1] = await Promise.all([requestJson('/api/desk/townships'), requestJson('/api/investor/parks')]);
  townships = Array.isArray(t1.townships) ? t1.townships : [];
  parks = Array.isArray(p1.parks) ? p1.parks : [];
}

function parkName(park) {
  const name = localName(park, 'name');
  return name ? `${name} (${park.code})` : park.code;
}

/** How a user's scope reads in the table: the township, the park's name and code, or city-wide. */
export function scopeLabel(user) {
  if (user.scopeParkCode) {
    const park = parks.find((p) => p.code === user.scopeParkCode);
    return park ? parkName(park) : user.scopeParkCode;
  }
  return user.scopeTownship ?? t('admin.cityWide');
}

/** Fills the select: city-wide, then the townships, then the parks; keeps the chosen value if it is still there. */
export function fillScopeSelect(select) {
  const chosen = select.value;
  select.replaceChildren(
    el('option', { value: '' }, t('admin.scopeCity')),
    el('optgroup', { label: t('admin.scopeTownships'), 'data-testid': 'scope-townships' },
      townships.map((name) => el('option', { value: `township:${name}` }, name))),
    el('optgroup', { label: t('admin.scopeParks'), 'data-testid': 'scope-parks' },
      parks.map((park) => el('option', { value: `park:${park.code}` }, parkName(park)))),
  );
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
}

/** The request members of a select's value: {scope_township, scope_park}, empty strings when city-wide. */
export function scopeMembers(value) {
  const [kind, ...rest] = String(value || '').split(':');
  const name = rest.join(':');
  return { scope_township: kind === 'township' ? name : '', scope_park: kind === 'park' ? name : '' };
}
