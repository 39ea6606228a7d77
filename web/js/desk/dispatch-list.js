// The weekly dispatch (周调度): which zones and key projects of the viewer's scope have not reported
// in the week of the desk's day (GET /api/desk/dispatch), and to whom each is owed. Each opens its
// zone or project.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { withAside } from '../format.js';
import { DISPATCH_PAGE } from './desk-api.js';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

function owedLine(item) {
  const parts = [item.township, item.leader && t('desk.dispatch.leader', { name: item.leader }),
    item.responsibleUnit && t('desk.dispatch.unit', { name: item.responsibleUnit }),
    item.lastReport ? t('desk.dispatch.last', { date: item.lastReport }) : t('desk.dispatch.never')];
  return parts.filter(Boolean).join(' · ');
}

function itemRow(item, onOpen) {
  const kind = item.kind === 'zone' ? 'zone' : 'project';
  const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'dispatch-item', kind, code: item.code } },
    withAside(item.name ?? item.code, item.code));
  button.addEventListener('click', () => onOpen(kind, item.code));
  return el('li', {}, el('span', { className: `tag tag-${kind}` }, t(`desk.dispatch.${kind}`)), ' ', button,
    el('small', {}, owedLine(item)));
}

/**
 * Renders the answer of /api/desk/dispatch into container (data.missing: the items of the pages
 * loaded so far; data.numberMissing: all of them); null shows that it could not be loaded. onMore():
 * the next page, offered with how many are shown while some are not.
 */
export function renderDispatchList(container, data, onOpen, onMore = () => {}) {
  if (!data) {
    container.dataset.count = '';
    container.replaceChildren(el('p', {}, t('desk.dispatch.unavailable')));
    return;
  }
  const missing = data.missing || [];
  const total = data.numberMissing ?? missing.length;
  const zones = data.missingZones ?? missing.filter((i) => i.kind === 'zone').length;
  const day = t(`desk.dispatch.weekdays.${WEEKDAYS.indexOf(data.reportingDay)}`);
  container.dataset.count = String(total);
  container.dataset.due = data.week?.due ?? '';
  const scope = data.township || data.parkCode || t('desk.cityWide');
  container.replaceChildren(
    el('h3', {}, t('desk.dispatch.title', { scope, from: data.week?.from ?? '', due: data.week?.due ?? '' })),
    el('p', { className: 'dispatch-rule', dataset: { testid: 'dispatch-rule' } }, t('desk.dispatch.rule', { day })),
    el('p', { className: 'dispatch-summary', dataset: { testid: 'dispatch-summary' } }, t('desk.dispatch.summary', {
      zones, owedZones: data.owedZones, projects: total - zones, owedProjects: data.owedProjects,
    })),
    missing.length ? el('ul', { className: 'plain-list dispatch-items' }, missing.map((i) => itemRow(i, onOpen)))
      : el('p', { dataset: { testid: 'dispatch-none' } }, t('desk.dispatch.none')),
  );
  if (missing.length < total) {
    const more = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'dispatch-more' } },
      `${t('desk.dispatch.shown', { shown: missing.length, n: total })} · ${t('desk.dispatch.more', { n: Math.min(DISPATCH_PAGE, total - missing.length) })}`);
    more.addEventListener('click', onMore);
    container.append(more);
  }
}
