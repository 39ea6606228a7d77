// The parks on the investor map without downloading a layer: outlines from the parks vector tiles
// (tile-layers.js), names as labels for the parks in view placed from the park summaries' boxes
// (GET /api/investor/parks: attributes and a bbox, no geometry), and a park's summary popup on a
// click inside it (picked from the loaded tiles).
import { boundsOfBox } from '../basemap.js';
import { localTitle } from '../names.js';
import { createParkLabels } from '../layers.js';
import { PARK_COLOR } from '../styles.js';
import { createTileLayer } from '../tile-layers.js';
import { parkPopup } from './park-card.js';

const parkName = (info) => localTitle(info);

/**
 * map: the Leaflet map; pane: the outlines' pane; shift: the basemap shift; onParkFilter(code): the
 * popup's "show this park's parcels". Returns { setParks(infos), fitLabels(), pick(latLng) → code|null,
 * openPopup(code, latLng), bounds() → LatLngBounds of every park, refresh(), labelled() → codes labelled }.
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
  let parks = new Map(); // code → { info, bounds }
  const labels = createParkLabels(map, parkName);
  let popup = null;

  return {
    layer: tiles.layer,
    setParks(infos) {
      parks = new Map(infos.filter((p) => p.bbox).map((info) => [info.code, { info, bounds: boundsOfBox(shift, info.bbox) }]));
      labels.setParks(parks);
    },
    fitLabels: () => labels.fit(),
    /** The code of the park drawn at a map position, from the loaded tiles (null if none). */
    pick: (latLng) => tiles.pick(latLng)?.props.code ?? null,
    openPopup(code, latLng) {
      const info = parks.get(code)?.info;
      if (!info) return;
      popup = L.popup({ maxWidth: Math.min(320, window.innerWidth - 48), autoPanPadding: [16, 16] })
        .setLatLng(latLng).setContent(() => parkPopup(parks.get(code)?.info || info, onParkFilter)).openOn(map);
    },
    bounds() {
      const all = L.latLngBounds([]);
      parks.forEach((park) => all.extend(park.bounds));
      return all;
    },
    labelled: () => labels.codes(),
    refresh() {
      labels.refresh();
      if (popup?.isOpen()) popup.update();
    },
  };
}
