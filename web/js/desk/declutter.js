// Label decluttering in pixels, with no DOM: labels are boxes (a projected anchor plus a measured
// size, label-sizes.js), grouped in one pass over every kind in priority order so that no two boxes
// touch. A label that would touch one already placed is tried beside its anchor (right, left, above,
// below, PLACES); only where none is free does it join a label (one of its own kind first, else the
// first it touches), which grows by a tag saying what it holds; grown labels that now touch another
// merge into the earlier one, until none touch. Names laid out after that (context points) are
// shown only where they touch nothing. A grid of cells keeps each query to the boxes near it.

export const GAP = 2; // px kept between two labels

const CELL = 128; // px of a grid cell
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
 * The first place where a label of size at p touches no box of grid: { place, box }, else { hits }
 * where its CSS puts it. Moved aside, it also touches no box of kept (names it must leave room for).
 */
function firstFree(grid, p, size, kept) {
  const styled = boxAt(p, size);
  if (!grid.touched(styled)) return { place: '', box: styled };
  for (const place of PLACES.slice(1)) {
    const box = boxAt(p, size, place);
    if (Math.abs(box[0] - styled[0]) + Math.abs(box[1] - styled[1]) < 2) continue; // where its CSS puts it already
    if (!grid.touched(box) && !kept?.touched(box)) return { place, box };
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
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (fn(`${x},${y}`)) return true;
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

/** Of the groups a label touches: the first of its own kind, else the first of any. */
function joined(hits, kind) {
  const first = (list) => list.reduce((a, b) => (b.index < a.index ? b : a));
  const own = hits.filter((g) => g.head.kind === kind);
  return first(own.length ? own : hits);
}

/**
 * Groups candidates, given in priority order (each { kind, p }, p its anchor in pixels), into labels
 * of which no two touch. sizeOf(candidate, members) is the size of its label holding members (null:
 * alone); measure(pairs) is called with the [candidate, members] pairs of the labels that grew,
 * before their sizes are asked. kept (optional, a grid): boxes of names that a label may stand over
 * where its CSS puts it, but never moves aside onto. Returns { groups: [{ head, members, box, place }] (in priority
 * order), grid } (the grid of their boxes, for names placed after them).
 */
export function group(candidates, { sizeOf, measure, kept = null }) {
  const grid = createGrid();
  const groups = [];
  for (const c of candidates) {
    const { place, box, hits } = firstFree(grid, c.p, sizeOf(c, null), kept);
    if (hits) {
      const into = joined(hits, c.kind);
      into.members.push(c);
      into.grown = true;
      continue;
    }
    const g = { head: c, members: [c], box, place, index: groups.length };
    groups.push(g);
    grid.add(g);
  }
  for (let grown = groups.filter((g) => g.grown); grown.length; grown = groups.filter((g) => g.grown && !g.dead)) {
    measure(grown.map((g) => [g.head, g.members]));
    for (const g of grown) {
      grid.remove(g);
      g.box = boxAt(g.head.p, sizeOf(g.head, g.members), g.place);
      g.grown = false;
      grid.add(g);
    }
    for (const g of grown) {
      for (const h of g.dead ? [] : grid.hits(g.box)) {
        if (h === g || h.dead) continue;
        const [lo, hi] = g.index < h.index ? [g, h] : [h, g];
        lo.members.push(...hi.members);
        lo.grown = true;
        hi.dead = true;
        grid.remove(hi);
        if (hi === g) break;
      }
    }
  }
  return { groups: groups.filter((g) => !g.dead), grid };
}

/**
 * Of names given in priority order (each { p, size }), those that touch neither a box of grid nor a
 * name kept before them; adds the kept ones to grid.
 */
export function keepApart(names, grid) {
  const kept = new Set();
  for (const name of names) {
    const item = { box: boxAt(name.p, name.size) };
    if (grid.touched(item.box)) continue;
    grid.add(item);
    kept.add(name);
  }
  return kept;
}
