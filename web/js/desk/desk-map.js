// The desk's map: demolition zones coloured by progress as of a day, projects as points by their stage
// on that day — only those in the current view (view-loader.js), loaded as the map moves and kept
// once seen, a move asking only for what it has not fetched for the day (view-cache.js), the day's
// figures put on them (feature-figures.js); a view holding more than the loader's bound says so on
// the map (view-notice.js); the legend folds (desk-legend.js); their names and the contest's flags as
// labels laid out together (map-labels.js, feature-labels.js, map-markers.js) standing only near the
// view (near-view.js); site photos as markers (map-markers.js).
import { fetchConfig, getJson } from '../api.js';
import { addBasemap, createShift, viewBox, boundsOfBox, geoJsonCoords } from '../basemap.js';
import { createLayer, ensurePanes, featureBounds } from '../layers.js';
import { installHatchPatterns } from '../styles.js';
import { track } from '../pending.js';
import { addDeskLegend } from './desk-legend.js';
import { addViewNotice } from './view-notice.js';
import { loadView, findFeature, figuresOf } from './view-loader.js';
import { createMapMarkers } from './map-markers.js';
import { createFeatureLabels } from './feature-labels.js';
import { createMapLabels } from './map-labels.js';
import { createViewCache } from './view-cache.js';
import { applyZoneFigures as zoneFigures, applyProjectStages as projectStages } from './feature-figures.js';
import { onLangChange } from '../i18n.js';

