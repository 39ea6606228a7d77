// The names of the offline basemap's location points (basemap.js draws them, symbol and name, as
// markers it answers for through contextPointOf) laid out with the desk's labels: a point's name
// shows on the first side of its symbol (SIDES) where it touches no label and no name kept before it
// (map-labels.js, name-layout.js), else only its symbol stays until a closer zoom makes room.
// Transport hubs come first, as the points an official finds the way by. The basemap asks for the
// points of the view at each move and draws them anew; a point seen in the labels' region (near-view.js)
// stays among the names laid out until the region changes, so that a small pan, which takes points
// off at one edge of the view, moves no name or label in it. Nothing here builds a name: the basemap's
// nodes (text, never HTML) are shown or hidden as they are.
import { contextPointOf, CONTEXT_ICON_CLASS } from '../basemap.js';
import { CONTEXT_ORDER as ORDER, CONTEXT_SIDES } from '../place-names.js';
import { isNear } from './near-view.js';

/** Where a name may stand against its symbol, tried in this order (the public maps' too: place-names.js, context.css). */
export const SIDES = CONTEXT_SIDES;
const setSide = (node, side) => {
  if ((node.dataset.side ?? '') === side) return;
  if (side) node.dataset.side = side;
  else delete node.dataset.side;
};
const rank = (kind) => { const i = ORDER.indexOf(kind); return i < 0 ? ORDER.length : i; };

/** A point's name on each side of SIDES, as label-sizes.js measures it: [{ key, build }]. */
function sidesOf(point) {
  const key = `context\u0001${point.node.textContent}`;
  return SIDES.map((side) => ({ key: `${key}\u0001${side}`, build: () => {
    const copy = point.node.cloneNode(true);
    copy.querySelectorAll('[hidden]').forEach((e) => { e.hidden = false; });
    setSide(copy, side);
    return { node: copy, className: CONTEXT_ICON_CLASS };
  } }));
}

/** Follows the context markers added to and removed from map; onAdded() after each one added. */
export function createContextNames(map, onAdded) {
  const seen = new Map(); // a point's key (kind, words, place) → its name { key, latLng, point, sides, rank, on }
  const of = new WeakMap(); // marker → its name
  let region = null; // the id of the region the names were kept for
  let epoch = 0; // a name not on the map from before the last forget() is dropped
  map.on('layeradd', ({ layer }) => {
    const point = contextPointOf(layer);
    if (!point) return;
    const latLng = layer.getLatLng();
    const key = `${point.kind}\u0001${point.node.textContent}\u0001${latLng.lat}\u0001${latLng.lng}`;
    const name = seen.get(key) ?? { key, latLng, rank: rank(point.kind) };
    Object.assign(name, { point, sides: sidesOf(point), on: true, epoch });
    seen.set(key, name);
    of.set(layer, name);
    onAdded();
  });
  map.on('layerremove', ({ layer }) => {
    const name = of.get(layer);
    if (name && name.point === contextPointOf(layer)) name.on = false;
  });

  return {
    /**
     * The names to place at zoom z in the labels' region (near-view.js createNearRegion: { id, near }),
     * in priority order (rank, then key: the same whatever order the basemap drew them in): { key, p,
     * point, sides, sizes }, sides one { key, build } per side of SIDES (a copy of the point's marker
     * with its name there), sizes theirs (from sizes, label-sizes.js, measured now those not known).
     * Those on the map, and those in core seen since the region was taken (off the map elsewhere, they
     * would only cost time).
     */
    names(z, { id, near, core }, sizes) {
      const fresh = region !== id;
      region = id;
      for (const [key, name] of seen) if (!name.on && (fresh || name.epoch !== epoch)) seen.delete(key);
      const list = [];
      for (const name of seen.values()) {
        name.p = map.project(name.latLng, z).round();
        if (isNear(near, name.p) && (name.on || isNear(core, name.p))) list.push(name);
      }
      sizes.measure(list.flatMap((name) => name.sides).filter((side) => !sizes.get(side.key)));
      list.forEach((name) => { name.sizes = name.sides.map((side) => sizes.get(side.key)); });
      return list.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    /** Forgets the names seen so far once they leave the map (their words change with the language). */
    forget() { epoch += 1; },
    /** Shows the name of each point of shown (a Map: name → index of its side in SIDES) there, hides the others' (their symbols stay). */
    show(names, shown) {
      for (const name of names) {
        const hidden = !shown.has(name);
        if (name.point.label.hidden !== hidden) name.point.label.hidden = hidden;
        if (!hidden) setSide(name.point.node, SIDES[shown.get(name)]);
      }
    },
  };
}
