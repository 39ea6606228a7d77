// A month's completed investment (完成投资) or tax paid (实缴税收), set or corrected by the
// project's own township or a city-wide official: month not after this one, amount at least 0.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { checks, field, statusLine, submitButton, thisMonth, updateBox, wireSubmit } from './form-kit.js';

// kind → the API path and the body member of the amount.
const KINDS = {
  investment: { path: 'investments', member: 'completed_wan' },
  tax: { path: 'tax', member: 'paid_wan' },
};

/**
 * The form for {@code kind} ('investment' | 'tax') in a collapsible box; {@code send(path, body)}
 * resolves { status, body }; {@code onDone(panel)} gets the refreshed panel.
 */
export function monthlyForm(kind, send, onDone) {
  const { path, member } = KINDS[kind];
  const text = (key) => t(`desk.forms.${kind}.${key}`);
  const month = el('input', { type: 'month', max: thisMonth(), value: thisMonth(), required: true });
  const amount = el('input', { type: 'number', min: '0', step: '0.1', inputmode: 'decimal', required: true });
  const submit = submitButton(`${kind}-submit`, text('submit'));
  const status = statusLine(`${kind}-status`);
  const form = el('form', { className: 'report-form', dataset: { testid: `${kind}-form` } },
    el('div', { className: 'form-grid' }, field(`${kind}-month`, text('month'), month),
      field(`${kind}-amount`, text('amount'), amount)),
    el('p', { className: 'form-hint' }, text('hint')), el('div', { className: 'form-actions' }, submit), status);
  wireSubmit(form, {
    submit, status, onDone,
    problems: () => [checks.month(month.value, text('month')), checks.amount(amount.value, text('amount'))],
    body: () => ({ month: month.value, [member]: Number(amount.value) }),
    send: (body) => send(path, body),
    success: (body) => t(`desk.forms.${kind}.success`, { month: body.month, amount: body[member] }),
  });
  return updateBox(`${kind}-open`, text('title'), form);
}
