// Small geometry of the desk's labels as declutter.js groups them, with no DOM: boxes shifted, in the
// view, how far a shift goes, and which label (group) comes first or lies nearest.

/** The place of a label moved off the map controls over its anchor: where its CSS puts it, shifted by its shift {x, y}. */
export const ASIDE = 'aside';

/** Box [left, top, right, bottom] moved by {x, y}. */
export const shifted = (box, { x, y }) => [box[0] + x, box[1] + y, box[2] + x, box[3] + y];

/** True when box lies inside view (a box; null: anywhere). */
export const inView = (box, view) => !view || (box[0] >= view[0] && box[1] >= view[1] && box[2] <= view[2] && box[3] <= view[3]);

/** The length of a shift {x, y}. */
export const far = ({ x, y }) => Math.hypot(x, y);

/** The earliest (highest priority) of groups. */
export const earliest = (list) => list.reduce((a, b) => (b.index < a.index ? b : a));

/** The group (not dead, not but) of kind, or passing kind when a function, whose anchor lies nearest p; undefined if none. */
export function nearest(groups, kind, p, but = null) {
  const test = typeof kind === 'function' ? kind : (g) => g.head.kind === kind;
  let best;
  let d = Infinity;
  for (const g of groups) {
    if (g.dead || g === but || !test(g)) continue;
    const e = (g.head.p.x - p.x) ** 2 + (g.head.p.y - p.y) ** 2;
    if (e < d) [best, d] = [g, e];
  }
  return best;
}
