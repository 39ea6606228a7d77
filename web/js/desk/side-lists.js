// The side panel's weekly lists: 本周调度 (GET /api/desk/dispatch, the viewer's scope) and the
// lagging list (red / amber / green from the map's zones and projects on the desk's day).
//   dispatch-list[data-count][data-due] > dispatch-rule, dispatch-summary, dispatch-none,
//     dispatch-item[data-kind=zone|project][data-code]
//   lagging-list[data-count] > lagging-search, lagging-sort, lagging-show,
//     lagging-items > lagging-item[data-kind][data-code][data-rag=red|amber|green][data-days][data-township]
import * as api from './desk-api.js';
import { renderDispatchList } from './dispatch-list.js';
import { createLaggingList } from './lagging-list.js';
import { zoneLag, projectLag } from './lagging.js';

export function createSideLists({ dispatchContainer, laggingContainer, deskMap, onOpen }) {
  const lagging = createLaggingList(laggingContainer, { onOpen });
  let dispatch = null;
  return {
    /** Who has not reported in the week of asOf; an error shows as "could not be loaded". */
    async loadDispatch(asOf) {
      dispatch = await api.fetchDispatch(asOf).catch(() => null);
      renderDispatchList(dispatchContainer, dispatch, onOpen);
    },
    /** The lagging list from the map's zones and projects as they stood on asOf. */
    showLagging(asOf) {
      lagging.show([...deskMap.allZones().map((z) => zoneLag(z, asOf)), ...deskMap.allProjects().map((p) => projectLag(p, asOf))]);
    },
    setLaggingView: (view) => lagging.setView(view),
    relabel() {
      renderDispatchList(dispatchContainer, dispatch, onOpen);
      lagging.relabel();
    },
  };
}
