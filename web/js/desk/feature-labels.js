// The names of the desk map's demolition zones (at each zone's middle) and key projects (beside each
// point) as labels, decluttered by declutter.js like the contest's flags: labels of a kind that would
// overlap merge into one with a "+k" tag, which names every place in its title and zooms to them on a
// click; a label alone lets clicks through to its feature. Names reach the page as text.
import { el } from '../html.js';
import { createDeclutter } from './declutter.js';

const codeOf = (featureLayer) => String(featureLayer.feature.properties.code);
const nameOf = (featureLayer) => {
  const { name, code } = featureLayer.feature.properties;
  return String(name ?? code ?? '');
};
const byName = (a, b) => nameOf(a).localeCompare(nameOf(b)) || codeOf(a).localeCompare(codeOf(b));

const KINDS = {
  zone: { anchorOf: (l) => l.getBounds().getCenter(), boundsOf: (l) => l.getBounds(), z: 300 },
  project: { anchorOf: (l) => l.getLatLng(), boundsOf: (l) => L.latLngBounds([l.getLatLng(), l.getLatLng()]), z: 350 },
};

/** Label layers for 'zone' and 'project' on map: { zone, project }, each { setPlaces(featureLayers) }. */
export function createFeatureLabels(map) {
  const labels = {};
  for (const [kind, { anchorOf, boundsOf, z }] of Object.entries(KINDS)) {
    const label = (featureLayer) => el('div', { className: `desk-label ${kind}-label`, dataset: { testid: `${kind}-label` } },
      el('strong', {}, el('span', { dataset: { code: codeOf(featureLayer) } }, nameOf(featureLayer))));
    labels[kind] = createDeclutter(map, L.layerGroup().addTo(map), {
      label, keyOf: codeOf, nameOf, anchorOf, boundsOf, order: byName, prefix: `${kind}-label`, zIndexOffset: () => z,
    });
  }
  return labels;
}
