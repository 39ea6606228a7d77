// The desk map's labels of every kind (contest flags, key projects, demolition zones) and the
// basemap's location names laid out together so that no two overlap (declutter.js), in the order and
// with the give-way rules of PRIORITY, the place opened ahead of all. A label with no free place
// around its anchor joins one: that label gets a tag counting what it holds per kind ("另 2 处红旗、
// 12 个项目", merged-tags.js), its title names every place it holds and a click zooms to them, so each
// place stays on exactly one label. Only the places of the region taken around the view have a label
// (near-view.js createNearRegion: kept while a pan stays inside it, so a small pan lays out the same
// places and names the same way); a layout of the same places, names, region and language is not run
// again, and labels that stay the same stay as they are. Sizes are measured once per text, form and
// language (label-sizes.js), so a layout reads nothing from the page. Laid out once a frame after
// whatever asked for it (zoom end, a move, new places, the language, new location names). Labels are
// DOM nodes built from data as text, never HTML strings.
import { onLangChange } from '../i18n.js';
import { el } from '../html.js';
import { track } from '../pending.js';
import { group, createLayout, labelsOf } from './declutter.js';
import { offsetAt } from './label-grid.js';
import { mergedTag, mergedTitle } from './merged-tags.js';
import { createLabelSizes } from './label-sizes.js';
import { createContextNames } from './context-names.js';
import { createNearRegion, isNear } from './near-view.js';
import { keptNamesAlone, createNameTurn } from './name-layout.js';

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
 * never stand on a name shown while a label of their kind can take them in.
 */
