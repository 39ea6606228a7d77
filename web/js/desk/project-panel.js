// The project panel: facts, tax paid this year, the stage history and stage form, this year's
// investment chart, milestones (late ones flagged), the issue list (open and closed), and the
// demolition zones the project waits on.
import { t, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { showFailure, showLoading } from './panel-states.js';
import { formatCount, formatPercent, withUnit } from '../format.js';
import { drawInvestmentChart } from './investment-chart.js';
import { mayUpdate, stageForm, stageHistory } from './stage-form.js';

function facts(rows) {
  return el('dl', { className: 'facts' }, rows.filter(([, value]) => value !== '' && value != null)
    .flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]));
}

function table(testid, heads, rows) {
  return el('div', { className: 'table-scroll' }, el('table', { className: 'data-table', dataset: { testid } },
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)));
}

function milestoneRows(milestones) {
  return milestones.map((m) => {
    const late = m.late === true;
    const state = late ? t('desk.project.late', { n: m.daysLate ?? '?' }) : m.actualDate ? t('desk.project.onTime') : t('desk.project.pending');
    return el('tr', { className: late ? 'row-late' : '', dataset: { testid: 'milestone-row', late: String(late), seq: String(m.seq) } },
      el('td', {}, m.name), el('td', {}, m.plannedDate ?? ''), el('td', {}, m.actualDate ?? ''),
      el('td', {}, late ? el('strong', { className: 'late' }, state) : state));
  });
}

function issueItems(issues) {
  return issues.map((issue) => {
    const closed = Boolean(issue.closedOn);
    return el('li', { className: closed ? 'issue issue-closed' : 'issue', dataset: { testid: 'issue-row', closed: String(closed), seq: String(issue.seq) } },
      el('div', {}, el('span', { className: closed ? 'tag' : 'tag tag-open' }, closed ? t('desk.project.closed', { date: issue.closedOn }) : '●'), ' ', issue.description),
      el('small', {}, `${t('desk.project.raised')} ${issue.raisedOn ?? ''} · ${t('desk.project.responsible')} ${issue.responsible ?? ''}`),
      issue.resolution ? el('small', {}, `${t('desk.project.resolution')}：${issue.resolution}`) : null);
  });
}

function zoneItems(zones, onZone) {
  return zones.map((z) => {
    const pct = z.target_households ? (100 * (z.demolished_households ?? 0)) / z.target_households : null;
    const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'waiting-zone', code: z.code } }, z.name ?? z.code);
    button.addEventListener('click', () => onZone(z.code));
    return el('li', {}, button, el('small', {}, ` ${z.township ?? ''} · ${t('desk.zone.signed')} ${formatCount(z.signed_households)}/${formatCount(z.target_households)} · ${t('desk.zone.demolished')} ${formatPercent(pct)} · ${t('desk.zone.deadline')} ${z.deadline ?? ''}`));
  });
}

export function createProjectPanel(container, { onZone, onClose, onStage }) {
  let chart = null;
  let data = null;
  let me = null;

  function render() {
    const p = data.project;
    chart?.destroy();
    const close = el('button', { type: 'button', className: 'panel-close', 'aria-label': t('desk.close'), title: t('desk.close'), dataset: { testid: 'panel-close' } }, '×');
    close.addEventListener('click', onClose);
    const canvas = el('canvas', { role: 'img', 'aria-label': t('desk.project.investment') });
    const issues = data.issues || [];
    const taxes = data.taxes || [];
    const taxYear = taxes.length ? taxes[taxes.length - 1].cumulativeWan : null;
    const open = issues.filter((i) => !i.closedOn).length;
    container.replaceChildren(
      el('header', { className: 'panel-head' },
        el('div', {}, el('div', { className: 'kicker' }, `${t('desk.project.kicker')} · ${p.code}`), el('h2', {}, p.name ?? p.code)), close),
      facts([
        [t('desk.project.investor'), p.investor], [t('desk.project.industry'), p.industry],
        [t('desk.project.level'), enumLabel('projectLevel', p.level)], [t('desk.project.stage'), enumLabel('stage', p.stage)],
        [t('desk.project.leader'), p.leader], [t('desk.project.unit'), p.responsible_unit],
        [t('desk.project.totalInvestment'), withUnit(p.total_investment_wan, 'wan')],
        [t('desk.project.yearPlan'), withUnit(p.planned_investment_year_wan, 'wan')],
        [t('desk.project.plannedStart'), p.planned_start_date], [t('desk.project.plannedCompletion'), p.planned_completion_date],
        [t('desk.project.plannedProduction'), p.planned_production_date],
        [t('desk.project.taxYear'), withUnit(taxYear, 'wan')],
      ]),
      el('h3', {}, t('desk.stage.history')),
      stageHistory(data.stages || []),
      mayUpdate(me, p) ? stageForm(p, (body) => onStage(p.code, body), async (panel) => { data = panel; await onStageRecorded(); }) : null,
      el('h3', {}, t('desk.project.investment')),
      el('div', { className: 'chart-box', dataset: { testid: 'investment-chart', months: String((data.investment || []).length) } }, canvas),
      el('h3', {}, t('desk.project.milestones')),
      table('milestone-table', [t('desk.project.milestone'), t('desk.project.planned'), t('desk.project.actual'), ''], milestoneRows(data.milestones || [])),
      el('h3', {}, `${t('desk.project.issues')}（${t('desk.project.openIssues', { n: open })} · ${t('desk.project.closedIssues', { n: issues.length - open })}）`),
      issues.length ? el('ul', { className: 'issue-list', dataset: { testid: 'issue-list' } }, issueItems(issues)) : el('p', {}, t('desk.project.noIssues')),
      el('h3', {}, t('desk.project.waitingOn')),
      (data.waitingOn || []).length ? el('ul', { className: 'plain-list' }, zoneItems(data.waitingOn, onZone)) : el('p', {}, t('desk.project.waitingNone')),
    );
    chart = drawInvestmentChart(canvas, data.investment || [], p.planned_investment_year_wan);
  }

  async function onStageRecorded() {
    const status = container.querySelector('[data-testid="stage-status"]');
    const said = status ? { state: status.dataset.state, text: status.textContent } : null;
    render();
    const fresh = container.querySelector('[data-testid="stage-status"]');
    if (fresh && said) { fresh.dataset.state = said.state; fresh.textContent = said.text; }
  }

  return {
    show(answer, viewer) {
      data = answer;
      me = viewer ?? me;
      container.hidden = false;
      container.dataset.code = answer.project.code;
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
      data = null;
      container.hidden = true;
      delete container.dataset.code;
    },
    relabel() { if (data) render(); },
  };
}
