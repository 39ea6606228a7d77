// The location-context kinds as a <select>: codes with Chinese and English names from
// GET /api/investor/context-kinds (written once, in domain/ContextKind), fetched once per page and
// shared by the filter panel and the matching form.
import { el } from '../html.js';
import { currentLang } from '../i18n.js';
import { getJson } from '../api.js';

let loading = null;

function kinds() {
  loading ||= getJson('/api/investor/context-kinds').then((answer) => answer.kinds || [], () => []);
  return loading;
}

/**
 * A select of the kinds, '—' (none) first. set(kind) chooses a kind, also one asked for (by a link)
 * before the kinds arrived; refresh() names them again in the current language.
 */
export function createKindSelect(attributes) {
  const select = el('select', attributes);
  let list = [];
  let wanted = '';
  function render(value = select.value || wanted) {
    select.replaceChildren(el('option', { value: '' }, '—'),
      ...list.map((k) => el('option', { value: k.code }, String((currentLang() === 'en' ? k.en : k.zh) || k.code))));
    select.value = list.some((k) => k.code === value) ? value : '';
    wanted = list.length ? '' : value;
  }
  kinds().then((answer) => { list = answer; render(); });
  render();
  return { select, set: (kind) => render(kind), refresh: () => render() };
}
