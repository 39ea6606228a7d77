// The desk's back-end calls: session, zones and project stages as of a day, zone reports, projects and
// their updates, figures, rankings.
import { getJson, sendJson, fetchMe as fetchSession } from '../api.js';
import { track } from '../pending.js';
import { currentLang } from '../i18n.js';

const q = encodeURIComponent;

function get(url) {
  return track(getJson(url));
}

/**
 * A state-changing request (the shared core adds the CSRF token); resolves { status, body } for every
 * answer, so callers can handle 400/409; a refusal's body.description is in the page's language.
 */
const send = (method, url, body) => sendJson(method, url, body);

export function fetchMe() {
  return track(fetchSession());
}

export function signOut() {
  return track(send('POST', '/api/logout'));
}

export const fetchZonesAsOf = (asOf) => get(`/api/desk/zones?as_of=${q(asOf)}`);
/** A zone's reports, and the projects waiting on it with their stage on asOf. */
export const fetchReports = (code, asOf) => get(`/api/desk/zones/${q(code)}/reports?as_of=${q(asOf)}`);
export const fileReport = (code, body) => track(send('POST', `/api/desk/zones/${q(code)}/reports`, body));
export const fetchProjectStages = (asOf) => get(`/api/desk/projects?as_of=${q(asOf)}`);
export const fetchProject = (code, asOf) => get(`/api/desk/projects/${q(code)}?as_of=${q(asOf)}`);
export const fetchFigures = (scope, asOf) => get(`/api/figures?scope=${q(scope)}&as_of=${q(asOf)}`);
export const fetchRankings = (asOf, period, of) => get(`/api/figures/rankings?as_of=${q(asOf)}&period=${q(period)}&of=${q(of || 'townships')}`);
/** The quarterly contest of a quarter ('2026Q3'): places with their red or yellow flags. */
export const fetchContest = (quarter, of) => get(`/api/desk/contest?quarter=${q(quarter)}&of=${q(of || 'townships')}`);
/** An update of a project; path is under the project: stage, investments, tax, milestones/SEQ, issues, issues/SEQ/close. */
export const updateProject = (code, path, body) => track(send('POST', `/api/desk/projects/${q(code)}/${path}`, body));
/** The figures CSV in the page's language (Chinese headers, or English code names). */
export const figuresCsvUrl = (asOf) => `/api/figures.csv?as_of=${q(asOf)}&lang=${currentLang()}`;
/** Zones and key projects of the viewer's scope without a report in the week of asOf (周调度). */
/** A page of the weekly dispatch: DISPATCH_PAGE items from offset, with the counts of all. */
export const DISPATCH_PAGE = 200;
export const fetchDispatch = (asOf, offset = 0) => get(`/api/desk/dispatch?as_of=${q(asOf)}&limit=${DISPATCH_PAGE}&offset=${offset}`);
/** A page of the lagging list (滞后清单) on asOf: { numberMatched, rows, nextOffset? }; show 'overdue' for overdue zones. */
export const fetchLagging = ({ asOf, show, sort, search, limit, offset }) => get(`/api/desk/lagging?as_of=${q(asOf)}`
  + `&show=${q(show || 'lagging')}&sort=${q(sort || 'days')}&search=${q(search || '')}&limit=${limit || 100}&offset=${offset || 0}`);
/** The townships that have a zone or a project. */
export const fetchTownships = () => get('/api/desk/townships');
