// One Leaflet layer per collection, styled by its attributes.
import { el } from './html.js';
import { buildPopup } from './popups.js';
import { createShift, geoJsonCoords } from './basemap.js';
import { scheduleNames } from './place-names.js';
import {
  STATUS_COLORS, STAGE_COLORS, UNKNOWN_COLOR, PARK_COLOR, OVERDUE_COLOR, PROGRESS_CLASSES,
  progressClass, hatchFill,
} from './styles.js';

// Drawing order, bottom to top; each collection gets its own pane.
const PANE_Z = { parks: 410, 'demolition-zones': 420, parcels: 430, projects: 440 };

export function ensurePanes(map) {
  for (const [collection, zIndex] of Object.entries(PANE_Z)) {
    const name = paneName(collection);
    if (!map.getPane(name)) map.createPane(name).style.zIndex = String(zIndex);
  }
}

function paneName(collection) {
  return `pane-${collection}`;
}

function parkStyle() {
  return { color: PARK_COLOR, weight: 2.5, opacity: 0.9, fillColor: PARK_COLOR, fillOpacity: 0.04 };
}

function parcelStyle(feature) {
  const status = feature.properties?.status;
  return { color: '#333333', weight: 1, opacity: 0.8, fillColor: STATUS_COLORS[status] || UNKNOWN_COLOR, fillOpacity: 0.72 };
}

function projectStyle(feature) {
  const stage = feature.properties?.stage;
  return { radius: 7, color: '#1b1b1b', weight: 1.5, opacity: 1, fillColor: STAGE_COLORS[stage] || UNKNOWN_COLOR, fillOpacity: 0.95 };
}

function zoneStyle(feature) {
  const props = feature.properties || {};
  const key = progressClass(props.demolished_pct);
  const { color } = PROGRESS_CLASSES.find((c) => c.key === key);
  const overdue = props.overdue === true;
  return {
    color: overdue ? OVERDUE_COLOR : color,
    weight: overdue ? 4 : 1.5,
    dashArray: overdue ? '8 6' : null,
    opacity: 1,
    fillColor: hatchFill(key),
    fillOpacity: 1,
  };
}

const STYLES = { parks: parkStyle, parcels: parcelStyle, projects: projectStyle, 'demolition-zones': zoneStyle };

function popupOptions() {
  return { maxWidth: Math.min(340, window.innerWidth - 48), minWidth: 200, autoPanPadding: [16, 16] };
}

/**
 * Builds the layer of a collection, drawn through a basemap shift (basemap.js). Returns { layer, byId } where byId maps feature id → Leaflet layer.
 */
export function createLayer(collection, featureCollection, shift = createShift(null)) {
  const byId = new Map();
  const style = STYLES[collection];
  const pane = paneName(collection);
  const layer = L.geoJSON(featureCollection, {
    pane,
    style,
    coordsToLatLng: geoJsonCoords(shift),
    filter: (feature) => Boolean(feature && feature.geometry),
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { ...style(feature), pane }),
    onEachFeature: (feature, featureLayer) => {
      if (feature.id != null) byId.set(String(feature.id), featureLayer);
      featureLayer.bindPopup(() => buildPopup(collection, feature), popupOptions());
      featureLayer.on('mouseover', () => featureLayer.setStyle({ weight: style(feature).weight + 1.5 }));
      featureLayer.on('mouseout', () => featureLayer.setStyle({ weight: style(feature).weight }));
    },
  });
  return { layer, byId };
}

/** Re-renders language-dependent overlays (park labels, open popup) of a layer. */
export function refreshLabels(layer) {
  layer.eachLayer((featureLayer) => {
    const tooltip = featureLayer.getTooltip?.();
    if (tooltip && featureLayer.isTooltipOpen()) tooltip.update();
    const popup = featureLayer.getPopup?.();
    if (popup && featureLayer.isPopupOpen()) popup.update();
  });
}

/** At most this many park labels at once (a city may have thousands of parks). */
export const MAX_PARK_LABELS = 60;

/**
 * Park labels without park geometry: parks is a Map code → { info, bounds } (bounds: the park's box
 * on the map, e.g. from GET /api/investor/parks); fit() labels those in view
 * (at least 48 px wide, widest first, at most MAX_PARK_LABELS, inside the top edge), each a
 * permanent tooltip with a span[data-park] of nameOf(info), on one line (a long English name in two
 * balanced lines, broken between words: app.css) and numbered widest first (data-order), the order
 * place-names.js keeps them apart in: a name that touches a wider park's is hidden until a closer view. Returns { setParks(parks), fit(),
 * codes() → labelled codes, refresh() (after a language change) }.
 */
export function createParkLabels(map, nameOf) {
  let parks = new Map();
  const labels = new Map(); // code → tooltip on the map
  const content = (code) => el('span', { dataset: { park: code } }, nameOf(parks.get(code).info));

  function fit() {
    const view = map.getBounds();
    const wanted = [];
    for (const [code, park] of parks) {
      if (!view.intersects(park.bounds)) continue;
      const width = map.latLngToContainerPoint(park.bounds.getNorthEast()).x - map.latLngToContainerPoint(park.bounds.getSouthWest()).x;
      if (width >= 48) wanted.push({ code, park, width });
    }
    wanted.sort((a, b) => b.width - a.width);
    const shown = wanted.slice(0, MAX_PARK_LABELS);
    const keep = new Set(shown.map((w) => w.code));
    for (const [code, label] of labels) {
      if (!keep.has(code)) { label.remove(); labels.delete(code); }
    }
    shown.forEach(({ code, park }, order) => {
      if (!labels.has(code)) {
        labels.set(code, L.tooltip({ permanent: true, direction: 'bottom', className: 'park-label', interactive: false, opacity: 1 })
          .setLatLng([park.bounds.getNorth(), park.bounds.getCenter().lng]).setContent(content(code)).addTo(map));
      }
      const element = labels.get(code).getElement();
      if (element) element.dataset.order = String(order); // place-names.js places the widest park's name first
    });
    scheduleNames(map); // these keep apart, and the location names give way to them (place-names.js)
  }

  return {
    /**
     * The parks that may be labelled now. A label whose park is still among them stays on the map
     * (moved and re-worded in place), so a pan that asks for the view again does not make the
     * labels blink; the others go.
     */
    setParks(next) {
      parks = next;
      for (const [code, label] of labels) {
        const park = parks.get(code);
        if (!park) { label.remove(); labels.delete(code); continue; }
        label.setLatLng([park.bounds.getNorth(), park.bounds.getCenter().lng]).setContent(content(code));
      }
      fit();
    },
    fit,
    codes: () => [...labels.keys()],
    refresh() {
      labels.forEach((label, code) => label.setContent(content(code)));
      scheduleNames(map);
    },
  };
}

/** Bounds of a single feature layer (points get a small box). */
export function featureBounds(featureLayer) {
  if (featureLayer.getBounds) return featureLayer.getBounds();
  return L.latLngBounds([featureLayer.getLatLng()]);
}
