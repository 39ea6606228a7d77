// What the project panel's update forms share: labelled fields, a status line, the checks that
// mirror the server's, and one submit flow (client checks → sending → the server's answer).
import { t } from '../i18n.js';
import { el } from '../html.js';
import { today } from './dates.js';

/** A labelled field; the input gets the test id and an id derived from it. */
export function field(testid, label, input) {
  input.dataset.testid = testid;
  input.id = `field-${testid}`;
  return el('div', { className: 'form-field' }, el('label', { for: input.id }, label), input);
}

export function statusLine(testid) {
  return el('div', { className: 'report-status', role: 'status', 'aria-live': 'polite', dataset: { testid } });
}

export function submitButton(testid, label) {
  return el('button', { type: 'submit', className: 'primary-button', dataset: { testid } }, label);
}

/** A collapsible box holding one form, so the panel stays readable; {@code testid} on the summary. */
export function updateBox(testid, title, form) {
  return el('details', { className: 'update-box' }, el('summary', { dataset: { testid } }, title), form);
}

export const thisMonth = () => today().slice(0, 7);

// The server's rules, said in the reader's language. Each returns a problem or null.
export const checks = {
  month(value, label) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value || '')) return t('desk.forms.missing', { field: label });
    return value > thisMonth() ? t('desk.forms.futureMonth') : null;
  },
  day(value, label) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value || '')) return t('desk.forms.missing', { field: label });
    return value > today() ? t('desk.forms.futureDate') : null;
  },
  amount(value, label) {
    if (value === '' || !Number.isFinite(Number(value))) return t('desk.forms.missing', { field: label });
    return Number(value) < 0 ? t('desk.forms.negative', { field: label }) : null;
  },
  text(value, label, max, required) {
    const text = (value || '').trim();
    if (!text) return required ? t('desk.forms.missing', { field: label }) : null;
    return text.length > max ? t('desk.forms.tooLong', { field: label, n: max }) : null;
  },
};

/**
 * Wires a form: on submit, {@code problems()} (client checks) first; then {@code body()} is sent
 * with {@code send(body)} → { status, body }; on 200 the status says {@code success(body)} and
 * {@code onDone(answer)} gets the refreshed panel; any other answer shows the server's description.
 */
export function wireSubmit(form, { submit, status, problems, body, send, success, onDone }) {
  const say = (state, lines) => {
    status.dataset.state = state;
    status.replaceChildren(...lines.map((line) => el('p', {}, line)));
  };
  form.noValidate = true;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const found = problems().filter(Boolean);
    if (found.length) { say('error', found); return; }
    const request = body();
    submit.disabled = true;
    say('sending', [t('desk.forms.sending')]);
    try {
      const answer = await send(request);
      if (answer.status === 200) {
        say('success', [success(request)]);
        await onDone(answer.body);
      } else say('error', [t('desk.forms.error', { reason: answer.body?.description ?? `HTTP ${answer.status}` })]);
    } catch (error) {
      say('error', [t('desk.forms.error', { reason: error.message })]);
    } finally {
      submit.disabled = false;
    }
  });
}
