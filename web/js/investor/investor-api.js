// The investor API (/api/investor/...) and the park outlines from the OGC API.
import { getJson, fetchAllFeatures } from '../api.js';
import { filterParams } from './url-state.js';

const BASE = '/api/investor';
const PAGE = 1000;
const MAX_PAGES = 20;

export async function fetchParks(signal) {
  return (await getJson(`${BASE}/parks`, signal)).parks || [];
}

export function fetchParkShapes(signal) {
  return fetchAllFeatures('parks', { signal });
}

/** Every public parcel matching the filters, in the API's order for sort; pages through offset. */
export async function fetchParcels(filters, sort, signal) {
  const features = [];
  let matched = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const params = filterParams(filters, sort);
    params.set('limit', String(PAGE));
    if (features.length) params.set('offset', String(features.length));
    const body = await getJson(`${BASE}/parcels?${params}`, signal);
    const batch = Array.isArray(body.features) ? body.features : [];
    features.push(...batch);
    matched = Number.isFinite(body.numberMatched) ? body.numberMatched : features.length;
    if (batch.length < PAGE || features.length >= matched) break;
  }
  return { features, numberMatched: matched ?? features.length };
}

/** One public parcel as a Feature with its park (404 → FetchError with status 404). */
export function fetchParcel(code, signal) {
  return getJson(`${BASE}/parcels/${encodeURIComponent(code)}`, signal);
}

export async function postMatch(body, signal) {
  return (await getJson(`${BASE}/match`, signal, { body })).results || [];
}

export function fetchCompare(codes, signal) {
  return getJson(`${BASE}/compare?codes=${codes.map(encodeURIComponent).join(',')}`, signal);
}

export function postEnquiry(body) {
  return getJson(`${BASE}/enquiries`, undefined, { body });
}
