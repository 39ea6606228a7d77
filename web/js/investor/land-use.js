// Land-use colours (after the usual Chinese planning-map hues: industry browns, logistics purple,
// commercial red, utilities blue, green space green) and the map legend of the land uses shown.
import { t, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { svgSwatch } from '../styles.js';

export const LAND_USE_ORDER = ['M1', 'M2', 'M3', 'W', 'B', 'U', 'A', 'R', 'S', 'G'];

const COLORS = {
  M1: '#d2a878', M2: '#a8744a', M3: '#6f4526', W: '#9a7cc4', B: '#e4572e',
  U: '#3f9fd8', A: '#e68fb1', R: '#f1d04b', S: '#a3a3a3', G: '#4caf50',
};

export function landUseColor(code) {
  return COLORS[code] || '#bdbdbd';
}

export function landUseSwatch(code) {
  return svgSwatch([['rect', { x: 1, y: 1, width: 20, height: 12, fill: landUseColor(code), stroke: '#333', 'stroke-width': 1 }]]);
}

/** "M1 一类工业" */
export function shortLandUse(code) {
  return code ? `${code} ${enumLabel('landUseShort', code)}` : '';
}

/** "M1 一类工业用地" */
export function longLandUse(code) {
  return code ? `${code} ${enumLabel('landUse', code)}` : '';
}

/** Leaflet control listing the land uses given to update(); folded by default on phones. */
export function createLandUseLegend() {
  let codes = [];
  const container = el('details', { className: 'leaflet-control legend land-use-legend', 'data-testid': 'land-use-legend' });
  container.open = !window.matchMedia('(max-width: 700px)').matches;
  L.DomEvent.disableClickPropagation(container);
  L.DomEvent.disableScrollPropagation(container);
  const Legend = L.Control.extend({ options: { position: 'topleft' }, onAdd: () => container });
  function render() {
    container.hidden = codes.length === 0;
    container.replaceChildren(
      el('summary', { className: 'legend-title' }, t('inv.legend.title')),
      el('ul', {}, codes.map((code) => el('li', { dataset: { landUse: code } }, landUseSwatch(code), el('span', {}, shortLandUse(code))))),
    );
  }
  return {
    control: new Legend(),
    update(newCodes) {
      codes = LAND_USE_ORDER.filter((code) => newCodes.includes(code));
      render();
    },
    refresh: render,
  };
}
