// A parcel's outline as an inline SVG drawn from its GeoJSON geometry (no map tiles needed):
// local metric projection around the parcel, north up, edge lengths, north arrow and scale bar.
import { t } from '../i18n.js';
import { formatNumber } from '../format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function node(tag, attrs = {}, textContent = null) {
  const n = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) n.setAttribute(name, String(value));
  if (textContent != null) n.textContent = textContent;
  return n;
}

function polygons(geometry) {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Metres per degree of latitude and longitude at latitude phi (WGS84, series expansion). */
function metresPerDegree(latDeg) {
  const phi = (latDeg * Math.PI) / 180;
  return {
    lat: 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi),
    lon: 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi),
  };
}

/** Even–odd point-in-polygon test of a closed ring of [x, y]. */
function inside(ring, x, y) {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function niceLength(max) {
  const power = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((m) => m * power).find((v) => v <= max) || power;
}

/** SVG element of the outline, width × height user units; fill is the land-use colour. */
export function parcelOutline(geometry, { width = 360, height = 260, fill = '#d2a878' } = {}) {
  const polys = polygons(geometry);
  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('inv.sheet.outline'), class: 'parcel-outline' });
  const points = polys.flat(2);
  if (!points.length) return svg;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const k = metresPerDegree(lat0);
  const metric = (p) => [(p[0] - lon0) * k.lon, (p[1] - lat0) * k.lat];
  const all = points.map(metric);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 34;
  const scale = Math.min((width - 2 * pad) / Math.max(maxX - minX, 1), (height - 2 * pad - 16) / Math.max(maxY - minY, 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - 16 - (maxY - minY) * scale) / 2;
  const toSvg = ([x, y]) => [offsetX + (x - minX) * scale, offsetY + (maxY - y) * scale];

  const d = polys.flatMap((rings) => rings.map((ring) => `M${ring.map((p) => toSvg(metric(p)).map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
  svg.append(node('path', { d, fill, 'fill-opacity': 0.55, stroke: '#1d2733', 'stroke-width': 2, 'fill-rule': 'evenodd', 'stroke-linejoin': 'round' }));

  // Edge lengths of each outer ring, written just outside the edge's midpoint.
  const longest = Math.max(maxX - minX, maxY - minY);
  for (const ring of polys.map((rings) => rings[0].map((p) => toSvg(metric(p))))) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [[ax, ay], [bx, by]] = [ring[i], ring[i + 1]];
      const length = Math.hypot(bx - ax, by - ay) / scale;
      if (length < longest * 0.12) continue;
      const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
      let [nx, ny] = [(by - ay), -(bx - ax)].map((v) => v / (length * scale));
      if (inside(ring, mx + nx * 3, my + ny * 3)) [nx, ny] = [-nx, -ny];
      svg.append(node('text', {
        x: (mx + nx * (10 + Math.abs(nx) * 16)).toFixed(1), y: (my + ny * 12 + 4).toFixed(1),
        'text-anchor': 'middle', 'font-size': 11, fill: '#1d2733', class: 'edge-length',
      }, `${formatNumber(length, 0)} ${t('units.metre')}`));
    }
  }

  // North arrow, top right.
  const nx = width - 20;
  svg.append(node('path', { d: `M${nx},8 L${nx + 7},28 L${nx},23 L${nx - 7},28 Z`, fill: '#1d2733' }));
  svg.append(node('text', { x: nx, y: 42, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, fill: '#1d2733' }, 'N'));

  // Scale bar, bottom left.
  const metres = niceLength((width * 0.3) / scale);
  const barLength = metres * scale;
  const y = height - 10;
  svg.append(node('path', { d: `M8,${y - 5} V${y} H${8 + barLength} V${y - 5}`, fill: 'none', stroke: '#1d2733', 'stroke-width': 1.5 }));
  svg.append(node('text', { x: 12 + barLength, y, 'font-size': 11, fill: '#1d2733' }, t('inv.sheet.scale', { n: formatNumber(metres, 0) })));
  return svg;
}
