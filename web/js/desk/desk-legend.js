// The desk map's permanent legend (a Leaflet control): project stages and the demolition zones'
// progress classes and overdue outline, site photo markers and the contest's red and yellow flags,
// in the current language (the marker texts are registered by map-markers.js).
import { t, enumLabel, enumCodes } from '../i18n.js';
import { el } from '../html.js';
import { STAGE_COLORS, OVERDUE_COLOR, PROGRESS_CLASSES, hatchFill, svgSwatch } from '../styles.js';

const item = (swatch, label, key) => el('li', { dataset: { key } }, swatch, el('span', {}, label));
const box = (fill, stroke, extra = {}) => svgSwatch([['rect', { x: 1, y: 1, width: 20, height: 12, fill, stroke, 'stroke-width': 1.5, ...extra }]]);

function render(container) {
  container.setAttribute('aria-label', t('legend'));
  container.replaceChildren(
    el('h3', { className: 'legend-title' }, t('legend')),
    el('section', {}, el('h4', {}, t('legendSections.projects')), el('ul', {}, enumCodes('stage').map((code) => item(
      svgSwatch([['circle', { cx: 11, cy: 7, r: 5.5, fill: STAGE_COLORS[code], stroke: '#1b1b1b', 'stroke-width': 1.5 }]]),
      enumLabel('stage', code), code)))),
    el('section', {}, el('h4', {}, t('legendSections.demolition-zones')), el('ul', {}, [
      ...PROGRESS_CLASSES.map(({ key, color, labelKey }) => item(box(hatchFill(key), color), t(labelKey), key)),
      item(box('none', OVERDUE_COLOR, { 'stroke-width': 3, 'stroke-dasharray': '5 3' }), t('overdue'), 'overdue'),
    ])),
    el('section', {}, el('h4', {}, t('desk.markers.title')), el('ul', {}, [
      item(el('span', { className: 'photo-marker' }), t('desk.markers.photo'), 'photo'),
      item(el('span', { className: 'photo-marker photo-flagged' }), t('desk.markers.flagged'), 'photo-flagged'),
      item(el('span', { className: 'flag flag-red' }), t('desk.markers.red'), 'flag-red'),
      item(el('span', { className: 'flag flag-yellow' }), t('desk.markers.yellow'), 'flag-yellow'),
    ])),
  );
}

/** Adds the legend to the map; returns { relabel } for language changes. */
export function addDeskLegend(map) {
  const container = el('div', { className: 'leaflet-control legend desk-legend', role: 'region', dataset: { testid: 'desk-legend' } });
  const Legend = L.Control.extend({
    options: { position: 'bottomright' },
    onAdd() {
      L.DomEvent.disableClickPropagation(container);
      L.DomEvent.disableScrollPropagation(container);
      render(container);
      return container;
    },
  });
  new Legend().addTo(map);
  return { relabel: () => render(container) };
}
