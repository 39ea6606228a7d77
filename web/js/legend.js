// Map legend as a Leaflet control; re-rendered on language change, toggled from the header.
import { t, enumLabel, enumCodes } from './i18n.js';
import { el } from './html.js';
import {
  STATUS_COLORS, STAGE_COLORS, PARK_COLOR, OVERDUE_COLOR, PROGRESS_CLASSES, hatchFill, svgSwatch,
} from './styles.js';

function item(swatch, label) {
  return el('li', {}, swatch, el('span', {}, label));
}

function box(fill, stroke = '#333333', extra = {}) {
  return svgSwatch([['rect', { x: 1, y: 1, width: 20, height: 12, fill, stroke, 'stroke-width': 1, ...extra }]]);
}

function section(titleKey, items) {
  return el('section', {}, el('h4', {}, t(titleKey)), el('ul', {}, items));
}

function render(container) {
  container.replaceChildren(
    el('h3', { className: 'legend-title' }, t('legend')),
    section('layers.parks', [item(box('none', PARK_COLOR, { 'stroke-width': 2.5 }), t('parkOutline'))]),
    section('legendSections.parcels', enumCodes('status').map(
      (code) => item(box(STATUS_COLORS[code]), enumLabel('status', code)),
    )),
    section('legendSections.projects', enumCodes('stage').map((code) => item(
      svgSwatch([['circle', { cx: 11, cy: 7, r: 5.5, fill: STAGE_COLORS[code], stroke: '#1b1b1b', 'stroke-width': 1.5 }]]),
      enumLabel('stage', code),
    ))),
    section('legendSections.demolition-zones', [
      ...PROGRESS_CLASSES.map(({ key, color, labelKey }) => item(box(hatchFill(key), color, { 'stroke-width': 1.5 }), t(labelKey))),
      item(box('none', OVERDUE_COLOR, { 'stroke-width': 3, 'stroke-dasharray': '5 3' }), t('overdue')),
    ]),
  );
}

export function createLegend({ visible }) {
  const Legend = L.Control.extend({
    options: { position: 'bottomright' },
    onAdd() {
      const container = el('div', {
        className: 'leaflet-control legend', id: 'legend', 'data-testid': 'legend', role: 'region',
      });
      L.DomEvent.disableClickPropagation(container);
      L.DomEvent.disableScrollPropagation(container);
      render(container);
      return container;
    },
  });
  const control = new Legend();
  let shown = visible;
  const api = {
    control,
    refresh() {
      const container = control.getContainer();
      if (container) {
        render(container);
        container.setAttribute('aria-label', t('legend'));
      }
    },
    isVisible: () => shown,
    setVisible(value) {
      shown = Boolean(value);
      control.getContainer()?.classList.toggle('legend-hidden', !shown);
    },
    toggle() {
      api.setVisible(!shown);
      return shown;
    },
  };
  return api;
}