export const NAMES = 'names';
export const PRIORITY = [
  ['flag', [['', 'names'], ['', 'hubs'], ['line', 'names'], ['line', 'hubs'], ['badge', 'names'], ['badge', 'hubs'], ['badge', null]]],
  [NAMES],
  ['project', [['', 'names']]],
  ['zone', [['', 'names']]],
];
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
  const layer = L.layerGroup().addTo(map);
  const sizes = createLabelSizes(map);
  const kinds = [];
  let lead = null; // { kind, key } of the place opened
  let drawn = new Map(); // signature of a label → its marker
  let pending = null; // the layout asked for, not run yet
  let version = 0; // counts the changes of places, the place opened and the language
  let last = { inputs: null, shown: new Map() }; // what the last layout was of, and the names it showed
  const alone = keptNamesAlone();
  const contexts = createContextNames(map, () => schedule());

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

  /** The label of c holding members (null: alone), with its tag. */
  function build(c, members) {
    const node = c.kind.label(c.place, c.form ?? '');
    const tag = tagOf(members);
    if (tag) {
      node.classList.add('is-merged');
      (node.querySelector('strong') ?? node).append(' ', el('small', { className: `${c.kind.prefix}-more`,
        dataset: { testid: `${c.kind.prefix}-more` } }, tag));
    }
    return { node, className: `${c.kind.prefix}-icon` };
  }
  const tags = new WeakMap(); // members → [how many, their tag]: a group's tag is asked for again and again as it grows
  const tagOf = (members) => {
    if (!members || members.length < 2) return '';
    const known = tags.get(members);
    if (known?.[0] === members.length) return known[1];
    const tag = mergedTag(members);
    tags.set(members, [members.length, tag]);
    return tag;
  };
  const sizeKey = (c, members, form = c.form) => `${c.kind.name}\u0001${form ?? ''}\u0001${c.text}\u0001${tagOf(members)}`;
  /** Measures the labels of the [candidate, members] pairs, each in its form (c.form). */
  const measure = (pairs) => sizes.measure(pairs.map(([c, members]) => {
    const as = { ...c }; // the form as asked, whatever c's is when built
    return { key: sizeKey(as, members), build: () => build(as, members) };
  }));

  /**
   * The places of the region (pixel bounds near), as labels to lay out at zoom z: { lead, byKind }
   * (the opened place apart), fresh: [each label alone in a form of its kind not measured yet, null].
   */
  function candidates(z, near) {
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
    return { lead: first, byKind, fresh };
  }

  function layout() {
    const z = map.getZoom();
    const { id, near, core } = region.current();
    const names = contexts.names(z, { id, near, core }, sizes);
    const inputs = `${id}\u0002${version}\u0002${names.map((name) => name.key).join('\u0002')}`;
    if (inputs === last.inputs) { // the same as laid out: the basemap drew its names anew
      contexts.show(names, last.shown);
      return;
    }
    const { lead: first, byKind, fresh } = candidates(z, near);
    measure(fresh);
    const grids = { ...alone({ z, core }, names) };
    const turn = createNameTurn(names, core);
    const done = createLayout();
    const sizeOf = (c, members) => { // a label alone: its size kept on it per form, asked for again and again
      if (members && members.length > 1) return sizes.get(sizeKey(c, members));
      c.alone ??= {};
      return (c.alone[c.form] ??= sizes.get(sizeKey(c, null)));
    };
    const options = { sizeOf, measure, layout: done };
    const stepsFor = (kind) => stepsOf(kind).map(([form, avoid]) => [form, avoid && grids[avoid]]);
    if (first) group([first], { ...options, steps: stepsFor(first.kind.name) });
    for (const [kind] of PRIORITY) {
      if (kind !== NAMES) group(byKind.get(kind) ?? [], { ...options, steps: stepsFor(kind) });
      else grids.names = turn.place(done.grid); // the kinds after NAMES leave clear the names placed once those before stand
    }
    const shown = turn.shown(done.grid);
    contexts.show(names, shown);
    last = { inputs, shown };
    draw(labelsOf(done));
  }

  const signature = ({ head, members, place }) => [head.kind.name, head.form, head.text, place, ...members.map((m) => `${m.kind.name}:${m.key}`)].join('\u0001');

  /** Puts on the map the labels not on it yet, takes off those no longer laid out; the others stay as they are. */
  function draw(groups) {
    const next = new Map();
    for (const g of groups) {
      const sig = signature(g);
      next.set(sig, drawn.get(sig) ?? marker(g));
      drawn.delete(sig);
    }
    drawn.forEach((m) => layer.removeLayer(m));
    next.forEach((m) => { if (!layer.hasLayer(m)) layer.addLayer(m); });
    drawn = next;
  }

  function marker({ head, members, place }) {
    const { kind } = head;
    const merged = members.length > 1;
    const { node, className } = build(head, merged ? members : null);
    const { x, y } = offsetAt(place, sizes.get(sizeKey(head, merged ? members : null)));
    if (place) node.dataset.place = place;
    node.dataset.places = members.filter((m) => m.kind === kind).map((m) => m.key).join('|');
    node.dataset.members = members.map((m) => `${m.kind.name}:${m.key}`).join('|');
    if (merged) node.title = mergedTitle(members);
    const icon = L.divIcon({ html: node, className, iconSize: null, iconAnchor: [-x, -y] });
    const m = L.marker(kind.anchorOf(head.place), { icon, interactive: merged, keyboard: false, zIndexOffset: kind.zIndexOffset(head.place) });
    if (merged) m.on('click', () => zoomTo(members));
    return m;
  }

  function zoomTo(members) {
    const bounds = L.latLngBounds([]);
    for (const { kind, place } of members) bounds.extend(kind.boundsOf(place));
    map.fitBounds(bounds.pad(0.2), { maxZoom: map.getZoom() + 3 });
  }

  map.on('zoomend moveend resize', schedule); // a pan brings places near the view and takes others away
  onLangChange(() => { // the labels' words change width: measured, built and laid out again
    sizes.clear();
    contexts.forget();
    version += 1;
    drawn.forEach((m) => layer.removeLayer(m));
    drawn = new Map();
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
