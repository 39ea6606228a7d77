// The users table: role, scope and state of each user, and what an admin may do to each other user:
// disable (after a confirmation in the row, with undo), enable again, set a new password.
import { requestJson } from '../api.js';
import { t } from '../i18n.js';
import { el } from '../html.js';
import { loadScopeParks, scopeLabel } from './scopes.js';
import { showNotice } from './notice.js';

const userUrl = (name, action) => `/api/admin/users/${encodeURIComponent(name)}/${action}`;

/**
 * The table. me: the signed-in admin (who is never disabled from here); onChange() reloads the page's
 * lists; onError(message) shows a refusal; onResetPassword(name) opens the password form.
 */
export function createUserTable(table, { me, onChange, onError, onResetPassword }) {
  let users = [];
  let confirming = null;

  async function act(name, action, notice, undo = null) {
    try {
      await requestJson(userUrl(name, action), { method: 'POST' });
    } catch (refused) {
      onError(refused.message);
      return;
    }
    confirming = null;
    showNotice(notice, undo);
    await onChange();
  }

  function enable(name) {
    return act(name, 'enable', t('admin.enabledNotice', { name }));
  }

  function disable(name) {
    return act(name, 'disable', t('admin.disabledNotice', { name }), () => enable(name));
  }

  function button(testid, text, onClick) {
    const b = el('button', { type: 'button', 'data-testid': testid }, text);
    b.addEventListener('click', onClick);
    return b;
  }

  function actions(u) {
    if (u.username === me.username) return [];
    if (confirming === u.username) {
      return [el('span', { className: 'confirm', 'data-testid': 'disable-question' }, t('admin.confirmDisable', { name: u.username })),
        button('user-disable-confirm', t('admin.confirmYes'), () => disable(u.username)),
        button('user-disable-cancel', t('admin.cancel'), () => { confirming = null; render(); })];
    }
    return [u.disabled ? button('user-enable', t('admin.enable'), () => enable(u.username))
      : button('user-disable', t('admin.disable'), () => { confirming = u.username; render(); }),
    button('user-reset-password', t('admin.resetPassword'), () => onResetPassword(u.username))];
  }

  function render() {
    table.tBodies[0].replaceChildren(...users.map((u) => el('tr', { dataset: { username: u.username, disabled: String(u.disabled) } },
      el('td', {}, u.username, u.username === me.username ? t('admin.you') : ''),
      el('td', {}, t(`admin.roles.${u.role}`)),
      el('td', {}, scopeLabel(u)),
      el('td', {}, u.disabled ? t('admin.disabled') : t('admin.active')),
      el('td', { className: 'actions' }, actions(u)))));
  }

  return {
    async load() {
      ({ users } = await requestJson('/api/admin/users'));
      users = users.map((u) => ({ ...u, role: String(u.role).toLowerCase() }));
      await loadScopeParks(users);
      render();
    },
    render,
  };
}
