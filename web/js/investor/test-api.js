/*
 * window.investor, the investor portal's handle for browser tests (main.js sets it):
 *   ready            Promise → { parks (the city's count), parcels, numberMatched, moreThan } once the first page of
 *                    the filtered parcels in view are loaded
 *                    and the URL's selection and comparison are restored (rejects when loading failed)
 *   state()          { lang, view: {center: [lon, lat], zoom}, filters: {park, land_use[], min_mu, max_mu,
 *                    max_price, servicing[], status[], industry, keyword}, sort, selected, compare[], table, tab } (a copy)
 *   select(code)     selects a parcel, zooms to it, opens its detail → Promise (detail loaded); select(null) closes
 *   setFilters(partial), setSort(sort) → Promise (list and map updated)
 *   setFollow(on)    the list follows the map (default) or waits for searchArea() → Promise (list updated)
 *   listCodes(), mapCodes()   codes in the result list (in order) and outlined on the map (the same parcels)
 *   tileCodes()      codes painted from the vector tiles since the zoom or the style last changed
 *   tileFading()     { faded: [codes], shown: [codes] } of those: the filters leave the faded ones out (tile-filter.js)
 *   codeAt(x, y)     code of the tile parcel at a map container point (null if none); more() → next page
 *   toggleCompare(code), openCompare() → Promise, closeCompare()
 *   match(body)      runs site matching with an API body → Promise of results (shown in the match tab and,
 *                    while that tab is open, on the map instead of the listed parcels; the body goes into the URL)
 *   matchCodes()     codes of the matched parcels marked on the map, in their numbers' order
 *   setLang('zh'|'en'), setTab('find'|'match'), view() → {center, zoom}, bbox() → [w, s, e, n] of the view (WGS84),
 *   idle() → Promise (no request pending)
 *   map              the Leaflet map
 */
import { setLang } from '../i18n.js';
import { idle, track } from '../pending.js';

/**
 * The handle over the portal's parts: { ready, store, map, list, search, compare, match, tabs } and
 * its actions { select(code, options), applyFilters(filters) }.
 */
export function testApi({ ready, store, map, list, search, compare, match, tabs, select, applyFilters }) {
  return {
    ready,
    state: () => JSON.parse(JSON.stringify(store.get())),
    select: (code) => select(code, { zoom: true }),
    setFilters: (partial) => applyFilters({ ...store.get().filters, ...partial }),
    setSort: (sort) => { store.set({ sort }); list.setSort(sort); return search.reload(); },
    listCodes: () => list.codes(),
    mapCodes: () => map.drawnCodes(),
    tileCodes: () => map.tileCodes(),
    tileFading: () => map.fading(),
    codeAt: (x, y) => map.codeAt(x, y),
    more: () => search.more(),
    toggleCompare: compare.toggle,
    openCompare: compare.open,
    closeCompare: compare.close,
    match: (body) => { tabs.set('match'); match.setBody(body); return track(match.run(body)); },
    matchCodes: () => map.matchCodes(),
    setFollow: (on) => {
      search.setFollowing(on);
      list.setFollow(on);
      list.setAreaChanged(false);
      return on ? search.reload() : Promise.resolve();
    },
    searchArea: () => { list.setAreaChanged(false); return search.reload(); },
    setLang: (lang) => setLang(lang),
    setTab: (tab) => tabs.set(tab),
    view: () => map.view(),
    bbox: () => map.bbox(),
    idle,
    map: map.map,
  };
}
