// Map of an OGC API HTML page: draws the page's features (GeoJSON in CRS84 from data-geojson)
// on the configured basemap, or on a plain background when none is configured.
import { fetchConfig, getJson } from './api.js';
import { addBasemap, createShift, geoJsonCoords } from './basemap.js';

const container = document.getElementById('map');
const state = { ready: null, features: 0, error: null };
window.ogcMap = state;

async function draw() {
  const map = L.map(container, { zoomControl: true });
  let config = {};
  try {
    config = await fetchConfig();
  } catch (e) {
    config = {}; // no basemap then: the features still show
  }
  addBasemap(map, config);
  const shift = createShift(config.tileShift);
  const data = await getJson(container.dataset.geojson);
  const layer = L.geoJSON(data, {
    coordsToLatLng: geoJsonCoords(shift),
    style: { color: '#1f3a5f', weight: 1.5, fillColor: '#f0b429', fillOpacity: 0.35 },
  }).addTo(map);
  state.features = data.type === 'Feature' ? 1 : data.features.length;
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], maxZoom: 17 });
  else map.setView(config.center ?? [34.7, 117.2], config.zoom ?? 12);
}

if (container) {
  state.ready = draw().catch((e) => {
    state.error = String(e);
    container.textContent = '地图加载失败 The map failed to load';
  });
}
