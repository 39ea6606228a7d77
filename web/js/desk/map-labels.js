// The desk map's labels of every kind (contest flags, key projects, demolition zones) and the
// basemap's location names laid out together so that no two overlap (declutter.js), in the order and
// with the give-way rules of PRIORITY, the place opened ahead of all. A label with no free place
// around its anchor joins one: that label gets a tag counting what it holds per kind ("另 2 处红旗、
// 12 个项目", merged-tags.js), its title names every place it holds and a click zooms to them, so each
// place stays on exactly one label. Only the places of the region taken around the view have a label
// (near-view.js createNearRegion: kept while a pan stays inside it, so a small pan lays out the same
// places and names the same way); a layout of the same places, names, region and language is not run
// again, and labels that stay the same stay as they are (label-markers.js). A layout of the region of
// the last one, for places new to it (loaded as the view moves) or a control's new size, keeps it where
// it can (label-memory.js): the new places come after those laid out before, which first try where
// they stood. No label or name stands on a map control (the legend, zoom buttons, scale, attribution,
// notes: control-boxes.js): a pan that brings a control over labels or names (a pan moves the controls
// over the map) lays out again only the places of the labels it covers, among the others as they stand,
// and the names. Sizes are measured once per text, form and language (label-sizes.js), so a layout reads
// nothing from the page. Laid out once a frame after whatever asked for it (zoom end, a move, new places,
// the language, new location names, a control's size). Labels are DOM nodes built from data as text.
import { onLangChange } from '../i18n.js';
import { track } from '../pending.js';
import { group, createLayout, labelsOf } from './declutter.js';
import { createLabelSizes } from './label-sizes.js';
import { createLabelMarkers } from './label-markers.js';
import { createLabelMemory } from './label-memory.js';
import { createControlBoxes } from './control-boxes.js';
import { keepUncovered } from './label-repair.js';
import { createContextNames } from './context-names.js';
import { createNearRegion, isNear } from './near-view.js';
import { keptNamesAlone, createNameTurn, splitNames } from './name-layout.js';

/**
 * Who gives way to whom on the desk map, the one place it is written, as a cartographer orders a
 * thematic map's words. In this order: the contest's flags (the officials' alarms), the basemap's
 * location names (NAMES, context-names.js: transport hubs first, an official finds the way by them),
 * key projects, demolition zones (each seen by its coloured symbol where its name waits for a closer
 * zoom, and on a merged label). Each kind with the steps it tries, in order, for a place around its
 * anchor (declutter.js group): [form, the names it must leave clear there] — 'names': those that
 * would show without it (for a kind before NAMES, those in view that show when alone), 'hubs': the
 * first NAMES_KEPT names in view (name-layout.js; the view: the one the region was taken for), null:
 * none. A flag label thus yields to names on one line (name and flag markers), else as a badge (its
 * flag markers; the rest in its title) before it covers one, and is never dropped; projects and zones
 * never stand on a name shown while a label of their kind can take them in. A flag whose place a map
 * control covers stands just past the control's edge (ASIDE_KINDS, declutter.js ASIDE) rather than
 * join a flag label farther off.
 */
export const NAMES = 'names';
export const PRIORITY = [
  ['flag', [['', 'names'], ['', 'hubs'], ['line', 'names'], ['line', 'hubs'], ['badge', 'names'], ['badge', 'hubs'], ['badge', null]]],
  [NAMES],
  ['project', [['', 'names']]],
  ['zone', [['', 'names']]],
];
/** The kinds whose label, under a map control, stands past its edge rather than join a label of its kind it does not touch. */
export const ASIDE_KINDS = ['flag'];
const stepsOf = (kind) => PRIORITY.find(([name]) => name === kind)?.[1] ?? [['', null]];
/** The forms a kind's label takes (its steps'), the fullest first. */
const formsOf = (kind) => [...new Set(stepsOf(kind).map(([form]) => form))];

