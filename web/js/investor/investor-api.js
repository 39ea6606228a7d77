// The investor API (/api/investor/...); park outlines come from the vector tiles (park-layer.js), park
// summaries a view or a few codes at a time (parks-in-view.js, names.js, park-picker.js).
import { getJson, whenSlotFree } from '../api.js';
import { filterParams } from './url-state.js';

const BASE = '/api/investor';
const PAGE = 1000;
const MAX_PAGES = 20;

/** The industry catalogue's categories [{code, zh, en}] (/api/industries). */
export async function fetchIndustries(signal) {
  return (await getJson('/api/industries', signal)).industries || [];
}


/**
 * The public parcels matching the filters, in the API's order for sort, page after page up to
 * MAX_PAGES × PAGE parcels. numberMatched is null when the API only says there are more than
 * moreThan; truncated is true when parcels remain beyond the pages fetched.
 */
export async function fetchParcels(filters, sort, signal) {
  const features = [];
  let matched = null;
  let moreThan = null;
  let truncated = false;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const params = filterParams(filters, sort);
    params.set('limit', String(PAGE));
    if (features.length) params.set('offset', String(features.length));
    else params.set('count', 'true'); // the first page tells how many match (the API counts only when asked)
    const body = await whenSlotFree(() => getJson(`${BASE}/parcels?${params}`, signal), signal);
    const batch = Array.isArray(body.features) ? body.features : [];
    features.push(...batch);
    if (page === 0 || Number.isFinite(body.numberMatched)) {
      matched = Number.isFinite(body.numberMatched) ? body.numberMatched : null;
      moreThan = Number.isFinite(body.numberMatchedMoreThan) ? body.numberMatchedMoreThan : null;
    }
    truncated = Number.isFinite(body.nextOffset) && batch.length > 0;
    if (!truncated) break;
  }
  if (matched === null && moreThan === null) matched = features.length;
  return { features, numberMatched: matched, moreThan, truncated };
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

/** Parcels a result page holds (the list shows more on demand). */
export const PARCEL_PAGE = 100;

/**
 * One page of the public parcels matching the filters inside box [west, south, east, north]
 * (WGS84), from offset: { features, numberMatched (null when capped), moreThan, nextOffset (null
 * at the end) }.
 */
export async function fetchParcelPage(filters, sort, box, offset, signal) {
  const params = filterParams(filters, sort);
  params.set('bbox', box.map((v) => v.toFixed(6)).join(','));
  params.set('limit', String(PARCEL_PAGE));
  if (offset > 0) params.set('offset', String(offset));
  params.set('count', 'true'); // the list shows how many match (the API counts only when asked)
  const body = await getJson(`${BASE}/parcels?${params}`, signal);
  return {
    features: Array.isArray(body.features) ? body.features : [],
    numberMatched: Number.isFinite(body.numberMatched) ? body.numberMatched : null,
    moreThan: Number.isFinite(body.numberMatchedMoreThan) ? body.numberMatchedMoreThan : null,
    nextOffset: Number.isFinite(body.nextOffset) ? body.nextOffset : null,
  };
}
