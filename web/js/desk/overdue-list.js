// The list of overdue zones as of the chosen day (GET /api/desk/lagging?show=overdue: the whole city,
// by deadline, one page); each opens its zone. The title counts them all; a longer list says how
// many it shows.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatPercent, withAside } from '../format.js';

export const OVERDUE_PAGE = 500;

/** page: { numberMatched, rows: [{ code, name, township, due, demolishedPct }] } or null (not loaded). */
export function renderOverdueList(container, page, onZone) {
  const rows = page?.rows ?? [];
  const total = page?.numberMatched ?? rows.length;
  const items = rows.map((z) => {
    const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'overdue-zone', code: z.code } }, withAside(z.name ?? z.code, z.code));
    button.addEventListener('click', () => onZone(z.code));
    return el('li', {}, button, el('small', {}, t('desk.overdueLine', {
      township: z.township ?? '', deadline: z.due ?? '', pct: formatPercent(z.demolishedPct) || '—',
    })));
  });
  container.dataset.count = String(total);
  container.replaceChildren(
    el('h3', {}, t('desk.overdueTitle', { n: total })),
    items.length ? el('ul', { className: 'plain-list overdue-items' }, items) : el('p', {}, t('desk.overdueNone')),
  );
  if (rows.length < total) container.append(el('p', {}, t('desk.overdueShown', { shown: rows.length, n: total })));
}