/**
 * The labels on map: kind(name, spec) adds a kind (laid out in its PRIORITY order) and returns
 * { setPlaces(places), lead(key) }; lead puts that place (the one opened) ahead of every other, so
 * it heads whichever label it is on. A spec says:
 * - label(place, form): one place's label in a form of its PRIORITY steps ('' the full one), a node
 *   holding a strong (where the tag goes);
 * - keyOf(place): its key (a label's data-places lists the keys of its places of its own kind, '|'
 *   between; data-members every place as kind:key); textOf(place): what its label's size depends on;
 * - nameOf(place): its name in a merged label's title; anchorOf(place): the LatLng its label stands
 *   at; boundsOf(place): the LatLngBounds a click zooms to; order(a, b): the kind's order;
 *   tallyOf(place) (optional): what a tag counts it as (merged-tags.js), else the kind's name;
 * - prefix: class and testid stem of the tag (PREFIX-more) and of the icon (PREFIX-icon);
 *   zIndexOffset(place): the marker's.
 */
export function createMapLabels(map) {
  const region = createNearRegion(map);
  const sizes = createLabelSizes(map);
  const markers = createLabelMarkers(map, sizes);
  const memory = createLabelMemory();
  const controls = createControlBoxes(map, () => schedule());
  const kinds = [];
  let lead = null; // { kind, key } of the place opened
  let pending = null; // the layout asked for, not run yet
  let version = 0; // counts the changes of places, the place opened and the language
  let last = { inputs: null, shown: new Map() }; // the last layout: of what, names shown, labels, grids of what it drew (finish)
  const alone = keptNamesAlone();
  const contexts = createContextNames(map, () => schedule());
  const { sizeKey, measure } = markers;
  const sizeOf = (c, members) => { // a label alone: its size kept on it per form, asked for again and again
    if (members && members.length > 1) return sizes.get(sizeKey(c, members));
    c.alone ??= {};
    return (c.alone[c.form] ??= sizes.get(sizeKey(c, null)));
  };

  /** Lays out once, at the next frame (or soon, where frames do not come), however often asked. */
  function schedule() {
    if (pending) return;
    pending = track(new Promise((resolve) => {
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        pending = null;
        try { layout(); } finally { resolve(); }
      };
      const timer = setTimeout(run, 250);
      requestAnimationFrame(run);
    }));
  }

  /**
   * The places of the region (pixel bounds near), as labels to lay out at zoom z: { lead, byKind }
   * (the opened place apart; each kind's in the order label-memory.js gives for scope once the
   * controls moved over the map or places new to the last layout came, else in the kind's order),
   * fresh: [each label alone in a form of its kind not measured yet, null], kept: whether it did.
   */
  function candidates(z, near, { scope, moved }) {
    const [byKind, fresh] = [new Map(), []];
    let first = null;
    for (const kind of kinds) {
      const list = [];
      for (const place of kind.sorted) {
        const p = map.project(kind.anchorOf(place), z).round();
        if (!isNear(near, p)) continue;
        const key = kind.keyOf(place);
        const c = { kind, place, key, text: kind.textOf(place), p };
        for (const form of kind.forms) if (!sizes.get(sizeKey(c, null, form))) fresh.push([{ ...c, form }, null]);
        if (lead && lead.kind === kind && lead.key === key) first = c;
        else list.push(c);
      }
      byKind.set(kind.name, list);
    }
    // kept once places new to the layout came or the controls moved over the map, else afresh (label-memory.js)
    const kept = memory.keeps(scope, [first ? [first] : [], ...byKind.values()], moved);
    if (kept) byKind.forEach((list, name) => byKind.set(name, memory.order(scope, list)));
    return { lead: first, byKind, fresh, kept };
  }

  /** The map's controls in the layout's pixels (at the map's zoom): the boxes no label may touch. */
  function fixedBoxes() {
    const { min } = map.getPixelBounds();
    return controls.boxes().map(([l, t, r, b]) => [l + min.x, t + min.y, r + min.x, b + min.y]);
  }

  /** The view's box [left, top, right, bottom] in the layout's pixels. */
  function viewBox() {
    const { min, max } = map.getPixelBounds();
    return [min.x, min.y, max.x, max.y];
  }

  /** True when a box of fixed touches a label or name the last layout drew. */
  const covers = (fixed) => last.grid && fixed.some((box) => last.grid.hits(box).length > 0 || last.names.touched(box));

  function layout() {
    const z = map.getZoom();
    const { id, near, core } = region.current();
    const names = contexts.names(z, { id, near, core }, sizes);
    const inputs = `${id}\u0002${version}\u0002${controls.key()}\u0002${names.map((name) => name.key).join('\u0002')}`;
    const fixed = fixedBoxes();
    if (inputs === last.inputs && !covers(fixed)) { // the same as laid out: the basemap drew its names anew, or a pan covers nothing
      contexts.show(names, last.shown);
      return;
    }
    const fixedKey = fixed.join(';');
    const done = createLayout(fixed, viewBox());
    if (inputs === last.inputs) { // a pan brought a control over labels or names: only those move (label-repair.js)
      const out = keepUncovered(last.labels, done);
      place(done, last.grids, last.order.filter((c) => out.has(c)), last);
      finish({ ...last, inputs, done, fixed: fixedKey, kept: true }, names);
      return;
    }
    const split = splitNames(names, core);
    const scope = id; // what the labels are kept for (label-memory.js): the region
    const moved = last.fixed !== undefined && last.fixed !== fixedKey; // the controls over the map
    const { lead: first, byKind, fresh, kept } = candidates(z, near, { scope, moved });
    measure(fresh);
    const grids = { ...alone({ z, core }, split.inCore) };
    const turn = createNameTurn(split);
    const order = [first, ...PRIORITY.flatMap(([kind]) => byKind.get(kind) ?? [])].filter(Boolean);
    const placed = place(done, grids, order, { turn });
    finish({ inputs, scope, order, grids, turn, placed, done, fixed: fixedKey, kept }, names);
  }

  /**
   * Lays out order (candidates in priority order, the place opened first) into done, kind after kind
   * in PRIORITY order, the names in theirs: placed by turn (createNameTurn), else those placed before
   * (placed, their grid); grids: those of names alone (name-layout.js). Returns the grid of the names placed.
   */
  function place(done, grids, order, { turn, placed }) {
    const avoid = { ...grids };
    const options = (kind) => ({ sizeOf, measure, layout: done, aside: ASIDE_KINDS.includes(kind),
      steps: stepsOf(kind).map(([form, names]) => [form, names && avoid[names]]) });
    const first = order[0] && lead && order[0].kind === lead.kind && order[0].key === lead.key ? order[0] : null;
    if (first) group([first], options(first.kind.name));
    for (const [kind] of PRIORITY) {
      if (kind !== NAMES) group(order.filter((c) => c.kind.name === kind && c !== first), options(kind));
      else avoid.names = turn ? turn.place(done.grid) : placed; // the kinds after NAMES leave clear the names placed once those before stand
    }
    return avoid.names;
  }

  /** Shows the names and draws the labels of a layout (next: what last becomes, its layout done), and keeps it. */
  function finish(next, names) {
    const { shown, grid } = next.turn.shown(next.done.grid);
    contexts.show(names, shown);
    const labels = labelsOf(next.done);
    memory.remember(next.scope, next.order, labels, next.kept);
    last = { ...next, shown, labels, grid: next.done.grid, names: grid };
    markers.draw(labels);
  }

  map.on('zoomend moveend', schedule); // a pan brings places near the view and takes others away
  map.on('resize', () => { controls.invalidate(); schedule(); });
  onLangChange(() => { // the labels' words change width: measured, built and laid out again; the legend's too
    sizes.clear();
    contexts.forget();
    memory.forget();
    controls.invalidate();
    version += 1;
    markers.clear();
    schedule();
  });

  return {
    kind(name, spec) {
      const kind = { name, textOf: spec.keyOf, zIndexOffset: () => 400, ...spec, sorted: [], forms: formsOf(name) };
      kinds.push(kind);
      return {
        setPlaces(places) { kind.sorted = [...places].sort(kind.order); version += 1; schedule(); },
        lead(key) { lead = { kind, key }; version += 1; schedule(); },
      };
    },
  };
}
