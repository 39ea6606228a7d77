// The detail pane of one lead: facts, status moves (only those the server says are open), assignment,
// append-only notes and the audited history.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { getLead, moveLead, assignLead, addNote } from './leads-api.js';
import { statusBadge, overdueBadge, when } from './inbox.js';
import { loadParks, parkName } from '../names.js';

const $ = (testid) => document.querySelector(`[data-testid="${testid}"]`);

function fact(label, value) {
  return [el('dt', {}, label), el('dd', {}, value ?? '')];
}

function historyLine(change) {
  const values = (text) => {
    try {
      return Object.entries(JSON.parse(text) || {}).map(([key, v]) => (v == null ? '—'
        : key === 'status' ? t(`leads.statuses.${v}`) : String(v))).join(' · ');
    }
    catch { return ''; }
  };
  const from = change.oldValue ? `${values(change.oldValue)} → ` : '';
  return el('li', {}, `${when(change.at)} ${change.actor} · ${t(`leads.actions.${change.action}`)}: ${from}${values(change.newValue)}`);
}

/** The pane; onChanged() after a change the server accepted; onError(error) for refusals. */
export function createDetail({ onChanged, onError }) {
  let view = null;

  function note() {
    return $('lead-note').value.trim();
  }

  async function act(change) {
    try {
      view = await change();
      render();
      onChanged();
    } catch (error) {
      onError(error);
    }
  }

  function controls(lead) {
    const moves = view.moves.map((status) => el('button', { type: 'button', dataset: { testid: `move-${status}` } },
      `${t('leads.moveTo')} ${t(`leads.statuses.${status}`)}`));
    view.moves.forEach((status, i) => moves[i].addEventListener('click',
      () => act(() => moveLead(lead.id, status, lead.status, note()))));
    const select = el('select', { dataset: { testid: 'lead-assignee' }, 'aria-label': t('leads.assignedTo') },
      el('option', { value: '' }, t('leads.nobody')),
      ...view.assignees.map((name) => el('option', { value: name }, name)));
    select.value = lead.assignedTo || '';
    const assign = el('button', { type: 'button', dataset: { testid: 'lead-assign' } }, t('leads.assign'));
    assign.addEventListener('click', () => act(() => assignLead(lead.id, select.value)));
    const add = el('button', { type: 'button', dataset: { testid: 'lead-add-note' } }, t('leads.addNote'));
    add.addEventListener('click', () => act(() => addNote(lead.id, note())));
    return [
      el('label', {}, el('span', {}, t('leads.note')), el('textarea', {
        dataset: { testid: 'lead-note' }, maxlength: '1000', placeholder: t('leads.notePlaceholder'),
      })),
      el('p', { className: 'history' }, t('leads.lossReason')),
      el('div', { className: 'controls' }, add, ...moves),
      el('div', { className: 'controls' }, el('span', {}, t('leads.assignedTo')), select, assign),
    ];
  }

  function render() {
    const pane = $('lead-detail');
    if (!view) {
      pane.replaceChildren(el('p', { className: 'placeholder' }, t('leads.pick')));
      return;
    }
    const { lead } = view;
    pane.dataset.status = lead.status;
    pane.replaceChildren(
      el('h2', {}, statusBadge(lead.status), lead.overdue ? overdueBadge() : null, lead.name),
      el('dl', {}, ...fact(t('leads.park'), lead.parkCode ? parkName(lead.parkCode) : lead.parkName), ...fact(t('leads.parcel'), lead.parcelCode),
        ...fact(t('leads.contact'), lead.contact), ...fact(t('leads.message'), lead.message),
        ...fact(t('leads.received'), when(lead.createdAt)), ...fact(t('leads.assignedTo'), lead.assignedTo || t('leads.nobody')),
        ...(lead.handledAt ? fact(t('leads.handled'), `${when(lead.handledAt)} ${lead.handledBy || ''}`) : [])),
      ...controls(lead),
      el('h3', {}, t('leads.notes')),
      view.notes.length ? el('ul', { className: 'notes', dataset: { testid: 'lead-notes' } }, view.notes.map((n) => el('li', {},
        el('div', { className: 'meta' }, `${when(n.at)} ${n.by}`), n.body))) : el('p', { className: 'placeholder' }, t('leads.noNotes')),
      el('h3', {}, t('leads.history')),
      el('ul', { className: 'history', dataset: { testid: 'lead-history' } }, view.history.map(historyLine)),
    );
  }

  return {
    async show(id) {
      try {
        view = await getLead(id);
        await loadParks([view.lead?.parkCode]);
        render();
      } catch (error) {
        onError(error);
      }
    },
    render,
  };
}
