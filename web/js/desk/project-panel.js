// The project panel as it stood on the desk's day: facts (the stage on the day beside the stage
// now), investment and tax paid that year up to the day's month, the stage history up to the day
// and the stage form, the investment chart, milestones (reached and late as of the day), the issue
// list (raised and closed by the day), and the demolition zones the project waits on. Its own
// township's and city-wide officials also get the update forms: stage, a month's investment or
// tax, a milestone reached, a new issue, an issue closed (销号). Staff who may not read the
// internals get the headline summary instead (project-summary.js).
import { t, enumLabel, currentLang } from '../i18n.js';
import { el } from '../html.js';
import { fill, pastDayHint, showFailure, showLoading } from './panel-states.js';
import { formatCount, formatPercent, withUnit, withAside } from '../format.js';
import { drawInvestmentChart } from './investment-chart.js';
import { stageForm, stageHistory } from './stage-form.js';
import { mayUpdate } from './access.js';
import { renderProjectSummary } from './project-summary.js';
import { monthlyForm } from './monthly-form.js';
import { milestoneForm } from './milestone-form.js';
import { closeIssueForm, raiseIssueForm } from './issue-forms.js';
import { photoStrip, projectPhotos, issuePhotos } from './photo-strip.js';

/** Label and value pairs; a third element names the value for tests (data-key). */
function facts(rows) {
  return el('dl', { className: 'facts' }, rows.filter(([, value]) => value !== '' && value != null)
    .flatMap(([label, value, key]) => [el('dt', {}, label), el('dd', { dataset: { key } }, value)]));
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

/** The issue list; {@code closer(issue)} gives an open issue's 销号 control, or null; {@code photos(issue)} its photos. */
function issueItems(issues, closer, photos) {
  return issues.map((issue) => {
    const closed = Boolean(issue.closedOn);
    return el('li', { className: closed ? 'issue issue-closed' : 'issue', dataset: { testid: 'issue-row', closed: String(closed), seq: String(issue.seq) } },
      el('div', {}, el('span', { className: closed ? 'tag' : 'tag tag-open' }, closed ? t('desk.project.closed', { date: issue.closedOn }) : '●'), ' ', issue.description),
      el('small', {}, `${t('desk.project.raised')} ${issue.raisedOn ?? ''} · ${t('desk.project.responsible')} ${issue.responsible ?? ''}`),
      issue.resolution ? el('small', {}, `${t('desk.project.resolution')}${currentLang() === 'en' ? ': ' : '：'}${issue.resolution}`) : null,
      closed ? null : closer(issue), photos(issue));
  });
}

/** The stage fact: the stage on the desk's day, and the stage now when it has changed since. */
function stageFact(p, asOf, stageAsOf) {
  if (!stageAsOf || stageAsOf === p.stage) return [t('desk.project.stage'), enumLabel('stage', p.stage)];
  return [t('desk.project.stageOn', { date: asOf }),
    `${enumLabel('stage', stageAsOf)} · ${t('desk.project.stageNow', { stage: enumLabel('stage', p.stage) })}`];
}


function zoneItems(zones, onZone) {
  return zones.map((z) => {
    const pct = z.target_households ? (100 * (z.demolished_households ?? 0)) / z.target_households : null;
    const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'waiting-zone', code: z.code } }, z.name ?? z.code);
    button.addEventListener('click', () => onZone(z.code));
    return el('li', {}, button, el('small', {}, ` ${z.township ?? ''} · ${t('desk.zone.signed')} ${formatCount(z.signed_households)}/${formatCount(z.target_households)} · ${t('desk.zone.demolished')} ${formatPercent(pct)} · ${t('desk.zone.deadline')} ${z.deadline ?? ''}`));
  });
}

/**
 * {@code onUpdate(code, path, body)} posts an update (path under the project, e.g. 'investments')
 * and resolves { status, body } where a 200's body is the refreshed panel.
 */
