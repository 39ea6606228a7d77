// The desk map's labels of every kind (contest flags, key projects, demolition zones, then the
// basemap's location names) laid out together so that no two overlap (declutter.js): kinds in the
// order they are added (flags, the officials' alarms, first), the place opened ahead of all. A label
// that would overlap one placed before is moved beside its anchor where that is free, else joins it:
// that label gets a tag counting what it holds per kind ("另 2 处红旗、12 个项目", merged-tags.js),
// its title names every place it holds and a click zooms to them, so each place stays on exactly
// one label. Only places near the view (near-view.js) have a label on the map; a pan lays out again,
// and labels that stay the same stay as they are. Sizes are measured once per text and language (label-sizes.js), so a
// layout reads nothing from the page; only labels that changed are taken off or put on the map.
// Laid out once a frame after whatever asked for it (zoom end, new places, the language, new
// location names). Labels are DOM nodes built from data as text, never HTML strings.
import { onLangChange } from '../i18n.js';
import { el } from '../html.js';
import { track } from '../pending.js';
import { group, keepApart, offsetAt, createGrid, boxAt } from './declutter.js';
import { mergedTag, mergedTitle } from './merged-tags.js';
import { createLabelSizes } from './label-sizes.js';
import { createContextNames } from './context-names.js';
import { nearPixels, isNear } from './near-view.js';

/**
 * How many of the basemap's location names in view (in their order, context-names.js: transport hubs
 * first) labels leave room for when they move aside: an official scanning the city finds the way by
 * them. A label where its CSS puts it, or grown by a tag, still covers a name (at city zoom on the
 * scale-12 demo, merged flag labels hide most of the 228 names; moves hid 3 of the 8 left).
 */
export const NAMES_KEPT = 16;

/**
 * The labels on map: kind(name, spec) adds a kind after those added before it and returns
 * { setPlaces(places), lead(key) }; lead puts that place (the one opened) ahead of every other, so
 * it heads whichever label it is on. A spec says:
 * - label(place): one place's label, a node holding a strong (where the tag goes);
 * - keyOf(place): its key (a label's data-places lists the keys of its places of its own kind, '|'
 *   between; data-members every place as kind:key); textOf(place): what its label's size depends on;
 * - nameOf(place): its name in a merged label's title; anchorOf(place): the LatLng its label stands
 *   at; boundsOf(place): the LatLngBounds a click zooms to; order(a, b): the kind's order;
 *   tallyOf(place) (optional): what a tag counts it as (merged-tags.js), else the kind's name;
 * - prefix: class and testid stem of the tag (PREFIX-more) and of the icon (PREFIX-icon);
 *   zIndexOffset(place): the marker's.
 */
export function createMapLabels(map) {
  const inView = (p) => map.getPixelBounds().contains(p);
  const layer = L.layerGroup().addTo(map);
  const sizes = createLabelSizes(map);
  const kinds = [];
  let lead = null; // { kind, key } of the place opened
  let drawn = new Map(); // signature of a label → its marker
  let pending = null; // the layout asked for, not run yet
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
    const node = c.kind.label(c.place);
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
    if (!members) return '';
    const known = tags.get(members);
    if (known?.[0] === members.length) return known[1];
    const tag = mergedTag(members);
    tags.set(members, [members.length, tag]);
    return tag;
  };
  const sizeKey = (c, members) => `${c.kind.name}\u0001${c.text}\u0001${tagOf(members)}`;
  const measure = (pairs) => sizes.measure(pairs.map(([c, members]) => ({ key: sizeKey(c, members), build: () => build(c, members) })));

  /** The places near the view (near-view.js), as labels to lay out at zoom z, in priority order. */
  function candidates(z, near) {
    const list = [];
    for (const kind of kinds) {
      for (const place of kind.sorted) {
        const p = map.project(kind.anchorOf(place), z).round();
        if (!isNear(near, p)) continue;
        const key = kind.keyOf(place);
        const c = { kind, place, key, text: kind.textOf(place), p };
        if (lead && lead.kind === kind && lead.key === key) list.unshift(c);
        else list.push(c);
      }
    }
    return list;
  }

  function layout() {
    const z = map.getZoom();
    const near = nearPixels(map);
    const list = candidates(z, near);
    measure(list.map((c) => [c, null]));
    const names = contexts.names(z).filter((name) => isNear(near, name.p));
    sizes.measure(names);
    names.forEach((name) => { name.size = sizes.get(name.key); });
    const kept = createGrid(); // the first NAMES_KEPT names in view: no label moves aside onto them
    names.filter((name) => inView(name.p)).slice(0, NAMES_KEPT).forEach((name) => kept.add({ box: boxAt(name.p, name.size) }));
    const { groups, grid } = group(list, { sizeOf: (c, members) => sizes.get(sizeKey(c, members)), measure, kept });
    contexts.show(names, keepApart(names, grid));
    draw(groups);
  }

  const signature = ({ head, members, place }) => [head.kind.name, head.text, place, ...members.map((m) => `${m.kind.name}:${m.key}`)].join('\u0001');

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
    drawn.forEach((m) => layer.removeLayer(m));
    drawn = new Map();
    schedule();
  });

  return {
    kind(name, spec) {
      const kind = { name, textOf: spec.keyOf, zIndexOffset: () => 400, ...spec, sorted: [] };
      kinds.push(kind);
      return {
        setPlaces(places) { kind.sorted = [...places].sort(kind.order); schedule(); },
        lead(key) { lead = { kind, key }; schedule(); },
      };
    },
  };
}
