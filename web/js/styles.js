// Map symbology shared by the layers and the legend.

// Okabe–Ito based palette: distinguishable with the common colour-vision deficiencies.
export const STATUS_COLORS = {
  reserved: '#9e9e9e',
  available: '#009e73',
  listed: '#f0e442',
  transferred: '#56b4e9',
  under_construction: '#e69f00',
  in_production: '#0072b2',
  idle: '#d55e00',
  unsupplied: '#cc79a7',
};

// Ordered stages, light to dark (viridis steps) so order reads without hue.
export const STAGE_COLORS = {
  planned: '#fde725',
  signed: '#7ad151',
  land_secured: '#22a884',
  started: '#2a788e',
  completed: '#414487',
  in_production: '#440154',
};

export const UNKNOWN_COLOR = '#bdbdbd';
export const PARK_COLOR = '#1f3a5f';
export const OVERDUE_COLOR = '#7f0000';

// Demolition progress classes: colour plus a distinct hatch so they differ without colour too.
export const PROGRESS_CLASSES = [
  { key: 'low', color: '#d7301f', labelKey: 'progressLow' },
  { key: 'mid', color: '#f28e2b', labelKey: 'progressMid' },
  { key: 'high', color: '#1a9850', labelKey: 'progressHigh' },
  { key: 'unknown', color: '#8c8c8c', labelKey: 'progressUnknown' },
];

export function progressClass(demolishedPct) {
  if (typeof demolishedPct !== 'number' || !Number.isFinite(demolishedPct)) return 'unknown';
  if (demolishedPct < 30) return 'low';
  return demolishedPct < 70 ? 'mid' : 'high';
}

export function hatchFill(key) {
  return `url(#hatch-${key})`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgNode(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

// Tile size and line layout per class: dense cross-hatch = least progress, sparse = most.
const HATCH_TILES = {
  low: { size: 8, cross: true, width: 2.5 },
  mid: { size: 8, cross: false, width: 3 },
  high: { size: 12, cross: false, width: 3 },
  unknown: { size: 8, cross: false, width: 1.5, dash: '2 2' },
};

/** Adds the hatch <pattern>s once to a hidden SVG so any SVG in the page can use url(#hatch-*). */
export function installHatchPatterns() {
  if (document.getElementById('hatch-patterns')) return;
  const svg = svgNode('svg', { id: 'hatch-patterns', width: 0, height: 0, 'aria-hidden': 'true' });
  svg.style.position = 'absolute';
  const defs = svgNode('defs', {});
  for (const { key, color } of PROGRESS_CLASSES) {
    const { size, cross, width, dash } = HATCH_TILES[key];
    const pattern = svgNode('pattern', {
      id: `hatch-${key}`, patternUnits: 'userSpaceOnUse', width: size, height: size, patternTransform: 'rotate(45)',
    });
    const line = { stroke: color, 'stroke-width': width, 'stroke-dasharray': dash || 'none' };
    pattern.append(svgNode('rect', { width: size, height: size, fill: color, 'fill-opacity': 0.18 }));
    pattern.append(svgNode('path', { d: `M0,0 L0,${size}`, ...line }));
    if (cross) pattern.append(svgNode('path', { d: `M0,${size / 2} L${size},${size / 2}`, ...line }));
    defs.append(pattern);
  }
  svg.append(defs);
  document.body.prepend(svg);
}

export function svgSwatch(children, { width = 22, height = 14 } = {}) {
  const svg = svgNode('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', class: 'swatch' });
  children.forEach(([tag, attrs]) => svg.append(svgNode(tag, attrs)));
  return svg;
}
