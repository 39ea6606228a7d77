// The names of the desk map's key projects (beside each point) and demolition zones (at each zone's
// middle) as labels of map-labels.js, after the contest's flags: projects before zones (a zone is
// seen by its coloured outline even where its name has to wait for a closer zoom). A label alone
// lets clicks through to its feature. Names reach the page as text.
import { el } from '../html.js';

const codeOf = (featureLayer) => String(featureLayer.feature.properties.code);
const nameOf = (featureLayer) => {
  const { name, code } = featureLayer.feature.properties;
  return String(name ?? code ?? '');
};
const byName = (a, b) => nameOf(a).localeCompare(nameOf(b)) || codeOf(a).localeCompare(codeOf(b));

const KINDS = {
  project: { anchorOf: (l) => l.getLatLng(), boundsOf: (l) => L.latLngBounds([l.getLatLng(), l.getLatLng()]), z: 350 },
  zone: { anchorOf: (l) => l.getBounds().getCenter(), boundsOf: (l) => l.getBounds(), z: 300 },
};

/** Adds the kinds 'project' and 'zone' to labels (map-labels.js): { project, zone }, each { setPlaces(featureLayers), lead(code) }. */
export function createFeatureLabels(labels) {
  const kinds = {};
  for (const [kind, { anchorOf, boundsOf, z }] of Object.entries(KINDS)) {
    const label = (featureLayer) => el('div', { className: `desk-label ${kind}-label`, dataset: { testid: `${kind}-label` } },
      el('strong', {}, el('span', { dataset: { code: codeOf(featureLayer) } }, nameOf(featureLayer))));
    kinds[kind] = labels.kind(kind, {
      label, keyOf: codeOf, textOf: nameOf, nameOf, anchorOf, boundsOf, order: byName, prefix: `${kind}-label`, zIndexOffset: () => z,
    });
  }
  return kinds;
}
