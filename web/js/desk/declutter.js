// Decluttered labels on the desk map (contest flags, demolition zones, key projects): labels that
// would overlap at the current zoom are merged into one, the first place's label (in the kind's
// order) with a "+k" tag; its title names every place it holds and a click zooms to them, so each
// place stays on exactly one label and no two labels of a kind overlap. Laid out again at every zoom
// and language change. Labels are DOM nodes built from data as text, never HTML strings.
import { t, extendTexts, onLangChange } from '../i18n.js';
import { el } from '../html.js';

extendTexts('zh', { desk: { declutter: { more: '此处另有 {n} 处，点击放大' } } });
extendTexts('en', { desk: { declutter: { more: '{n} more here; click to zoom in' } } });

const GAP = 2; // px kept between two labels

/** True when two label boxes (DOMRects) come closer than GAP; never for a hidden map's empty boxes. */
function overlaps(a, b) {
  if (!a.width || !b.width) return false;
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

/**
 * Draws places into layer on map, decluttered. The kind says:
 * - label(place): one place's label, a node holding a strong (where the "+k" goes);
 * - keyOf(place): the place's key (a label's data-places lists its places' keys, '|' between);
 * - nameOf(place): its name as the merged label's title shows it;
 * - anchorOf(place): the LatLng the label stands at; boundsOf(place): the LatLngBounds a click zooms to;
 * - order(a, b): which place heads a merged label (the first); prefix: class and testid stem of the
 *   "+k" tag (PREFIX-more) and of the icon (PREFIX-icon); zIndexOffset(place): the marker's.
 * Returns { setPlaces(places), lead(key) }: lead puts the place of that key (the one opened) first,
 * so it heads whichever label it is on.
 */
export function createDeclutter(map, layer, kind) {
  const { label, keyOf, nameOf, anchorOf, boundsOf, order, prefix, zIndexOffset = () => 400 } = kind;
  let places = [];
  let first = null; // the key of the place that heads its label whatever the order
  const ordered = (a, b) => (keyOf(b) === first) - (keyOf(a) === first) || order(a, b);

  function draw(group) {
    if (group.marker) layer.removeLayer(group.marker);
    const [head, ...rest] = group.members;
    const node = label(head);
    node.dataset.places = group.members.map(keyOf).join('|');
    if (rest.length) {
      node.classList.add('is-merged');
      (node.querySelector('strong') ?? node).append(' ', el('small', { className: `${prefix}-more`,
        dataset: { testid: `${prefix}-more` } }, `+${rest.length}`));
      node.title = [...group.members.map(nameOf), t('desk.declutter.more', { n: rest.length })].join('\n');
    }
    const icon = L.divIcon({ html: node, className: `${prefix}-icon`, iconSize: null, iconAnchor: [0, 0] });
    group.marker = L.marker(anchorOf(head), { icon, interactive: rest.length > 0, keyboard: false, zIndexOffset: zIndexOffset(head) });
    if (rest.length) group.marker.on('click', () => zoomTo(group.members));
    layer.addLayer(group.marker);
    group.node = node;
  }

  /** Draws the groups, then measures them all (one layout of the page, not one a label). */
  function drawAll(groups) {
    groups.forEach(draw);
    groups.forEach((group) => { group.box = group.node.getBoundingClientRect(); });
  }

  function zoomTo(members) {
    const bounds = L.latLngBounds([]);
    for (const place of members) bounds.extend(boundsOf(place));
    map.fitBounds(bounds.pad(0.2), { maxZoom: map.getZoom() + 3 });
  }

  function layout() {
    layer.clearLayers();
    const singles = [...places].sort(ordered).map((place) => ({ members: [place] }));
    drawAll(singles);
    // each place joins the first label (in order) its own label would touch
    const groups = [];
    for (const single of singles) {
      const near = groups.find((g) => overlaps(g.box, single.box));
      if (!near) { groups.push(single); continue; }
      layer.removeLayer(single.marker);
      near.members.push(...single.members);
      near.grown = true;
    }
    // a label that grew by its "+k" may now touch another: merge until none overlap
    for (let grown = groups.filter((g) => g.grown); grown.length;) {
      drawAll(grown);
      grown.forEach((g) => { g.grown = false; });
      for (let i = 0; i < groups.length; i++) {
        for (let j = i + 1; j < groups.length; j++) {
          if (!overlaps(groups[i].box, groups[j].box)) continue;
          layer.removeLayer(groups[j].marker);
          groups[i].members.push(...groups.splice(j--, 1)[0].members);
          groups[i].grown = true;
        }
      }
      grown = groups.filter((g) => g.grown);
    }
  }

  map.on('zoomend', layout);
  onLangChange(layout); // the labels' words change width: built and laid out again
  return {
    setPlaces(next) { places = next; layout(); },
    lead(key) { first = key; layout(); },
  };
}
