// Park labels for the parks in a map's view, asked for per view (issue 10: no page downloads every
// park): after the map settles (debounced), GET /api/investor/parks?bbox=<view>&min_width=<48 px in
// degrees> — only parks wide enough to carry a label, so a city-wide view asks for next to none —
// and the labels (layers.js createParkLabels) show those. The summaries are kept (names.js
// rememberParks) for popups and parkName.
import { getJson } from './api.js';
import { boundsOfBox, viewBox } from './basemap.js';
import { createParkLabels, MAX_PARK_LABELS } from './layers.js';
import { knownPark, rememberParks } from './names.js';

const SETTLE_MS = 250;
/** The narrowest park labelled, in pixels (layers.js labels nothing narrower). */
const LABEL_MIN_PX = 48;
/** Parks asked for per view: more than the labels shown, so the widest are among them. */
export const VIEW_LIMIT = 200;

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));

/**
 * map, shift: the Leaflet map and its basemap shift; nameOf(summary): a label's text. Returns
 * { update() → Promise (asks for the current view now), idle() → Promise of the view's answer,
 * summary(code) → the summary if known, codes() → labelled codes, refresh() (after a language change),
 * setEnabled(on) }; options.track(promise) → promise wraps each request (the page's pending set).
 */
export function createParksInView(map, shift, nameOf, { track = (p) => p } = {}) {
  const labels = createParkLabels(map, nameOf);
  let timer = null;
  let asked = 0;
  let last = Promise.resolve([]);
  let lastKey = '';
  let enabled = true;

  function query() {
    const [w, s, e, n] = viewBox(map, shift);
    const left = map.containerPointToLatLng([0, 0]);
    const right = map.containerPointToLatLng([LABEL_MIN_PX, 0]);
    const minWidth = Math.max(0, right.lng - left.lng);
    const box = [clamp(w, -180, 180), clamp(s, -90, 90), clamp(e, -180, 180), clamp(n, -90, 90)]
      .map((v) => v.toFixed(5)).join(',');
    return new URLSearchParams({ bbox: box, min_width: clamp(minWidth, 0, 360).toFixed(6), limit: String(VIEW_LIMIT) });
  }

  function update() {
    clearTimeout(timer);
    if (!enabled) return last;
    const params = query();
    const key = params.toString();
    if (key === lastKey) return last;
    lastKey = key;
    const ask = ++asked;
    last = track(getJson(`/api/investor/parks?${params}`).then((body) => {
      if (ask !== asked || !enabled) return [];
      const parks = rememberParks(body.parks || []);
      labels.setParks(new Map(parks.filter((p) => p.bbox).map((info) => [info.code, { info, bounds: boundsOfBox(shift, info.bbox) }])));
      return parks;
    }, () => []));
    return last;
  }

  map.on('moveend zoomend', () => {
    labels.fit();
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  });

  return {
    update,
    idle: () => last,
    summary: (code) => knownPark(code),
    codes: () => labels.codes(),
    refresh: () => labels.refresh(),
    /** Labels shown (and asked for) or not, e.g. while the parks layer is switched off. */
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      lastKey = '';
      asked += 1;
      labels.setParks(new Map());
      if (on) update();
    },
    maxLabels: MAX_PARK_LABELS,
  };
}

/** The city's park count and the box around every park (GET /api/investor/parks/extent): where a map starts. */
export function fetchParkExtent() {
  return getJson('/api/investor/parks/extent').catch(() => ({ parks: null, bbox: null }));
}
