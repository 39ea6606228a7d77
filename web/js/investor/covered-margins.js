// How much of the map the floating panels hide, so zooming keeps parcels in the part still visible.

/**
 * [right, bottom] pixels of mapElement covered by the visible panels: a tall panel beside the map
 * (the desktop detail panel) covers from its left edge rightwards, anything else (the compare tray,
 * the phone bottom sheet) from its top edge downwards.
 */
export function coveredMargins(mapElement, panels) {
  const m = mapElement.getBoundingClientRect();
  let right = 0;
  let bottom = 0;
  for (const panel of panels) {
    if (panel.hidden) continue;
    const r = panel.getBoundingClientRect();
    const w = Math.min(m.right, r.right) - Math.max(m.left, r.left);
    const h = Math.min(m.bottom, r.bottom) - Math.max(m.top, r.top);
    if (w <= 0 || h <= 0) continue;
    if (h > m.height / 2 && w < m.width * 0.6) right = Math.max(right, m.right - r.left);
    else bottom = Math.max(bottom, m.bottom - r.top);
  }
  return [right, bottom];
}
