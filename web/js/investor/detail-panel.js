// The detail panel of the selected parcel: key figures, servicing, all investor facts, the park and
// its contact, compare and print actions, and the enquiry form. A side panel on desktop, a bottom sheet on phones.
import { t, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { STATUS_COLORS } from '../styles.js';
import { createEnquiryForm } from './enquiry-form.js';
import { longLandUse } from './land-use.js';
import { parkBlock } from './park-card.js';
import { localName } from '../names.js';
import { areaText, contextList, factList, muText, priceText, servicingChecklist, servicingLabelText, totalText } from './parcel-facts.js';

/** callbacks: onClose(), onToggleCompare(code), isCompared(code), sheetHref(code). */
export function createDetailPanel(container, { onClose, onToggleCompare, isCompared, sheetHref }) {
  let shown = null; // { code, feature?, error? }
  let enquiry = null; // { code, form }

  function keyFigure(labelKey, value, sub) {
    return el('div', { className: 'key-figure' },
      el('span', { className: 'key-label' }, t(labelKey)), el('strong', {}, value), sub ? el('span', { className: 'key-sub' }, sub) : null);
  }

  function head(code, badge) {
    const close = el('button', { type: 'button', className: 'icon-button', 'data-testid': 'detail-close', 'aria-label': t('inv.detail.close'), title: t('inv.detail.close') }, '×');
    close.addEventListener('click', onClose);
    return el('div', { className: 'detail-head' },
      el('div', {}, el('div', { className: 'detail-kicker' }, t('inv.detail.title')), el('h2', { 'data-testid': 'detail-code' }, code), badge), close);
  }

  function body(feature) {
    const p = feature.properties || {};
    const code = String(feature.id ?? p.code);
    const compared = isCompared(code);
    const compare = el('button', { type: 'button', className: 'secondary-button', 'data-testid': 'detail-compare', 'aria-pressed': String(compared) },
      compared ? `✓ ${t('inv.detail.inCompare')}` : `+ ${t('inv.detail.addCompare')}`);
    compare.addEventListener('click', () => onToggleCompare(code));
    const print = el('a', { className: 'secondary-button', href: sheetHref(code), target: '_blank', rel: 'noopener', 'data-testid': 'print-sheet-link' },
      t('inv.detail.print'));
    if (!enquiry || enquiry.code !== code) enquiry = { code, form: createEnquiryForm(code) };
    else enquiry.form.refresh();
    return el('div', { className: 'detail-body' },
      el('p', { className: 'detail-subtitle' }, [localName(p, 'park_name'), longLandUse(p.land_use)].filter(Boolean).join(' · ')),
      el('div', { className: 'key-figures', 'data-testid': 'detail-key-figures' },
        keyFigure('inv.detail.keyArea', muText(p.area_mu), areaText(p).split(' · ').slice(1).join(' · ')),
        keyFigure('inv.detail.keyPrice', priceText(p)),
        keyFigure('inv.detail.keyTotal', totalText(p))),
      el('div', { className: 'detail-actions' }, compare, print),
      el('h3', {}, t('inv.detail.servicing'), ' ',
        el('span', { className: 'tag', 'data-testid': 'detail-servicing-label' }, servicingLabelText(p.servicing_label))),
      servicingChecklist(p, 'detail-servicing'),
      factList(p, 'detail-facts'),
      el('h3', {}, t('inv.context.title')),
      contextList(feature.context, 'detail-context'),
      el('h3', {}, t('inv.detail.parkTitle')),
      parkBlock(feature.park, 'detail-park'),
      enquiry.form.element);
  }

  function render() {
    container.hidden = !shown;
    document.body.classList.toggle('has-detail', Boolean(shown));
    if (!shown) {
      container.replaceChildren();
      return;
    }
    const { code, feature, error } = shown;
    container.dataset.code = code;
    container.dataset.state = feature ? 'loaded' : error ? 'error' : 'loading';
    if (feature) {
      const status = feature.properties?.status;
      const badge = status ? el('span', { className: 'badge', style: `--badge-color: ${STATUS_COLORS[status] || '#999'}`, 'data-testid': 'detail-status' },
        enumLabel('status', status)) : null;
      container.replaceChildren(head(code, badge), body(feature));
    } else {
      const message = error === 404 ? t('inv.detail.notFound', { code }) : error ? t('inv.detail.failed', { reason: error }) : t('inv.detail.loading');
      container.replaceChildren(head(code, null), el('p', { className: 'detail-message', role: 'status' }, message));
    }
  }

  return {
    showLoading(code) {
      shown = { code };
      render();
    },
    show(feature) {
      shown = { code: String(feature.id ?? feature.properties?.code), feature };
      render();
    },
    showError(code, error) {
      shown = { code, error };
      render();
    },
    hide() {
      shown = null;
      render();
    },
    code: () => shown?.code ?? null,
    refresh: render,
  };
}
