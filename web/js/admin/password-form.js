// An admin sets a new password for a user (POST /api/admin/users/{name}/password): the rules of
// `user add` hold, a refusal names the rule in the page's language, and the user's sessions end.
import { requestJson } from '../api.js';
import { t } from '../i18n.js';

const $ = (testid) => document.querySelector(`[data-testid=${testid}]`);

/** Wires the form; onDone(name) runs after the password is set. */
export function createPasswordForm({ onDone }) {
  const form = $('password-form');
  const input = $('password-new');
  const error = $('password-error');
  let username = null;

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
  }

  function close() {
    username = null;
    form.reset();
    showError('');
    form.hidden = true;
  }

  function render() {
    $('password-title').textContent = username ? t('admin.passwordTitle', { name: username }) : '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = username;
    showError('');
    try {
      await requestJson(`/api/admin/users/${encodeURIComponent(name)}/password`,
        { method: 'POST', json: { password: input.value } });
    } catch (refused) {
      showError(refused.message);
      return;
    }
    close();
    await onDone(name);
  });
  $('password-cancel').addEventListener('click', close);

  return {
    /** Opens the form for a user. */
    open(name) {
      username = name;
      form.reset();
      showError('');
      form.hidden = false;
      render();
      input.focus();
    },
    render,
  };
}
