// The side panel's weekly lists: 本周调度 (GET /api/desk/dispatch, the viewer's scope) and the
// lagging list (red / amber / green on the desk's day, paged by the server: GET /api/desk/lagging).
//   dispatch-list[data-count][data-due] > dispatch-rule, dispatch-summary, dispatch-none,
//     dispatch-item[data-kind=zone|project][data-code]
//   lagging-list[data-count] > lagging-search, lagging-sort, lagging-show,
//     lagging-items > lagging-item[data-kind][data-code][data-rag=red|amber|green][data-days][data-township],
//     lagging-more (the next page; its text says how many of how many are shown)
import * as api from './desk-api.js';
import { renderDispatchList } from './dispatch-list.js';
import { createLaggingList } from './lagging-list.js';

export function createSideLists({ dispatchContainer, laggingContainer, onOpen }) {
  const lagging = createLaggingList(laggingContainer, { onOpen });
  let dispatch = null;
  return {
    /** Who has not reported in the week of asOf; an error shows as "could not be loaded". */
    async loadDispatch(asOf) {
      dispatch = await api.fetchDispatch(asOf).catch(() => null);
      renderDispatchList(dispatchContainer, dispatch, onOpen);
    },
    /** The lagging list of the whole city as it stood on asOf. */
    showLagging: (asOf) => lagging.show(asOf),
    setLaggingView: (view) => lagging.setView(view),
    relabel() {
      renderDispatchList(dispatchContainer, dispatch, onOpen);
      lagging.relabel();
    },
  };
}
