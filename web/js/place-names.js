// The names on a public map (investor, export, overview, OGC and import preview pages) kept apart.
// Park names (layers.js createParkLabels) stand first, as Leaflet placed them, the widest park's
// first (data-order): one that touches a map control or a park name placed before it is hidden until
// a closer zoom makes room. Then each location point's name (basemap.js) takes the first side of its
// symbol (CONTEXT_SIDES) where it touches no park name, no map control, no other point's symbol and no
// name placed before it, points taken in CONTEXT_ORDER; where no side is free the name is hidden and
// its symbol stays, until a closer zoom makes room.
// Nothing here builds text: the nodes basemap.js made are moved or hidden. The desk lays these names
// out with its own labels (desk/context-names.js): a map whose container carries data-names="own" is
// left alone.
import { createGrid } from './label-grid.js';

/** The order location points' names are placed in: transport hubs first, as the points one finds the way by. */
export const CONTEXT_ORDER = ['airport', 'port', 'rail_freight', 'highway_exit', 'water_works', 'substation'];
/** Where a name may stand against its symbol, tried in this order: right (as basemap.js puts it), left, above, below (context.css). */
export const CONTEXT_SIDES = ['', 'left', 'above', 'below'];
const PAD = 2; // px kept clear around a placed name, besides the grid's GAP (label-grid.js)

const rank = (kind) => { const i = CONTEXT_ORDER.indexOf(kind); return i < 0 ? CONTEXT_ORDER.length : i; };
const grown = (b) => [b[0] - PAD, b[1] - PAD, b[2] + PAD, b[3] + PAD];
const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const sideOf = (marker, side) => { if (side) marker.dataset.side = side; else delete marker.dataset.side; };

/**
 * Lays out the names in map's container now: every marker tried on each side in one pass (one
 * reflow a side, not one a name), then placed in order against a grid of what stands (label-grid.js:
 * each test looks only at the boxes near the name). Sets the container's data-names-laid-out to the
 * count of layouts made (tests wait on it).
 */
export function layOutNames(map) {
  const container = map.getContainer();
  if (container.dataset.names === 'own') return;
  const markers = [...container.querySelectorAll('.context-marker')].map((node) => ({
    node, label: node.querySelector('.context-label'), symbol: node.querySelector('.context-symbol'), sides: [],
  })).filter((m) => m.label && m.label.textContent);
  const grid = createGrid();
  [...container.querySelectorAll('.leaflet-control')].filter((e) => e.offsetParent !== null)
    .forEach((e) => grid.add({ box: box(e) }));
  const parks = [...container.querySelectorAll('.park-label')].map((node) => ({ node, at: box(node) }))
    .sort((a, b) => Number(a.node.dataset.order) - Number(b.node.dataset.order));
  for (const park of parks) { // measured hidden or not: a hidden park name keeps its size (app.css)
    park.node.hidden = grid.touched(park.at);
    if (!park.node.hidden) grid.add({ box: park.at });
  }
  markers.forEach((m) => { m.label.hidden = false; });
  for (const side of CONTEXT_SIDES) {
    markers.forEach((m) => sideOf(m.node, side));
    markers.forEach((m) => { m.sides.push(box(m.label)); if (!side) m.at = box(m.symbol); });
  }
  markers.forEach((m) => grid.add({ box: m.at, owner: m }));
  markers.sort((a, b) => rank(a.node.dataset.kind) - rank(b.node.dataset.kind)
    || a.label.textContent.localeCompare(b.label.textContent, 'zh'));
  for (const m of markers) {
    const i = m.sides.findIndex((r) => grid.hits(r).every((item) => item.owner === m)); // its own symbol aside
    sideOf(m.node, i < 0 ? '' : CONTEXT_SIDES[i]);
    m.label.hidden = i < 0;
    if (i >= 0) grid.add({ box: grown(m.sides[i]) });
  }
  container.dataset.namesLaidOut = String(Number(container.dataset.namesLaidOut || 0) + 1);
}

const pending = new WeakMap(); // map → frame asked for

/**
 * Lays out map's names once the browser has placed what was just drawn (the next frame); calls in
 * the same frame make one layout.
 */
export function scheduleNames(map) {
  if (pending.get(map)) return;
  map.getContainer().dataset.namesPending = ''; // a layout asked for and not yet run (tests wait on it)
  pending.set(map, requestAnimationFrame(() => {
    pending.delete(map);
    layOutNames(map);
    delete map.getContainer().dataset.namesPending;
  }));
}
