// The lagging list: zones and projects coloured red / amber / green on the desk's day, computed,
// filtered, sorted and paged by the server (GET /api/desk/lagging; the rule is desk/LaggingRules),
// searchable by name or code, sortable by days late, township or leader; each opens its zone or
// project. The title counts every match; "more" fetches the next page.
import { t } from '../i18n.js';
import { el } from '../html.js';
import * as api from './desk-api.js';
import { withAside } from '../format.js';

const SEARCH_MAX = 100;
const PAGE = 100;

function dueLine(row) {
  const parts = [row.township, row.leader && t('desk.lagging.leader', { name: row.leader }),
    row.due ? t(`desk.lagging.${row.dueKind}`, { date: row.due }) : t('desk.lagging.noDate')];
  if (row.daysLate != null) {
    parts.push(row.daysLate > 0 ? t('desk.lagging.late', { n: row.daysLate }) : t('desk.lagging.left', { n: -row.daysLate }));
  }
  return parts.filter(Boolean).join(' · ');
}

export function createLaggingList(container, { onOpen }) {
  const search = el('input', { type: 'search', maxlength: String(SEARCH_MAX), id: 'lagging-search', dataset: { testid: 'lagging-search' } });
  const sort = el('select', { id: 'lagging-sort', dataset: { testid: 'lagging-sort' } });
  const show = el('select', { id: 'lagging-show', dataset: { testid: 'lagging-show' } });
  const labels = [el('label', { for: 'lagging-search' }), el('label', { for: 'lagging-sort' }), el('label', { for: 'lagging-show' })];
  const title = el('h3');
  const list = el('ul', { className: 'plain-list lagging-items', dataset: { testid: 'lagging-items' } });
  const empty = el('p', { hidden: true });
  const more = el('button', { type: 'button', className: 'link-button', hidden: true, dataset: { testid: 'lagging-more' } });
  container.append(title, el('div', { className: 'lagging-toolbar' },
    labels[0], search, labels[1], sort, labels[2], show), list, more, empty);
  let rows = [];
  let matched = 0;
  let nextOffset = null;
  let failed = false;
  let day = null;
  let asked = 0; // the latest request; older answers are dropped
  const view = { search: '', sort: 'days', show: 'lagging' };

  function renderControls() {
    labels[0].textContent = t('desk.lagging.search');
    search.placeholder = t('desk.lagging.search');
    labels[1].textContent = t('desk.lagging.sort');
    labels[2].textContent = t('desk.lagging.show');
    sort.replaceChildren(...['days', 'township', 'leader'].map((key) =>
      el('option', { value: key }, t(`desk.lagging.sort${key[0].toUpperCase()}${key.slice(1)}`))));
    show.replaceChildren(...['lagging', 'red', 'amber', 'green', 'all'].map((key) =>
      el('option', { value: key }, t(key === 'lagging' ? 'desk.lagging.showLagging' : `desk.lagging.${key}`))));
    sort.value = view.sort;
    show.value = view.show;
  }

  function render() {
    container.dataset.count = String(matched);
    title.textContent = t('desk.lagging.title', { n: matched });
    list.replaceChildren(...rows.map((row) => {
      const button = el('button', { type: 'button', className: 'link-button',
        dataset: { testid: 'lagging-item', kind: row.kind, code: row.code, rag: row.rag, days: String(row.daysLate ?? ''), township: row.township } },
      withAside(row.name, row.code));
      button.addEventListener('click', () => onOpen(row.kind, row.code));
      return el('li', { className: `rag-row rag-${row.rag}` },
        el('span', { className: `rag-dot rag-${row.rag}`, title: t(`desk.lagging.${row.rag}`) }),
        el('span', { className: 'tag' }, t(`desk.lagging.${row.kind}`)), ' ', button, el('small', {}, dueLine(row)));
    }));
    more.hidden = nextOffset == null;
    more.textContent = `${t('desk.lagging.shown', { shown: rows.length, n: matched })} · ${t('desk.lagging.more', { n: Math.min(PAGE, matched - rows.length) })}`;
    empty.textContent = failed ? t('desk.lagging.unavailable') : t('desk.lagging.none');
    empty.hidden = rows.length > 0;
  }

  /** Fetches a page (offset 0 replaces the rows, else appends). */
  async function load(offset) {
    if (!day) return;
    const mine = ++asked;
    const page = await api.fetchLagging({ asOf: day, ...view, limit: PAGE, offset }).catch(() => null);
    if (mine !== asked) return;
    failed = !page;
    rows = offset === 0 ? (page?.rows ?? []) : [...rows, ...(page?.rows ?? [])];
    matched = page?.numberMatched ?? rows.length;
    nextOffset = page?.nextOffset ?? null;
    render();
  }

  search.addEventListener('input', () => { view.search = search.value.slice(0, SEARCH_MAX); load(0); });
  sort.addEventListener('change', () => { view.sort = sort.value; load(0); });
  show.addEventListener('change', () => { view.show = show.value; load(0); });
  more.addEventListener('click', () => { if (nextOffset != null) load(nextOffset); });
  renderControls();
  render();

  return {
    /** The list on the desk's day (first page). */
    show(asOf) { day = asOf; return load(0); },
    relabel() { renderControls(); render(); },
    setView(next) {
      Object.assign(view, next);
      search.value = view.search;
      renderControls();
      return load(0);
    },
  };
}
