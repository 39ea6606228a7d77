// Back-end access, the one fetch of every page (CSRF token, refusals in the page's language), the portal
// configuration and the next page of a paged OGC API – Features answer.
import { errorText } from './i18n-errors.js';

export const COLLECTIONS = ['parks', 'parcels', 'projects', 'demolition-zones'];

/**
 * A refused or failed request. message is the server's refusal in the page's language (code and params
 * looked up in i18n-errors.js); code, params, details and problems are the answer's own; description is
 * its English text, for logs.
 */
export class FetchError extends Error {
  constructor(url, status, body = null) {
    super(errorText(body, status));
    this.url = url;
    this.status = status;
    this.code = body?.code ?? null;
    this.params = body?.params ?? {};
    this.details = body?.details ?? [];
    this.problems = Array.isArray(body?.problems) ? body.problems : [];
    this.description = body?.description ?? null;
    this.body = body;
  }
}

let csrfToken = null;

/** The session's CSRF token, sent with every request that changes something (see fetchMe). */
export function setCsrfToken(token) {
  csrfToken = token || null;
}

/** GET /api/me: who is signed in ({signedIn: false} when nobody or unreachable); keeps its CSRF token. */
export async function fetchMe() {
  const me = await getJson('/api/me').catch(() => ({ signedIn: false }));
  setCsrfToken(me.csrfToken);
  return me;
}

/**
 * The one fetch of the pages. options: method (default GET, or POST with a body), json (an object sent
 * as JSON), body and contentType (sent as they are, e.g. a file), signal, accept. Adds the CSRF token to
 * every request that is not a GET. Resolves the Response whatever its status; a network failure throws
 * a FetchError with status 0.
 */
export async function request(url, { method, json, body, contentType, signal, accept } = {}) {
  const headers = { Accept: accept || 'application/json' };
  const verb = method || (json !== undefined || body !== undefined ? 'POST' : 'GET');
  if (verb !== 'GET' && verb !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) headers['Content-Type'] = contentType;
  try {
    return await fetch(url, { method: verb, headers, body: payload, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new FetchError(url, 0, { code: 'NetworkError' });
  }
}

async function bodyOf(response) {
  try { return await response.json(); } catch { return null; }
}

/** The JSON of a successful answer (null for 204); a refusal throws a FetchError with its localized message. */
export async function requestJson(url, options = {}) {
  const response = await request(url, options);
  if (!response.ok) throw new FetchError(url, response.status, await bodyOf(response));
  if (response.status === 204) return null;
  const data = await bodyOf(response);
  if (data === null) throw new FetchError(url, response.status, { code: 'BodyNotJson' });
  return data;
}

/**
 * A request whose every answer the caller handles: resolves { status, body }. A refusal's body keeps
 * its code and params, its description becomes the page-language text and descriptionEn the server's.
 */
export async function sendJson(method, url, json, options = {}) {
  const response = await request(url, { ...options, method, json });
  const data = await bodyOf(response);
  if (!response.ok && data && typeof data === 'object') {
    data.descriptionEn = data.description;
    data.description = errorText(data, response.status);
  }
  return { status: response.status, body: data };
}

/** How long the page waits before asking again while its own earlier work holds the visitor's slots. */
const BUSY_WAITS_MS = [250, 500, 1000, 2000, 2000];

/**
 * work() (a request made with signal), asked again while the server answers ClientBusy: a visitor
 * may have 3 exports, counts or searches in flight, and a page's own superseded requests (a layer and
 * then a filter chosen in quick succession) hold those slots until the server has finished them,
 * aborted or not. Waits 0.25 s, then longer, 5.75 s in all; stops with an AbortError once signal is
 * aborted (a newer request replaced this one). Any other refusal, and the last busy one, is thrown.
 */
export async function whenSlotFree(work, signal) {
  for (let tried = 0; ; tried += 1) {
    try {
      return await work();
    } catch (error) {
      if (tried === BUSY_WAITS_MS.length || error.code !== 'ClientBusy' || signal?.aborted) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, BUSY_WAITS_MS[tried]));
    if (signal?.aborted) throw new DOMException('a newer request replaced this one', 'AbortError');
  }
}

/** JSON from a GET; with init.body (an object) a JSON POST. Refusals throw a localized FetchError. */
export function getJson(url, signal, init = {}) {
  return requestJson(url, { signal, json: init.body, accept: 'application/geo+json, application/json' });
}

/** The portal configuration, with center converted to Leaflet's [lat, lon] (WGS84). */
export async function fetchConfig(signal) {
  const config = await getJson('/api/config', signal);
  const [lon, lat] = Array.isArray(config.center) ? config.center : [];
  return {
    tileUrl: config.tileUrl || null,
    tileAttribution: config.tileAttribution || '',
    tileSubdomains: typeof config.tileSubdomains === 'string' ? config.tileSubdomains : '',
    tileShift: config.tileShift === 'gcj02' ? 'gcj02' : null,
    center: Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : [34.7, 117.2],
    zoom: Number.isFinite(config.zoom) ? config.zoom : 12,
    cityCrs: typeof config.cityCrs === 'string' && /^EPSG:\d+$/.test(config.cityCrs) ? config.cityCrs : null,
  };
}

/**
 * A page's rel=next link as a path on this page's own origin, or null. The API's links carry the
 * server's public address (public.url, else the address the connection reached, e.g. 127.0.0.1),
 * which need not be the name the page was opened by (localhost): followed as given, the next page
 * was a cross-origin request the page's policy refuses, without the session cookie.
 */
export function nextHref(page) {
  const next = (page.links || []).find((link) => link.rel === 'next' && link.href);
  if (!next) return null;
  const url = new URL(next.href, window.location.href);
  return `${url.pathname}${url.search}`;
}
