// The printable sheet's locator map (区位图): an inline SVG, no tiles needed, of the parks and the
// location-context points around a parcel, with the parcel marked. Names are SVG text nodes.
import { t, currentLang } from '../i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SYMBOLS = { highway_exit: '◆', rail_freight: '■', port: '⚓', airport: '✈', substation: '⚡', water_works: '●' };

function node(tag, attrs = {}, textContent = null) {
  const n = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) n.setAttribute(name, String(value));
  if (textContent != null) n.textContent = textContent;
  return n;
}

function rings(geometry) {
  if (geometry?.type === 'Polygon') return geometry.coordinates;
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** WGS84 box [west, south, east, north] of about ±radiusKm around a parcel's geometry. */
export function locatorBox(geometry, radiusKm = 9) {
  const points = rings(geometry).flat();
  const lon = points.reduce((s, p) => s + p[0], 0) / Math.max(points.length, 1);
  const lat = points.reduce((s, p) => s + p[1], 0) / Math.max(points.length, 1);
  const dLat = radiusKm / 111;
  const dLon = radiusKm / (111 * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** SVG of the box: park outlines, context points with symbols and names, the parcel in red. */
export function locatorMap(parcel, parks, points, box, { width = 360, height = 260 } = {}) {
  const [west, south, east, north] = box;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((east - west) * k), height / (north - south));
  const toSvg = ([lon, lat]) => [((lon - west) * k * scale).toFixed(1), ((north - lat) * scale).toFixed(1)];
  const path = (geometry) => rings(geometry).map((ring) => `M${ring.map((p) => toSvg(p).join(',')).join('L')}Z`).join('');
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('inv.sheet.locator'), class: 'locator-map', 'data-testid': 'sheet-locator-map' });
  svg.append(node('rect', { width, height, fill: '#f4f1ea' }));
  for (const park of parks) {
    svg.append(node('path', { d: path(park.geometry), fill: '#dfe8d8', stroke: '#6b8f5e', 'stroke-width': 1, 'data-park': park.properties?.code ?? '' }));
  }
  for (const point of points) {
    const c = point.geometry?.coordinates;
    if (!c) continue;
    const [x, y] = toSvg(c);
    const p = point.properties || {};
    const g = node('g', { class: 'locator-point', 'data-kind': p.kind ?? '' });
    g.append(node('text', { x, y: Number(y) + 4, 'text-anchor': 'middle', 'font-size': 12, fill: '#1d4f91' }, SYMBOLS[p.kind] || '•'));
    g.append(node('text', { x: Number(x) + 8, y: Number(y) + 4, 'font-size': 9, fill: '#1d2733' },
      currentLang() === 'en' && p.name_en ? p.name_en : p.name ?? ''));
    svg.append(g);
  }
  svg.append(node('path', { d: path(parcel.geometry), fill: '#d9342b', stroke: '#d9342b', 'stroke-width': 3, 'data-testid': 'locator-parcel' }));
  const [cx, cy] = toSvg([(west + east) / 2, (south + north) / 2]);
  svg.append(node('circle', { cx, cy, r: 9, fill: 'none', stroke: '#d9342b', 'stroke-width': 2 }));
  return svg;
}
