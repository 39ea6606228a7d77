// The export request built from the form's choices: every value URL-encoded by URLSearchParams.
import { pageLang } from '../i18n-errors.js';

/** Longest GET URL we build; longer ones (big drawn polygons) are sent as a POST body instead. */
export const MAX_URL_LENGTH = 6000;

/**
 * URLSearchParams of an export. choice: { layer, filter, area: { kind: 'none'|'view'|'park'|'polygon',
 * bbox: [w,s,e,n], park: code, polygon: GeoJSON geometry }, format, crs, encoding, names: true for
 * the Chinese field names and labels the import reads back }.
 */
export function exportParams(choice, { forCount = false } = {}) {
  const params = new URLSearchParams();
  params.set('layer', choice.layer);
  if (!forCount) {
    params.set('format', choice.format);
    params.set('crs', choice.format === 'geojson' ? 'EPSG:4326' : choice.crs);
    if (choice.format === 'shp') params.set('encoding', choice.encoding);
    if (choice.format === 'csv') params.set('lang', pageLang());
    if (choice.names) params.set('names', 'zh');
  } else if (choice.format === 'shp') {
    params.set('format', 'shp'); // the count refuses a layer too large for a shapefile: said before the download
  }
  const filter = (choice.filter || '').trim();
  if (filter) params.set('filter', filter);
  const { area } = choice;
  if (area.kind === 'view' && area.bbox) params.set('bbox', area.bbox.map((v) => v.toFixed(6)).join(','));
  if (area.kind === 'park' && area.park) params.set('park', area.park);
  if (area.kind === 'polygon' && area.polygon) params.set('within', JSON.stringify(area.polygon));
  return params;
}

/** The download URL, or null when it would be too long for a GET. */
export function exportUrl(choice) {
  const url = `/api/export?${exportParams(choice).toString()}`;
  return url.length <= MAX_URL_LENGTH ? url : null;
}

/** True when the chosen area is complete (a park picked, a polygon closed). */
export function areaReady(area) {
  if (area.kind === 'park') return Boolean(area.park);
  if (area.kind === 'polygon') return Boolean(area.polygon);
  return true;
}
