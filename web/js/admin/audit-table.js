// The audit log, newest first: who did what to which thing, with the old and new values as stored.
import { requestJson } from '../api.js';
import { t, locale } from '../i18n.js';
import { el } from '../html.js';

/** The page's word for an action or entity of the log; the stored code when it has none. */
function label(table, code) {
  const text = t(`admin.${table}.${code}`);
  return text.startsWith('admin.') ? code : text;
}

/** Loads the latest page of the log into the table. */
export async function loadAudit(table) {
  const { entries } = await requestJson('/api/admin/audit');
  table.tBodies[0].replaceChildren(...entries.map((e) => el('tr', { dataset: { action: e.action } },
    el('td', {}, new Date(e.at).toLocaleString(locale())),
    el('td', {}, e.actor),
    el('td', {}, label('auditActions', e.action)),
    el('td', {}, `${label('auditEntities', e.entity)} ${e.key ?? ''}`),
    el('td', { className: 'json' }, e.oldValue ?? ''),
    el('td', { className: 'json' }, e.newValue ?? ''))));
}
