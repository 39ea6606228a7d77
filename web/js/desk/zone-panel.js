// The zone panel: facts, figures as of the chosen day, waiting projects (their stage on that day,
// and now when it differs), weekly history chart and table, the photos of its reports, and (for
// officials who may file) the weekly report form with an optional site photo.
import { t, enumLabel, currentLang } from '../i18n.js';
import { el } from '../html.js';
import { fill, pastDayHint, showFailure, showLoading } from './panel-states.js';
import { formatCount, formatNumber, formatPercent, withUnit, withAside } from '../format.js';
import { drawZoneChart } from './zone-chart.js';
import { createReportForm, mayFile } from './report-form.js';
import { zonePhotos } from './photo-strip.js';

function facts(rows) {
  return el('dl', { className: 'facts' }, rows.filter(([, value]) => value !== '' && value != null)
    .flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

function progress(done, target, pct, unit) {
  if (done == null) return t('desk.figures.none');
  const text = `${formatNumber(done, 1)} / ${formatNumber(target, 1)} ${unit}`;
  if (pct == null) return text;
  return currentLang() === 'en' ? `${text} (${formatPercent(pct)})` : `${text}（${formatPercent(pct)}）`;
}

function historyTable(reports) {
  const sorted = [...reports].sort((a, b) => b.reportDate.localeCompare(a.reportDate) || b.id - a.id);
  const rows = sorted.map((r, i) => {
    const before = sorted.slice(i + 1).find((p) => p.reportDate < r.reportDate);
    const down = Boolean(before) && (r.signedHouseholds < before.signedHouseholds
      || r.demolishedHouseholds < before.demolishedHouseholds || r.clearedAreaM2 < before.clearedAreaM2);
    const marks = [];
    if (r.supersedesId != null) marks.push(el('span', { className: 'tag tag-correction' }, t('desk.zone.correction', { id: r.supersedesId })));
    if (r.changeReason) marks.push(el('span', { className: down ? 'reason reason-down' : 'reason' }, r.changeReason));
    return el('tr', { dataset: { testid: 'report-row', id: String(r.id), down: String(down), correction: String(r.supersedesId != null) } },
      el('td', {}, r.reportDate, el('br'), el('small', {}, `#${r.id} ${r.reportedBy ?? ''}`)),
      el('td', { className: 'num' }, formatCount(r.signedHouseholds)),
      el('td', { className: 'num' }, formatCount(r.demolishedHouseholds)),
      el('td', { className: 'num' }, formatNumber(r.clearedAreaM2, 1)),
      el('td', {}, marks, r.note ? el('small', { className: 'note' }, r.note) : null));
  });
  return el('div', { className: 'table-scroll' }, el('table', { className: 'data-table', dataset: { testid: 'report-history' } },
    el('caption', {}, t('desk.zone.historyTable')),
    el('thead', {}, el('tr', {}, [t('desk.zone.date'), t('desk.zone.signed'), t('desk.zone.demolished'),
      t('desk.zone.cleared'), t('desk.zone.reason')].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

export function createZonePanel(container, { onProject, onFiled, onClose, onToday }) {
  let chart = null;
  let form = null;
  let current = null; // { zone, data, me }

  function render() {
    const { zone, data, me } = current;
    chart?.destroy();
    chart = null;
    const m2 = t('units.m2');
    const hh = t('units.households');
    const overdue = zone.overdue === true;
    const close = el('button', { type: 'button', className: 'panel-close', 'aria-label': t('desk.close'), title: t('desk.close'), dataset: { testid: 'panel-close' } }, '×');
    close.addEventListener('click', onClose);
    const waiting = (data.waitingProjects || []).map((p) => {
      const now = p.stageNow && p.stageNow !== p.stage ? ` · ${t('desk.project.stageNow', { stage: enumLabel('stage', p.stageNow) })}` : '';
      const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'waiting-project', code: p.code, stage: p.stage ?? '' } },
        withAside(p.name, `${enumLabel('stage', p.stage)}${now}`));
      button.addEventListener('click', () => onProject(p.code));
      return el('li', {}, button);
    });
    const canvas = el('canvas', { 'aria-label': t('desk.zone.history'), role: 'img' });
    const pastDay = data.today && data.asOf !== data.today;
    if (mayFile(me, zone) && !data.forbidden && !pastDay) {
      if (!form || form.dataset.code !== zone.code) {
        form = createReportForm(zone, data.reports, onFiled);
        form.dataset.code = zone.code;
      } else form.rebase(data.reports);
    } else form = null;
    fill(container,
      el('header', { className: 'panel-head' },
        el('div', {}, el('div', { className: 'kicker' }, `${t('desk.zone.kicker')} · ${zone.code}`), el('h2', {}, zone.name ?? zone.code)),
        close),
      el('div', { className: 'badges' },
        el('span', { className: overdue ? 'tag tag-overdue' : 'tag', dataset: { testid: 'zone-overdue', overdue: String(overdue) } },
          overdue ? t('desk.zone.overdue') : t('desk.zone.onTime'))),
      facts([
        [t('desk.zone.township'), zone.township],
        [t('desk.zone.targets'), `${formatCount(zone.target_households)} ${hh} · ${formatNumber(zone.target_floor_area_m2, 1)} ${m2}`],
        [t('desk.zone.latest', { date: zone.latest_report_date ?? '—' }), ''],
        [t('desk.zone.signed'), progress(zone.signed_households, zone.target_households, zone.signed_pct, hh)],
        [t('desk.zone.demolished'), progress(zone.demolished_households, zone.target_households, zone.demolished_pct, hh)],
        [t('desk.zone.cleared'), progress(zone.cleared_area_m2, zone.target_floor_area_m2, zone.cleared_pct, m2)],
        [t('desk.zone.deadline'), `${zone.deadline ?? '—'}${overdue ? ` · ${t('desk.zone.overdue')}` : ''}`],
        [t('desk.zone.penalty'), zone.penalty_wan_per_month != null ? withUnit(zone.penalty_wan_per_month, 'perMonth') : t('desk.zone.penaltyNone')],
        [t('desk.zone.leader'), zone.leader],
        [t('desk.zone.unit'), zone.responsible_unit],
      ]),
      el('h3', {}, t('desk.zone.waiting')),
      waiting.length ? el('ul', { className: 'plain-list', dataset: { testid: 'waiting-projects' } }, waiting) : el('p', {}, t('desk.zone.waitingNone')),
      data.forbidden ? null : el('h3', {}, t('desk.zone.history')),
      data.forbidden ? null : el('div', { className: 'chart-box', dataset: { testid: 'zone-chart', points: String(data.reports.length) } }, canvas),
      form ?? (pastDay && mayFile(me, zone) ? pastDayHint('zone', data.today, onToday)
        : el('p', { className: 'form-hint', dataset: { testid: 'report-not-allowed' } }, t(data.forbidden ? 'desk.report.otherTownship' : 'desk.report.notAllowed'))),
      data.forbidden ? null : historyTable(data.reports),
      data.forbidden ? null : zonePhotos(zone.code, data.reports),
    );
    container.dataset.code = zone.code;
    if (!data.forbidden) chart = drawZoneChart(canvas, data.reports, zone.target_households, null);
  }

  return {
    show(zone, data, me) {
      if (current?.zone.code !== zone.code) form = null;
      current = { zone, data, me };
      container.hidden = false;
      container.dataset.state = 'loaded';
      render();
    },
    loading(code) {
      showLoading(container, code);
    },
    fail(code, message) {
      showFailure(container, message);
    },
    hide() {
      chart?.destroy();
      chart = null;
      form = null;
      current = null;
      container.hidden = true;
      delete container.dataset.code;
    },
    relabel() { form = null; if (current) render(); },
    chart: () => chart,
  };
}
