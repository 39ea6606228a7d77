// The names of the offline basemap's location points (basemap.js draws them, symbol and name, as
// markers it answers for through contextPointOf) laid out with the desk's labels: a point's name
// shows on the first side of its symbol (SIDES) where it touches no label and no name kept before it
// (map-labels.js), else only its symbol stays until a closer zoom makes room. Transport hubs come first, as the points an official
// finds the way by. Nothing here builds a name: the basemap's nodes (text, never HTML) are shown or
// hidden as they are.
import { contextPointOf, CONTEXT_ICON_CLASS } from '../basemap.js';

const ORDER = ['airport', 'port', 'rail_freight', 'highway_exit', 'water_works', 'substation'];
/** Where a name may stand against its symbol, tried in this order: right (as the basemap puts it), left, above, below (desk.css). */
export const SIDES = ['', 'left', 'above', 'below'];
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
  const markers = new Map(); // marker → its context point (basemap.js)
  const sides = new WeakMap(); // marker → its name's sides (sidesOf; its words change only with the language, which redraws it)
  map.on('layeradd', ({ layer }) => {
    const point = contextPointOf(layer);
    if (!point) return;
    markers.set(layer, point);
    sides.set(layer, sidesOf(point));
    onAdded();
  });
  map.on('layerremove', ({ layer }) => { markers.delete(layer); });

  return {
    /**
     * The points on the map as names to place at zoom z, in priority order: { p, point, sides },
     * sides one { key, build } per side of SIDES (a copy of the point's marker with its name there).
     */
    names(z) {
      const list = [];
      for (const [marker, point] of markers) {
        list.push({ p: map.project(marker.getLatLng(), z).round(), point, sides: sides.get(marker), rank: rank(point.kind) });
      }
      return list.sort((a, b) => a.rank - b.rank);
    },
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
