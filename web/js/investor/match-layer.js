// Site-match results on the investor map: each matched parcel filled in its land-use colour with a
// red outline, and a numbered marker (a DOM node, never HTML text) at its middle, numbered 1… in the
// order of the match list (match-panel.js numbers its rows alike).
import { el } from '../html.js';
import { landUseColor } from './land-use.js';

const codeOf = (feature) => String(feature.id ?? feature.properties?.code);

/** A marker showing rank at the middle of a parcel's outline; clicking it selects the parcel. */
function marker(feature, rank, { toLatLng, onSelect }) {
  const code = codeOf(feature);
  const badge = el('span', { className: 'match-marker', 'data-testid': 'match-marker', dataset: { code, rank: String(rank) } }, String(rank));
  const middle = L.geoJSON(feature, { coordsToLatLng: toLatLng }).getBounds().getCenter();
  const m = L.marker(middle, {
    icon: L.divIcon({ html: badge, className: 'match-marker-icon', iconSize: [28, 28], iconAnchor: [14, 14] }),
    keyboard: false, title: `${rank} · ${code}`, riseOnHover: true,
  });
  m.on('click', () => onSelect(code));
  return m;
}

/**
 * Adds to group the matches ([{ code, feature }], best first): outlines (paths with data-code) and
 * numbered markers (match-marker[data-code][data-rank]). toLatLng: GeoJSON coordinates → LatLng
 * (the basemap shift); onSelect(code) when one is clicked.
 */
export function drawMatchLayer(group, matches, { toLatLng, onSelect }) {
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
  matches.forEach((m, i) => group.addLayer(marker(m.feature, i + 1, { toLatLng, onSelect })));
}
