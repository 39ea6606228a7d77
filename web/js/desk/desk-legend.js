// The desk map's permanent legend (a Leaflet control): project stages and the demolition zones'
// progress classes and overdue outline, site photo markers and the contest's red and yellow flags,
// in the current language (the marker texts are registered by map-markers.js). Its title is a
// button that folds it to the title alone and opens it again (aria-expanded; folded at first on a
// narrow screen, and as the viewer last left it): the map's labels leave its box clear whatever
// its size (map-labels.js, control-boxes.js), so folding it gives them the room.
//   desk-legend[data-folded] > desk-legend-toggle[aria-expanded], desk-legend-body[hidden] > li[data-key]
import { t, enumLabel, enumCodes } from '../i18n.js';
import { el } from '../html.js';
import { STAGE_COLORS, OVERDUE_COLOR, PROGRESS_CLASSES, hatchFill, svgSwatch } from '../styles.js';

const STORAGE_KEY = 'desk.legend';
const BODY_ID = 'desk-legend-body';

const item = (swatch, label, key) => el('li', { dataset: { key } }, swatch, el('span', {}, label));
const box = (fill, stroke, extra = {}) => svgSwatch([['rect', { x: 1, y: 1, width: 20, height: 12, fill, stroke, 'stroke-width': 1.5, ...extra }]]);

function sections() {
  return [
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
  ];
}

/** Folded as the viewer last left it, else on a narrow screen only. */
function foldedAtFirst() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'folded' || saved === 'open') return saved === 'folded';
  } catch { /* storage may be unavailable */ }
  return window.matchMedia('(max-width: 700px)').matches;
}

/** Adds the legend to the map; returns { relabel } for language changes. */
export function addDeskLegend(map) {
  const container = el('div', { className: 'leaflet-control legend desk-legend', role: 'region', dataset: { testid: 'desk-legend' } });
  let folded = foldedAtFirst();

  const toggle = el('button', { type: 'button', className: 'legend-toggle', 'aria-controls': BODY_ID, dataset: { testid: 'desk-legend-toggle' } });
  const body = el('div', { id: BODY_ID, dataset: { testid: 'desk-legend-body' } });
  /** The fold's state on the button, the body and the box (the texts of the current language). */
  function show() {
    toggle.setAttribute('aria-expanded', String(!folded));
    toggle.title = t(folded ? 'desk.legendShow' : 'desk.legendHide');
    body.hidden = folded;
    container.dataset.folded = String(folded);
    container.classList.toggle('is-folded', folded);
  }
  toggle.addEventListener('click', () => {
    folded = !folded;
    try { localStorage.setItem(STORAGE_KEY, folded ? 'folded' : 'open'); } catch { /* storage may be unavailable */ }
    show();
  });
  function render() {
    container.setAttribute('aria-label', t('legend'));
    toggle.textContent = t('legend');
    body.replaceChildren(...sections());
    show();
  }
  container.append(el('h3', { className: 'legend-title' }, toggle), body);

  const Legend = L.Control.extend({
    options: { position: 'bottomright' },
    onAdd() {
      L.DomEvent.disableClickPropagation(container);
      L.DomEvent.disableScrollPropagation(container);
      render();
      return container;
    },
  });
  new Legend().addTo(map);
  return { relabel: render };
}
