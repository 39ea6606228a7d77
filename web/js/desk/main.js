/*
 * Entry module of the officials' desk (desk.html): staff only. URL parameters: see url-state.js.
 *
 * data-testid of the key elements:
 *   header   app-header, signed-in-user, overview-link, leads-link[data-new][data-overdue] (lead staff only), lang-switch, sign-out, error-message,
 *            as-of-control > as-of (date input), as-of-mondays (quick picks)
 *   leads    lead-counts > lead-count[data-park][data-new][data-overdue] (admins, city-wide and park officials)
 *   map      map; zone paths carry data-code and data-overdue; project markers data-code and data-stage (as of the day);
 *            desk-legend[data-folded] > desk-legend-toggle[aria-expanded], desk-legend-body > li[data-key=STAGE|low|mid|high|unknown|overdue];
 *            labels .zone-label, .project-label
 *   side     side-panel, tab-dispatch, tab-lagging, tab-overdue, tab-figures, overdue-list[data-count] > overdue-zone[data-code]
 *   lists    dispatch-list (本周调度) and lagging-list (滞后清单): see side-lists.js
 *   zone     zone-panel[data-code][data-state=loading|loaded|error] > panel-close, zone-overdue[data-overdue],
 *            waiting-projects > waiting-project[data-code][data-stage (as of the day)], zone-chart[data-points] (canvas),
 *            report-form > report-date, report-signed, report-demolished, report-cleared, report-note,
 *            report-reason, report-based-on, report-submit, report-status[data-state=sending|success|error|conflict]
 *            > report-resubmit (on conflict); report-history > report-row[data-id][data-down][data-correction]
 *   project  project-panel[data-code][data-state=loading|loaded|summary|error][data-stage (as of the day)] > project-as-of,
 *            .facts dd[data-key=investment-year|tax-year], project-past-day > project-to-today (forms are on today's
 *            panel only), stage-history > stage-row[data-stage],
 *            stage-form > stage-select, stage-date, stage-note, stage-reason, stage-submit,
 *            stage-status[data-state=sending|success|error], investment-chart[data-months],
 *            investment-open (summary) > investment-form > investment-month, investment-amount, investment-submit,
 *            investment-status; the same with tax-; milestone-table > milestone-row[data-late][data-seq],
 *            milestone-open > milestone-form > milestone-select, milestone-date, milestone-submit, milestone-status;
 *            issue-list > issue-row[data-closed][data-seq] > issue-close-open > issue-resolution, issue-close-submit,
 *            issue-close-status; issue-open > issue-form > issue-description, issue-responsible, issue-submit,
 *            issue-status; waiting-zone[data-code]; for staff refused the internals (data-state=summary):
 *            project-summary > dd[data-key=stage|leader|unit|township|park], project-summary-note
 *   figures  figures-panel[data-scope][data-as-of] > scope-select, figures-csv, figure-cards >
 *            figure-card[data-key] > figure-value; rankings[data-period][data-key] > ranking-figure,
 *            ranking-townships, ranking-parks, ranking-week, ranking-month, ranking-compared,
 *            rankings-table > ranking-row[data-name][data-rank][data-own] > ranking-counts, ranking-change (week), ranking-change-month
 *
 * window.desk, for browser tests:
 *   ready              Promise: the view's zones and projects (figures of the day), lists and figures loaded, the URL's view restored
 *   state()            { lang, asOf, zone, project, tab, scope, period, rankOf, user } (a copy)
 *   openZone(code), openProject(code) → Promise (panel loaded); openZone(null) closes
 *   setAsOf('YYYY-MM-DD') → Promise (map, overdue list, open panel, figures and rankings as of that day)
 *   setLang('zh'|'en'), setTab('dispatch'|'lagging'|'overdue'|'figures'), setScope(scope) → Promise (figures, map zoomed to it),
 *   setRankingsOf('townships'|'parks') → Promise, idle() → Promise, map
 *   drawnCodes() → { zones, projects }: the codes the map holds (those of the views seen so far)
 * The map holds only what views have shown (desk-map.js); the lists come paged from the server.
 */
