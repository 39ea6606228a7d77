// Label decluttering in pixels, with no DOM: labels are boxes (a projected anchor plus a measured
// size, label-sizes.js), grouped kind after kind in priority order (group, one layout shared) so that
// no two touch: each tries its anchor's places (PLACES) in the forms and around the names its kind's
// steps allow, and only where none is free joins a label, which grows by a tag saying what it holds.
// Names (context points) take the first side of their symbol that touches nothing (keepApart). A
// grid of cells keeps each query to the boxes near it.

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
function firstFree(grid, p, size, avoid) {
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

/** The earliest (highest priority) of groups. */
const earliest = (list) => list.reduce((a, b) => (b.index < a.index ? b : a));

/** The group (not dead, not but) of kind, or passing kind when a function, whose anchor lies nearest p; undefined if none. */
function nearest(groups, kind, p, but = null) {
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

/**
 * Groups candidates, given in priority order (each { kind, p }, p its anchor in pixels), into labels
 * of which no two touch, added to layout ({ grid, groups }: createLayout(), shared by the calls for
 * each kind in turn). sizeOf(candidate, members) is the size of its label holding members in its form
 * (candidate.form; one member: alone); measure(pairs) is called with the [candidate, members] pairs of
 * the labels that grew, before their sizes are asked. steps: where a label may stand, tried in order,
 * each [form, avoid] (a grid of names it must not touch there, or null: on names too); a kind whose
 * steps never allow names (yields 'always') stands on them only as the first label of its kind.
 * A label with no free place joins, of those it touches, the earliest of its own kind, else the
 * nearest of its kind (a label of another kind never grows by it while one of its own is there), else
 * it stands on names, else joins the nearest label that yields to names, else the earliest it touches.
 * A label grown by what joined it moves where it now touches another (or, yielding always, a name);
 * where it cannot, its places join the nearest label of their kind; two that still touch merge.
 */
export function group(candidates, { sizeOf, measure, steps = [['', null]], layout }) {
  const { grid, groups } = layout;
  const yields = steps.every(([, avoid]) => avoid) ? 'always' : 'first';
  /**
   * Where label c, holding members, may stand free: { place, box } (c.form set to the form there),
   * else { hits } (in its first form). forms: only those (a grown label keeps its form); onNames: also
   * on names, in the last form tried.
   */
  const free = (c, members, onNames = false, forms = null, tried = steps) => {
    const list = tried.filter(([form]) => !forms || forms.includes(form));
    if (onNames) list.push([list[list.length - 1][0], null]);
    for (const [form, avoid] of list) {
      c.form = form;
      const found = firstFree(grid, c.p, sizeOf(c, members), avoid);
      if (!found.hits) return found;
    }
    c.form = list[0][0];
    return { hits: grid.hits(boxAt(c.p, sizeOf(c, members))) };
  };
  const own = (list, kind) => list.filter((g) => g.head.kind === kind);
  const waiting = []; // [candidate, hits]: no room even on names before any label of its kind stood
  for (const c of candidates) {
    const found = free(c, [c]);
    if (found.hits) {
      const mine = own(found.hits, c.kind);
      const into = mine.length ? earliest(mine) : nearest(groups, c.kind, c.p);
      const over = into ? null : free(c, [c], true);
      if (into) {
        into.members.push(c);
        into.grown = true;
        continue;
      }
      if (over.hits) {
        waiting.push([c, over.hits]);
        continue;
      }
      Object.assign(found, over);
    }
    const g = { head: c, members: [c], box: found.box, place: found.place, index: groups.length, yields, steps, measured: 1 };
    groups.push(g);
    grid.add(g);
  }
  for (const [c, hits] of waiting) { // the nearest of its kind now, else the nearest yielding to names (not a flag)
    const g = nearest(groups, c.kind, c.p) ?? nearest(groups, (h) => h.yields === 'always', c.p) ?? earliest(hits);
    g.members.push(c);
    g.grown = true;
  }
  const grownOnes = () => groups.filter((g) => g.grown && !g.dead);
  for (let grown = grownOnes(); grown.length; grown = grownOnes()) {
    measure(grown.map((g) => [g.head, g.members]));
    grown.forEach((g) => { g.measured = g.members.length; });
    const pending = (g) => g.members.length !== g.measured; // grown since measured: dealt with next round
    for (const g of grown) { // grown where it stands; moved where that touches another and a place is free
      if (pending(g)) continue;
      grid.remove(g);
      g.grown = false;
      g.box = boxAt(g.head.p, sizeOf(g.head, g.members), g.place);
      const onNames = g.yields === 'always' && g.steps[0][1]?.touched(g.box); // the names its first step keeps clear of
      if (grid.touched(g.box) || onNames) {
        const found = free(g.head, g.members, false, [g.head.form], g.steps);
        const into = found.box || !onNames ? null : nearest(groups, g.head.kind, g.head.p, g);
        if (found.box) ({ place: g.place, box: g.box } = found);
        if (into) { // grown onto names with nowhere to go: its places join the nearest label of their kind
          into.members.push(...g.members);
          into.grown = true;
          g.dead = true;
          continue;
        }
      }
      grid.add(g);
    }
    for (const g of grown) {
      for (const h of g.dead || pending(g) ? [] : grid.hits(g.box)) {
        if (h === g || h.dead || pending(h)) continue;
        const [lo, hi] = g.index < h.index ? [g, h] : [h, g];
        let into = lo;
        if (lo.head.kind !== hi.head.kind) { // the later one moves where free, else joins the nearest of its kind
          grid.remove(hi);
          let found = free(hi.head, hi.members, false, [hi.head.form], hi.steps);
          const mine = found.box ? null : nearest(groups, hi.head.kind, hi.head.p, hi)
            ?? nearest(groups, (k) => k.yields === 'always' && k.head.kind !== lo.head.kind, hi.head.p, hi);
          if (!found.box && !mine) found = free(hi.head, hi.members, true, [hi.head.form], hi.steps); // on names, not in lo
          if (found.box) {
            ({ place: hi.place, box: hi.box } = found);
            grid.add(hi);
            if (hi === g) break;
            continue;
          }
          if (!mine) grid.add(hi);
          into = mine ?? lo;
        }
        into.members.push(...hi.members);
        into.grown = true;
        hi.dead = true;
        grid.remove(hi);
        if (hi === g) break;
      }
    }
  }
}

/** A layout for group(): the grid of the labels' boxes and the groups, all kinds together. */
export const createLayout = () => ({ grid: createGrid(), groups: [] });

/** The labels of layout, in priority order: [{ head, members, box, place }]. */
export const labelsOf = (layout) => layout.groups.filter((g) => !g.dead);

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
