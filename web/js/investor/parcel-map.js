// The investor map: park outlines from the vector tiles with names (the parks in view, asked for per
// view) and summary popups (park-layer.js); every public parcel drawn from the vector tiles coloured
// by land use, faded when the filters leave it out (parcel-tiles.js); the parcels listed so far
// outlined on top (the result list's pages, never a whole layer); hover and selection highlights
// (filled, selection-layer.js; the map flies to a chosen parcel). After a site match the
// matched parcels replace the listed ones: filled, each with a numbered marker (a DOM node) as the
// match list numbers it, and the land-use fading is off. Data is WGS84; a basemap shift (basemap.js) moves it onto the tiles.
import { addBasemap, boundsOfBox, createShift, geoJsonCoords, viewBox } from '../basemap.js';
import { el } from '../html.js';
import { createLandUseLegend, landUseColor } from './land-use.js';
import { drawMatchLayer } from './match-layer.js';
import { createParkLayer } from './park-layer.js';
import { muText } from './parcel-facts.js';
import { createParcelTiles } from './parcel-tiles.js';
import { createSelectionLayer } from './selection-layer.js';

const PANES = { 'inv-parks': 410, 'inv-tiles': 420, 'inv-parcels': 430, 'inv-selected': 450 };

/**
 * callbacks: onSelect(code) (a listed parcel or one drawn from the tiles was clicked), onHover(code|null),
 * onViewChange({center: [lon, lat], zoom}),
 * onParkFilter(parkCode). obscured() → [right, bottom] pixels hidden by panels, kept clear when zooming.
 */
