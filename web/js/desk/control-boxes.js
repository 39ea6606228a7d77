// The screen boxes of the desk map's controls (the legend, zoom buttons, scale, attribution, the view
// notice: every .leaflet-control), which no label may stand on (map-labels.js). They are read when a
// control or the map changes size (a ResizeObserver: a fold, a language, a notice shown, the window),
// where the page's layout is fresh, and on demand after invalidate() (a language change: the layout
// that follows measures labels, and reads the page anyway); never during a zoom or a pan, which move
// no control.

/** A box [left, top, right, bottom] of whole pixels covering rect r, against the map's corner o. */
const cover = (r, o) => [Math.floor(r.left - o.left), Math.floor(r.top - o.top), Math.ceil(r.right - o.left), Math.ceil(r.bottom - o.top)];

/**
 * The controls of map: boxes() their boxes in container pixels (those with a size), key() a text
 * that changes when they do; onChange() once they changed after a resize.
 */
export function createControlBoxes(map, onChange) {
  const container = map.getContainer();
  let boxes = [];
  let key = '';
  let stale = true;

  /** Reads the boxes; true when they changed. */
  function read() {
    stale = false;
    const o = container.getBoundingClientRect();
    const next = [...container.querySelectorAll('.leaflet-control')].map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0).map((r) => cover(r, o));
    const nextKey = next.map((b) => b.join(',')).join(';');
    if (nextKey === key) return false;
    [boxes, key] = [next, nextKey];
    return true;
  }

  const sizes = new ResizeObserver(() => { if (read()) onChange(); });
  const watched = new WeakSet();
  const watch = () => [container, ...container.querySelectorAll('.leaflet-control')].forEach((e) => {
    if (watched.has(e)) return;
    watched.add(e);
    sizes.observe(e);
  });
  const corners = new MutationObserver(() => { watch(); stale = true; onChange(); }); // a control added or removed
  container.querySelectorAll('.leaflet-control-container > div').forEach((corner) => corners.observe(corner, { childList: true }));
  watch();

  return {
    boxes() { if (stale) read(); return boxes; },
    key() { if (stale) read(); return key; },
    /** The boxes are read again when next asked for. */
    invalidate() { stale = true; },
  };
}
