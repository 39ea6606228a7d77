// The desk's header: title, who is signed in, language switch, sign-out; and the error banner.
import { t, setLang, currentLang } from '../i18n.js';
import { el } from '../html.js';

const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
let wired = false;

export function renderHeader(me, onSignOut) {
  const lang = $('lang-switch');
  const signOut = $('sign-out');
  if (!wired) {
    wired = true;
    lang.addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
    signOut.addEventListener('click', () => onSignOut());
  }
  document.title = t('desk.title');
  document.querySelector('.title-full').textContent = t('desk.title');
  document.querySelector('.title-short').textContent = t('desk.titleShort');
  $('map').setAttribute('aria-label', t('desk.mapLabel'));
  $('overview-link').textContent = t('desk.overviewLink');
  $('bulletin-link').textContent = t('desk.bulletinLink');
  lang.textContent = t('switchTo');
  lang.setAttribute('aria-label', t('switchToLabel'));
  lang.setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  signOut.textContent = t('desk.signOut');
  $('tab-dispatch').textContent = t('desk.tabs.dispatch');
  $('tab-lagging').textContent = t('desk.tabs.lagging');
  $('tab-overdue').textContent = t('desk.tabs.overdue');
  $('tab-figures').textContent = t('desk.tabs.figures');
  const scope = me?.scopeTownship || me?.scopePark || t('desk.cityWide');
  $('signed-in-user').textContent = me?.signedIn ? t('desk.signedInAs', { user: me.username, scope }) : '';
}

export function showError(message) {
  const box = $('error-message');
  const dismiss = el('button', { type: 'button', className: 'error-dismiss', 'aria-label': t('dismiss') }, '×');
  dismiss.addEventListener('click', () => { box.hidden = true; });
  box.replaceChildren(el('span', {}, message), dismiss);
  box.hidden = false;
}