import './texts-zh.js';
import './texts-en.js';
import './texts-lag.js';
import { t, setLang, onLangChange, currentLang } from '../i18n.js';
import { createTabs } from '../tabs.js';
import { idle, track } from '../pending.js';
import * as api from './desk-api.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { today, useServerToday } from './dates.js';
import { createDeskMap } from './desk-map.js';
import { createDetailPanels } from './detail-panels.js';
import { createFiguresPanel } from './figures-panel.js';
import { createRankings } from './rankings-table.js';
import { quarterOf } from '../contest/flag.js';
import { renderOverdueList, OVERDUE_PAGE } from './overdue-list.js';
import { createSideLists } from './side-lists.js';
import { homeScope } from './home-view.js';
import { createAsOfControl } from './as-of-control.js';
import { renderHeader, showError } from './desk-header.js';
import { createSaveRefresh } from './save-refresh.js';
import { createLeadCounts } from './lead-counts.js';
import { PHOTO_ADDED } from './photo-strip.js';
import { loadParks } from '../names.js';

const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
const fromUrl = readUrlState();
const state = { ...fromUrl, asOf: fromUrl.asOf || today() };
let me = null;

setLang(fromUrl.lang, { persist: false });
const deskMap = createDeskMap($('map'), { onZone: (code) => panels.openZone(code), onProject: (code) => panels.openProject(code),
  onError: (error) => showError(t('desk.loadFailed', { reason: error.message })) });
const figures = createFiguresPanel($('figures-panel'), { onScope: (scope) => setScope(scope) });
const rankings = createRankings($('rankings'), {
  onChange: (period) => { state.period = period; sync(); return track(loadFigures()); },
  onOf: (of) => { state.rankOf = of; sync(); return track(loadFigures()); },
});
const openItem = (kind, code) => track(kind === 'zone' ? panels.openZone(code) : panels.openProject(code));
const lists = createSideLists({ dispatchContainer: $('dispatch-list'), laggingContainer: $('lagging-list'), onOpen: openItem });
const loadDispatch = () => lists.loadDispatch(state.asOf);
const showLagging = () => lists.showLagging(state.asOf);
document.addEventListener(PHOTO_ADDED, () => track(deskMap.reloadPhotos()));
const leads = createLeadCounts($('lead-counts'), $('leads-link'));
const asOf = createAsOfControl($('as-of-control'), (day) => setAsOf(day));
// A tab opens at its top, not where the previous one was scrolled to.
const tabs = createTabs(document.querySelector('.tab-list'), (tab) => {
  state.tab = tab;
  $('side-panel').scrollTop = 0;
  sync();
  saved.opened(tab);
});

const sync = () => writeUrlState({ ...state, lang: currentLang() }, today());

let overdue = null; // the overdue list's page
const saved = createSaveRefresh({ state, deskMap, loadDispatch, loadOverdue: () => loadOverdue(), loadFigures: (f) => loadFigures(f),
  showLagging, onError: (e) => showError(e.message) });
const panels = createDetailPanels({ zoneContainer: $('zone-panel'), projectContainer: $('project-panel'), state, deskMap, sync,
  viewer: () => me, saved, onToday: (day) => track(setAsOf(day)) });

/** The overdue zones of the city on the day (one page, by deadline). */
async function loadOverdue() {
  overdue = await api.fetchLagging({ asOf: state.asOf, show: 'overdue', limit: OVERDUE_PAGE }).catch((error) => {
    showError(t('desk.loadFailed', { reason: error.message }));
    return null;
  });
  renderOverdueList($('overdue-list'), overdue, (code) => panels.openZone(code));
}

/** The map's view, the overdue and lagging lists on the desk's day. */
const loadDay = () => Promise.all([deskMap.setDay(state.asOf), loadOverdue(), showLagging()]);

