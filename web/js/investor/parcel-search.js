// The result list's search: pages of the parcels matching the filters in the map's view
// (GET /api/investor/parcels with count=true), listed and outlined on the map. The list follows the
// view 250 ms after a pan or zoom, or (following off) waits for "search this area". One search at a
// time: a new one aborts the one under way. Every search is tracked (pending.js: idle() waits).
import { fetchParcelPage } from './investor-api.js';
import { track } from '../pending.js';

const NO_PAGE = { numberMatched: 0, moreThan: null, nextOffset: null };

/** The search of `list` and `map` over the filters and sort in `store`. */
export function createParcelSearch({ map, list, store }) {
  let parcels = []; // the parcels listed so far: the pages fetched for the view, filters and sort
  let request = null;
  let page = NO_PAGE;
  let following = true; // the list searches the view after every pan or zoom; off: on "search this area"
  let searchBox = null; // the box the list's pages were searched in
  let started = false; // the page has loaded: from then on the list follows the view
  let followTimer = 0;
  let followDone = null;

  function showList(extra = {}) {
    list.show({
      features: parcels, numberMatched: page.numberMatched, moreThan: page.moreThan,
      truncated: page.nextOffset !== null, zoomIn: map.belowTiles(), loading: false, error: null, ...extra,
    });
  }

  /**
   * Loads the first page of parcels matching the filters in the current view (more: the next page,
   * appended). The count is the API's, "more than N" when it caps it; nothing beyond the pages asked for.
   */
  async function load({ more = false } = {}) {
    if (more && page.nextOffset === null) return;
    request?.abort();
    const mine = new AbortController();
    request = mine;
    const { filters: f, sort } = store.get();
    map.setFilters(f);
    showList({ loading: true });
    try {
      if (!more) searchBox = map.bbox();
      const result = await fetchParcelPage(f, sort, searchBox, more ? page.nextOffset : 0, mine.signal);
      if (mine !== request) return;
      parcels = more ? [...parcels, ...result.features] : result.features;
      page = result;
      map.setParcels(parcels);
      map.setListed(parcels.map((p) => String(p.id)), page.nextOffset === null);
      showList();
      list.setSelected(store.get().selected, { scroll: !more });
    } catch (error) {
      if (error.name === 'AbortError') return;
      parcels = [];
      page = NO_PAGE;
      map.setParcels([]);
      showList({ error: error.message });
      throw error;
    }
  }

  /** Reloads the list and map for the current filters and sort; failures are shown in the list. */
  function reload() {
    return track(load().catch(() => {}));
  }

  return {
    load,
    reload,
    /** The next page, appended → Promise (rejects when it fails; shown in the list too). */
    more: () => track(load({ more: true })),
    /** After a pan or zoom (once the page has started), the list follows the view (tracked: idle() waits). */
    followView() {
      if (!started) return;
      if (!following) {
        list.setAreaChanged(true);
        return;
      }
      window.clearTimeout(followTimer);
      followDone?.();
      track(new Promise((resolve) => {
        followDone = resolve;
        followTimer = window.setTimeout(() => { followDone = null; reload().then(resolve); }, 250);
      }));
    },
    setFollowing(on) { following = on; },
    /** From now on the list follows the view. */
    start() { started = true; },
    /** The listed parcel with this code, or undefined. */
    find: (code) => parcels.find((f) => String(f.id) === code),
    /** { parcels (how many are listed), numberMatched, moreThan } of the list now. */
    summary: () => ({ parcels: parcels.length, numberMatched: page.numberMatched, moreThan: page.moreThan }),
  };
}
