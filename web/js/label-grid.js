// Map labels' geometry in pixels, with no DOM: a label is a box (a projected anchor plus a size
// measured by label-sizes.js) that may stand where its CSS puts it or beside its anchor (PLACES); a
// grid of cells indexes boxes so that each query looks only at the boxes near it. Placement rules
// live in desk/declutter.js (the desk's labels), keepApart below (the desk's names, each on the first
// free side of its symbol) and place-names.js (the public maps' names, boxes measured in the page).

export const GAP = 2; // px kept between two labels

const CELL = 128; // px of a grid cell
const ROW = 2 ** 26; // cells' keys x * ROW + y: distinct while |y| < ROW / 2 (2^32 px at CELL)
const NO_SIZE = { dx: 0, dy: 0, w: 0, h: 0 };

/** Where a label may stand: as its CSS puts it, else beside its anchor (AWAY px off). */
export const PLACES = ['', 'right', 'left', 'above', 'below'];
const AWAY = 6;

/** The shift {x, y} (whole px) of a label of size {dx, dy, w, h} from where its CSS puts it to place. */
export function offsetAt(place, { dx, dy, w, h } = NO_SIZE) {
  const shift = {
    right: [AWAY - dx, -h / 2 - dy], left: [-AWAY - w - dx, -h / 2 - dy],
    above: [-w / 2 - dx, -AWAY - h - dy], below: [-w / 2 - dx, AWAY - dy],
  }[place] ?? [0, 0];
  return { x: Math.round(shift[0]), y: Math.round(shift[1]) };
}

/** The box [left, top, right, bottom] of a label of size {dx, dy, w, h} at pixel point p, moved to place. */
export function boxAt(p, size = NO_SIZE, place = '') {
  const { x, y } = offsetAt(place, size);
  const [left, top] = [p.x + x + size.dx, p.y + y + size.dy];
  return [left, top, left + size.w, top + size.h];
}

/**
 * The first place (PLACES order) where a label of size at p touches no box of grid nor of avoid (a
 * grid, or null): { place, box }, else { hits } (the boxes of grid it touches where its CSS puts it).
 */
export function firstFree(grid, p, size, avoid) {
  const styled = boxAt(p, size);
  for (const place of PLACES) {
    const box = place ? boxAt(p, size, place) : styled;
    if (place && Math.abs(box[0] - styled[0]) + Math.abs(box[1] - styled[1]) < 2) continue; // where its CSS puts it already
    if (!grid.touched(box) && !avoid?.touched(box)) return { place, box };
  }
  return { hits: grid.hits(styled) };
}

/** True when two boxes come closer than GAP; never for an empty box (a label not measured: a hidden map). */
export function touches(a, b) {
  if (a[2] <= a[0] || b[2] <= b[0]) return false;
  return a[0] < b[2] + GAP && b[0] < a[2] + GAP && a[1] < b[3] + GAP && b[1] < a[3] + GAP;
}

/** Items with a box, indexed by the grid cells their box (and GAP around it) covers. */
export function createGrid() {
  const cells = new Map();
  /** Calls fn(key) for each cell of box, until it returns true (then true). */
  function each(box, fn) {
    if (!(box[2] > box[0])) return false;
    const [x0, x1] = [Math.floor((box[0] - GAP) / CELL), Math.floor((box[2] + GAP) / CELL)];
    const [y0, y1] = [Math.floor((box[1] - GAP) / CELL), Math.floor((box[3] + GAP) / CELL)];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (fn(x * ROW + y)) return true; // a number: no string a cell
    return false;
  }
  const touching = (key, box) => { for (const item of cells.get(key) ?? []) if (touches(item.box, box)) return true; return false; };
  return {
    add(item) { each(item.box, (key) => { if (!cells.has(key)) cells.set(key, new Set()); cells.get(key).add(item); }); },
    remove(item) { each(item.box, (key) => { cells.get(key)?.delete(item); }); },
    /** The items whose box touches box, in no order. */
    hits(box) {
      const found = new Set();
      each(box, (key) => cells.get(key)?.forEach((item) => { if (touches(item.box, box)) found.add(item); }));
      return [...found];
    },
    /** True when some item's box touches box. */
    touched: (box) => each(box, (key) => touching(key, box)),
  };
}

/**
 * Of names given in priority order (each { p, sizes }: a size per side it may stand on, the one
 * preferred first), those with a side where they touch neither a box of grid nor a name kept before
 * them, as a Map name → the index of that side in sizes; adds their boxes to into.
 */
export function keepApart(names, grid, into = grid) {
  const kept = new Map();
  for (const name of names) {
    const side = name.sizes.findIndex((size) => { const box = boxAt(name.p, size); return !grid.touched(box) && !into.touched(box); });
    if (side < 0) continue;
    into.add({ box: boxAt(name.p, name.sizes[side]) });
    kept.set(name, side);
  }
  return kept;
}
