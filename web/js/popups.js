// Popup content per collection, built as DOM nodes: attribute values only ever become text.
import { t, enumLabel, currentLang } from './i18n.js';
import { formatArea, formatDate, formatPercent, formatProgress, formatRange, withUnit } from './format.js';
import { el } from './html.js';
import { localName, localTitle } from './names.js';
import { STATUS_COLORS, STAGE_COLORS, OVERDUE_COLOR, PROGRESS_CLASSES, progressClass } from './styles.js';

const UTILITY_KEYS = ['has_road', 'has_water', 'has_power', 'has_drainage', 'has_gas', 'has_telecom', 'has_heating', 'site_levelled'];

const text = (key) => (p) => localName(p, key); // English form where the data has one
const num = (key, unit, digits = 2) => (p) => withUnit(p[key], unit, digits);
const pct = (key) => (p) => formatPercent(p[key]);
const date = (key) => (p) => formatDate(p[key]);
const label = (key, domain) => (p) => enumLabel(domain, p[key]);
const area = (p) => formatArea(p.area_m2, p.area_mu);

function utilities(p) {
  const present = UTILITY_KEYS.filter((key) => p[key] === true).map((key) => t(`utilities.${key}`));
  const absent = UTILITY_KEYS.filter((key) => p[key] === false).map((key) => t(`utilities.${key}`));
  if (!present.length && !absent.length) return '';
  const parts = [];
  if (present.length) parts.push(`✓ ${present.join(t('listSeparator'))}`);
  if (absent.length) parts.push(`✗ ${absent.join(t('listSeparator'))}`);
  return parts.join(currentLang() === 'en' ? '  ' : '　');
}


const FIELDS = {
  parks: [
    ['fields.code', text('code')],
    ['fields.level', label('level', 'parkLevel')],
    ['fields.leading_industries', text('leading_industries')],
    ['fields.planned_area_km2', num('planned_area_km2', 'km2')],
    ['fields.area', area],
    ['fields.contact_person', text('contact_person')],
    ['fields.contact_phone', text('contact_phone')],
    ['fields.address', text('address')],
    ['fields.summary', text('summary')],
  ],
  parcels: [
    ['fields.park_name', text('park_name')],
    ['fields.land_use', (p) => (p.land_use ? `${p.land_use} ${enumLabel('landUse', p.land_use)}` : '')],
    ['fields.area', area],
    ['fields.industry', text('industry')],
    ['fields.far', (p) => formatRange(p.far_min, p.far_max)],
    ['fields.building_density_pct', pct('building_density_pct')],
    ['fields.green_ratio_pct', pct('green_ratio_pct')],
    ['fields.height_limit_m', num('height_limit_m', 'metre', 1)],
    ['fields.price_wan_per_mu', num('price_wan_per_mu', 'wanPerMu')],
    ['fields.invest_intensity_wan_per_mu', num('invest_intensity_wan_per_mu', 'wanPerMu')],
    ['fields.tax_wan_per_mu', num('tax_wan_per_mu', 'wanPerMu')],
    ['fields.available_date', date('available_date')],
    ['fields.utilities', utilities],
  ],
  projects: [
    ['fields.code', text('code')],
    ['fields.level', label('level', 'projectLevel')],
    ['fields.investor', text('investor')],
    ['fields.industry', text('industry')],
    ['fields.total_investment_wan', num('total_investment_wan', 'wan')],
    ['fields.planned_investment_year_wan', num('planned_investment_year_wan', 'wan')],
    ['fields.park_code', text('park_code')],
    ['fields.township', text('township')],
    ['fields.leader', text('leader')],
    ['fields.responsible_unit', text('responsible_unit')],
    ['fields.planned_start_date', date('planned_start_date')],
    ['fields.planned_completion_date', date('planned_completion_date')],
    ['fields.planned_production_date', date('planned_production_date')],
  ],
  'demolition-zones': [
    ['fields.code', text('code')],
    ['fields.township', text('township')],
    ['fields.area', area],
    ['fields.target_floor_area_m2', num('target_floor_area_m2', 'm2', 0)],
    ['fields.signed', (p) => formatProgress(p.signed_households, p.target_households, p.signed_pct, 'households')],
    ['fields.demolished', (p) => formatProgress(p.demolished_households, p.target_households, p.demolished_pct, 'households')],
    ['fields.cleared', (p) => [withUnit(p.cleared_area_m2, 'm2', 0), formatPercent(p.cleared_pct)].filter(Boolean).join(' · ')],
    ['fields.deadline', date('deadline')],
    ['fields.penalty_wan_per_month', num('penalty_wan_per_month', 'perMonth')],
    ['fields.leader', text('leader')],
    ['fields.responsible_unit', text('responsible_unit')],
    ['fields.latest_report_date', date('latest_report_date')],
  ],
};

function badge(textValue, color, extraClass = '') {
  return el('span', { className: `badge ${extraClass}`.trim(), style: `--badge-color: ${color}` }, textValue);
}

function header(collection, p) {
  switch (collection) {
    case 'parks':
      return { title: localName(p) || p.code, badges: [] };
    case 'parcels':
      return { title: p.code, badges: p.status ? [badge(enumLabel('status', p.status), STATUS_COLORS[p.status] || '#999')] : [] };
    case 'projects':
      return { title: p.name || p.code, badges: p.stage ? [badge(enumLabel('stage', p.stage), STAGE_COLORS[p.stage] || '#999')] : [] };
    default: {
      const cls = PROGRESS_CLASSES.find((c) => c.key === progressClass(p.demolished_pct));
      const badges = [badge(`${t('fields.demolished')} ${formatPercent(p.demolished_pct) || '—'}`, cls.color)];
      if (p.overdue === true) badges.push(badge(t('overdue'), OVERDUE_COLOR, 'badge-strong'));
      return { title: p.name || p.code, badges };
    }
  }
}

/** Popup element for one feature of a collection, in the current language. */
export function buildPopup(collection, feature) {
  const props = feature.properties || {};
  const { title, badges } = header(collection, props);
  const rows = (FIELDS[collection] || []).flatMap(([key, value]) => {
    const shown = value(props);
    return shown === '' || shown == null ? [] : [el('dt', {}, t(key)), el('dd', {}, shown)];
  });
  return el('div', {
    className: `popup popup-${collection}`,
    'data-testid': 'popup',
    dataset: { collection, featureId: String(feature.id ?? '') },
  },
  el('div', { className: 'popup-kicker' }, t(`layers.${collection}`)),
  el('h3', { className: 'popup-title' }, title == null || title === '' ? '—' : String(title)),
  badges.length ? el('div', { className: 'popup-badges' }, badges) : null,
  el('dl', { className: 'popup-fields' }, rows));
}
