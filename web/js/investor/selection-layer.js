// The selected parcel's highlight on the investor map: a wide yellow halo under a filled outline, in
// its own pane above every other parcel, not clickable; its paths carry data-selected (the code).

/** The highlight layer of `map` in pane `pane`; toLatLng() → the coordinates' converter (the basemap shift's). */
export function createSelectionLayer(map, { pane, toLatLng }) {
  const layer = L.layerGroup().addTo(map);
  return {
    /** Highlights a parcel (a GeoJSON feature; its code from id or properties.code), or nothing (null). */
    show(feature) {
      layer.clearLayers();
      if (!feature) return;
      const code = String(feature.id ?? feature.properties?.code);
      const options = (style) => ({ pane, interactive: false, coordsToLatLng: toLatLng(), style });
      layer.addLayer(L.geoJSON(feature, options({ color: '#ffd400', weight: 8, opacity: 0.95, fill: false })));
      layer.addLayer(L.geoJSON(feature, options({
        color: '#111111', weight: 2.5, opacity: 1, fill: true, fillColor: '#ffd400', fillOpacity: 0.55,
      })));
      layer.eachLayer((group) => group.eachLayer((path) => path.getElement()?.setAttribute('data-selected', code)));
    },
  };
}
