// A milestone reached (节点完成): one of the milestones not yet reached, and the day it was,
// not after today. Shown to the project's own township and city-wide officials.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { today } from './dates.js';
import { checks, field, statusLine, submitButton, updateBox, wireSubmit } from './form-kit.js';
import { withAside } from '../format.js';

/**
 * The form in a collapsible box, or null when every milestone is reached; {@code send(path, body)}
 * resolves { status, body }; {@code onDone(panel)} gets the refreshed panel.
 */
export function milestoneForm(milestones, send, onDone) {
  const open = milestones.filter((m) => !m.actualDate);
  if (!open.length) return null;
  const text = (key) => t(`desk.forms.milestone.${key}`);
  const select = el('select', { required: true },
    open.map((m) => el('option', { value: String(m.seq) }, withAside(m.name, `${t('desk.project.planned')} ${m.plannedDate ?? ''}`))));
  const date = el('input', { type: 'date', max: today(), value: today(), required: true });
  const submit = submitButton('milestone-submit', text('submit'));
  const status = statusLine('milestone-status');
  const form = el('form', { className: 'report-form', dataset: { testid: 'milestone-form' } },
    field('milestone-select', text('which'), select), field('milestone-date', text('date'), date),
    el('div', { className: 'form-actions' }, submit), status);
  const chosen = () => open.find((m) => String(m.seq) === select.value);
  wireSubmit(form, {
    submit, status, onDone,
    problems: () => [chosen() ? null : t('desk.forms.missing', { field: text('which') }), checks.day(date.value, text('date'))],
    body: () => ({ seq: select.value, actual_date: date.value }),
    send: ({ seq, ...body }) => send(`milestones/${encodeURIComponent(seq)}`, body),
    success: (body) => t('desk.forms.milestone.success', { name: chosen()?.name ?? body.seq, date: body.actual_date }),
  });
  return updateBox('milestone-open', text('title'), form);
}
