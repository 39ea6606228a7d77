// The desk map's features for the current view only, never a whole layer, and only what is new to
// the page (view-cache.js): OGC items pages of the parts of the view's box not loaded before (PAGE a
// page, following rel=next, at most MAX_PAGES pages a part), and for each page the as-of figures of
// just its codes not known yet (/api/desk/zones|projects?codes=…&as_of=…). A view holding
// more than PAGE × MAX_PAGES features of a layer is reported (complete: false), never cut silently.
import { getJson, nextHref } from '../api.js';
import { track } from '../pending.js';
import { outward } from './view-cache.js';

export const PAGE = 200; // also the server's limit on codes (DeskViewApi.MAX_CODES)
export const MAX_PAGES = 10;

const q = encodeURIComponent;
const FIGURES = { 'demolition-zones': ['/api/desk/zones', 'zones'], projects: ['/api/desk/projects', 'projects'] };

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
 * Loads a layer's features in box [w, s, e, n] (on the cache's grid); onPage(features, figures) for
 * each page. Resolves { complete } (false: more features in view than the bound).
 */
async function loadBox(collection, box, day, onPage, signal, known) {
  let url = `/ogc/collections/${q(collection)}/items?limit=${PAGE}&bbox=${box.map((v) => v.toFixed(5)).join(',')}`;
  for (let pages = 0; url; pages += 1) {
    if (pages >= MAX_PAGES) return { complete: false };
    const page = await track(getJson(url, signal));
    const features = page.features || [];
    if (signal?.aborted) return { complete: true };
    const codes = features.map((f) => f.properties?.code).filter((code) => code && !known.has(code));
    const figures = codes.length ? await figuresOf(collection, codes, day) : [];
    if (signal?.aborted) return { complete: true };
    onPage(features, figures);
    known.addCodes(codes);
    url = features.length ? nextHref(page) : null;
  }
  return { complete: true };
}

/**
 * Loads what of a layer's view box [w, s, e, n] is not known yet (view-cache.js: the parts of the
 * box outside the boxes loaded whole; figures only of codes not known); onPage(features, figures)
 * for each page (figures of the codes new to the cache). Resolves { complete } (false: more
 * features in a part than the bound).
 */
export async function loadView(collection, box, day, onPage, signal, known) {
  const view = outward(box);
  let complete = true;
  for (const piece of known.pieces(view)) {
    const answer = await loadBox(collection, piece, day, onPage, signal, known);
    if (signal?.aborted) return { complete: true };
    if (answer.complete) known.addBox(piece);
    else complete = false;
  }
  if (complete) known.addBox(view);
  return { complete };
}

/** The one feature of a layer with this code (for flying to what is opened), or null. */
export async function findFeature(collection, code) {
  const filter = `code='${String(code).replaceAll("'", "''")}'`;
  const page = await track(getJson(`/ogc/collections/${q(collection)}/items?limit=1&filter=${q(filter)}`));
  return page.features?.[0] ?? null;
}
