// The inbox: filters, the list of leads with status badges and overdue marks, paging, counts per park
// (a page of parks at a time, "more parks" while the API gives a next; a refresh keeps the pages brought in;
// the park filter offers the parks loaded).
import { t, locale } from '../i18n.js';
import { el } from '../html.js';
import { listLeads, leadCounts } from './leads-api.js';
import { STATUSES } from './texts.js';
import { loadParks, parkName } from '../names.js';

/** Pages of counts a refresh reads again at most (of 50 parks each: /api/leads/counts' default). */
const MAX_REFRESH_PAGES = 20;
const $ = (testid) => document.querySelector(`[data-testid="${testid}"]`);

export function statusBadge(status) {
  return el('span', { className: `badge ${status}`, dataset: { testid: 'status-badge', status } },
    t(`leads.statuses.${status}`));
}

export function overdueBadge() {
  return el('span', { className: 'badge overdue', dataset: { testid: 'overdue-mark' } }, t('leads.overdue'));
}

export function when(instant) {
  return instant ? new Date(instant).toLocaleString(locale()) : '';
}

/** A page of /api/leads/counts as [code, counts] pairs, in the server's code order. */
function byCode(page) {
  return (page.parks || []).map((p) => [p.code, p]);
}

/** The inbox; onPick(id) when a lead is chosen; onError(error) for refusals. */
export function createInbox({ onPick, onError }) {
  const state = { leads: [], next: null, counts: new Map(), countsNext: null, selected: null, overdue: 0, hours: 24 };
  const moreParks = el('button', { type: 'button', hidden: true, dataset: { testid: 'lead-counts-more' } });
  $('lead-counts-wrap').after(moreParks);

  function filter() {
    return { status: $('filter-status').value, park: $('filter-park').value, overdue: $('filter-overdue').checked };
  }

  function renderFilters() {
    const status = $('filter-status');
    const chosen = status.value;
    status.replaceChildren(el('option', { value: '' }, t('leads.allStatuses')),
      ...STATUSES.map((s) => el('option', { value: s }, t(`leads.statuses.${s}`))));
    status.value = chosen;
    const park = $('filter-park');
    const chosenPark = park.value;
    park.replaceChildren(el('option', { value: '' }, t('leads.allParks')),
      ...[...state.counts].map(([code, c]) => el('option', { value: code }, parkName(code) || c.name)));
    park.value = chosenPark;
  }

  function renderList() {
    const list = $('lead-list');
    list.replaceChildren(...state.leads.map((lead) => el('li', {
      dataset: { testid: 'lead-item', id: String(lead.id), status: lead.status },
      'aria-current': lead.id === state.selected ? 'true' : null,
    }, el('button', { type: 'button' },
      el('div', {}, statusBadge(lead.status), lead.overdue ? overdueBadge() : null,
        el('span', { className: 'who' }, lead.name)),
      el('div', { className: 'meta' }, `${lead.parkCode ? parkName(lead.parkCode) : lead.parkName || ''} · `,
        el('span', { className: 'code' }, lead.parcelCode), ` · ${when(lead.createdAt)}`)))));
    list.querySelectorAll('li').forEach((item) => item.querySelector('button')
      .addEventListener('click', () => onPick(Number(item.dataset.id))));
    if (!state.leads.length) list.append(el('li', { className: 'placeholder' }, t('leads.empty')));
    $('lead-more').hidden = state.next == null;
    const banner = $('overdue-banner');
    banner.hidden = state.overdue === 0;
    banner.textContent = t('leads.overdueBanner', { n: state.overdue, hours: state.hours });
  }

  /** A count column's head: short where the status name is long, the full name as its title. */
  function countHead(column) {
    if (column === 'overdue' || column === 'total') return el('th', {}, t(`leads.${column}`));
    const full = t(`leads.statuses.${column}`);
    const short = t(`leads.countHeads.${column}`);
    return el('th', { title: full }, short === `leads.countHeads.${column}` ? full : short);
  }

  function renderCounts() {
    const table = $('lead-counts');
    const columns = [...STATUSES, 'overdue', 'total'];
    table.tHead.replaceChildren(el('tr', {}, el('th', {}, t('leads.park')), ...columns.map(countHead)));
    table.tBodies[0].replaceChildren(...[...state.counts].map(([code, c]) => el('tr', {
      dataset: { testid: 'count-row', park: code },
    }, el('td', {}, parkName(code) || c.name), ...columns.map((col) => el('td', {}, String(c[col] ?? 0))))));
    moreParks.textContent = t('leads.moreParks');
    moreParks.hidden = state.countsNext == null;
  }

  async function load(more = false) {
    try {
      const page = await listLeads({ ...filter(), before: more ? state.next : null });
      state.leads = more ? [...state.leads, ...page.leads] : page.leads;
      state.next = page.next;
      state.overdue = page.overdue;
      state.hours = page.overdueHours;
      await loadParks(page.leads.map((lead) => lead.parkCode));
      renderList();
    } catch (error) {
      onError(error);
    }
  }

  /**
   * The next page of counts (more), or the counts afresh: as many pages again as had been brought in
   * with 更多园区 (at most MAX_REFRESH_PAGES), so a refresh after a change keeps the parks listed and
   * the park chosen in the filter.
   */
  async function loadCounts(more = false) {
    try {
      const shown = more ? 0 : state.counts.size;
      let page = await leadCounts(more ? state.countsNext : null);
      let counts = new Map([...(more ? state.counts : []), ...byCode(page)]);
      for (let n = 1; page.next != null && counts.size < shown && n < MAX_REFRESH_PAGES; n += 1) {
        page = await leadCounts(page.next);
        counts = new Map([...counts, ...byCode(page)]);
      }
      state.counts = counts;
      state.countsNext = page.next ?? null;
      await loadParks([...counts.keys()]);
      renderFilters();
      renderCounts();
    } catch (error) {
      onError(error);
    }
  }

  $('lead-filters').addEventListener('change', () => load());
  $('lead-more').addEventListener('click', () => load(true));
  moreParks.addEventListener('click', () => loadCounts(true));

  return {
    async refresh() {
      await Promise.all([load(), loadCounts()]);
    },
    select(id) {
      state.selected = id;
      renderList();
    },
    render() {
      renderFilters();
      renderList();
      renderCounts();
    },
  };
}
