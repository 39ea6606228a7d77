// Admin page: users (list, add, disable) and the audit log. Admins only; others are sent to sign in.
import { requestJson, fetchMe } from './api.js';

const TEXT = {
  zh: { title: '用户与审计', users: '用户', username: '用户名', role: '角色', scope: '范围', state: '状态', add: '新增用户',
    official: '领导/责任单位', planner: '规划人员', admin: '管理员', township: '镇街（可空）', park: '园区编号（可空）',
    password: '初始密码（至少10位）', submit: '添加', audit: '审计日志', when: '时间', actor: '操作人', action: '操作',
    entity: '对象', old: '原值', new: '新值', cityWide: '全市', disabled: '已停用', active: '正常', disable: '停用',
    added: '已添加', notAdmin: '此页面仅供管理员使用。', switchTo: 'EN' },
  en: { title: 'Users and audit', users: 'Users', username: 'User name', role: 'Role', scope: 'Scope', state: 'State',
    add: 'Add a user', official: 'Official', planner: 'Planner', admin: 'Administrator', township: 'Township (optional)',
    park: 'Park code (optional)', password: 'Initial password (10+ characters)', submit: 'Add', audit: 'Audit log',
    when: 'When', actor: 'Who', action: 'Action', entity: 'What', old: 'Old value', new: 'New value', cityWide: 'City-wide',
    disabled: 'Disabled', active: 'Active', disable: 'Disable', added: 'Added', notAdmin: 'This page is for administrators.',
    switchTo: '中文' },
};
let lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
let me = null;
const $ = (testid) => document.querySelector(`[data-testid=${testid}]`);

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function showError(message) {
  $('admin-error').textContent = message;
  $('admin-error').hidden = !message;
}

/** A request through the pages' one fetch (CSRF token added); a refusal throws in the page's language. */
function call(method, url, body) {
  return requestJson(url, { method, json: body });
}

async function loadUsers() {
  const { users } = await call('GET', '/api/admin/users');
  const body = $('user-table').tBodies[0];
  body.replaceChildren();
  for (const u of users) {
    const row = body.insertRow();
    row.dataset.username = u.username;
    row.dataset.disabled = String(u.disabled);
    cell(row, u.username);
    cell(row, TEXT[lang][u.role.toLowerCase()] ?? u.role);
    cell(row, u.scopeParkCode ?? u.scopeTownship ?? TEXT[lang].cityWide);
    cell(row, u.disabled ? TEXT[lang].disabled : TEXT[lang].active);
    const actions = cell(row, '');
    if (!u.disabled && u.username !== me.username) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.testid = 'user-disable';
      button.textContent = TEXT[lang].disable;
      button.addEventListener('click', () => call('POST', `/api/admin/users/${encodeURIComponent(u.username)}/disable`)
        .then(refresh).catch((e) => showError(e.message)));
      actions.append(button);
    }
  }
}

async function loadAudit() {
  const { entries } = await call('GET', '/api/admin/audit');
  const body = $('audit-table').tBodies[0];
  body.replaceChildren();
  for (const e of entries) {
    const row = body.insertRow();
    cell(row, new Date(e.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB'));
    cell(row, e.actor);
    cell(row, e.action);
    cell(row, `${e.entity} ${e.key ?? ''}`);
    cell(row, e.oldValue, 'json');
    cell(row, e.newValue, 'json');
  }
}

function render() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = TEXT[lang][el.dataset.text]; });
  $('lang-switch').textContent = TEXT[lang].switchTo;
  $('admin-who').textContent = me ? me.username : '';
}

async function refresh() {
  showError('');
  await Promise.all([loadUsers(), loadAudit()]);
}

$('user-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const body = Object.fromEntries(['username', 'role', 'scope_township', 'scope_park', 'password']
    .map((name) => [name, form.elements[name].value]));
  try {
    await call('POST', '/api/admin/users', body);
    $('user-status').textContent = TEXT[lang].added;
    form.reset();
    await refresh();
  } catch (error) {
    showError(error.message);
  }
});

$('lang-switch').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  render();
  refresh().catch((e) => showError(e.message));
});

async function start() {
  me = await fetchMe();
  if (!me.signedIn) {
    window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return;
  }
  render();
  if (me.role !== 'admin') {
    showError(TEXT[lang].notAdmin);
    return;
  }
  await refresh();
  window.adminReady = true;
}

start().catch((e) => showError(e.message));
