// The desk map's features for the current view only, never a whole layer: OGC items pages of the
// view's box (PAGE a page, following rel=next, at most MAX_PAGES pages a layer), and for each page
// the as-of figures of just its codes (/api/desk/zones|projects?codes=…&as_of=…). A view holding
// more than PAGE × MAX_PAGES features of a layer is reported (complete: false), never cut silently.
import { getJson } from '../api.js';
import { track } from '../pending.js';

export const PAGE = 200; // also the server's limit on codes (DeskViewApi.MAX_CODES)
export const MAX_PAGES = 10;

const q = encodeURIComponent;
const FIGURES = { 'demolition-zones': ['/api/desk/zones', 'zones'], projects: ['/api/desk/projects', 'projects'] };

function nextHref(page) {
  const next = (page.links || []).find((link) => link.rel === 'next' && link.href);
  return next ? new URL(next.href, window.location.href).href : null;
}

/** The as-of figures of some codes of a layer (zones: progress; projects: stage on the day). */
export async function figuresOf(collection, codes, day) {
  const [path, key] = FIGURES[collection];
  const out = [];
  for (let i = 0; i < codes.length; i += PAGE) {
    const part = codes.slice(i, i + PAGE).map(q).join(',');
    const answer = await track(getJson(`${path}?as_of=${q(day)}&codes=${part}`));
    out.push(...(answer[key] || []));
  }
  return out;
}

/**
 * Loads a layer's features in box [w, s, e, n]; onPage(features, figures) for each page.
 * Resolves { complete } (false: more features in view than the bound).
 */
export async function loadView(collection, box, day, onPage, signal) {
  let url = `/ogc/collections/${q(collection)}/items?limit=${PAGE}&bbox=${box.map((v) => v.toFixed(5)).join(',')}`;
  for (let pages = 0; url; pages += 1) {
    if (pages >= MAX_PAGES) return { complete: false };
    const page = await track(getJson(url, signal));
    const features = page.features || [];
    if (signal?.aborted) return { complete: true };
    const codes = features.map((f) => f.properties?.code).filter(Boolean);
    onPage(features, codes.length ? await figuresOf(collection, codes, day) : []);
    url = features.length ? nextHref(page) : null;
  }
  return { complete: true };
}

/** The one feature of a layer with this code (for flying to what is opened), or null. */
export async function findFeature(collection, code) {
  const filter = `code='${String(code).replaceAll("'", "''")}'`;
  const page = await track(getJson(`/ogc/collections/${q(collection)}/items?limit=1&filter=${q(filter)}`));
  return page.features?.[0] ?? null;
}
