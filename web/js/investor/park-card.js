// A park's summary: the map popup (with "show this park's parcels") and the contact block of the
// detail panel and the parcel sheet.
import { t, enumLabel } from '../i18n.js';
import { formatCount, withUnit } from '../format.js';
import { el } from '../html.js';
import { muText, text } from './parcel-facts.js';
import { localName, localTitle } from '../names.js';

export function parkTitle(park) {
  return localTitle(park);
}

function rows(pairs) {
  return pairs.filter(([, value]) => value !== '' && value != null)
    .flatMap(([key, value]) => [el('dt', {}, t(key)), el('dd', {}, value)]);
}

function contactRows(park) {
  return [
    ['inv.park.contact', localName(park, 'contact_person')],
    ['inv.park.phone', park.contact_phone ? el('a', { href: `tel:${String(park.contact_phone).replace(/[^\d+]/g, '')}` }, String(park.contact_phone)) : ''],
    ['inv.park.address', localName(park, 'address')],
  ];
}

function summaryRows(park) {
  return [
    ['inv.park.level', enumLabel('parkLevel', park.level)],
    ['inv.park.industries', localName(park, 'leading_industries')],
    ['inv.park.available', Number.isFinite(park.available_parcels) ? t('inv.park.availableValue', { n: formatCount(park.available_parcels) }) : ''],
    ['inv.park.availableArea', muText(park.available_area_mu, 1)],
  ];
}

/** Popup content of a park outline. */
export function parkPopup(park, onShowParcels) {
  const show = el('button', { type: 'button', className: 'link-button', 'data-testid': 'park-show-parcels' }, t('inv.park.show'));
  show.addEventListener('click', () => onShowParcels(park.code));
  return el('div', { className: 'popup park-card', 'data-testid': 'park-card', dataset: { park: text(park.code) } },
    el('div', { className: 'popup-kicker' }, t('layers.parks')),
    el('h3', { className: 'popup-title' }, parkTitle(park)),
    el('dl', { className: 'popup-fields' }, rows([
      ...summaryRows(park),
      ['inv.park.planned', withUnit(park.planned_area_km2, 'km2')],
      ...contactRows(park),
    ])),
    park.summary ? el('p', { className: 'park-summary' }, localName(park, 'summary')) : null,
    park.code ? show : null);
}

/** The park block of the detail panel and the sheet: name, summary facts, summary text and contact. */
export function parkBlock(park, testId) {
  if (!park) return null;
  return el('section', { className: 'park-block', 'data-testid': testId },
    el('h4', {}, parkTitle(park)),
    el('dl', { className: 'facts' }, rows([...summaryRows(park), ...contactRows(park)])),
    park.summary ? el('p', { className: 'park-summary' }, localName(park, 'summary')) : null);
}
