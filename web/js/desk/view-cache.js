// What the desk map has fetched for the current day and language, so that a move asks the server only
// for what is new in its view: per layer, the view boxes loaded whole (at most MAX_BOXES, the oldest
// forgotten first) and the codes whose figures of the day are on the map (at most MAX_CODES, the
// oldest forgotten first). A view is asked for as its box minus the boxes known (at most MAX_PIECES
// boxes, else the one box around them), and figures only for codes not known. Forgetting costs a
// request, never a wrong figure: the desk clears it all on a new day or language and after a write,
// and the cache forgets everything MAX_AGE_MS after it began, so that what other officials filed
// meanwhile shows within that time without a reload.

export const MAX_BOXES = 24;
export const MAX_CODES = 20000;
export const MAX_PIECES = 4;
export const MAX_AGE_MS = 5 * 60 * 1000;
const GRID = 1e5; // boxes are kept on a 1e-5 degree grid (as the requests write them), rounded outward

/** Box [w, s, e, n] rounded outward to the grid. */
export const outward = ([w, s, e, n]) => [Math.floor(w * GRID) / GRID, Math.floor(s * GRID) / GRID,
  Math.ceil(e * GRID) / GRID, Math.ceil(n * GRID) / GRID];

const empty = ([w, s, e, n]) => e - w < 0.5 / GRID || n - s < 0.5 / GRID;
const within = (a, b) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

/** What of box a lies outside box b: up to 4 boxes (south, north, west, east of b), none if b covers a. */
export function minus(a, b) {
  const [w, s, e, n] = a;
  const [bw, bs, be, bn] = b;
  if (bw >= e || be <= w || bs >= n || bn <= s) return [a];
  const [s2, n2] = [Math.max(s, bs), Math.min(n, bn)];
  return [[w, s, e, bs], [w, bn, e, n], [w, s2, bw, n2], [be, s2, e, n2]]
    .map(([pw, ps, pe, pn]) => [Math.max(pw, w), Math.max(ps, s), Math.min(pe, e), Math.min(pn, n)])
    .filter((p) => !empty(p));
}

/** One layer's known boxes and codes. */
function createLayerCache() {
  let boxes = [];
  const codes = new Map(); // code → true, in the order first known (a Map keeps it)
  return {
    /** The boxes to ask for to cover view box (already on the grid): none when known boxes cover it. */
    pieces(box) {
      let pieces = [box];
      for (const known of boxes) pieces = pieces.flatMap((p) => minus(p, known));
      if (pieces.length <= MAX_PIECES) return pieces;
      return [pieces.reduce((a, p) => [Math.min(a[0], p[0]), Math.min(a[1], p[1]), Math.max(a[2], p[2]), Math.max(a[3], p[3])])];
    },
    /** A box loaded whole: later views inside it ask nothing of it. */
    addBox(box) {
      boxes = boxes.filter((known) => !within(known, box));
      boxes.push(box);
      if (boxes.length > MAX_BOXES) boxes.shift();
    },
    has: (code) => codes.has(code),
    addCodes(list) {
      for (const code of list) codes.set(code, true);
      for (const code of codes.keys()) {
        if (codes.size <= MAX_CODES) break;
        codes.delete(code);
      }
    },
    clear() { boxes = []; codes.clear(); },
    size: () => ({ boxes: boxes.length, codes: codes.size }),
  };
}

/** The caches of the desk map's layers (by name, made when first asked for); clear() forgets all. */
export function createViewCache() {
  const layers = new Map();
  let since = Date.now();
  const clear = () => {
    layers.forEach((l) => l.clear());
    since = Date.now();
  };
  return {
    layer(name) {
      if (Date.now() - since > MAX_AGE_MS) clear();
      if (!layers.has(name)) layers.set(name, createLayerCache());
      return layers.get(name);
    },
    clear,
    sizes: () => Object.fromEntries([...layers].map(([name, l]) => [name, l.size()])),
  };
}
