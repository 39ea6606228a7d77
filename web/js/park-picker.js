// A park chosen by searching, not from a list of every park (issue 10): a combobox that asks
// GET /api/investor/parks?q=… (Chinese or English name, start of the code; 20 at a time) as the
// viewer types, shows the matches by name in the viewer's language with their codes, and says when
// more match than it shows. Keyboard: ↓/↑ move, Enter picks, Escape closes. Names reach the page
// as text nodes.
import { t, extendTexts, onLangChange } from './i18n.js';
import { el } from './html.js';
import { getJson } from './api.js';
import { localTitle, loadParks, knownPark, rememberParks } from './names.js';

extendTexts('zh', { parkPicker: { placeholder: '输入园区名称或编号', more: '匹配的园区较多，请输入更多文字', none: '没有匹配的园区', clear: '清除' } });
extendTexts('en', { parkPicker: { placeholder: 'Type a park name or code', more: 'More parks match: type more', none: 'No park matches', clear: 'Clear' } });

// the picker's looks, whichever page uses it (a stylesheet of the portal's own origin)
if (!document.querySelector('link[href="/css/park-picker.css"]')) {
  document.head.append(el('link', { rel: 'stylesheet', href: '/css/park-picker.css' }));
}

/** Matches shown at once. */
export const PICKER_LIMIT = 20;
const TYPING_DELAY_MS = 200;
let pickers = 0;

/**
 * id and testid: the input's; placeholder: its text's key; onPick(park|null): a park summary picked, or null when cleared.
 * Returns { element, input, set(code) → Promise (shows that park, asking for its name), value() → code|'',
 * relabel() }.
 */
export function createParkPicker({ id, testid, placeholder = 'parkPicker.placeholder', onPick = () => {} }) {
  const listId = `park-picker-${++pickers}`;
  const input = el('input', { type: 'search', id, autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId, 'data-testid': testid, maxlength: '50', spellcheck: 'false' });
  const list = el('ul', { id: listId, role: 'listbox', className: 'park-picker-list', hidden: true, 'data-testid': `${testid}-list` });
  const element = el('div', { className: 'park-picker' }, input, list);
  // typing a search is not a change of the form around the picker: onPick is
  ['input', 'change'].forEach((type) => element.addEventListener(type, (event) => event.stopPropagation()));
  let code = '';
  let matches = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(parks, more) {
    matches = parks;
    active = parks.length ? 0 : -1;
    list.replaceChildren(...parks.map((park, i) => el('li', { id: `${listId}-${i}`, role: 'option',
      'aria-selected': String(i === active), dataset: { park: park.code } },
    el('span', { className: 'park-picker-name' }, localTitle(park)), ' ', el('span', { className: 'park-picker-code' }, park.code))),
    parks.length ? null : el('li', { className: 'park-picker-note', dataset: { note: 'none' } }, t('parkPicker.none')),
    more ? el('li', { className: 'park-picker-note', dataset: { note: 'more' } }, t('parkPicker.more')) : null);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark();
  }

  function mark() {
    list.querySelectorAll('[role=option]').forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
      list.children[active]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function search() {
    const q = input.value.trim();
    const ask = ++asked;
    if (!q) { close(); return; }
    const query = new URLSearchParams({ q, limit: String(PICKER_LIMIT) });
    const body = await getJson(`/api/investor/parks?${query}`).catch(() => ({ parks: [] }));
    if (ask !== asked) return; // a newer search is on its way
    show(rememberParks(body.parks || []), Boolean(body.next));
  }

  function pick(park) {
    code = park?.code ?? '';
    input.value = park ? localTitle(park) : '';
    close();
    onPick(park || null);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, TYPING_DELAY_MS);
    if (!input.value.trim() && code) pick(null);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) { search(); return; }
      if (!matches.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length;
      mark();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(matches[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('mousedown', (event) => {
    const item = event.target.closest('[role=option]');
    if (!item) return;
    event.preventDefault(); // keep the focus in the input
    pick(matches.find((p) => p.code === item.dataset.park));
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  onLangChange(() => api.relabel());

  const api = {
    element,
    input,
    value: () => code,
    /** Shows the park of code (its name once loaded) without calling onPick; '' clears. */
    async set(next) {
      code = next || '';
      input.value = code;
      if (!code) return;
      await loadParks([code]);
      if (code === next) input.value = localTitle(knownPark(code) || { code });
    },
    relabel() {
      input.placeholder = t(placeholder);
      if (code) input.value = localTitle(knownPark(code) || { code });
      if (!list.hidden) show(matches, Boolean(list.querySelector('[data-note=more]')));
    },
  };
  api.relabel();
  return api;
}
