// The parks on the investor map without downloading a layer or every park's summary: outlines from
// the parks vector tiles (tile-layers.js), names as labels for the parks in view from the summaries
// of that view (parks-in-view.js: GET /api/investor/parks?bbox=…, asked for per view), and a park's
// summary popup on a click inside it (picked from the loaded tiles; the summary asked for by code
// when the view's answer did not hold it).
import { boundsOfBox } from '../basemap.js';
import { localTitle, loadParks, knownPark } from '../names.js';
import { createParksInView } from '../parks-in-view.js';
import { track } from '../pending.js';
import { PARK_COLOR } from '../styles.js';
import { createTileLayer } from '../tile-layers.js';
import { parkPopup } from './park-card.js';

/**
 * map: the Leaflet map; pane: the outlines' pane; shift: the basemap shift; onParkFilter(code): the
 * popup's "show this park's parcels". Returns { setExtent(bbox), fitLabels(), pick(latLng) → code|null,
 * openPopup(code, latLng) → Promise, bounds() → LatLngBounds of every park (the city's extent),
 * refresh(), labelled() → codes labelled, inView: the view's labels (update(), idle()) }.
 */
export function createParkLayer(map, { pane, shift, onParkFilter }) {
  const tiles = createTileLayer(map, 'parks', {
    pane,
    shift,
    rules: (P) => [
      { symbolizer: new P.PolygonSymbolizer({ fill: PARK_COLOR, opacity: 0.04 }) },
      { symbolizer: new P.LineSymbolizer({ color: PARK_COLOR, width: 2.5, opacity: 0.9, dash: [6, 4] }) },
    ],
  });
  tiles.layer.addTo(map);
  const inView = createParksInView(map, shift, localTitle, { track });
  let extent = null;
  let popup = null;

  return {
    layer: tiles.layer,
    inView,
    /** The box [w, s, e, n] around every park (GET /api/investor/parks/extent), or null. */
    setExtent(bbox) {
      extent = bbox ? boundsOfBox(shift, bbox) : null;
    },
    fitLabels: () => inView.idle(),
    /** The code of the park drawn at a map position, from the loaded tiles (null if none). */
    pick: (latLng) => tiles.pick(latLng)?.props.code ?? null,
    async openPopup(code, latLng) {
      if (!knownPark(code)) await loadParks([code]);
      const info = knownPark(code);
      if (!info) return;
      popup = L.popup({ maxWidth: Math.min(320, window.innerWidth - 48), autoPanPadding: [16, 16] })
        .setLatLng(latLng).setContent(() => parkPopup(knownPark(code) || info, onParkFilter)).openOn(map);
    },
    bounds: () => extent || L.latLngBounds([]),
    labelled: () => inView.codes(),
    refresh() {
      inView.refresh();
      if (popup?.isOpen()) popup.update();
    },
  };
}
