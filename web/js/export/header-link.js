// Adds the export page's link to a map page's header actions (imported once by ../header.js).
import { t, onLangChange } from '../i18n.js';
import { el } from '../html.js';
import './texts-zh.js';
import './texts-en.js';

const actions = document.querySelector('.app-actions');
if (actions && !actions.querySelector('[data-testid="export-link"]')) {
  const link = el('a', { className: 'header-button', href: 'export.html', 'data-testid': 'export-link' }, t('exportLink'));
  actions.prepend(link);
  onLangChange(() => { link.textContent = t('exportLink'); });
}
