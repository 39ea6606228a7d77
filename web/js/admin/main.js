// Entry module of admin.html: users (add with a scope from the real townships and parks, disable with a
// confirmation and undo, enable, set a new password) and the audit log. Admins only; others are sent to
// sign in. Chinese first, English on the switch; every refusal in the page's language, by its code.
import './texts-zh.js';
import './texts-en.js';
import { fetchMe } from '../api.js';
import { t, setLang, currentLang, initialLang, onLangChange } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';
import { loadScopes } from './scopes.js';
import { createUserForm } from './user-form.js';
import { createUserTable } from './user-table.js';
import { createPasswordForm } from './password-form.js';
import { loadAudit } from './audit-table.js';
import { showNotice, clearNotice } from './notice.js';

const $ = (testid) => document.querySelector(`[data-testid=${testid}]`);
let me = null;
let table = null;
let userForm = null;
let passwordForm = null;

function showError(message) {
  $('admin-error').textContent = message;
  $('admin-error').hidden = !message;
}

async function refresh() {
  showError('');
  await Promise.all([table.load(), loadAudit($('audit-table'))]);
}

function render() {
  document.title = `${t('admin.title')} · Parcel Atlas`;
  applyTexts();
  $('lang-switch').textContent = t('switchTo');
  $('lang-switch').setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  $('admin-who').textContent = me?.username ?? '';
}

async function start() {
  setLang(initialLang(new URLSearchParams(window.location.search)), { persist: false });
  document.documentElement.lang = currentLang() === 'en' ? 'en' : 'zh-CN';
  render();
  me = await fetchMe();
  if (!me.signedIn) {
    window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return;
  }
  render();
  if (me.role !== 'admin') {
    showError(t('admin.notAdmin'));
    return;
  }
  table = createUserTable($('user-table'), { me, onChange: refresh, onError: showError,
    onResetPassword: (name) => passwordForm.open(name) });
  userForm = createUserForm({ onAdded: refresh, onError: showError });
  passwordForm = createPasswordForm({ onDone: async (name) => {
    showNotice(t('admin.passwordDone', { name }));
    await refresh();
  } });
  const failed = await loadScopes().then(() => null, (e) => e);
  userForm.render();
  await refresh();
  if (failed) showError(t('admin.scopesFailed', { reason: failed.message }));
  window.adminReady = true;
}

$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
onLangChange(() => {
  render();
  if (!table) return;
  userForm.render();
  passwordForm.render();
  clearNotice();
  refresh().catch((e) => showError(e.message));
});

start().catch((e) => showError(e.message));
