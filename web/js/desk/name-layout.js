// The basemap's location names (context-names.js) in one layout of the desk's labels, where
// map-labels.js PRIORITY puts them (after flags, before projects and zones). Only the names in the
// region's core (the view the labels' region was taken for, near-view.js) count for labels: the kinds
// before NAMES leave clear those that show alone (and the first NAMES_KEPT), the kinds after those
// placed once the kinds before stand. The names outside the core are placed last, where room is left,
// so that names coming and going at the view's edge move no label and no name inside it. A layout
// splits its names by the core once (splitNames) and places each name once; a name that a later
// label stands on tries its other sides at the end.
import { keepApart, createGrid, boxAt } from '../label-grid.js';
import { isNear } from './near-view.js';

/** How many names of the core (transport hubs first) a flag label leaves clear before it shrinks (map-labels.js PRIORITY 'hubs'). */
export const NAMES_KEPT = 16;

/**
 * The names of a layout (in priority order, each { p, sizes }: a size per side of context-names.js
 * SIDES) split by core (pixel bounds, null: all), the one pass over them a layout makes: { inCore,
 * edge } (each in priority order), what namesAlone, keptNamesAlone and createNameTurn take.
 */
export function splitNames(names, core) {
  const split = { inCore: [], edge: [] };
  for (const name of names) (isNear(core, name.p) ? split.inCore : split.edge).push(name);
  return split;
}

/**
 * The grids of names the kinds before NAMES leave clear, of the names of the core (splitNames): names,
 * those that show when alone; hubs, the first NAMES_KEPT where the basemap puts them. It depends on
 * those names only (no label): the caller keeps it while they stay the same.
 */
export function namesAlone(inCore) {
  const grids = { names: createGrid(), hubs: createGrid() };
  keepApart(inCore, createGrid(), grids.names);
  inCore.slice(0, NAMES_KEPT).forEach((name) => grids.hubs.add({ box: boxAt(name.p, name.sizes[0]) }));
  return grids;
}

/**
 * namesAlone(inCore) kept while the zoom z, the core and its names stay the same (a pan inside the
 * labels' region, a zoom step and back): ({ z, core }, inCore) → its grids.
 */
export function keptNamesAlone() {
  let kept = { key: null };
  return ({ z, core }, inCore) => {
    const key = [z, core && [core.x0, core.y0, core.x1, core.y1], ...inCore.map((name) => name.key)].join('\u0002');
    if (kept.key !== key) kept = { key, grids: namesAlone(inCore) };
    return kept.grids;
  };
}

/**
 * The names' turn in a layout, of the names split by splitNames: place(labels) places the names of
 * the core once against labels (the grid of the labels laid out so far, map controls included) and
 * returns the grid of those kept, for the kinds after NAMES to leave clear; shown(labels), once every
 * label stands, is { shown, grid }: the names shown as a Map name → index of its side (those kept
 * that no label stands on, then, on other sides, the ones a label stands on, then the names outside
 * the core, each where it touches nothing) and the grid of their boxes.
 */
export function createNameTurn({ inCore, edge }) {
  let kept = new Map();
  return {
    place(labels) {
      const grid = createGrid();
      kept = keepApart(inCore, labels, grid);
      return grid;
    },
    shown(labels) {
      const shown = new Map();
      const room = createGrid();
      const again = [];
      for (const [name, side] of kept) {
        const box = boxAt(name.p, name.sizes[side]);
        if (labels.touched(box)) again.push(name);
        else {
          shown.set(name, side);
          room.add({ box });
        }
      }
      keepApart([...again, ...edge], labels, room).forEach((side, name) => shown.set(name, side));
      return { shown, grid: room };
    },
  };
}