export function createDeskMap(container, { onZone, onProject, onError }) {
  installHatchPatterns();
  const map = L.map(container, { zoomSnap: 0.25, center: [34.7, 117.2], zoom: 12 });
  ensurePanes(map);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  const legend = addDeskLegend(map);
  const zones = new Map(); // code → { feature, layer }
  const projects = new Map();
  const notice = addViewNotice(map);
  const mapLabels = createMapLabels(map); // kinds in priority order: flags, then projects, then zones
  const markers = createMapMarkers(map, { labels: mapLabels, shift: () => shift, onZone: (code) => onZone(code), onProject: (code) => onProject(code) });
  const labels = createFeatureLabels(mapLabels); // names of projects and zones
  let zoneLayer = null;
  let projectLayer = null;
  let shift = createShift(null);
  let day = null; // the desk's day, set by setDay
  let loading = null; // AbortController of the view load under way
  let viewLoaded = Promise.resolve(); // the latest view load
  const cache = createViewCache(); // what was fetched for the day: a move asks only for what is new
  onLangChange(() => cache.clear());

  function wire(featureLayers, index, onClick) {
    featureLayers.forEach((featureLayer) => {
      const { code, name } = featureLayer.feature.properties;
      const text = String(name ?? code ?? '');
      featureLayer.unbindPopup();
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

  /** The basemap and start view; features come per view (loadView), as the map moves. */
  async function load() {
    const config = await track(fetchConfig()).catch(() => null);
    shift = createShift(config?.tileShift ?? null);
    if (config) {
      map.setView(shift.toLatLng(config.center[1], config.center[0]), config.zoom, { animate: false });
      addBasemap(map, config);
    }
    zoneLayer = createLayer('demolition-zones', { type: 'FeatureCollection', features: [] }, shift).layer.addTo(map);
    projectLayer = createLayer('projects', { type: 'FeatureCollection', features: [] }, shift).layer.addTo(map);
    projectLayer.setStyle({ radius: 5 });
    map.on('moveend', () => { viewLoaded = track(refresh()); });
  }

  /** Adds the features not drawn yet, and puts the day's figures on every feature of the page. */
  function addPage(collection, features, figures) {
    const [layer, index, onClick, kind] = collection === 'projects'
      ? [projectLayer, projects, onProject, 'project'] : [zoneLayer, zones, onZone, 'zone'];
    const fresh = features.filter((f) => f.properties?.code && !index.has(f.properties.code));
    if (fresh.length) {
      const before = new Set(layer.getLayers());
      layer.addData({ type: 'FeatureCollection', features: fresh });
      wire(layer.getLayers().filter((l) => !before.has(l)), index, onClick);
      if (kind === 'project') for (const l of layer.getLayers()) if (!before.has(l)) l.setStyle({ radius: 5 });
      labels[kind].setPlaces([...index.values()]);
    }
    if (kind === 'zone') applyZoneFigures(figures);
    else applyProjectStages(figures);
  }

  /**
   * Loads the view's zones and projects (and their figures on the desk's day); a newer move or day
   * cancels an older load. Resolves when both layers of this view are drawn.
   */
  async function refresh() {
    if (!zoneLayer || !day) return;
    loading?.abort();
    const mine = new AbortController();
    loading = mine;
    const box = viewBox(map, shift);
    const results = await Promise.all([...['demolition-zones', 'projects'].map((collection) =>
      loadView(collection, box, day, (features, figures) => { if (!mine.signal.aborted) addPage(collection, features, figures); },
        mine.signal, cache.layer(collection))
        .catch((error) => { if (!mine.signal.aborted) onError?.(error); return { complete: true }; })),
    markers.loadPhotos(box, mine.signal).catch(() => ({ complete: true }))]);
    if (mine.signal.aborted) return;
    const partial = results.some((r) => !r.complete);
    container.dataset.viewComplete = String(!partial);
    notice.show(partial);
  }

  /** The desk's day: the colours of the view follow it (features out of view follow when seen). */
  function setDay(next) {
    day = next;
    cache.clear();
    viewLoaded = track(Promise.all([refresh(), markers.loadFlags(next)]));
    return viewLoaded;
  }

  /** Re-reads the day's figures of just these codes of a layer (after a save) and recolours them. */
  async function refreshCodes(collection, codes) {
    cache.clear(); // a write through the page: what it changed may show anywhere (the next move asks again)
    const list = await figuresOf(collection, codes, day).catch((error) => { onError?.(error); return []; });
    if (collection === 'projects') applyProjectStages(list);
    else applyZoneFigures(list);
  }

  /** After a photo was attached: the view's photo markers (only they) are loaded afresh. */
  function reloadPhotos() {
    markers.resetPhotos();
    return track(markers.loadPhotos(viewBox(map, shift)).catch((error) => onError?.(error)));
  }

  const applyZoneFigures = (list) => zoneFigures(list, zones, zoneLayer);
  const applyProjectStages = (list) => projectStages(list, projects);

  const fitting = (maxZoom) => ({ padding: [40, 40], maxZoom });

  /** Whether the map stands where fitting the bounds would put it (within a pixel): no move, no reload. */
  function at(bounds, maxZoom) {
    const zoom = Math.min(map.getBoundsZoom(bounds, false, L.point(80, 80)), maxZoom);
    if (zoom !== map.getZoom()) return false;
    const middle = map.project(bounds.getSouthWest(), zoom).add(map.project(bounds.getNorthEast(), zoom)).divideBy(2);
    return map.project(map.getCenter(), zoom).distanceTo(middle) < 1;
  }

  /** Flies to the bounds; the promise (tracked, so tests can wait) settles when the map stops. */
  function flyTo(bounds, maxZoom) {
    if (!bounds.isValid() || at(bounds, maxZoom)) return Promise.resolve();
    return track(new Promise((resolve) => {
      const done = () => { clearTimeout(timer); map.off('moveend', done); resolve(); };
      const timer = setTimeout(done, 3000);
      map.once('moveend', done);
      map.flyToBounds(bounds, { ...fitting(maxZoom), duration: 0.6 });
    }));
  }

  /**
   * The map flies to what is opened, whether or not it was in view or loaded; resolves, once the
   * view there is drawn, the feature's properties (with the day's figures), or null if none.
   */
  async function focus(collection, index, code) {
    labels[collection === 'projects' ? 'project' : 'zone'].lead(code); // its name heads its label
    let featureLayer = index.get(code);
    let bounds = featureLayer ? featureBounds(featureLayer) : null;
    if (!featureLayer) {
      const found = await findFeature(collection, code).catch(() => null);
      if (!found?.geometry) return null;
      bounds = L.geoJSON(found, { coordsToLatLng: geoJsonCoords(shift) }).getBounds();
    }
    await flyTo(bounds, 15);
    await viewLoaded;
    featureLayer = index.get(code);
    return featureLayer ? featureLayer.feature.properties : null;
  }

  /**
   * Zooms to a scope: 'city', 'township:NAME' (its zones and projects) or 'park:CODE' (its projects).
   * instant: set without flying (at start-up, before the day is set: the first view loaded is the scope's).
   */
  async function fitScope(scope, { instant = false } = {}) {
    const answer = await track(getJson(`/api/desk/extent?scope=${encodeURIComponent(scope)}`)).catch(() => null);
    if (!answer?.bbox) return;
    const bounds = boundsOfBox(shift, answer.bbox);
    if (instant) standOn(bounds);
    else await flyTo(bounds, 15);
    await viewLoaded;
  }

  /** At start-up, before the day is set: the map set on the zone or project the link opens (the first view loaded is its). */
  async function startOn(collection, code) {
    const found = await findFeature(collection, code).catch(() => null);
    if (found?.geometry) standOn(L.geoJSON(found, { coordsToLatLng: geoJsonCoords(shift) }).getBounds());
  }

  /** Sets the map on bounds (valid ones) at once, as flyTo would end. */
  function standOn(bounds) {
    if (bounds.isValid()) map.fitBounds(bounds, { ...fitting(15), animate: false });
  }

  function highlight(code) {
    zones.forEach((featureLayer, key) => featureLayer.getElement?.()?.classList.toggle('zone-selected', key === code));
  }

  return {
    map, load, setDay, reloadPhotos, refreshCodes, photoIds: () => markers.photoIds(), relabel: () => { legend.relabel(); notice.relabel(); }, highlight,
    zoneProps: (code) => zones.get(code)?.feature.properties ?? null,
    projectProps: (code) => projects.get(code)?.feature.properties ?? null,
    /** Resolves when the current view's zones and projects are drawn with the day's figures. */
    viewLoaded: () => viewLoaded,
    drawnCodes: () => ({ zones: [...zones.keys()], projects: [...projects.keys()] }),
    /** Per layer, the boxes and codes the page keeps for the day (view-cache.js). */
    cacheSizes: () => cache.sizes(),
    fitScope,
    startOn,
    focusZone: (code) => focus('demolition-zones', zones, code),
    focusProject: (code) => focus('projects', projects, code),
  };
}
