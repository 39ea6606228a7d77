// The leads API through the pages' one fetch (api.js: CSRF token, refusals in the page's language).
import { requestJson } from '../api.js';

const base = (id) => `/api/leads/${encodeURIComponent(id)}`;

/** A page of the inbox. filter: { status, park, overdue, before }. */
export function listLeads({ status, park, overdue, before } = {}) {
  const query = new URLSearchParams({ limit: '50' });
  if (status) query.set('status', status);
  if (park) query.set('park', park);
  if (overdue) query.set('overdue', 'true');
  if (before) query.set('before', String(before));
  return requestJson(`/api/leads?${query}`);
}

/** A page of the counts per park (the parks with leads, in code order): { parks, next, totals }; cursor: the previous page's next. */
export function leadCounts(cursor = null) {
  return requestJson(`/api/leads/counts${cursor == null ? '' : `?cursor=${encodeURIComponent(cursor)}`}`);
}
export const getLead = (id) => requestJson(base(id));
export const moveLead = (id, status, expected, note) => requestJson(`${base(id)}/status`,
  { json: { status, expected, note: note || null } });
export const assignLead = (id, assignee) => requestJson(`${base(id)}/assign`, { json: { assignee: assignee || null } });
export const addNote = (id, note) => requestJson(`${base(id)}/notes`, { json: { note } });
