// A layout of the desk's labels after a pan brought a map control over some of them (map-labels.js):
// the labels the controls now touch give up their places, which are laid out again among the other
// labels, standing as they stood (declutter.js group), rather than every place of the region again.

/**
 * Seeds done (createLayout() with the controls' boxes now) with the labels (labelsOf of the last
 * layout) that no control touches, as they stand, and returns the places of the others (a Set of
 * candidates, cleared of what they kept from the layout before: to be grouped again, in their order).
 */
export function keepUncovered(labels, done) {
  const out = new Set(labels.filter((g) => done.grid.touched(g.box)).flatMap((g) => g.members));
  for (const g of labels) {
    if (g.members.some((m) => out.has(m))) continue;
    Object.assign(g, { index: done.groups.length, grown: false });
    done.groups.push(g);
    done.grid.add(g);
  }
  out.forEach((c) => { delete c.prev; delete c.was; delete c.fresh; delete c.evicted; });
  return out;
}
