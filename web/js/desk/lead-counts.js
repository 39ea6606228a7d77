// Leads (招商线索) on the desk, for the staff who work them (admins, city-wide officials and park
// officials; the server decides and counts only their parks): a link to the leads page in the header,
// and per park the new and the overdue (unanswered past the configured hours) leads, each park's
// line opening the leads page. Others see neither. The counts come a page at a time
// (/api/leads/counts: the first 50 parks with leads, in code order, and the totals of all); when
// more parks have leads, a last line says how many are not listed and opens the leads page.
import { t, extendTexts } from '../i18n.js';
import { el } from '../html.js';
import { requestJson } from '../api.js';
import { track } from '../pending.js';
import { loadParks, parkName } from '../names.js';

extendTexts('zh', { desk: { leads: {
  link: '招商线索', title: '招商线索', none: '暂无线索', line: '{park}：新线索 {fresh} 条，超时未跟进 {overdue} 条（共 {total} 条）',
  more: '另有 {n} 条线索在其他园区，请到招商线索页查看',
} } });
extendTexts('en', { desk: { leads: {
  link: 'Leads', title: 'Investor leads', none: 'No leads yet', line: '{park}: {fresh} new, {overdue} overdue ({total} in all)',
  more: '{n} more leads in other parks: see the leads page',
} } });

/** May this viewer work leads (the server's rule, to avoid asking for what would be refused)? */
export function mayWorkLeads(me) {
  if (!me?.signedIn) return false;
  return me.role === 'admin' || (me.role === 'official' && !me.scopeTownship);
}

/** Shows the header link and the per-park counts in {@code container} for viewers who work leads. */
export function createLeadCounts(container, link) {
  let me = null;
  let counts = null;

  function render() {
    const shown = mayWorkLeads(me);
    link.hidden = !shown;
    container.hidden = !shown || counts == null;
    link.textContent = t('desk.leads.link');
    if (!shown || counts == null) return;
    const parks = (counts.parks || []).map((p) => [p.code, p]);
    const totals = counts.totals || {};
    const fresh = totals.new ?? 0;
    const overdue = totals.overdue ?? 0;
    const unlisted = (totals.total ?? 0) - parks.reduce((n, [, p]) => n + (p.total ?? 0), 0);
    link.dataset.new = String(fresh);
    link.dataset.overdue = String(overdue);
    if (overdue > 0) link.append(' ', el('span', { className: 'tag tag-overdue' }, String(overdue)));
    // (replaceChildren writes a null as the text "null": the optional last line is left out instead)
    container.replaceChildren(...[el('h3', {}, t('desk.leads.title')),
      parks.length ? el('ul', { className: 'plain-list' }, parks.map(([code, p]) => el('li', {
        dataset: { testid: 'lead-count', park: code, new: String(p.new ?? 0), overdue: String(p.overdue ?? 0) },
      }, el('a', { href: '/leads.html' }, t('desk.leads.line', { park: parkName(code), fresh: p.new ?? 0,
        overdue: p.overdue ?? 0, total: p.total ?? 0 }))))) : el('p', {}, t('desk.leads.none')),
      counts.next && unlisted > 0 ? el('p', { dataset: { testid: 'lead-count-more' } },
        el('a', { href: '/leads.html' }, t('desk.leads.more', { n: unlisted }))) : null].filter(Boolean));
  }

  return {
    async load(viewer) {
      me = viewer;
      counts = mayWorkLeads(me) ? await track(requestJson('/api/leads/counts')).catch(() => null) : null;
      if (counts) await loadParks((counts.parks || []).map((p) => p.code));
      render();
    },
    relabel: render,
  };
}
