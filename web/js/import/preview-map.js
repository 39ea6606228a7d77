// The first features of a preview on a Leaflet map, over the portal's basemap (if any); records the
// import would refuse are drawn too, dashed in red, their tooltip saying why (as DOM text). Under
// them, the parks already stored, outlined from the parks vector tiles (tile-layers.js: only the
// tiles in view, never the parks layer), so a planner sees where the file's features fall.
import { addBasemap, createShift, geoJsonCoords } from '../basemap.js';
import { el } from '../html.js';
import { problemText } from '../i18n-errors.js';
import { createTileLayer } from '../tile-layers.js';

const GOOD = { color: '#1e3a5f', weight: 1.5, fillOpacity: 0.25 };
const PARK_OUTLINE = '#6b4fbb';
const REFUSED = { color: '#d92d20', weight: 2, dashArray: '4 3', fillColor: '#f04438', fillOpacity: 0.35 };

function tooltip(feature) {
  const p = feature.properties || {};
  if (!p.refused) return el('span', {}, String(feature.id ?? ''));
  return el('div', { className: 'refused-tip' }, el('strong', {}, String(feature.id ?? `#${p.source_record}`)),
    (p.problems || []).map((problem) => el('div', {}, problem.code ? problemText(problem) : problem.message)));
}

export function createPreviewMap(container, config) {
  const shift = createShift(config.tileShift);
  const map = L.map(container, { zoomControl: true }).setView([config.center[1], config.center[0]], config.zoom);
  addBasemap(map, config);
  map.createPane('pane-parks').style.zIndex = 395;
  const parks = createTileLayer(map, 'parks', {
    pane: 'pane-parks',
    shift,
    rules: (P) => [{ symbolizer: new P.LineSymbolizer({ color: PARK_OUTLINE, width: 2, opacity: 0.8, dash: [6, 4] }) }],
  });
  parks.layer.addTo(map);
  let layer = null;
  return {
    /** Replaces what is shown with this FeatureCollection (WGS84) and zooms to it. */
    show(collection) {
      if (layer) layer.remove();
      const refused = (feature) => Boolean(feature.properties && feature.properties.refused);
      layer = L.geoJSON(collection, {
        coordsToLatLng: geoJsonCoords(shift),
        style: (feature) => (refused(feature) ? REFUSED : GOOD),
        pointToLayer: (feature, latLng) => L.circleMarker(latLng, refused(feature)
          ? { ...REFUSED, radius: 7 } : { radius: 6, color: '#b54708', fillOpacity: 0.7 }),
        onEachFeature: (feature, item) => item.bindTooltip(() => tooltip(feature)),
      }).addTo(map);
      container.dataset.features = String(collection.features.length);
      container.dataset.refused = String(collection.features.filter(refused).length);
      const bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
    },
    /** Opens the tooltip of the first refused feature (for a look at why). */
    openRefusedTooltip() {
      let opened = false;
      layer?.eachLayer((item) => {
        if (!opened && item.feature?.properties?.refused) {
          item.openTooltip();
          opened = true;
        }
      });
      return opened;
    },
    invalidate: () => map.invalidateSize(),
    /** Codes of the stored parks whose outlines are drawn since the zoom last changed. */
    parksDrawn: () => [...parks.drawn()],
  };
}
