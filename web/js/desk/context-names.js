// The names of the offline basemap's location points (basemap.js draws them, symbol and name, as
// markers of class context-icon) laid out with the desk's labels: a point's name shows only where it
// touches no label and no name kept before it (map-labels.js), else only its symbol stays until a
// closer zoom makes room. Transport hubs come first, as the points an official finds the way by.
// Nothing here builds a name: the basemap's nodes (text, never HTML) are shown or hidden as they are.

const ORDER = ['airport', 'port', 'rail_freight', 'highway_exit', 'water_works', 'substation'];
const rank = (kind) => { const i = ORDER.indexOf(kind); return i < 0 ? ORDER.length : i; };

const isContext = (layer) => layer instanceof L.Marker && layer.options.icon?.options?.className === 'context-icon';

/** Follows the context markers added to and removed from map; onAdded() after each one added. */
export function createContextNames(map, onAdded) {
  const markers = new Set();
  map.on('layeradd', ({ layer }) => { if (isContext(layer)) { markers.add(layer); onAdded(); } });
  map.on('layerremove', ({ layer }) => { markers.delete(layer); });

  return {
    /** The points on the map as names to place at zoom z: { p, key, node, build, marker } in priority order. */
    names(z) {
      const list = [];
      for (const marker of markers) {
        const node = marker.options.icon.options.html;
        if (!(node instanceof Element)) continue;
        const key = `context\u0001${node.textContent}`;
        const build = () => {
          const copy = node.cloneNode(true);
          copy.querySelectorAll('[hidden]').forEach((e) => { e.hidden = false; });
          return { node: copy, className: 'context-icon' };
        };
        list.push({ p: map.project(marker.getLatLng(), z).round(), key, node, build, rank: rank(node.dataset.kind) });
      }
      return list.sort((a, b) => a.rank - b.rank);
    },
    /** Shows the name of each point in shown, hides the others' (their symbols stay). */
    show(names, shown) {
      for (const name of names) {
        const label = name.node.querySelector('.context-label');
        const hidden = !shown.has(name);
        if (label && label.hidden !== hidden) label.hidden = hidden;
      }
    },
  };
}
