// The side panel's weekly lists: 本周调度 (GET /api/desk/dispatch, the viewer's scope) and the
// lagging list (red / amber / green on the desk's day, paged by the server: GET /api/desk/lagging).
//   dispatch-list[data-count][data-due] > dispatch-rule, dispatch-summary, dispatch-none,
//     dispatch-item[data-kind=zone|project][data-code], dispatch-more (the next page; says how many of how many are shown)
//   lagging-list[data-count] > lagging-search, lagging-sort, lagging-show,
//     lagging-items > lagging-item[data-kind][data-code][data-rag=red|amber|green][data-days][data-township],
//     lagging-more (the next page; its text says how many of how many are shown)
import * as api from './desk-api.js';
import { renderDispatchList } from './dispatch-list.js';
import { createLaggingList } from './lagging-list.js';

export function createSideLists({ dispatchContainer, laggingContainer, onOpen }) {
  const lagging = createLaggingList(laggingContainer, { onOpen });
  let dispatch = null;
  let day = null;
  const render = () => renderDispatchList(dispatchContainer, dispatch, onOpen, more);
  /** The next page of the dispatch, appended to the items shown. */
  async function more() {
    const asked = day;
    const page = await api.fetchDispatch(asked, dispatch.missing.length).catch(() => null);
    if (!page || asked !== day || !dispatch) return;
    dispatch = { ...page, missing: [...dispatch.missing, ...page.missing] };
    render();
  }
  return {
    /** Who has not reported in the week of asOf (its first page); an error shows as "could not be loaded". */
    async loadDispatch(asOf) {
      day = asOf;
      dispatch = await api.fetchDispatch(asOf).catch(() => null);
      if (day === asOf) render();
    },
    /** The lagging list of the whole city as it stood on asOf. */
    showLagging: (asOf) => lagging.show(asOf),
    setLaggingView: (view) => lagging.setView(view),
    relabel() {
      render();
      lagging.relabel();
    },
  };
}
