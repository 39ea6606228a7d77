// The desk map's labels as Leaflet markers (map-labels.js lays them out): each label built from its
// places as DOM nodes (text, never HTML), with the tag of a merged label (merged-tags.js), measured
// once per text, form and language (label-sizes.js) and drawn where the layout put it. A label that
// stays the same between two layouts keeps its marker (its node is not touched).
import { el } from '../html.js';
import { offsetAt } from '../label-grid.js';
import { mergedTag, mergedTitle } from './merged-tags.js';
import { ASIDE } from './label-groups.js';

/**
 * Labels of the kinds of map-labels.js on map, sized by sizes (label-sizes.js): sizeKey(c, members,
 * form) the key of a label's size; measure(pairs) measures the labels of [candidate, members] pairs
 * (members null: alone) in each candidate's form; draw(labels) puts the labels laid out
 * ({ head, members, place, shift }: declutter.js) on the map and takes off the others; clear() takes them all off.
 */
export function createLabelMarkers(map, sizes) {
  const layer = L.layerGroup().addTo(map);
  let drawn = new Map(); // signature of a label → its marker
  const tags = new WeakMap(); // members → [how many, their tag]: a group's tag is asked for again and again as it grows
  const tagOf = (members) => {
    if (!members || members.length < 2) return '';
    const known = tags.get(members);
    if (known?.[0] === members.length) return known[1];
    const tag = mergedTag(members);
    tags.set(members, [members.length, tag]);
    return tag;
  };
  const sizeKey = (c, members, form = c.form) => `${c.kind.name}\u0001${form ?? ''}\u0001${c.text}\u0001${tagOf(members)}`;

  /** The label of c holding members (null: alone), with its tag. */
  function build(c, members) {
    const node = c.kind.label(c.place, c.form ?? '');
    const tag = tagOf(members);
    if (tag) {
      node.classList.add('is-merged');
      (node.querySelector('strong') ?? node).append(' ', el('small', { className: `${c.kind.prefix}-more`,
        dataset: { testid: `${c.kind.prefix}-more` } }, tag));
    }
    return { node, className: `${c.kind.prefix}-icon` };
  }

  const measure = (pairs) => sizes.measure(pairs.map(([c, members]) => {
    const as = { ...c }; // the form as asked, whatever c's is when built
    return { key: sizeKey(as, members), build: () => build(as, members) };
  }));

  function zoomTo(members) {
    const bounds = L.latLngBounds([]);
    for (const { kind, place } of members) bounds.extend(kind.boundsOf(place));
    map.fitBounds(bounds.pad(0.2), { maxZoom: map.getZoom() + 3 });
  }

  function marker({ head, members, place, shift }) {
    const { kind } = head;
    const merged = members.length > 1;
    const { node, className } = build(head, merged ? members : null);
    const { x, y } = place === ASIDE ? shift : offsetAt(place, sizes.get(sizeKey(head, merged ? members : null)));
    if (place) node.dataset.place = place;
    node.dataset.places = members.filter((m) => m.kind === kind).map((m) => m.key).join('|');
    node.dataset.members = members.map((m) => `${m.kind.name}:${m.key}`).join('|');
    if (merged) node.title = mergedTitle(members);
    const icon = L.divIcon({ html: node, className, iconSize: null, iconAnchor: [-x, -y] });
    const m = L.marker(kind.anchorOf(head.place), { icon, interactive: merged, keyboard: false, zIndexOffset: kind.zIndexOffset(head.place) });
    if (merged) m.on('click', () => zoomTo(members));
    return m;
  }

  const signature = ({ head, members, place, shift }) => [head.kind.name, head.form, head.text, place, place === ASIDE ? `${shift.x},${shift.y}` : '', ...members.map((m) => `${m.kind.name}:${m.key}`)].join('\u0001');

  return {
    sizeKey,
    measure,
    draw(labels) {
      const next = new Map();
      for (const g of labels) {
        const sig = signature(g);
        next.set(sig, drawn.get(sig) ?? marker(g));
        drawn.delete(sig);
      }
      drawn.forEach((m) => layer.removeLayer(m));
      next.forEach((m) => { if (!layer.hasLayer(m)) layer.addLayer(m); });
      drawn = next;
    },
    clear() {
      drawn.forEach((m) => layer.removeLayer(m));
      drawn = new Map();
    },
  };
}
