// The desk's view in the URL: ?lang=zh|en &as_of=YYYY-MM-DD &zone=CODE | &project=CODE
// &tab=dispatch|overdue|lagging|figures &scope=city|township:NAME|park:CODE &period=week|month &rank=townships|parks
import { initialLang } from '../i18n.js';
import { isDay } from './dates.js';

export const TABS = ['dispatch', 'overdue', 'lagging', 'figures'];

export function readUrlState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const scope = params.get('scope') || 'city';
  return {
    lang: initialLang(params),
    asOf: isDay(params.get('as_of')) ? params.get('as_of') : null,
    zone: params.get('zone') || null,
    project: params.get('zone') ? null : params.get('project') || null,
    tab: TABS.includes(params.get('tab')) ? params.get('tab') : 'dispatch',
    scope: /^(city|township:.+|park:.+)$/.test(scope) ? scope : 'city',
    /** An explicit scope in the link wins over the viewer's home scope (their township or park). */
    scopeGiven: /^(city|township:.+|park:.+)$/.test(scope) && params.has('scope'),
    period: params.get('period') === 'month' ? 'month' : 'week',
    rankOf: params.get('rank') === 'parks' ? 'parks' : 'townships',
  };
}

/** Writes the view into the address bar without a new history entry; defaults are left out. */
export function writeUrlState(state, todayDay) {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  if (state.asOf && state.asOf !== todayDay) params.set('as_of', state.asOf);
  if (state.zone) params.set('zone', state.zone);
  else if (state.project) params.set('project', state.project);
  if (state.tab !== 'dispatch') params.set('tab', state.tab);
  if (state.scope !== 'city') params.set('scope', state.scope);
  if (state.period !== 'week') params.set('period', state.period);
  if (state.rankOf === 'parks') params.set('rank', 'parks');
  const url = `${window.location.pathname}?${params}`;
  if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
}
