// The result list: the parcels matching the filters in the map's view, with count and sort, a page
// at a time ("show more" fetches the next page), in step with the map. Each row shows the supply
// status (badge, the domain's label), unit and total price. "Follow the map" (on by default) searches
// the view after every pan or zoom; off, "search this area" searches the view once.
import { t, enumLabel } from '../i18n.js';
import { formatCount } from '../format.js';
import { el } from '../html.js';
import { applyTexts, textEl } from '../i18n-dom.js';
import { landUseSwatch, shortLandUse } from './land-use.js';
import { STATUS_COLORS } from '../styles.js';
import { muText, priceText, servicingLabelText, text, totalText } from './parcel-facts.js';
import { SORTS } from './url-state.js';
import { localName } from '../names.js';

/**
 * callbacks: onSelect(code), onHover(code|null), onToggleCompare(code), onSort(sort), onMore(),
 * onSearchArea() ("search this area" pressed), onFollow(boolean) (follow the map switched).
 */
export function createResultList(container, { onSelect, onHover, onToggleCompare, onSort, onMore, onSearchArea = () => {}, onFollow = () => {} }) {
  const count = el('span', { className: 'result-count', 'data-testid': 'result-count', 'aria-live': 'polite' });
  const sort = el('select', { 'data-testid': 'sort-select' });
  const rows = el('ul', { className: 'result-rows', 'data-testid': 'result-rows' });
  const note = el('p', { className: 'result-note', 'data-testid': 'result-note', role: 'status' });
  const more = el('button', { type: 'button', className: 'header-button result-more', 'data-testid': 'result-more' });
  more.addEventListener('click', () => onMore());
  const follow = el('input', { type: 'checkbox', checked: true, 'data-testid': 'follow-map' });
  const searchArea = el('button', { type: 'button', className: 'header-button search-area', 'data-testid': 'search-area', hidden: true },
    t('inv.list.searchArea'));
  follow.addEventListener('change', () => onFollow(follow.checked));
  searchArea.addEventListener('click', () => onSearchArea());
  container.replaceChildren(
    el('div', { className: 'results-head' }, count,
      el('label', { className: 'sort' }, textEl('span', 'inv.list.sort'), sort)),
    el('div', { className: 'results-area' },
      el('label', { className: 'follow-map' }, follow, textEl('span', 'inv.list.followMap')), searchArea),
    note, rows, more);
  container.dataset.testid = 'result-list';

  let view = { features: [], numberMatched: 0, moreThan: null, truncated: false, loading: false, error: null };
  let selected = null;
  let compared = [];

  function renderSortOptions() {
    const value = sort.value || 'code';
    sort.replaceChildren(...SORTS.map((s) => el('option', { value: s }, t(`inv.sorts.${s}`))));
    sort.value = value;
  }

  function row(feature) {
    const p = feature.properties || {};
    const code = String(feature.id ?? p.code);
    const inCompare = compared.includes(code);
    const main = el('button', { type: 'button', className: 'row-main', 'data-testid': 'result-select' },
      el('span', { className: 'row-title' }, landUseSwatch(p.land_use), el('b', { className: 'row-code' }, code),
        p.status ? el('span', { className: 'badge', style: `--badge-color: ${STATUS_COLORS[p.status] || '#999'}`, 'data-testid': 'result-status', dataset: { status: p.status } },
          enumLabel('status', p.status)) : null,
        p.servicing_label ? el('span', { className: 'tag' }, servicingLabelText(p.servicing_label)) : null),
      el('span', { className: 'row-park' }, localName(p, 'park_name')),
      el('span', { className: 'row-figures' }, [shortLandUse(p.land_use), muText(p.area_mu, 1), priceText(p)].filter(Boolean).join(' · ')),
      el('span', { className: 'row-total', 'data-testid': 'result-total' }, `${t('inv.facts.total')} ${totalText(p)}`),
      p.industry ? el('span', { className: 'row-industry' }, localName(p, 'industry')) : null);
    const compare = el('button', {
      type: 'button', className: 'row-compare', 'data-testid': 'result-compare', 'aria-pressed': String(inCompare),
      title: t('inv.list.addCompareLabel', { code }), 'aria-label': t('inv.list.addCompareLabel', { code }),
    }, inCompare ? `✓ ${t('inv.list.inCompare')}` : `+ ${t('inv.list.addCompare')}`);
    main.addEventListener('click', () => onSelect(code));
    compare.addEventListener('click', () => onToggleCompare(code));
    const item = el('li', {
      className: `result-row${code === selected ? ' is-selected' : ''}`, 'data-testid': 'result-row',
      dataset: { code }, 'aria-current': code === selected ? 'true' : null,
    }, main, compare);
    item.addEventListener('mouseenter', () => onHover(code));
    item.addEventListener('mouseleave', () => onHover(null));
    main.addEventListener('focus', () => onHover(code));
    main.addEventListener('blur', () => onHover(null));
    return item;
  }

  function render() {
    container.setAttribute('aria-busy', String(view.loading));
    count.textContent = view.numberMatched === null && view.moreThan !== null
      ? t('inv.list.countMore', { n: formatCount(view.moreThan) })
      : t('inv.list.count', { n: formatCount(view.numberMatched) });
    note.textContent = view.error ? t('inv.list.failed', { reason: view.error })
      : view.loading ? t('inv.list.loading')
        : view.zoomIn ? t('inv.list.zoomIn')
        : view.features.length === 0 ? t('inv.list.empty')
          : view.truncated ? t('inv.list.truncated', { n: formatCount(view.features.length) }) : '';
    note.hidden = note.textContent === '';
    note.classList.toggle('is-error', Boolean(view.error));
    rows.replaceChildren(...view.features.map(row));
    more.textContent = t('inv.list.more');
    more.hidden = !view.truncated || view.loading || Boolean(view.error);
  }

  function rowOf(code) {
    return [...rows.children].find((item) => item.dataset.code === code) || null;
  }

  sort.addEventListener('change', () => onSort(sort.value));

  return {
    element: container,
    show(next) {
      view = { ...view, ...next };
      render();
    },
    setSort(value) {
      sort.value = value;
    },
    /** Shows "search this area" (the view moved since the last search while the list does not follow it). */
    setAreaChanged(changed) {
      searchArea.hidden = !changed;
    },
    setFollow(on) {
      follow.checked = on;
    },
    setCompared(codes) {
      compared = codes;
      render();
    },
    setSelected(code, { scroll = false } = {}) {
      selected = code;
      for (const item of rows.children) {
        const on = item.dataset.code === code;
        item.classList.toggle('is-selected', on);
        if (on) item.setAttribute('aria-current', 'true'); else item.removeAttribute('aria-current');
      }
      if (scroll && code) rowOf(code)?.scrollIntoView({ block: 'nearest' });
    },
    setHovered(code) {
      for (const item of rows.children) item.classList.toggle('is-hovered', item.dataset.code === code);
    },
    codes: () => [...rows.children].map((item) => item.dataset.code),
    refresh() {
      applyTexts(container);
      searchArea.textContent = t('inv.list.searchArea');
      renderSortOptions();
      render();
    },
  };
}
