// The loading and failure states the zone and project panels share.
import { t } from '../i18n.js';
import { el } from '../html.js';

/** Replaces the container's children, leaving out absent ones (null, false) rather than writing them as text. */
export function fill(container, ...children) {
  container.replaceChildren(...children.filter((child) => child != null && child !== false));
}

export function showLoading(container, code) {
  container.hidden = false;
  container.dataset.code = code;
  container.dataset.state = 'loading';
}

export function showFailure(container, message) {
  container.dataset.state = 'error';
  container.replaceChildren(el('p', { className: 'error-text' }, t('desk.loadFailed', { reason: message })));
}

/**
 * For those who may write: a past day's panel is for reading, the forms are on today's, one click
 * away. {@code kind} is 'zone' or 'project' (texts desk.{kind}.pastDay, test ids {kind}-past-day).
 */
export function pastDayHint(kind, today, onToday) {
  const button = el('button', { type: 'button', className: 'link-button', dataset: { testid: `${kind}-to-today` } }, t('desk.project.toToday', { date: today }));
  button.addEventListener('click', () => onToday(today));
  return el('p', { className: 'form-hint', dataset: { testid: `${kind}-past-day` } }, t(`desk.${kind}.pastDay`), ' ', button);
}
