// Back-end access: portal configuration and paged OGC API – Features collections.

export const COLLECTIONS = ['parks', 'parcels', 'projects', 'demolition-zones'];
const PAGE_LIMIT = 1000;
const MAX_PAGES = 10000;

export class FetchError extends Error {
  constructor(url, status, detail) {
    super(status ? `HTTP ${status}${detail ? ` – ${detail}` : ''}` : detail);
    this.url = url;
    this.status = status;
  }
}

/** JSON from a GET; with init.body (an object) a JSON POST. Errors carry the API's description. */
export async function getJson(url, signal, init = {}) {
  let response;
  const headers = { Accept: 'application/geo+json, application/json' };
  const request = { headers, signal };
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    Object.assign(request, { method: 'POST', body: JSON.stringify(init.body) });
  }
  try {
    response = await fetch(url, request);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new FetchError(url, 0, error.message || 'network error');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      detail = body.description || body.message || detail;
    } catch { /* body was not JSON */ }
    throw new FetchError(url, response.status, detail);
  }
  try {
    return await response.json();
  } catch {
    throw new FetchError(url, response.status, 'invalid JSON');
  }
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
  };
}

function itemsUrl(collection, bbox) {
  const url = new URL(`/ogc/collections/${encodeURIComponent(collection)}/items`, window.location.origin);
  url.searchParams.set('limit', String(PAGE_LIMIT));
  if (bbox) url.searchParams.set('bbox', bbox);
  return url.href;
}

function nextHref(page) {
  const next = (page.links || []).find((link) => link.rel === 'next' && link.href);
  return next ? new URL(next.href, window.location.href).href : null;
}

/**
 * Every feature of a collection, following rel=next links page by page.
 * options: bbox string, onPage({ loaded, matched }) progress callback, AbortSignal.
 */
export async function fetchAllFeatures(collection, { bbox, onPage, signal } = {}) {
  const features = [];
  const seen = new Set();
  let url = itemsUrl(collection, bbox);
  let matched = null;
  while (url && !seen.has(url) && seen.size < MAX_PAGES) {
    seen.add(url);
    const page = await getJson(url, signal);
    if (!page || !Array.isArray(page.features)) throw new FetchError(url, 0, 'not a FeatureCollection');
    features.push(...page.features);
    if (Number.isFinite(page.numberMatched)) matched = page.numberMatched;
    if (onPage) onPage({ loaded: features.length, matched });
    url = page.features.length ? nextHref(page) : null;
  }
  return { type: 'FeatureCollection', features, numberMatched: matched ?? features.length };
}
