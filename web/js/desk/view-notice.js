// A note on the desk map, shown while the view holds more zones or projects than the map loads for
// one view (view-loader.js): the map says it shows part of them and to zoom in, never cuts silently.
//   map-partial[hidden]
import { t } from '../i18n.js';
import { el } from '../html.js';

export function addViewNotice(map) {
  const box = el('div', { className: 'desk-view-notice', hidden: true, role: 'status', dataset: { testid: 'map-partial' } });
  const control = L.control({ position: 'topright' });
  control.onAdd = () => box;
  control.addTo(map);
  let partial = false;
  const render = () => { box.hidden = !partial; box.textContent = t('desk.viewPartial'); };
  return {
    show(next) { partial = next; render(); },
    relabel: render,
  };
}
