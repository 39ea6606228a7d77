// The desk map's labels of every kind (contest flags, key projects, demolition zones, then the
// basemap's location names) laid out together so that no two overlap (declutter.js): kinds in the
// order they are added (flags, the officials' alarms, first), the place opened ahead of all. A label
// that would overlap one placed before joins it: that label gets a "+k" tag, its title names every
// place it holds (of another kind with the kind aside) and a click zooms to them, so each place
// stays on exactly one label. Sizes are measured once per text and language (label-sizes.js), so a
// layout reads nothing from the page; only labels that changed are taken off or put on the map.
// Laid out once a frame after whatever asked for it (zoom end, new places, the language, new
// location names). Labels are DOM nodes built from data as text, never HTML strings.
import { t, extendTexts, onLangChange } from '../i18n.js';
import { el } from '../html.js';
import { track } from '../pending.js';
import { withAside } from '../format.js';
import { group, keepApart } from './declutter.js';
import { createLabelSizes } from './label-sizes.js';
import { createContextNames } from './context-names.js';

extendTexts('zh', { desk: { declutter: { more: '此处另有 {n} 处，点击放大', kinds: { flag: '红黄旗', project: '项目', zone: '片区' } } } });
extendTexts('en', { desk: { declutter: { more: '{n} more here; click to zoom in', kinds: { flag: 'flag', project: 'project', zone: 'zone' } } } });

/**
 * The labels on map: kind(name, spec) adds a kind after those added before it and returns
 * { setPlaces(places), lead(key) }; lead puts that place (the one opened) ahead of every other, so
 * it heads whichever label it is on. A spec says:
 * - label(place): one place's label, a node holding a strong (where the "+k" goes);
 * - keyOf(place): its key (a label's data-places lists the keys of its places of its own kind, '|'
 *   between; data-members every place as kind:key); textOf(place): what its label's size depends on;
 * - nameOf(place): its name in a merged label's title; anchorOf(place): the LatLng its label stands
 *   at; boundsOf(place): the LatLngBounds a click zooms to; order(a, b): the kind's order;
 * - prefix: class and testid stem of the "+k" tag (PREFIX-more) and of the icon (PREFIX-icon);
 *   zIndexOffset(place): the marker's.
 */
export function createMapLabels(map) {
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

  function build(c, k) {
    const node = c.kind.label(c.place);
    if (k > 0) {
      node.classList.add('is-merged');
      (node.querySelector('strong') ?? node).append(' ', el('small', { className: `${c.kind.prefix}-more`,
        dataset: { testid: `${c.kind.prefix}-more` } }, `+${k}`));
    }
    return { node, className: `${c.kind.prefix}-icon` };
  }
  const sizeKey = (c, k) => `${c.kind.name}\u0001${c.text}\u0001${k}`;
  const measure = (pairs) => sizes.measure(pairs.map(([c, k]) => ({ key: sizeKey(c, k), build: () => build(c, k) })));

  function candidates(z) {
    const list = [];
    for (const kind of kinds) {
      for (const place of kind.sorted) {
        const key = kind.keyOf(place);
        const c = { kind, place, key, text: kind.textOf(place), p: map.project(kind.anchorOf(place), z).round() };
        if (lead && lead.kind === kind && lead.key === key) list.unshift(c);
        else list.push(c);
      }
    }
    return list;
  }

  function layout() {
    const z = map.getZoom();
    const list = candidates(z);
    measure(list.map((c) => [c, 0]));
    const names = contexts.names(z);
    sizes.measure(names);
    const { groups, grid } = group(list, { sizeOf: (c, k) => sizes.get(sizeKey(c, k)), measure });
    names.forEach((name) => { name.size = sizes.get(name.key); });
    contexts.show(names, keepApart(names, grid));
    draw(groups);
  }

  const signature = ({ head, members }) => [head.kind.name, head.text, ...members.map((m) => `${m.kind.name}:${m.key}`)].join('\u0001');

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

  function marker({ head, members }) {
    const { kind } = head;
    const { node, className } = build(head, members.length - 1);
    node.dataset.places = members.filter((m) => m.kind === kind).map((m) => m.key).join('|');
    node.dataset.members = members.map((m) => `${m.kind.name}:${m.key}`).join('|');
    const merged = members.length > 1;
    if (merged) {
      node.title = [...members.map(({ kind: of, place }) => (of === kind ? of.nameOf(place)
        : withAside(of.nameOf(place), t(`desk.declutter.kinds.${of.name}`)))),
      t('desk.declutter.more', { n: members.length - 1 })].join('\n');
    }
    const icon = L.divIcon({ html: node, className, iconSize: null, iconAnchor: [0, 0] });
    const m = L.marker(kind.anchorOf(head.place), { icon, interactive: merged, keyboard: false, zIndexOffset: kind.zIndexOffset(head.place) });
    if (merged) m.on('click', () => zoomTo(members));
    return m;
  }

  function zoomTo(members) {
    const bounds = L.latLngBounds([]);
    for (const { kind, place } of members) bounds.extend(kind.boundsOf(place));
    map.fitBounds(bounds.pad(0.2), { maxZoom: map.getZoom() + 3 });
  }

  map.on('zoomend resize', schedule);
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
