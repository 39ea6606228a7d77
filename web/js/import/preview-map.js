// The first features of a preview on a Leaflet map, over the portal's basemap (if any).
import { addBasemap, createShift, geoJsonCoords } from '../basemap.js';
import { el } from '../html.js';

export function createPreviewMap(container, config) {
  const shift = createShift(config.tileShift);
  const map = L.map(container, { zoomControl: true }).setView([config.center[1], config.center[0]], config.zoom);
  addBasemap(map, config);
  let layer = null;
  return {
    /** Replaces what is shown with this FeatureCollection (WGS84) and zooms to it. */
    show(collection) {
      if (layer) layer.remove();
      layer = L.geoJSON(collection, {
        coordsToLatLng: geoJsonCoords(shift),
        style: { color: '#1e3a5f', weight: 1.5, fillOpacity: 0.25 },
        pointToLayer: (feature, latLng) => L.circleMarker(latLng, { radius: 6, color: '#b54708', fillOpacity: 0.7 }),
        onEachFeature: (feature, item) => item.bindTooltip(() => el('span', {}, String(feature.id ?? ''))),
      }).addTo(map);
      container.dataset.features = String(collection.features.length);
      const bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
    },
    invalidate: () => map.invalidateSize(),
  };
}
