// The desk's map: demolition zones coloured by progress as of a day, projects as points by their stage
// on that day.
import { fetchConfig, fetchAllFeatures } from '../api.js';
import { addBasemap, createShift } from '../basemap.js';
import { createLayer, ensurePanes, featureBounds } from '../layers.js';
import { installHatchPatterns, STAGE_COLORS, UNKNOWN_COLOR } from '../styles.js';
import { track } from '../investor/pending.js';
import { el } from '../html.js';
import { addDeskLegend } from './desk-legend.js';

// Figures of /api/desk/zones (camelCase) → the feature properties the zone style reads.
const FIGURE_PROPS = {
  latestReportDate: 'latest_report_date', signedHouseholds: 'signed_households',
  demolishedHouseholds: 'demolished_households', clearedAreaM2: 'cleared_area_m2', signedPct: 'signed_pct',
  demolishedPct: 'demolished_pct', clearedPct: 'cleared_pct', overdue: 'overdue',
};

export function createDeskMap(container, { onZone, onProject }) {
  installHatchPatterns();
  const map = L.map(container, { zoomSnap: 0.25, center: [34.7, 117.2], zoom: 12 });
  ensurePanes(map);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  const legend = addDeskLegend(map);
  const zones = new Map(); // code → { feature, layer }
  const projects = new Map();
  let zoneLayer = null;

  // Permanent labels: zone names from LABEL_ZOOM.zone, project names from LABEL_ZOOM.project (hidden
  // below by a class on the map, so they never clutter the city view); a hover title always.
  const LABEL_ZOOM = { zone: 12, project: 14 };
  const showLabels = () => {
    container.classList.toggle('labels-zone-off', map.getZoom() < LABEL_ZOOM.zone);
    container.classList.toggle('labels-project-off', map.getZoom() < LABEL_ZOOM.project);
  };
  map.on('zoomend', showLabels);
  showLabels();

  function wire(entry, index, onClick, kind) {
    entry.layer.eachLayer((featureLayer) => {
      const { code, name } = featureLayer.feature.properties;
      const text = String(name ?? code ?? '');
      featureLayer.unbindPopup();
      // a DOM node, never a string: Leaflet puts string content in as HTML
      featureLayer.bindTooltip(el('span', { dataset: { code } }, text), {
        permanent: true, interactive: false, opacity: 1, className: `desk-label ${kind}-label`,
        direction: kind === 'zone' ? 'center' : 'right', offset: kind === 'zone' ? [0, 0] : [6, 0],
      });
      featureLayer.on('click', () => onClick(code));
      index.set(code, featureLayer);
      const path = featureLayer.getElement?.();
      if (path) {
        path.dataset.code = code;
        const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
        title.textContent = text;
        path.append(title);
      }
    });
  }

  async function load() {
    const config = await track(fetchConfig()).catch(() => null);
    const shift = createShift(config?.tileShift ?? null);
    if (config) {
      map.setView(shift.toLatLng(config.center[1], config.center[0]), config.zoom, { animate: false });
      addBasemap(map, config);
    }
    const [zoneData, projectData] = await Promise.all([
      track(fetchAllFeatures('demolition-zones')), track(fetchAllFeatures('projects')),
    ]);
    const zoneEntry = createLayer('demolition-zones', zoneData, shift);
    const projectEntry = createLayer('projects', projectData, shift);
    zoneEntry.layer.addTo(map);
    projectEntry.layer.addTo(map);
    zoneLayer = zoneEntry.layer;
    wire(zoneEntry, zones, onZone, 'zone');
    wire(projectEntry, projects, onProject, 'project');
    projectEntry.layer.setStyle({ radius: 5 });
    const bounds = zoneEntry.layer.getBounds().extend(projectEntry.layer.getBounds());
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
    return {
      zones: zoneData.features.map((f) => f.properties),
      projects: projectData.features.map((f) => f.properties),
    };
  }

  /** Puts each zone's figures (from /api/desk/zones) on its feature and redraws its colour. */
  function applyZoneFigures(list) {
    for (const figures of list) {
      const featureLayer = zones.get(figures.code);
      if (!featureLayer) continue;
      const props = featureLayer.feature.properties;
      for (const [from, to] of Object.entries(FIGURE_PROPS)) props[to] = figures[from] ?? null;
      zoneLayer.resetStyle(featureLayer);
      const path = featureLayer.getElement?.();
      if (path) Object.assign(path.dataset, { overdue: String(props.overdue === true), demolishedPct: String(props.demolished_pct ?? '') });
    }
  }

  /** Puts each project's stage on the day (from /api/desk/projects) on its feature and recolours it. */
  function applyProjectStages(list) {
    for (const { code, stage } of list) {
      const featureLayer = projects.get(code);
      if (!featureLayer) continue;
      featureLayer.feature.properties.stage = stage;
      featureLayer.setStyle({ fillColor: STAGE_COLORS[stage] || UNKNOWN_COLOR });
      const path = featureLayer.getElement?.();
      if (path) path.dataset.stage = stage;
    }
  }

  /** Flies to the bounds; the promise (tracked, so tests can wait) settles when the map stops. */
  function flyTo(bounds, maxZoom) {
    if (!bounds.isValid()) return Promise.resolve();
    return track(new Promise((resolve) => {
      const done = () => { clearTimeout(timer); map.off('moveend', done); resolve(); };
      const timer = setTimeout(done, 3000);
      map.once('moveend', done);
      map.flyToBounds(bounds, { padding: [40, 40], maxZoom, duration: 0.6 });
    }));
  }

  /** The map flies to what is opened, whether or not it was in view. */
  function focus(index, code) {
    const featureLayer = index.get(code);
    return featureLayer ? flyTo(featureBounds(featureLayer), 15) : Promise.resolve();
  }

  /** Zooms to a scope: 'city', 'township:NAME' (its zones and projects) or 'park:CODE' (its projects). */
  function fitScope(scope) {
    const [kind, ...rest] = String(scope).split(':');
    const key = rest.join(':');
    const inScope = (p) => kind === 'city' || (kind === 'township' ? p.township === key : kind === 'park' && p.park_code === key);
    const bounds = L.latLngBounds([]);
    for (const index of [zones, projects]) {
      index.forEach((layer) => { if (inScope(layer.feature.properties)) bounds.extend(featureBounds(layer)); });
    }
    return flyTo(bounds, 15);
  }

  function highlight(code) {
    zones.forEach((featureLayer, key) => featureLayer.getElement?.()?.classList.toggle('zone-selected', key === code));
  }

  return {
    map, load, applyZoneFigures, relabel: () => legend.relabel(), applyProjectStages, highlight,
    zoneProps: (code) => zones.get(code)?.feature.properties ?? null,
    projectProps: (code) => projects.get(code)?.feature.properties ?? null,
    allZones: () => [...zones.values()].map((l) => l.feature.properties),
    allProjects: () => [...projects.values()].map((l) => l.feature.properties),
    fitScope,
    focusZone: (code) => focus(zones, code),
    focusProject: (code) => focus(projects, code),
  };
}
