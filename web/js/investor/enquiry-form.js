// The enquiry form of a parcel: name, contact, message → POST /api/investor/enquiries.
// What the investor typed is never echoed back: success clears the form and names only the parcel.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { applyTexts, textEl } from '../i18n-dom.js';
import { postEnquiry } from './investor-api.js';
import { track } from '../pending.js';

const FIELDS = [
  { name: 'name', key: 'inv.enquiry.name', tag: 'input', attrs: { type: 'text', maxlength: 60, autocomplete: 'name' } },
  { name: 'contact', key: 'inv.enquiry.contact', tag: 'input', attrs: { type: 'text', maxlength: 80, autocomplete: 'tel', inputmode: 'email' } },
  { name: 'message', key: 'inv.enquiry.message', tag: 'textarea', attrs: { rows: 4, maxlength: 2000 } },
];

/** { element, refresh() } for the parcel with this code. */
export function createEnquiryForm(code) {
  const status = el('p', { className: 'enquiry-status', 'data-testid': 'enquiry-status', role: 'status', hidden: true });
  const submit = el('button', { type: 'submit', className: 'primary-button', 'data-testid': 'enquiry-submit' }, t('inv.enquiry.submit'));
  const inputs = Object.fromEntries(FIELDS.map(({ name, tag, attrs }) => [name, el(tag, {
    ...attrs, name, required: true, id: `enquiry-${name}`, 'data-testid': `enquiry-${name}`,
    ...(name === 'message' ? { placeholder: t('inv.enquiry.messagePlaceholder'), dataset: { i18nPlaceholder: 'inv.enquiry.messagePlaceholder' } } : {}),
  })]));
  const form = el('form', { className: 'enquiry-form', 'data-testid': 'enquiry-form' },
    textEl('h3', 'inv.enquiry.title'),
    textEl('p', 'inv.enquiry.intro', { className: 'muted' }),
    FIELDS.map(({ name, key }) => el('div', { className: 'field' }, textEl('label', key, { for: `enquiry-${name}` }), inputs[name])),
    textEl('p', 'inv.enquiry.privacy', { className: 'muted small' }),
    submit, status);
  let message = null; // { key, params, state } of the last outcome, re-rendered on language change

  function renderStatus() {
    status.hidden = !message;
    if (!message) return;
    status.textContent = t(message.key, message.params);
    status.dataset.state = message.state;
  }

  function markInvalid(description) {
    for (const [name, input] of Object.entries(inputs)) {
      const invalid = new RegExp(`^${name}\\b`).test(description || '');
      if (invalid) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    }
    form.querySelector('[aria-invalid=true]')?.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    message = { key: 'inv.enquiry.sending', params: {}, state: 'sending' };
    renderStatus();
    const body = { parcel_code: code };
    for (const [name, input] of Object.entries(inputs)) body[name] = input.value.trim();
    try {
      await track(postEnquiry(body));
      form.reset();
      markInvalid('');
      message = { key: 'inv.enquiry.success', params: { code }, state: 'success' };
    } catch (error) {
      const reason = error.status === 0 || !error.status ? error.message : error.message.replace(/^HTTP \d+ – /, '');
      message = error.status === 429
        ? { key: 'inv.enquiry.tooMany', params: {}, state: 'error' }
        : { key: 'inv.enquiry.failed', params: { reason }, state: 'error' };
      if (error.status === 400) markInvalid(error.params?.field ?? reason);
    } finally {
      submit.disabled = false;
      renderStatus();
    }
  });

  return {
    element: form,
    refresh() {
      applyTexts(form);
      submit.textContent = t('inv.enquiry.submit');
      renderStatus();
    },
  };
}
