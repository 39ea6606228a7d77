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
