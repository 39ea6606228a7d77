// What of the desk map stays on it: labels and markers whose anchor lies in the view plus MARGIN of
// its width and height on each side; the others are taken off (kept in the page) and put back as
// they come near. The margin lets a pan of less than half a view show labels already laid out, and
// keeps the neighbours a label in view merges or moves for. A map with no size (hidden) keeps all.

export const MARGIN = 0.5;

/** The pixel bounds (at the map's zoom) of what stays on the map, or null (a hidden map: all stays). */
export function nearPixels(map) {
  const { min, max } = map.getPixelBounds();
  const [w, h] = [max.x - min.x, max.y - min.y];
  if (!(w > 0 && h > 0)) return null;
  return { x0: min.x - w * MARGIN, y0: min.y - h * MARGIN, x1: max.x + w * MARGIN, y1: max.y + h * MARGIN };
}

/** True when pixel point p (projected at the map's zoom) lies within bounds (null: everywhere). */
export const isNear = (bounds, p) => !bounds || (p.x >= bounds.x0 && p.x <= bounds.x1 && p.y >= bounds.y0 && p.y <= bounds.y1);

/** How far the view may move inside the region its labels were laid out for: KEEP of its size stays covered on each side. */
export const KEEP = 0.25;

const inside = (a, b) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;

/**
 * The region the desk's labels are laid out for, kept while the view moves inside it: current() is
 * { id, near, core } with near the view plus MARGIN around it when taken (nearPixels) and core that
 * view, both in pixels at the map's zoom; a new one (a new id) once the zoom or the map's size changed
 * or the view plus KEEP around it leaves near. A small pan thus lays out the same places and names
 * the same way (the view's edge is not the layout's), and a view taken again gets the same region. A
 * hidden map gets a new region (near and core null: everywhere) each time.
 */
export function createNearRegion(map) {
  let region = { id: 0 };
  return {
    current() {
      const z = map.getZoom();
      const { min, max } = map.getPixelBounds();
      const [w, h] = [max.x - min.x, max.y - min.y];
      const kept = { x0: min.x - w * KEEP, y0: min.y - h * KEEP, x1: max.x + w * KEEP, y1: max.y + h * KEEP };
      if (region.near && region.z === z && region.w === w && region.h === h && inside(kept, region.near)) return region;
      const near = nearPixels(map);
      region = { id: region.id + 1, z, w, h, near, core: near && { x0: min.x, y0: min.y, x1: max.x, y1: max.y } };
      return region;
    },
  };
}
