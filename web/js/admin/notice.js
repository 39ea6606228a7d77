// The page's notice line: what was just done, with an undo button when it can be undone.
import { t } from '../i18n.js';
import { el } from '../html.js';

const box = () => document.querySelector('[data-testid=admin-notice]');

/** Shows text; with undo (an async function) an "undo" button that runs it once. */
export function showNotice(text, undo = null) {
  const children = [el('span', { 'data-testid': 'notice-text' }, text)];
  if (undo) {
    const button = el('button', { type: 'button', 'data-testid': 'notice-undo' }, t('admin.undo'));
    button.addEventListener('click', () => {
      button.disabled = true;
      undo();
    }, { once: true });
    children.push(button);
  }
  box().replaceChildren(...children);
  box().hidden = false;
}

export function clearNotice() {
  box().replaceChildren();
  box().hidden = true;
}
