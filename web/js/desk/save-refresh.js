// What the desk re-reads after a save (a weekly report, a project's stage, investment, tax,
// milestone or issue): only what the save changed. The saved zone's or project's own figures on the
// map (never the whole view), its zone's photo markers, the lists it may move (本周调度, and 逾期片区
// for a report), and — for saves that move figures — the figures panel if its scope holds the saved
// place (the city's figures are not fetched for a township's scope) and the rankings, each only if
// its tab is showing; a hidden tab is marked stale and re-read when it is opened.
import { track } from '../pending.js';

/** Does {@code scope} ('city', 'township:NAME', 'park:CODE') hold a place of this township and park? */
export function scopeHolds(scope, township, park) {
  const s = scope || 'city';
  return s === 'city' || s === `township:${township}` || (park != null && s === `park:${park}`);
}

export function createSaveRefresh({ state, deskMap, loadDispatch, loadOverdue, loadFigures, showLagging, onError }) {
  const stale = new Map(); // tab → how to re-read it
  const quietly = (promise) => promise.catch(onError);

  function part(tab, read) {
    if (state.tab === tab) return quietly(read());
    const before = stale.get(tab);
    // a figures refresh that must include the scope's figures wins over a rankings-only one
    stale.set(tab, before && tab === 'figures' ? () => loadFigures(true) : read);
    return null;
  }

  return {
    /** After a save of zone {@code zone} or project {@code project}; {@code figures} false: nothing it counts moved. */
    async after({ zone, project, figures = true }) {
      const props = zone ? deskMap.zoneProps(zone) : deskMap.projectProps(project);
      const jobs = [zone ? deskMap.refreshCodes('demolition-zones', [zone]) : deskMap.refreshCodes('projects', [project]),
        quietly(loadDispatch())];
      if (zone) jobs.push(quietly(loadOverdue()), deskMap.reloadPhotos());
      if (figures) {
        const scoped = !props || scopeHolds(state.scope, props.township, props.park_code);
        jobs.push(part('figures', () => loadFigures(scoped)), part('lagging', () => showLagging()));
      }
      await Promise.all(jobs);
    },
    /** A tab was opened: re-read it if a save left it stale. */
    opened(tab) {
      const read = stale.get(tab);
      stale.delete(tab);
      if (read) track(quietly(read()));
    },
    /** Everything was re-read (a new day): nothing is stale. */
    clear() { stale.clear(); },
  };
}