export function createParcelMap(element, { onSelect, onHover, onViewChange, onParkFilter, obscured }) {
  const map = L.map(element, { zoomSnap: 0.25, center: [34.7, 117.25], zoom: 12 });
  Object.entries(PANES).forEach(([name, z]) => { map.createPane(name).style.zIndex = String(z); });
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  const legend = createLandUseLegend();
  legend.control.addTo(map);

  let shift = createShift(null);
  let parks = null; // park outlines from the tiles, labels and popups from the summaries (park-layer.js)
  let hovered = null;
  const byCode = new Map();

  let matches = null; // the site-match results on show ([{ code, feature }]), or null: the listed parcels show
  const matchLayer = L.layerGroup();
  const tiles = createParcelTiles(map, { pane: 'inv-tiles', matching: () => Boolean(matches) });

  function parcelStyle(feature) {
    const hot = String(feature.id) === hovered;
    return {
      pane: 'inv-parcels', color: '#111111', weight: hot ? 4 : 2.2, opacity: 1,
      fillColor: landUseColor(feature.properties?.land_use), fillOpacity: hot ? 0.95 : 0.85,
    };
  }

  const parcels = L.geoJSON(null, {
    pane: 'inv-parcels',
    style: parcelStyle,
    coordsToLatLng: (c) => shift.toLatLng(c[0], c[1]),
    onEachFeature(feature, layer) {
      const code = String(feature.id);
      byCode.set(code, layer);
      layer.on('add', () => layer.getElement()?.setAttribute('data-code', code));
      layer.bindTooltip(() => el('span', {}, code, ' · ', muText(feature.properties?.area_mu, 1)), { sticky: true, className: 'parcel-tip' });
      layer.on('click', (e) => { L.DomEvent.stopPropagation(e); onSelect(code); });
      layer.on('mouseover', () => onHover(code));
      layer.on('mouseout', () => onHover(null));
    },
  }).addTo(map);

  const selection = createSelectionLayer(map, { pane: 'inv-selected', toLatLng: () => geoJsonCoords(shift) });

  let undrawMatches = () => {};
  function drawMatches() {
    undrawMatches();
    undrawMatches = () => {};
    matchLayer.clearLayers();
    if (matches) undrawMatches = drawMatchLayer(matchLayer, matches, { map, toLatLng: geoJsonCoords(shift), onSelect });
  }

  function refitLabels() {
    parks?.fitLabels();
  }

  function padding() {
    const [right, bottom] = obscured();
    return { paddingTopLeft: [32, 32], paddingBottomRight: [32 + right, 32 + bottom] };
  }

  function featureBounds(feature) {
    return L.geoJSON(feature, { coordsToLatLng: geoJsonCoords(shift) }).getBounds();
  }

  map.on('moveend', refitLabels);
  map.on('moveend', () => onViewChange(api.view()));
  map.on('click', (e) => {
    const hit = tiles.pick(e.latlng);
    if (hit?.props.code != null) onSelect(String(hit.props.code));
    else {
      const park = parks?.pick(e.latlng);
      if (park) parks.openPopup(String(park), e.latlng);
    }
  });
  let pointerFrame = 0;
  map.on('mousemove', (e) => {
    if (pointerFrame) return;
    pointerFrame = window.requestAnimationFrame(() => {
      pointerFrame = 0;
      map.getContainer().classList.toggle('over-parcel', Boolean(tiles.pick(e.latlng)));
    });
  });

  const api = {
    map,
    configure(config) {
      shift = createShift(config.tileShift);
      addBasemap(map, config);
      const [lat, lon] = config.center;
      map.setView(shift.toLatLng(lon, lat), config.zoom, { animate: false });
      parks?.layer.remove();
      parks = createParkLayer(map, { pane: 'inv-parks', shift, onParkFilter });
      tiles.add(shift);
    },
    /** The box [w, s, e, n] around every park (GET /api/investor/parks/extent): fitParks() fits it. */
    setExtent(bbox) {
      parks?.setExtent(bbox);
    },
    /** Resolves once the park labels of the current view have arrived (GET /api/investor/parks?bbox=…). */
    parksIdle: () => parks?.inView.update() ?? Promise.resolve([]),
    /** The parcels listed so far (outlined over the tiles). */
    setParcels(features) {
      byCode.clear();
      parcels.clearLayers();
      parcels.addData(features);
      if (!matches) legend.update([...new Set(features.map((f) => f.properties?.land_use))]);
    },
    /**
     * Fades the tile parcels the filters (the filter panel's values) leave out, by the search's rule
     * on the tile attributes (tile-filter.js); the result list of the previous filters no longer counts.
     */
    setFilters: (filters) => tiles.setFilters(filters),
    /**
     * The result list for the current filters: codes, and complete = it holds every match in view.
     * A complete list decides the fading when a filter cannot be judged from the tiles.
     */
    setListed: (codes, complete) => tiles.setListed(codes, complete),
    /** Codes of the tile parcels painted faded and not faded since the zoom or the style last changed. */
    fading: () => tiles.fading(),
    hover(code) {
      const before = hovered;
      hovered = code;
      for (const c of [before, code]) {
        const layer = c && byCode.get(c);
        if (layer) layer.setStyle(parcelStyle(layer.feature));
      }
      if (code) byCode.get(code)?.bringToFront();
    },
    /**
     * Highlights a parcel, filled (feature may be outside the filtered set); zoom: flies to it →
     * Promise (resolved when the map has arrived).
     */
    select(feature, { zoom = false } = {}) {
      selection.show(feature);
      if (!feature || !zoom) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => { window.clearTimeout(timer); map.off('moveend', done); resolve(); };
        const timer = window.setTimeout(done, 2000);
        map.once('moveend', done);
        map.flyToBounds(featureBounds(feature), { ...padding(), maxZoom: 17, duration: 0.6 });
      });
    },
    /**
     * Shows site-match results ([{ code, feature }], best first) instead of the listed parcels,
     * numbered 1… as the match list; null returns to the listed parcels. fit: bring them all into view.
     */
    showMatches(results, { fit = false } = {}) {
      matches = results && results.length ? results : null;
      if (matches) {
        parcels.remove();
        matchLayer.addTo(map);
      } else {
        matchLayer.remove();
        parcels.addTo(map);
      }
      drawMatches();
      tiles.restyle();
      legend.update([...new Set((matches ? matches.map((m) => m.feature) : parcels.toGeoJSON().features)
        .map((f) => f.properties?.land_use))]);
      if (matches && fit) {
        const bounds = L.geoJSON(matches.map((m) => m.feature), { coordsToLatLng: geoJsonCoords(shift) }).getBounds();
        if (bounds.isValid()) map.fitBounds(bounds, { ...padding(), maxZoom: 16, animate: false });
      }
    },
    /** Codes of the matched parcels on the map, in marker order ([] when none show). */
    matchCodes: () => (matches || []).map((m) => String(m.code)),
    /** Keeps a parcel in view without changing the zoom when it already shows. */
    reveal(feature) {
      const bounds = featureBounds(feature);
      const [right, bottom] = obscured();
      const size = map.getSize();
      const clear = L.latLngBounds(map.containerPointToLatLng([0, 0]), map.containerPointToLatLng([size.x - right, size.y - bottom]));
      if (!clear.contains(bounds)) map.fitBounds(bounds, { ...padding(), maxZoom: map.getZoom(), animate: false });
    },
    fitBox(box) {
      map.fitBounds(boundsOfBox(shift, box), { ...padding(), maxZoom: 16, animate: false });
    },
    fitParks() {
      const bounds = parks?.bounds();
      if (bounds?.isValid()) map.fitBounds(bounds, { ...padding(), animate: false });
    },
    setView({ center: [lon, lat], zoom }) {
      map.setView(shift.toLatLng(lon, lat), zoom, { animate: false });
    },
    /** The view in WGS84: { center: [lon, lat], zoom }. */
    view() {
      const [lon, lat] = shift.toLonLat(map.getCenter());
      return { center: [Number(lon.toFixed(6)), Number(lat.toFixed(6))], zoom: map.getZoom() };
    },
    /** The WGS84 box [west, south, east, north] of the view. */
    bbox: () => viewBox(map, shift),
    /** True when the view is zoomed out too far for parcel tiles. */
    belowTiles: () => map.getZoom() < 10,
    drawnCodes: () => (matches ? matches.map((m) => String(m.code)) : [...byCode.keys()]),
    tileCodes: () => tiles.drawn(),
    /** The code of the parcel drawn at a container point, from the loaded tiles (null if none). */
    codeAt: (x, y) => tiles.pick(map.containerPointToLatLng([x, y]))?.props.code ?? null,
    refresh() {
      legend.refresh();
      tiles.refresh();
      parks?.refresh();
      refitLabels();
    },
  };
  return api;
}
