// The comparison of the investor portal: which parcels are compared (at most MAX_COMPARE, kept in the
// store and so in the URL), shown in the tray, the rows, the detail and match panels and, while it
// is open, the comparison table. Asking for one more than fits shows a notice for 4 s instead.
import { t } from '../i18n.js';
import { track } from '../pending.js';
import { MAX_COMPARE } from './url-state.js';

/** parts: { store, tray, table, list, detail, match } (refreshed on change); notice: the notice element. */
export function createCompareControl({ store, tray, table, list, detail, match }, notice) {
  let noticeTimer = 0;

  function showNotice(message) {
    notice.textContent = message;
    notice.hidden = false;
    window.clearTimeout(noticeTimer);
    noticeTimer = window.setTimeout(() => { notice.hidden = true; }, 4000);
  }

  function close() {
    store.set({ table: false });
    table.close();
  }

  function set(codes) {
    store.set({ compare: codes });
    tray.render(codes);
    list.setCompared(codes);
    detail.refresh();
    match.refresh();
    if (table.isOpen()) {
      if (codes.length >= 2) track(table.open(codes));
      else close();
    }
  }

  return {
    set,
    close,
    /** Adds the parcel to the comparison, or takes it out when it is in. */
    toggle(code) {
      const codes = store.get().compare;
      if (codes.includes(code)) set(codes.filter((c) => c !== code));
      else if (codes.length >= MAX_COMPARE) window.setTimeout(() => showNotice(t('inv.compare.full')), 0);
      else set([...codes, code]);
    },
    /** Opens the table when two or more parcels are compared → Promise (the table filled). */
    open() {
      if (store.get().compare.length < 2) return Promise.resolve();
      store.set({ table: true });
      return track(table.open(store.get().compare));
    },
  };
}
