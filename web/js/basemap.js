// Basemap tiles from /api/config, and the datum shift between our WGS84 data and the tiles.
// Data is always WGS84. With tileShift "gcj02" (Amap-style tiles) everything drawn is moved to
// GCJ-02 so it sits on the tiles' streets, and positions read from the map are moved back.
import { wgs84ToGcj02, gcj02ToWgs84 } from './gcj02.js';
import { escapeHtml } from './html.js';

const NO_SHIFT = {
  name: null,
  toLatLng: (lon, lat) => L.latLng(lat, lon),
  toLonLat: (latLng) => [latLng.lng, latLng.lat],
};

const GCJ02_SHIFT = {
  name: 'gcj02',
  toLatLng(lon, lat) {
    const [x, y] = wgs84ToGcj02(lon, lat);
    return L.latLng(y, x);
  },
  toLonLat: (latLng) => gcj02ToWgs84(latLng.lng, latLng.lat),
};

/** { toLatLng(lon, lat) → map LatLng, toLonLat(map LatLng) → WGS84 [lon, lat] } for a config's tileShift. */
export function createShift(tileShift) {
  return tileShift === 'gcj02' ? GCJ02_SHIFT : NO_SHIFT;
}

/** The coordsToLatLng option of L.geoJSON for a shift. */
export function geoJsonCoords(shift) {
  return (coords) => shift.toLatLng(coords[0], coords[1]);
}

/** Map bounds of a WGS84 [minLon, minLat, maxLon, maxLat] box. */
export function boundsOfBox(shift, [minLon, minLat, maxLon, maxLat]) {
  return L.latLngBounds([shift.toLatLng(minLon, minLat), shift.toLatLng(maxLon, maxLat)]);
}

/** WGS84 box "minLon,minLat,maxLon,maxLat" of the map's current view. */
export function viewBox(map, shift) {
  const b = map.getBounds();
  const [west, south] = shift.toLonLat(b.getSouthWest());
  const [east, north] = shift.toLonLat(b.getNorthEast());
  return [west, south, east, north];
}

/** Adds the configured tile layer, or marks the map as having none (neutral background). */
export function addBasemap(map, config) {
  if (!config.tileUrl) {
    map.getContainer().classList.add('no-basemap');
    return null;
  }
  const options = { attribution: escapeHtml(config.tileAttribution), maxZoom: 19 };
  if (config.tileSubdomains) options.subdomains = config.tileSubdomains;
  return L.tileLayer(config.tileUrl, options).addTo(map);
}
