// A small click-to-draw polygon tool: click corners, then finish (button or double-click).
// Positions are read through the page's datum shift, so the polygon is WGS84 whatever the tiles.

/**
 * createDrawTool(map, () => shift, { onChange(polygon|null, corners) }) → { start(), finish(), clear(), active }.
 * polygon is a GeoJSON Polygon geometry (closed ring, lon/lat rounded to 7 decimals).
 */
export function createDrawTool(map, currentShift, { onChange }) {
  let corners = [];
  let active = false;
  let polygon = null;
  const line = L.polyline([], { color: '#c2410c', weight: 2, dashArray: '4 4', interactive: false });
  const shape = L.polygon([], { color: '#c2410c', weight: 2, fillOpacity: 0.12, interactive: false });

  function redraw() {
    line.setLatLngs(active ? corners : []);
    shape.setLatLngs(!active && polygon ? corners : []);
    onChange(polygon, corners.length);
  }

  function onClick(event) {
    if (!active) return;
    const last = corners[corners.length - 1];
    if (last && last.equals(event.latlng)) return; // the second click of a double-click
    corners.push(event.latlng);
    redraw();
  }

  const tool = {
    get active() { return active; },
    start() {
      corners = [];
      polygon = null;
      active = true;
      map.doubleClickZoom.disable();
      map.getContainer().classList.add('drawing');
      redraw();
    },
    finish() {
      if (!active) return polygon;
      active = false;
      map.doubleClickZoom.enable();
      map.getContainer().classList.remove('drawing');
      if (corners.length >= 3) {
        const ring = corners.map((c) => currentShift().toLonLat(c).map((v) => Math.round(v * 1e7) / 1e7));
        ring.push(ring[0]);
        polygon = { type: 'Polygon', coordinates: [ring] };
      } else {
        corners = [];
        polygon = null;
      }
      redraw();
      return polygon;
    },
    clear() {
      active = false;
      corners = [];
      polygon = null;
      map.doubleClickZoom.enable();
      map.getContainer().classList.remove('drawing');
      redraw();
    },
  };
  line.addTo(map);
  shape.addTo(map);
  map.on('click', onClick);
  map.on('dblclick', () => { if (active) tool.finish(); });
  return tool;
}
