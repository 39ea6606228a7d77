// The issue list's updates: a new issue (问题描述 1–1000 characters, 责任方 at most 200, and a site
// photo from the phone's camera, attached to the new issue once it is stored) and, on each open
// issue, closing it (销号) with how it was resolved (1–1000 characters).
import { t } from '../i18n.js';
import { el } from '../html.js';
import { sendPhoto, PHOTO_ADDED } from './photo-strip.js';
import { checks, field, statusLine, submitButton, updateBox, wireSubmit } from './form-kit.js';

/**
 * The new-issue form in a collapsible box; {@code send(path, body)} resolves { status, body } (the
 * project panel); {@code photoUrl(seq)}: where the chosen photo of issue seq is sent.
 */
export function raiseIssueForm(send, onDone, photoUrl) {
  const text = (key) => t(`desk.forms.issue.${key}`);
  const description = el('textarea', { rows: '2', maxlength: '1000', required: true });
  const responsible = el('input', { type: 'text', maxlength: '200' });
  const camera = el('input', { type: 'file', accept: 'image/*', capture: 'environment' });
  const submit = submitButton('issue-submit', text('submit'));
  const status = statusLine('issue-status');
  const form = el('form', { className: 'report-form', dataset: { testid: 'issue-form' } },
    field('issue-description', text('description'), description),
    field('issue-responsible', text('responsible'), responsible),
    field('issue-photo', t('desk.photos.reportPhoto'), camera),
    el('div', { className: 'form-actions' }, submit), status);
  wireSubmit(form, {
    submit, status, onDone,
    problems: () => [checks.text(description.value, text('description'), 1000, true),
      checks.text(responsible.value, text('responsible'), 200, false)],
    body: () => {
      const body = { description: description.value.trim() };
      if (responsible.value.trim()) body.responsible = responsible.value.trim();
      return body;
    },
    send: async (body) => {
      const answer = await send('issues', body);
      const file = camera.files?.[0];
      if (answer.status === 200 && file && photoUrl) {
        const seq = Math.max(...(answer.body?.issues || []).map((i) => i.seq));
        camera.value = '';
        await sendPhoto(photoUrl(seq), file); // a refusal shows in the status line; the issue stays raised
        document.dispatchEvent(new CustomEvent(PHOTO_ADDED));
      }
      return answer;
    },
    success: () => text('success'),
  });
  return updateBox('issue-open', text('title'), form);
}

/** The 销号 control of one open issue; its test ids are scoped by the issue row. */
export function closeIssueForm(issue, send, onDone) {
  const text = (key) => t(`desk.forms.close.${key}`);
  const resolution = el('textarea', { rows: '2', maxlength: '1000', required: true });
  const submit = submitButton('issue-close-submit', text('submit'));
  const status = statusLine('issue-close-status');
  const form = el('form', { className: 'report-form', dataset: { testid: 'issue-close-form' } },
    field('issue-resolution', text('resolution'), resolution), el('div', { className: 'form-actions' }, submit), status);
  resolution.id = `field-issue-resolution-${issue.seq}`;
  form.querySelector('label').setAttribute('for', resolution.id);
  wireSubmit(form, {
    submit, status, onDone,
    problems: () => [checks.text(resolution.value, text('resolution'), 1000, true)],
    body: () => ({ resolution: resolution.value.trim() }),
    send: (body) => send(`issues/${encodeURIComponent(issue.seq)}/close`, body),
    success: () => t('desk.forms.close.success', { seq: issue.seq }),
  });
  return updateBox('issue-close-open', text('toggle'), form);
}
