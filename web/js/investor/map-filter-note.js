// The note on the investor map saying how it fades the parcels the filters leave out (tile-filter.js):
// exact (every filter judged from the tiles), byList (a keyword or distance filter, judged by the
// complete result list), partial (by the filters the tiles can judge; the list is exact).
import { t } from '../i18n.js';
import { el } from '../html.js';

/** The note under the legend saying how the map fades (texts inv.mapFilter.*): show(kind | null). */
export function createFilterNote() {
  const container = el('div', { className: 'leaflet-control legend map-filter-note', 'data-testid': 'map-filter-note' });
  container.style.maxWidth = '16em';
  container.hidden = true;
  let kind = null;
  function render() {
    container.hidden = !kind;
    container.dataset.kind = kind || '';
    container.textContent = kind ? t(`inv.mapFilter.${kind}`) : '';
  }
  const Note = L.Control.extend({ options: { position: 'topleft' }, onAdd: () => container });
  return {
    control: new Note(),
    show(next) { kind = next; render(); },
    refresh: render,
  };
}
