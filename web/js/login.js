// Staff sign-in: POST /api/login, then back to ?next= (on this origin only) or the home page. Chinese
// first, English on the switch; a refusal is shown in the page's language by its code (api.js).
import { requestJson } from './api.js';
import { t, setLang, currentLang, initialLang, extendTexts } from './i18n.js';
import { applyTexts } from './i18n-dom.js';

extendTexts('zh', { login: { title: '工作人员登录', username: '用户名', password: '密码', submit: '登录',
  required: '请输入用户名和密码', failed: '登录失败：{reason}', back: '← 返回公开地图' } });
extendTexts('en', { login: { title: 'Staff sign-in', username: 'User name', password: 'Password', submit: 'Sign in',
  required: 'Enter your user name and password', failed: 'Sign-in failed: {reason}', back: '← Back to the public map' } });

const params = new URLSearchParams(window.location.search);
const form = document.querySelector('[data-testid=login-form]');
const error = document.querySelector('[data-testid=login-error]');
const langSwitch = document.querySelector('[data-testid=lang-switch]');

function render() {
  document.documentElement.lang = currentLang() === 'en' ? 'en' : 'zh-CN';
  document.title = `${t('login.title')} · Parcel Atlas`;
  applyTexts();
  langSwitch.textContent = t('switchTo');
  langSwitch.setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
}

/**
 * Where to go after sign-in: ?next= resolved as the browser will resolve it (the URL API strips
 * tabs and line breaks and reads backslashes as slashes, so "/\t/evil.example" is another site),
 * kept only when it stays on this origin; anything else goes to the home page (no open redirect).
 */
function nextPath() {
  const next = params.get('next');
  if (!next || !next.startsWith('/')) return '/';
  try {
    const url = new URL(next, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : '/';
  } catch (e) {
    return '/';
  }
}

function showError(message) {
  error.textContent = message;
  error.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  if (!username || !password) {
    showError(t('login.required'));
    return;
  }
  try {
    await requestJson('/api/login', { json: { username, password } });
  } catch (refused) {
    showError(t('login.failed', { reason: refused.message }));
    return;
  }
  window.location.assign(nextPath());
});

langSwitch.addEventListener('click', () => {
  setLang(currentLang() === 'zh' ? 'en' : 'zh');
  render();
});
setLang(initialLang(params), { persist: false });
render();