/** The scope's figures and the rankings (with the contest's flags); {@code figuresToo} false: the rankings only. */
async function loadFigures(figuresToo = true) {
  const [figureData, rankingData, contest] = await Promise.all([
    figuresToo ? api.fetchFigures(state.scope, state.asOf) : null, api.fetchRankings(state.asOf, state.period, state.rankOf),
    api.fetchContest(quarterOf(state.asOf), state.rankOf).catch(() => null),
  ]);
  if (figureData) figures.show(figureData, api.figuresCsvUrl(state.asOf));
  rankings.show(rankingData, state.period, state.rankOf);
  rankings.setFlags(contest);
}

async function setAsOf(day) {
  saved.clear();
  state.asOf = day;
  asOf.set(day);
  sync();
  await Promise.all([loadDay(), loadFigures().catch((e) => showError(e.message)), loadDispatch()]);
  if (state.zone) await panels.openZone(state.zone);
  else if (state.project) await panels.openProject(state.project);
}

async function setScope(scope) {
  state.scope = scope;
  sync();
  await track(Promise.all([loadFigures().catch((e) => showError(e.message)), deskMap.fitScope(scope)]));
}

onLangChange(() => {
  renderHeader(me, signOut);
  asOf.relabel();
  panels.relabel();
  figures.relabel(state.scope);
  rankings.relabel();
  renderOverdueList($('overdue-list'), overdue, (code) => panels.openZone(code));
  lists.relabel();
  leads.relabel();
  deskMap.relabel();
  sync();
});

async function signOut() {
  await api.signOut().catch(() => null);
  window.location.assign('/login.html');
}

async function start() {
  me = await api.fetchMe();
  useServerToday(me.today);
  if (!fromUrl.asOf) state.asOf = today();
  if (!me.signedIn) {
    window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return new Promise(() => {});
  }
  renderHeader(me, signOut);
  rankings.setViewer(me);
  asOf.set(state.asOf);
  tabs.set(state.tab);
  const [, parks, townships] = await Promise.all([deskMap.load(), loadParks([me.scopePark, state.scope?.startsWith('park:') ? state.scope.slice(5) : null])
    .then((list) => ({ parks: list })),
    api.fetchTownships().then((a) => a.townships || []).catch(() => [])]);
  // A township's or park's official starts on their own scope unless the link names one.
  const home = fromUrl.scopeGiven ? null : homeScope(me);
  if (home) state.scope = home;
  figures.setOptions(townships, parks.parks || [], state.scope);
  // The map is set on what the link opens (a zone, a project) or the scope (the city, or the official's
  // own) before the day's first view load: the view's features are asked for once, for the view it settles on.
  const opening = state.zone ? deskMap.startOn('demolition-zones', state.zone)
    : state.project ? deskMap.startOn('projects', state.project) : deskMap.fitScope(state.scope, { instant: true });
  await Promise.all([opening.then(() => deskMap.setDay(state.asOf)), loadOverdue(), showLagging(), loadFigures(), loadDispatch(),
    leads.load(me)]);
  if (state.zone) await panels.openZone(state.zone);
  else if (state.project) await panels.openProject(state.project);
  await deskMap.viewLoaded();
  sync();
  const drawn = deskMap.drawnCodes();
  return { zones: drawn.zones.length, projects: drawn.projects.length };
}

const ready = track(start());
ready.catch((error) => showError(t('desk.loadFailed', { reason: error.message })));

window.desk = {
  ready,
  state: () => ({ ...state, lang: currentLang(), user: me?.username ?? null }),
  openZone: (code) => track(panels.openZone(code)),
  openProject: (code) => track(panels.openProject(code)),
  setAsOf: (day) => track(setAsOf(day)),
  setLang: (lang) => setLang(lang),
  setTab: (tab) => tabs.set(tab),
  /** The lagging list's search, sort ('days'|'township'|'leader') and show ('lagging'|'red'|'amber'|'green'|'all'). */
  setLagging: (view) => lists.setLaggingView(view),
  setScope: (scope) => setScope(scope),
  setRankingsOf: (of) => { state.rankOf = of; sync(); return track(loadFigures()); },
  drawnCodes: () => deskMap.drawnCodes(),
  idle,
  map: deskMap.map,
};
