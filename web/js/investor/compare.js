// Comparing 2–4 parcels: the tray of chosen codes and the side-by-side table from
// GET /api/investor/compare, rows whose values differ highlighted.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { fetchCompare } from './investor-api.js';
import { compareValue, text } from './parcel-facts.js';
import { MAX_COMPARE } from './url-state.js';

/** callbacks: onRemove(code), onClear(), onOpen(). */
export function createCompareTray(container, { onRemove, onClear, onOpen }) {
  let codes = [];
  function render() {
    container.hidden = codes.length === 0;
    document.body.classList.toggle('has-tray', codes.length > 0);
    const open = el('button', { type: 'button', className: 'primary-button', 'data-testid': 'compare-open', disabled: codes.length < 2 },
      codes.length < 2 ? t('inv.compare.needTwo', { n: 2 - codes.length }) : t('inv.compare.open'));
    const clear = el('button', { type: 'button', className: 'link-button', 'data-testid': 'compare-clear' }, t('inv.compare.clear'));
    open.addEventListener('click', onOpen);
    clear.addEventListener('click', onClear);
    container.replaceChildren(
      el('span', { className: 'tray-title' }, `${t('inv.compare.tray')} ${t('inv.compare.count', { n: codes.length })}`),
      el('ul', { className: 'tray-chips' }, codes.map((code) => {
        const remove = el('button', { type: 'button', className: 'chip-remove', 'aria-label': t('inv.compare.remove', { code }), title: t('inv.compare.remove', { code }) }, '×');
        remove.addEventListener('click', () => onRemove(code));
        return el('li', { className: 'tray-chip', 'data-testid': 'compare-chip', dataset: { code } }, el('span', {}, code), remove);
      })),
      open, clear);
  }
  return {
    render(next) {
      codes = next;
      render();
    },
    refresh: render,
  };
}

/** The comparison dialog; callbacks: onClose(), onSelect(code), onRemove(code). */
export function createCompareTable(dialog, { onClose, onSelect, onRemove }) {
  let data = null;
  let error = null;
  let onlyDiff = false;
  let request = null;

  function header() {
    const close = el('button', { type: 'button', className: 'icon-button', 'data-testid': 'compare-close', 'aria-label': t('inv.compare.close'), title: t('inv.compare.close') }, '×');
    close.addEventListener('click', onClose);
    const toggle = el('input', { type: 'checkbox', 'data-testid': 'compare-only-diff', checked: onlyDiff });
    toggle.addEventListener('change', () => { onlyDiff = toggle.checked; render(); });
    return el('div', { className: 'dialog-head' },
      el('h2', { id: 'compare-title' }, t('inv.compare.title')),
      el('label', { className: 'chip' }, toggle, t('inv.compare.onlyDiff')), close);
  }

  function table() {
    const codes = data.parcels.map((f) => String(f.id ?? f.properties?.code));
    const head = el('tr', {}, el('th', { scope: 'col' }, t('inv.compare.item')), codes.map((code) => {
      const pick = el('button', { type: 'button', className: 'link-button', 'data-testid': 'compare-select' }, code);
      const remove = el('button', { type: 'button', className: 'chip-remove', 'aria-label': t('inv.compare.remove', { code }), title: t('inv.compare.remove', { code }) }, '×');
      pick.addEventListener('click', () => onSelect(code));
      remove.addEventListener('click', () => onRemove(code));
      return el('th', { scope: 'col', dataset: { code } }, pick, remove);
    }));
    const rows = (data.rows || []).filter((row) => !onlyDiff || row.differs).map((row) => el('tr', {
      className: row.differs ? 'differs' : '', dataset: { key: text(row.key), differs: String(Boolean(row.differs)) },
    }, el('th', { scope: 'row' }, t(`inv.rows.${row.key}`), row.differs ? el('span', { className: 'visually-hidden' }, ` (${t('inv.compare.differs')})`) : null),
    (row.values || []).map((value) => el('td', {}, compareValue(row.key, value)))));
    return el('div', { className: 'table-scroll' },
      el('table', { className: 'compare-table', 'data-testid': 'compare-table' }, el('thead', {}, head), el('tbody', {}, rows)));
  }

  function render() {
    const body = error ? el('p', { className: 'is-error', role: 'alert' }, t('inv.compare.failed', { reason: error }))
      : data ? table() : el('p', { role: 'status' }, t('inv.list.loading'));
    dialog.replaceChildren(header(), body);
  }

  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    onClose();
  });

  return {
    /** Opens (or reloads) the table for 2–4 codes; resolves when it is drawn. */
    async open(codes) {
      const wanted = codes.slice(0, MAX_COMPARE);
      request?.abort();
      request = new AbortController();
      data = null;
      error = null;
      render();
      if (!dialog.open) dialog.showModal();
      try {
        data = await fetchCompare(wanted, request.signal);
      } catch (e) {
        if (e.name === 'AbortError') return;
        error = e.message;
      }
      render();
    },
    close() {
      request?.abort();
      if (dialog.open) dialog.close();
    },
    isOpen: () => dialog.open,
    refresh() {
      if (dialog.open) render();
    },
  };
}
