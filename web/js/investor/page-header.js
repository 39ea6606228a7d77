// The investor portal's header and page texts: the title, the header's and tabs' texts, the language
// switch (it offers the other language), the map's label, error messages under the header, and the
// staff overview link, shown to signed-in staff only (a visitor would meet a sign-in page).
import { getJson } from '../api.js';
import { t, currentLang } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';

const $ = (id) => document.getElementById(id);

/** Writes the page's static texts in the current language (again after a language change). */
export function renderStatic() {
  document.title = t('inv.title');
  applyTexts(document.querySelector('.app-header'));
  applyTexts(document.querySelector('.side-tabs'));
  const lang = $('lang-switch');
  lang.textContent = t('switchTo');
  lang.setAttribute('aria-label', t('switchToLabel'));
  lang.setAttribute('title', t('switchToLabel'));
  lang.setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  $('map').setAttribute('aria-label', t('inv.mapLabel'));
}

/** Adds a message (text) to the error box under the header and shows it. */
export function showError(message) {
  const box = $('error-message');
  box.hidden = false;
  box.append(Object.assign(document.createElement('p'), { textContent: message }));
}

/** Shows the staff overview link when the visitor is signed in (GET /api/me); hidden otherwise or on failure. */
export function offerOverviewToStaff() {
  getJson('/api/me').then((me) => {
    document.querySelector('[data-testid=overview-link]').hidden = !me.signedIn;
  }).catch(() => {});
}
