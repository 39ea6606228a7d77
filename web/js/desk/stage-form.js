// A project's stage history (阶段变更记录) and, for its own township and city-wide officials, the
// form that records the next stage: one step forward, or any other stage with a reason.
import { t, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { today } from './dates.js';
import { checks, statusLine, submitButton, wireSubmit } from './form-kit.js';

export const STAGES = ['planned', 'signed', 'land_secured', 'started', 'completed', 'in_production'];

export function stageHistory(stages) {
  const rows = stages.map((s) => el('tr', { dataset: { testid: 'stage-row', stage: s.stage } },
    el('td', {}, s.effectiveDate ?? t('desk.stage.asImported')), el('td', {}, enumLabel('stage', s.stage)),
    el('td', {}, s.recordedBy ?? ''),
    el('td', {}, s.reason ? el('span', { className: 'reason' }, s.reason) : null, s.note ? el('small', { className: 'note' }, s.note) : null)));
  return el('div', { className: 'table-scroll' }, el('table', { className: 'data-table', dataset: { testid: 'stage-history' } },
    el('thead', {}, el('tr', {}, [t('desk.stage.date'), t('desk.project.stage'), t('desk.stage.by'), t('desk.stage.note')]
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows)));
}

/**
 * The stage form; {@code send(body)} posts it and resolves { status, body }; {@code onDone(panel)}
 * gets the refreshed project panel after a change was recorded.
 */
export function stageForm(project, send, onDone) {
  const current = STAGES.indexOf(project.stage);
  const select = el('select', { id: 'stage-select', dataset: { testid: 'stage-select' } },
    STAGES.filter((s) => s !== project.stage).map((s) => el('option', { value: s }, enumLabel('stage', s))));
  if (current + 1 < STAGES.length) select.value = STAGES[current + 1];
  const date = el('input', { type: 'date', id: 'stage-date', max: today(), value: today(), dataset: { testid: 'stage-date' } });
  const note = el('input', { type: 'text', id: 'stage-note', maxLength: 1000, dataset: { testid: 'stage-note' } });
  const reason = el('input', { type: 'text', id: 'stage-reason', maxLength: 500, dataset: { testid: 'stage-reason' } });
  const status = statusLine('stage-status');
  const submit = submitButton('stage-submit', t('desk.stage.submit'));
  const form = el('form', { className: 'report-form stage-form', dataset: { testid: 'stage-form' } },
    el('label', { for: 'stage-select' }, t('desk.stage.next')), select,
    el('label', { for: 'stage-date' }, t('desk.stage.date')), date,
    el('label', { for: 'stage-note' }, t('desk.stage.note')), note,
    el('label', { for: 'stage-reason' }, t('desk.stage.reason')), reason,
    el('p', { className: 'form-hint' }, t('desk.stage.reasonHint')), submit, status);
  wireSubmit(form, {
    submit, status, onDone,
    problems: () => [checks.day(date.value, t('desk.stage.date')),
      STAGES.indexOf(select.value) !== current + 1 && !reason.value.trim() ? t('desk.stage.reasonNeeded') : null],
    body: () => {
      const body = { stage: select.value, effective_date: date.value };
      if (note.value.trim()) body.note = note.value.trim();
      if (reason.value.trim()) body.reason = reason.value.trim();
      return body;
    },
    send,
    success: (body) => t('desk.stage.success', { stage: enumLabel('stage', body.stage), date: body.effective_date }),
  });
  return form;
}
