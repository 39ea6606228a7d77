// Label decluttering in pixels, with no DOM (the boxes and their grid: label-grid.js): labels grouped
// kind after kind in priority order (group, one layout shared) so that no two touch: each tries its
// anchor's places (label-grid.js PLACES) in the forms and around the names its kind's steps allow,
// and only where none is free joins a label, which grows by a tag saying what it holds. No label
// stands on a fixed box (a map control's) while it can stand or join elsewhere; one of a kind that
// may (group's aside) stands just past the edge of the control over its anchor (ASIDE) rather than
// join a label of its kind farther off.
import { boxAt, createGrid, firstFree, touches } from '../label-grid.js';
import { ASIDE, shifted, inView, far, earliest, nearest } from './label-groups.js';

/** The box of g (a label: head, members sized by sizeOf, place, shift) where it stands. */
const boxOf = (g, size) => (g.place === ASIDE ? shifted(boxAt(g.head.p, size), g.shift) : boxAt(g.head.p, size, g.place));

/**
 * The whole-px shifts that take box just clear (touches) of box f past each of f's edges, and along
 * that edge by up to ALONG times its own height or width either way, the shortest first.
 */
function clearOf(box, f) {
  const [w, h] = [box[2] - box[0] + GAP_ALONG, box[3] - box[1] + GAP_ALONG];
  return [[f[0] - box[2], 0, -1, 0], [f[2] - box[0], 0, 1, 0], [0, f[1] - box[3], 0, -1], [0, f[3] - box[1], 0, 1]].flatMap(([x, y, sx, sy]) => {
    const s = { x: Math.round(x), y: Math.round(y) };
    while (touches(f, shifted(box, s))) [s.x, s.y] = [s.x + sx, s.y + sy];
    return ALONG.map((k) => (sx ? { x: s.x, y: Math.round(s.y + k * h) } : { x: Math.round(s.x + k * w), y: s.y }));
  }).sort((a, b) => far(a) - far(b));
}
const ALONG = [0, -1, 1, -2, 2, -3, 3];
const GAP_ALONG = 3; // px between labels moved along an edge (more than label-grid.js GAP)

/**
 * Groups candidates, given in priority order (each { kind, p }, p its anchor in pixels), into labels
 * of which no two touch, added to layout ({ grid, groups }: createLayout(), shared by the calls for
 * each kind in turn). sizeOf(candidate, members) is the size of its label holding members in its form
 * (candidate.form; one member: alone); measure(pairs) is called with the [candidate, members] pairs of
 * the labels that grew, before their sizes are asked. steps: where a label may stand, tried in order,
 * each [form, avoid] (a grid of names it must not touch there, or null: on names too); a kind whose
 * steps never allow names (yields 'always') stands on them only as the first label of its kind.
 * Those with prev ({ place, form }: where each headed a label in the last layout, label-memory.js)
 * stand there first, in their order, where that is free in a form of their steps (so that one that
 * must move takes no place another held); then the others, in their order. A label with no free
 * place joins the label it was on in the last layout (c.was), if that stands, else, of those it
 * touches, the earliest of its own kind, else the nearest of its kind (a label of another kind never
 * grows by it while one of its own is there), else it stands on names, else joins the nearest label
 * that yields to names, else the earliest it touches, else (only fixed boxes in its way, no label to
 * join) stands where its CSS puts it. With aside, a label under a control that touches no label of its
 * kind and was on none stands past the control's edge in the view (ASIDE, the shortest shift in the first
 * form of its steps with room, never on names) rather than join a label it does not touch, and there again in the next
 * layout while free and a control still covers its anchor's place; else it joins as above. A label grown by what joined it
 * moves where it now touches another (or a fixed box, or, yielding always, a name); where it cannot,
 * its places join the nearest label of their kind (on a fixed box or a name) or those touching merge.
 */
