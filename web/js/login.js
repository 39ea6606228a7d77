// Staff sign-in: POST /api/login, then back to ?next= (on this origin only) or the home page.
import { requestJson } from './api.js';

const TEXT = {
  zh: { title: '工作人员登录', username: '用户名', password: '密码', submit: '登录', switchTo: 'EN',
    required: '请输入用户名和密码', failed: '登录失败：' },
  en: { title: 'Staff sign-in', username: 'User name', password: 'Password', submit: 'Sign in', switchTo: '中文',
    required: 'Enter your user name and password', failed: 'Sign-in failed: ' },
};
const params = new URLSearchParams(window.location.search);
let lang = params.get('lang') === 'en' ? 'en' : 'zh';
const form = document.querySelector('[data-testid=login-form]');
const error = document.querySelector('[data-testid=login-error]');

function render() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${TEXT[lang].title} · Parcel Atlas`;
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = TEXT[lang][el.dataset.text]; });
  document.querySelector('[data-testid=lang-switch]').textContent = TEXT[lang].switchTo;
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
    showError(TEXT[lang].required);
    return;
  }
  try {
    await requestJson('/api/login', { json: { username, password } });
  } catch (refused) {
    showError(TEXT[lang].failed + refused.message);
    return;
  }
  window.location.assign(nextPath());
});

document.querySelector('[data-testid=lang-switch]').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  render();
});
render();
