// How an investor parcel's properties read: shared by the list, detail panel, compare table and sheet.
import { t, enumLabel, currentLang } from '../i18n.js';
import { formatNumber, formatPercent, formatRange, formatDate, withUnit, isNumber } from '../format.js';
import { el } from '../html.js';
import { longLandUse } from './land-use.js';
import { localName } from '../names.js';
import './texts-context.js';

/** Servicing filter/need names and the property that holds each. */
export const SERVICING = [
  ['road', 'has_road'], ['water', 'has_water'], ['power', 'has_power'], ['drainage', 'has_drainage'],
  ['gas', 'has_gas'], ['telecom', 'has_telecom'], ['heating', 'has_heating'], ['levelled', 'site_levelled'],
];
export const SERVICING_NAMES = SERVICING.map(([name]) => name);

const SQUARE_METRES_PER_MU = 10000 / 15;

export function muText(mu, digits = 2) {
  return withUnit(mu, 'mu', digits);
}

/** "86.01 亩 · 57,341 ㎡ · 5.73 公顷" */
export function areaText(p) {
  const m2 = isNumber(p.area_m2) ? p.area_m2 : isNumber(p.area_mu) ? p.area_mu * SQUARE_METRES_PER_MU : null;
  if (m2 == null) return '';
  const mu = isNumber(p.area_mu) ? p.area_mu : m2 / SQUARE_METRES_PER_MU;
  const ha = isNumber(p.area_ha) ? p.area_ha : m2 / 10000;
  return [muText(mu), withUnit(m2, 'm2', 0), withUnit(ha, 'ha', 2)].join(' · ');
}

export function priceText(p) {
  return isNumber(p.price_wan_per_mu) ? withUnit(p.price_wan_per_mu, 'wanPerMu') : t('inv.list.priceOnRequest');
}

export function totalText(p) {
  return isNumber(p.total_price_wan) ? withUnit(p.total_price_wan, 'wan', 0) : t('inv.list.priceOnRequest');
}

export function servicingLabelText(label) {
  return label ? enumLabel('servicingLabel', label) : t('inv.detail.noLabel');
}

export function text(value) {
  return value == null ? '' : String(value);
}

/** [label, value] pairs of every investor fact, in reading order; empty values are dropped. */
export function factRows(p) {
  return [
    ['inv.facts.code', text(p.code)],
    ['inv.facts.park', localName(p, 'park_name')],
    ['inv.facts.land_use', longLandUse(p.land_use)],
    ['inv.facts.status', enumLabel('status', p.status)],
    ['inv.facts.area', areaText(p)],
    ['inv.facts.far', formatRange(p.far_min, p.far_max)],
    ['inv.facts.density', formatPercent(p.building_density_pct)],
    ['inv.facts.green', formatPercent(p.green_ratio_pct)],
    ['inv.facts.height', withUnit(p.height_limit_m, 'metre', 1)],
    ['inv.facts.price', priceText(p)],
    ['inv.facts.total', totalText(p)],
    ['inv.facts.intensity', withUnit(p.invest_intensity_wan_per_mu, 'wanPerMu')],
    ['inv.facts.tax', withUnit(p.tax_wan_per_mu, 'wanPerMuYear')],
    ['inv.facts.industry', localName(p, 'industry')],
    ['inv.facts.available_date', formatDate(p.available_date)],
    ['inv.facts.servicing_label', servicingLabelText(p.servicing_label)],
  ].filter(([, value]) => value !== '');
}

export function factList(p, testId) {
  return el('dl', { className: 'facts', 'data-testid': testId },
    factRows(p).flatMap(([key, value]) => [el('dt', {}, t(key)), el('dd', {}, value)]));
}

function mark(value) {
  if (value === true) return { cls: 'yes', sign: '✓', word: t('inv.servicing.yes') };
  if (value === false) return { cls: 'no', sign: '✗', word: t('inv.servicing.no') };
  return { cls: 'unknown', sign: '?', word: t('inv.servicing.unknown') };
}

/** The eight servicing items, each ticked, crossed or unknown. */
export function servicingChecklist(p, testId = 'servicing-checklist') {
  return el('ul', { className: 'servicing', 'data-testid': testId }, SERVICING.map(([name, key]) => {
    const { cls, sign, word } = mark(p[key]);
    return el('li', { className: `servicing-${cls}`, dataset: { servicing: name }, title: word },
      el('span', { className: 'servicing-mark', 'aria-hidden': 'true' }, sign),
      el('span', {}, t(`inv.servicing.${name}`)),
      el('span', { className: 'visually-hidden' }, `: ${word}`));
  }));
}

/** A compare-table cell value for a row key of the compare API. */
export function compareValue(key, value) {
  if (value == null || value === '') return '—';
  if (key.startsWith('has_') || key === 'site_levelled') return mark(value).sign + ' ' + mark(value).word;
  switch (key) {
    case 'land_use': return longLandUse(value);
    case 'status': return enumLabel('status', value);
    case 'area_mu': return muText(value);
    case 'area_m2': return withUnit(value, 'm2', 0);
    case 'far_min': case 'far_max': return formatNumber(value, 2, 1);
    case 'building_density_pct': case 'green_ratio_pct': return formatPercent(value);
    case 'height_limit_m': return withUnit(value, 'metre', 1);
    case 'price_wan_per_mu': case 'invest_intensity_wan_per_mu': return withUnit(value, 'wanPerMu');
    case 'total_price_wan': return withUnit(value, 'wan', 0);
    case 'tax_wan_per_mu': return withUnit(value, 'wanPerMuYear');
    case 'servicing_label': return servicingLabelText(value);
    case 'available_date': return formatDate(value);
    default: return String(value);
  }
}

/** A context kind's name in the viewer's language, as the API gives it (kind_zh / kind_en). */
export function contextKindText(c) {
  return currentLang() === 'en' ? c.kind_en || c.kind : c.kind_zh || c.kind;
}

/** A context point's name in the viewer's language: the English name when there is one. */
export function contextNameText(c) {
  return currentLang() === 'en' && c.name_en ? c.name_en : text(c.name);
}

/** "3.24 公里" (to 10 m); under 1 km "850 米". */
export function distanceText(metres) {
  if (!isNumber(metres)) return '';
  return metres < 1000 ? withUnit(Math.round(metres), 'metre', 0) : withUnit(metres / 1000, 'km', 2);
}

/**
 * The parcel's location context: per kind, the distance to the nearest point and its name (text
 * nodes only). Each value carries the kind and the distance in metres as data attributes.
 */
export function contextList(context, testId) {
  if (!Array.isArray(context) || !context.length) {
    return el('p', { className: 'context-none', 'data-testid': testId }, t('inv.context.none', { km: 300 }));
  }
  return el('dl', { className: 'facts context-facts', 'data-testid': testId },
    context.flatMap((c) => [
      el('dt', {}, contextKindText(c)),
      el('dd', { dataset: { kind: String(c.kind), distanceM: String(c.distance_m) } },
        el('strong', { className: 'context-distance' }, distanceText(c.distance_m)), ' · ', contextNameText(c)),
    ]));
}
