// Site-match results on the investor map: each matched parcel filled in its land-use colour with a
// red outline, and a numbered marker (a DOM node, never HTML text) at its middle, numbered 1… in the
// order of the match list (match-panel.js numbers its rows alike). Markers that would overlap at the
// map's zoom (a city-wide view) are merged into one showing the best rank and "+k" (its title lists
// every rank); clicking it zooms to its parcels, so every number stays readable.
import { el } from '../html.js';
import { landUseColor } from './land-use.js';

const codeOf = (feature) => String(feature.id ?? feature.properties?.code);
const SIZE = 28; // px: a marker's size
const APART = 40; // px: markers whose middles are closer than this are merged (room for the "+k" tag)

/** The badge of a marker standing for ranks [{ rank, code }] (the best first). */
function badge(members) {
  const [head, ...rest] = members;
  return el('span', { className: `match-marker${rest.length ? ' is-merged' : ''}`, 'data-testid': 'match-marker',
    dataset: { code: head.code, rank: String(head.rank), ranks: members.map((m) => m.rank).join(',') } },
  String(head.rank), rest.length ? el('small', { className: 'match-more' }, `+${rest.length}`) : null);
}

/** Greedy grouping in rank order: each marker joins the first group whose head lies within APART px. */
function groups(map, items) {
  const out = [];
  for (const item of items) {
    const p = map.latLngToLayerPoint(item.middle);
    const near = out.find((g) => g.point.distanceTo(p) < APART);
    if (near) near.members.push(item);
    else out.push({ point: p, members: [item] });
  }
  return out;
}

/**
 * Adds to group the matches ([{ code, feature }], best first): outlines (paths with data-code) and
 * numbered markers (match-marker[data-code][data-rank][data-ranks]), merged where they would overlap.
 * toLatLng: GeoJSON coordinates → LatLng (the basemap shift); onSelect(code) when one is clicked.
 * Returns a function that removes the markers' zoom listener.
 */
export function drawMatchLayer(group, matches, { map, toLatLng, onSelect }) {
  group.addLayer(L.geoJSON(matches.map((m) => m.feature), {
    pane: 'inv-parcels',
    coordsToLatLng: toLatLng,
    style: (f) => ({ color: '#b3261e', weight: 2.5, opacity: 1, fillColor: landUseColor(f.properties?.land_use), fillOpacity: 0.85 }),
    onEachFeature(feature, layer) {
      const code = codeOf(feature);
      layer.on('add', () => layer.getElement()?.setAttribute('data-code', code));
      layer.on('click', (e) => { L.DomEvent.stopPropagation(e); onSelect(code); });
    },
  }));
  const items = matches.map((m, i) => ({ rank: i + 1, code: codeOf(m.feature),
    middle: L.geoJSON(m.feature, { coordsToLatLng: toLatLng }).getBounds().getCenter() }));
  // above the park labels (tooltips, 650): a rank is never hidden under a name
  if (!map.getPane('inv-match')) map.createPane('inv-match').style.zIndex = 660;
  const markers = L.layerGroup().addTo(group);
  function layout() {
    markers.clearLayers();
    for (const { members } of groups(map, items)) {
      const head = members[0];
      const m = L.marker(head.middle, {
        icon: L.divIcon({ html: badge(members), className: 'match-marker-icon', iconSize: [SIZE, SIZE], iconAnchor: [SIZE / 2, SIZE / 2] }),
        pane: 'inv-match', keyboard: false, title: members.map((x) => `${x.rank} · ${x.code}`).join('\n'), riseOnHover: true,
        zIndexOffset: 1000 - head.rank,
      });
      m.on('click', () => (members.length > 1
        ? map.fitBounds(L.latLngBounds(members.map((x) => x.middle)).pad(0.3), { maxZoom: 18 })
        : onSelect(head.code)));
      markers.addLayer(m);
    }
  }
  layout();
  map.on('zoomend', layout);
  return () => map.off('zoomend', layout);
}
