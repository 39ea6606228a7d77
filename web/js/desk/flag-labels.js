// The contest's flag labels on the desk map (one per flagged township or park, at the middle of its
// box), decluttered: at a city-wide zoom labels that would overlap are merged into one, the most
// severe place's label (red before yellow) with a "+k" tag; its title names every place it holds and
// a click zooms to their boxes, so each place stays on exactly one label and no two labels overlap.
// Laid out again at every zoom and language change. Labels are DOM nodes built from data as text, never HTML strings.
import { t, extendTexts, onLangChange } from '../i18n.js';
import { el } from '../html.js';

extendTexts('zh', { desk: { flagLabels: { more: '此处另有 {n} 处，点击放大' } } });
extendTexts('en', { desk: { flagLabels: { more: '{n} more here; click to zoom in' } } });

const severity = (place) => (place.flags.some((f) => f.flag === 'red') ? 0 : 1);
const GAP = 2; // px kept between two labels

/** True when two label boxes (DOMRects) come closer than GAP; never for a hidden map's empty boxes. */
function overlaps(a, b) {
  if (!a.width || !b.width) return false;
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

/**
 * Draws places ([{ of, name, bbox, flags }]) into layer on map. label(place) builds one place's
 * label (a div.map-flag with a strong name), nameOf(place) its name as shown; toLatLng(lon, lat)
 * applies the basemap shift. Returns { setPlaces(places) }.
 */
export function createFlagLabels(map, layer, { label, nameOf, toLatLng }) {
  let places = [];

  function draw(group) {
    if (group.marker) layer.removeLayer(group.marker);
    const [head, ...rest] = group.members;
    const node = label(head);
    node.dataset.places = group.members.map((p) => `${p.of}:${p.name}`).join('|');
    if (rest.length) {
      node.classList.add('is-merged');
      node.querySelector('strong').append(' ', el('small', { className: 'map-flag-more', dataset: { testid: 'map-flag-more' } },
        `+${rest.length}`));
      node.title = [...group.members.map(nameOf), t('desk.flagLabels.more', { n: rest.length })].join('\n');
    }
    const [w, s, e, n] = head.bbox;
    const icon = L.divIcon({ html: node, className: 'map-flag-icon', iconSize: null, iconAnchor: [0, 0] });
    group.marker = L.marker(toLatLng((w + e) / 2, (s + n) / 2),
      { icon, interactive: rest.length > 0, keyboard: false, zIndexOffset: 400 - severity(head) });
    if (rest.length) group.marker.on('click', () => zoomTo(group.members));
    layer.addLayer(group.marker);
    group.box = node.getBoundingClientRect();
  }

  function zoomTo(members) {
    const bounds = L.latLngBounds([]);
    for (const { bbox: [w, s, e, n] } of members) bounds.extend([toLatLng(w, s), toLatLng(e, n)]);
    map.fitBounds(bounds.pad(0.2), { maxZoom: map.getZoom() + 3 });
  }

  function layout() {
    layer.clearLayers();
    const ordered = [...places].sort((a, b) => severity(a) - severity(b) || a.name.localeCompare(b.name));
    const groups = [];
    for (const place of ordered) {
      const group = { members: [place] };
      draw(group);
      const near = groups.find((g) => overlaps(g.box, group.box));
      if (near) {
        layer.removeLayer(group.marker);
        near.members.push(place);
        draw(near);
      } else {
        groups.push(group);
      }
    }
    // a label that grew by its "+k" may now touch another: merge until none overlap
    for (let merged = true; merged;) {
      merged = false;
      for (let i = 0; i < groups.length && !merged; i++) {
        for (let j = i + 1; j < groups.length && !merged; j++) {
          if (overlaps(groups[i].box, groups[j].box)) {
            layer.removeLayer(groups[j].marker);
            groups[i].members.push(...groups.splice(j, 1)[0].members);
            draw(groups[i]);
            merged = true;
          }
        }
      }
    }
  }

  map.on('zoomend', layout);
  onLangChange(layout); // the labels' words change width: built and laid out again
  return {
    setPlaces(next) { places = next; layout(); },
  };
}