export function group(candidates, { sizeOf, measure, steps = [['', null]], layout, aside = false }) {
  const { grid, groups, fixed, view } = layout;
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
  /** Where c stood in the last layout, if free there in a form of its steps: { place, box, shift } (c.form set), else null. */
  const again = (c) => {
    for (const [form, avoid] of steps) {
      if (form !== c.prev.form) continue;
      c.form = form;
      const size = sizeOf(c, [c]);
      if (c.prev.place === ASIDE && !fixed.some((f) => touches(f, boxAt(c.p, size)))) return null; // no control over it now
      const box = boxOf({ head: c, ...c.prev }, size);
      if (!grid.touched(box) && !avoid?.touched(box)) return { place: c.prev.place, box, shift: c.prev.shift };
    }
    return null;
  };
  /** With aside, where label c holding members (in forms, null: any) stands off the controls over its anchor: { place: ASIDE, box, shift } (c.form set), else null. */
  const off = (c, members, forms = null) => {
    for (const [form, avoid] of aside ? steps.filter(([f, names]) => names && (!forms || forms.includes(f))) : []) { // never on names
      c.form = form;
      const styled = boxAt(c.p, sizeOf(c, members));
      for (const shift of fixed.filter((f) => touches(f, styled)).flatMap((f) => clearOf(styled, f))) {
        const box = shifted(styled, shift);
        if (inView(box, view) && !grid.touched(box) && !avoid?.touched(box)) return { place: ASIDE, box, shift };
      }
    }
    c.form = forms?.[0] ?? steps[0][0];
    return null;
  };
  const stand = (c, found) => {
    const g = { head: c, members: [c], box: found.box, place: found.place, shift: found.shift, index: groups.length, yields, steps, measured: 1 };
    groups.push(g);
    grid.add(g);
  };
  const own = (list, kind) => list.filter((g) => g.head.kind === kind);
  /** The label c was on in the last layout (c.was: its head), if it heads one now. */
  const before = (c) => c.was && groups.find((g) => !g.dead && g.head.key === c.was.key && g.head.kind.name === c.was.kind);
  const waiting = []; // [candidate, hits]: no room even on names before any label of its kind stood
  const later = []; // those not standing where they stood in the last layout, in their order
  for (const c of candidates) {
    const found = c.prev && again(c);
    if (found) stand(c, found);
    else later.push(c);
  }
  for (const c of later) {
    const found = free(c, [c]);
    if (found.hits) {
      const mine = own(found.hits, c.kind);
      let into = before(c) ?? (mine.length ? earliest(mine) : null);
      const moved = into ? null : off(c, [c]); // off the controls over its anchor rather than on a label it does not touch
      if (moved) {
        stand(c, moved);
        continue;
      }
      into ??= nearest(groups, c.kind, c.p);
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
    stand(c, found);
  }
  for (const [c, hits] of waiting) { // the nearest of its kind now, else the nearest yielding to names (not a flag)
    const g = nearest(groups, c.kind, c.p) ?? nearest(groups, (h) => h.yields === 'always', c.p) ?? (hits.length ? earliest(hits) : null);
    if (!g) { // only fixed boxes in its way and no label to join: off them, else where its CSS puts it
      const moved = off(c, [c]);
      stand(c, moved ?? { place: '', box: boxAt(c.p, sizeOf(c, [c])) });
      continue;
    }
    g.members.push(c);
    g.grown = true;
  }
  /**
   * Takes the places new to the layout (fresh, label-memory.js; each once) out of g, a label of places
   * laid out before that they grew onto another label: they join the nearest other label of their
   * kind (else g again). True when some did (g is back to its size without them).
   */
  const evict = (g) => {
    const newcomers = g.head.fresh ? [] : g.members.filter((m) => m.fresh && !m.evicted);
    if (!newcomers.length) return false;
    g.members = g.members.filter((m) => !newcomers.includes(m));
    measure([[g.head, g.members]]);
    g.measured = g.members.length;
    g.box = boxOf(g, sizeOf(g.head, g.members));
    for (const m of newcomers) {
      m.evicted = true;
      const into = nearest(groups, m.kind, m.p, g) ?? g;
      into.members.push(m);
      into.grown = true;
    }
    return true;
  };
  const grownOnes = () => groups.filter((g) => g.grown && !g.dead);
  for (let grown = grownOnes(); grown.length; grown = grownOnes()) {
    measure(grown.map((g) => [g.head, g.members]));
    grown.forEach((g) => { g.measured = g.members.length; });
    const pending = (g) => g.members.length !== g.measured; // grown since measured: dealt with next round
    for (const g of grown) { // grown where it stands; moved where that touches another and a place is free
      if (pending(g)) continue;
      grid.remove(g);
      g.grown = false;
      g.box = boxOf(g, sizeOf(g.head, g.members));
      if (g.place === ASIDE && !inView(g.box, view) && g.steps === steps) Object.assign(g, off(g.head, g.members, [g.head.form])); // grown out of view
      const onNames = g.yields === 'always' && g.steps[0][1]?.touched(g.box); // the names its first step keeps clear of
      if ((grid.touched(g.box) || onNames) && !(evict(g) && !grid.touched(g.box))) {
        const found = free(g.head, g.members, false, [g.head.form], g.steps);
        const stuck = onNames || fixed.some((box) => touches(box, g.box));
        if (!found.box && stuck && !onNames && g.steps === steps) Object.assign(found, off(g.head, g.members, [g.head.form]) ?? {});
        const into = found.box || !stuck ? null : nearest(groups, g.head.kind, g.head.p, g);
        if (found.box) ({ place: g.place, box: g.box, shift: g.shift } = found);
        if (into) { // grown onto names or a control with nowhere to go: its places join the nearest label of their kind
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

/**
 * A layout for group(): the grid of the labels' boxes (touched also by the fixed boxes, those of the
 * map's controls, in the layout's pixels; hits never names one), the groups, all kinds together,
 * fixed and view (the box [left, top, right, bottom] of the view in those pixels, null: anywhere),
 * which a label moved off a control (ASIDE) stays in.
 */
export function createLayout(fixed = [], view = null) {
  const grid = createGrid();
  return { grid: { ...grid, touched: (box) => grid.touched(box) || fixed.some((f) => touches(f, box)) }, groups: [], fixed, view };
}

/** The labels of layout, in priority order: [{ head, members, box, place, shift (ASIDE's) }]. */
export const labelsOf = (layout) => layout.groups.filter((g) => !g.dead);
