// The list of overdue zones as of the chosen day; each opens its zone.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatPercent } from '../format.js';

export function renderOverdueList(container, zones, onZone) {
  const overdue = zones.filter((z) => z.overdue === true)
    .sort((a, b) => String(a.deadline).localeCompare(String(b.deadline)));
  const items = overdue.map((z) => {
    const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'overdue-zone', code: z.code } }, `${z.name ?? z.code}（${z.code}）`);
    button.addEventListener('click', () => onZone(z.code));
    return el('li', {}, button, el('small', {}, t('desk.overdueLine', {
      township: z.township ?? '', deadline: z.deadline ?? '', pct: formatPercent(z.demolished_pct) || '—',
    })));
  });
  container.dataset.count = String(overdue.length);
  container.replaceChildren(
    el('h3', {}, t('desk.overdueTitle', { n: overdue.length })),
    items.length ? el('ul', { className: 'plain-list overdue-items' }, items) : el('p', {}, t('desk.overdueNone')),
  );
}
