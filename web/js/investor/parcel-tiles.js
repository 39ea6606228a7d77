// Every public parcel of the investor map, drawn from the vector tiles (tile-layers.js) coloured by land
// use and faded when the filters leave it out: by the search's rule on the tiles' attributes
// (tile-filter.js); with a keyword or distance filter, which tiles cannot judge, by the result list
// when it holds every match in view, else by the rest, and a note below the legend says which
// (map-filter-note.js). While a site match shows (matching() true), nothing is faded.
import { createTileLayer } from '../tile-layers.js';
import { landUseColor } from './land-use.js';
import { tileRule } from './tile-filter.js';
import { createFilterNote } from './map-filter-note.js';

/** The parcel tiles of `map` in pane `pane`; matching() → whether site-match results show instead of the list. */
export function createParcelTiles(map, { pane, matching }) {
  let rule = tileRule(null); // the filters as far as the tiles can judge them
  let listed = null; // codes of the result list when it holds every match in view (used when the rule is not exact)
  let painted = { faded: new Set(), shown: new Set() }; // tile parcels painted since the zoom or style changed
  const note = createFilterNote();
  note.control.addTo(map);
  let tiles = null;

  function excluded(f) {
    if (matching() || !rule.active) return false;
    if (!rule.exact && listed) return !listed.has(String(f.props?.code));
    return !rule.test(f.props);
  }
  function faded(f) {
    const out = excluded(f);
    if (f.props?.code != null) (out ? painted.faded : painted.shown).add(String(f.props.code));
    return out;
  }
  function restyle() {
    painted = { faded: new Set(), shown: new Set() };
    note.show(matching() || !rule.active ? null : rule.exact ? 'exact' : listed ? 'byList' : 'partial');
    tiles?.repaint();
  }
  map.on('zoomstart', () => { painted = { faded: new Set(), shown: new Set() }; });

  return {
    /** (Re)draws the tiles with this basemap shift (after the configuration arrived). */
    add(shift) {
      tiles?.layer.remove();
      tiles = createTileLayer(map, 'parcels', {
        pane,
        shift,
        rules: (P) => [{
          symbolizer: new P.PolygonSymbolizer({
            fill: (z, f) => (faded(f) ? '#bdbdbd' : landUseColor(f.props?.land_use)),
            opacity: (z, f) => (excluded(f) ? 0.25 : 0.7),
            stroke: '#3d3d3d',
            width: 0.6,
          }),
        }],
      });
      tiles.layer.addTo(map);
    },
    /** Paints the tiles again (the filters, the list or the match changed) and says how the map fades. */
    restyle,
    /** The filter panel's values: the result list of the previous filters no longer counts. */
    setFilters(filters) {
      rule = tileRule(filters);
      listed = null;
      restyle();
    },
    /** The result list's codes; complete: it holds every match in view (see parcel-map.js setListed). */
    setListed(codes, complete) {
      const next = complete ? new Set(codes.map(String)) : null;
      if (rule.exact && !listed && !next) return;
      listed = next;
      if (!rule.exact) restyle();
    },
    fading: () => ({ faded: [...painted.faded], shown: [...painted.shown] }),
    /** The tile feature at a LatLng, or null/undefined. */
    pick: (latlng) => tiles?.pick(latlng),
    drawn: () => [...(tiles?.drawn() || [])],
    refresh: () => note.refresh(),
  };
}
