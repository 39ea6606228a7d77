// Static page text: elements name their i18n key in data-i18n (text), data-i18n-placeholder,
// data-i18n-title or data-i18n-aria-label, and applyTexts() fills them in the current language.
import { t } from './i18n.js';
import { el } from './html.js';

const ATTRIBUTES = { i18nPlaceholder: 'placeholder', i18nTitle: 'title', i18nAriaLabel: 'aria-label' };

export function applyTexts(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  for (const [key, attribute] of Object.entries(ATTRIBUTES)) {
    const selector = `[data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    root.querySelectorAll(selector).forEach((node) => node.setAttribute(attribute, t(node.dataset[key])));
  }
}

/** An element whose text is the translation of key, kept current by applyTexts. */
export function textEl(tag, key, attrs = {}) {
  return el(tag, { ...attrs, dataset: { ...(attrs.dataset || {}), i18n: key } }, t(key));
}