export function createProjectPanel(container, { onZone, onClose, onUpdate, onToday }) {
  let chart = null;
  let data = null;
  let me = null;
  let summarised = null; // { props, asOf, parkName } while the summary is shown

  function render() {
    const p = data.project;
    chart?.destroy();
    const close = el('button', { type: 'button', className: 'panel-close', 'aria-label': t('desk.close'), title: t('desk.close'), dataset: { testid: 'panel-close' } }, '×');
    close.addEventListener('click', onClose);
    const canvas = el('canvas', { role: 'img', 'aria-label': t('desk.project.investment') });
    const issues = data.issues || [];
    const taxes = data.taxes || [];
    const taxYear = taxes.length ? taxes[taxes.length - 1].cumulativeWan : 0;
    const investment = data.investment || [];
    const investmentYear = investment.length ? investment[investment.length - 1].cumulativeWan : 0;
    const open = issues.filter((i) => !i.closedOn).length;
    container.dataset.stage = data.stageAsOf ?? p.stage;
    // The forms change today's record, so they are offered on today's panel (or a later day's) only.
    const current = !data.today || data.asOf >= data.today;
    const writer = mayUpdate(me, p) && current;
    const send = (path, body) => onUpdate(p.code, path, body);
    const done = (statusId) => async (panel) => { data = panel; refreshed(statusId); };
    const closer = (issue) => (writer ? closeIssueForm(issue, send, done(null)) : null);
    const photos = projectPhotos(p.code);
    const ofIssue = (issue) => issuePhotos(photos, issue, { writer: writer && !issue.closedOn });
    const issuePhotoUrl = (seq) => `/api/desk/projects/${encodeURIComponent(p.code)}/issues/${seq}/photos`;
    fill(container,
      el('header', { className: 'panel-head' },
        el('div', {}, el('div', { className: 'kicker' }, `${t('desk.project.kicker')} · ${p.code}`), el('h2', {}, p.name ?? p.code)), close),
      el('p', { className: 'as-of-note', dataset: { testid: 'project-as-of' } }, t('desk.project.asOf', { date: data.asOf })),
      mayUpdate(me, p) && !current ? pastDayHint('project', data.today, onToday) : null,
      facts([
        [t('desk.project.investor'), p.investor], [t('desk.project.industry'), p.industry],
        [t('desk.project.level'), enumLabel('projectLevel', p.level)], stageFact(p, data.asOf, data.stageAsOf),
        [t('desk.project.leader'), p.leader], [t('desk.project.unit'), p.responsible_unit],
        [t('desk.project.totalInvestment'), withUnit(p.total_investment_wan, 'wan')],
        [t('desk.project.yearPlan'), withUnit(p.planned_investment_year_wan, 'wan')],
        [t('desk.project.plannedStart'), p.planned_start_date], [t('desk.project.plannedCompletion'), p.planned_completion_date],
        [t('desk.project.plannedProduction'), p.planned_production_date],
        [t('desk.project.investmentYear'), withUnit(investmentYear, 'wan'), 'investment-year'],
        [t('desk.project.taxYear'), withUnit(taxYear, 'wan'), 'tax-year'],
      ]),
      el('h3', {}, t('desk.stage.history')),
      stageHistory(data.stages || []),
      writer ? stageForm(p, (body) => send('stage', body), done('stage-status')) : null,
      el('h3', {}, t('desk.project.investment')),
      el('div', { className: 'chart-box', dataset: { testid: 'investment-chart', months: String(investment.length) } }, canvas),
      writer ? monthlyForm('investment', send, done('investment-status')) : null,
      writer ? monthlyForm('tax', send, done('tax-status')) : null,
      el('h3', {}, t('desk.project.milestones')),
      table('milestone-table', [t('desk.project.milestone'), t('desk.project.planned'), t('desk.project.actual'), ''], milestoneRows(data.milestones || [])),
      writer ? milestoneForm(data.milestones || [], send, done('milestone-status')) : null,
      el('h3', {}, withAside(t('desk.project.issues'), `${t('desk.project.openIssues', { n: open })} · ${t('desk.project.closedIssues', { n: issues.length - open })}`)),
      issues.length ? el('ul', { className: 'issue-list', dataset: { testid: 'issue-list' } }, issueItems(issues, closer, ofIssue)) : el('p', {}, t('desk.project.noIssues')),
      writer ? raiseIssueForm(send, done('issue-status'), issuePhotoUrl) : null,
      el('h3', {}, t('desk.project.waitingOn')),
      (data.waitingOn || []).length ? el('ul', { className: 'plain-list' }, zoneItems(data.waitingOn, onZone)) : el('p', {}, t('desk.project.waitingNone')),
      photoStrip(photos, { writer }),
    );
    photos.load();
    chart = drawInvestmentChart(canvas, investment, p.planned_investment_year_wan);
  }

  /** Renders the refreshed panel, keeping the message (and open box) of the form that sent the update. */
  function refreshed(statusId) {
    const status = statusId && container.querySelector(`[data-testid="${statusId}"]`);
    const said = status ? { state: status.dataset.state, text: status.textContent } : null;
    const scroll = container.scrollTop;
    render();
    container.scrollTop = scroll;
    const fresh = statusId && container.querySelector(`[data-testid="${statusId}"]`);
    if (fresh && said) {
      fresh.dataset.state = said.state;
      fresh.textContent = said.text;
      const box = fresh.closest('details');
      if (box) box.open = true;
    }
  }

  return {
    /** The read-only headline summary (map properties, stage of the day) for staff refused the internals. */
    summary(props, asOf, parkName) {
      chart?.destroy();
      chart = null;
      data = null;
      summarised = { props, asOf, parkName };
      container.hidden = false;
      container.dataset.code = props.code;
      container.dataset.state = 'summary';
      renderProjectSummary(container, props, { asOf, parkName, onClose });
    },
    show(answer, viewer) {
      summarised = null;
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
      summarised = null;
      container.hidden = true;
      delete container.dataset.code;
    },
    relabel() {
      if (data) render();
      else if (summarised) renderProjectSummary(container, summarised.props, { ...summarised, onClose });
    },
  };
}
