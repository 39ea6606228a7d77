// The lagging list: zones and projects coloured red / amber / green on the desk's day (lagging.js),
// searchable by name or code, sortable by days late, township or leader; each opens its zone or project.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { selectLagging } from './lagging.js';

const SEARCH_MAX = 100;

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
  container.append(title, el('div', { className: 'lagging-toolbar' },
    labels[0], search, labels[1], sort, labels[2], show), list, empty);
  let rows = [];
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
    const shown = selectLagging(rows, view);
    container.dataset.count = String(shown.length);
    title.textContent = t('desk.lagging.title', { n: shown.length });
    list.replaceChildren(...shown.map((row) => {
      const button = el('button', { type: 'button', className: 'link-button',
        dataset: { testid: 'lagging-item', kind: row.kind, code: row.code, rag: row.rag, days: String(row.daysLate ?? ''), township: row.township } },
      `${row.name}（${row.code}）`);
      button.addEventListener('click', () => onOpen(row.kind, row.code));
      return el('li', { className: `rag-row rag-${row.rag}` },
        el('span', { className: `rag-dot rag-${row.rag}`, title: t(`desk.lagging.${row.rag}`) }),
        el('span', { className: 'tag' }, t(`desk.lagging.${row.kind}`)), ' ', button, el('small', {}, dueLine(row)));
    }));
    empty.textContent = t('desk.lagging.none');
    empty.hidden = shown.length > 0;
  }

  search.addEventListener('input', () => { view.search = search.value.slice(0, SEARCH_MAX); render(); });
  sort.addEventListener('change', () => { view.sort = sort.value; render(); });
  show.addEventListener('change', () => { view.show = show.value; render(); });
  renderControls();

  return {
    /** New rows (from zoneLag / projectLag) on the desk's day. */
    show(newRows) { rows = newRows; render(); },
    relabel() { renderControls(); render(); },
    setView(next) {
      Object.assign(view, next);
      search.value = view.search;
      renderControls();
      render();
    },
  };
}
