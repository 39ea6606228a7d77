// The "add a user" form: user name, role, a scope picked from the real townships and parks (officials
// only), an initial password. A refusal is shown in the page's language, by its code.
import { requestJson } from '../api.js';
import { t } from '../i18n.js';
import { createScopeParkPicker, fillScopeSelect, PARK_SCOPE, scopeMembers } from './scopes.js';

const $ = (testid) => document.querySelector(`[data-testid=${testid}]`);

/** Wires the form; onAdded() runs after a user is added, onError(message) on a refusal. */
export function createUserForm({ onAdded, onError }) {
  const form = $('user-form');
  const role = $('user-role');
  const scope = $('user-scope');
  const park = createScopeParkPicker();
  scope.closest('label').after(park.element);

  function syncScope() {
    const official = role.value === 'official';
    scope.disabled = !official;
    scope.title = official ? '' : t('admin.scopeOnlyOfficials');
    if (!official) scope.value = '';
    park.element.hidden = scope.value !== PARK_SCOPE;
    park.input.setAttribute('aria-label', t('admin.scopeParks'));
  }

  role.addEventListener('change', syncScope);
  scope.addEventListener('change', () => { syncScope(); if (scope.value === PARK_SCOPE) park.input.focus(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = form.elements.username.value.trim();
    const body = { username, role: role.value, ...scopeMembers(scope.value, park.value()), password: form.elements.password.value };
    $('user-status').textContent = '';
    try {
      await requestJson('/api/admin/users', { method: 'POST', json: body });
    } catch (error) {
      onError(error.message);
      return;
    }
    form.reset();
    park.set('');
    syncScope();
    $('user-status').textContent = t('admin.added', { name: username });
    await onAdded();
  });

  return {
    /** Texts and scope choices in the current language (a status line of the other language is cleared). */
    render() {
      $('user-status').textContent = '';
      fillScopeSelect(scope);
      syncScope();
    },
  };
}
