// The filter panel: park, supply status, land uses, area range (亩), highest price, servicing, industry category
// (the catalogue of /api/industries, named in the viewer's language) and industry keyword.
import { t, currentLang } from '../i18n.js';
import { el } from '../html.js';
import { createKindSelect } from './context-kinds.js';
import { applyTexts, textEl } from '../i18n-dom.js';
import { LAND_USE_ORDER, landUseSwatch } from './land-use.js';
import { SERVICING_NAMES } from './parcel-facts.js';
import { SUPPLY_STATUSES } from './url-state.js';
import { createParkPicker } from '../park-picker.js';

const TYPING_DELAY_MS = 400;

function numberInput(name, placeholderKey) {
  return el('input', {
    type: 'number', name, min: 0, step: 'any', inputmode: 'decimal', 'data-testid': `filter-${name.replace('_', '-')}`,
    placeholder: t(placeholderKey), 'aria-label': `${t('inv.filters.area')} ${t(placeholderKey)}`,
    dataset: { i18nPlaceholder: placeholderKey },
  });
}

function checkbox(name, value, testId, ...label) {
  return el('label', { className: 'chip' },
    el('input', { type: 'checkbox', name, value, 'data-testid': testId }), ...label);
}

function toNumber(value) {
  if (value == null || String(value).trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function activeFilterCount(f) {
  return [f.park, f.land_use.length, f.min_mu != null || f.max_mu != null, f.max_price != null, f.servicing.length, f.status?.length, f.industry, f.keyword, Boolean(f.near_kind && f.near_km != null)]
    .filter(Boolean).length;
}

/** onChange(filters) fires after the user changes a control (typing is debounced). */
export function createFilterPanel(container, { onChange }) {
  // the park: searched as the viewer types (park-picker.js), never a list of every park; its code in a hidden field
  const park = el('input', { type: 'hidden', name: 'park', value: '' });
  const parkPicker = createParkPicker({ id: 'filter-park', testid: 'filter-park', placeholder: 'inv.filters.allParks',
    onPick: (picked) => { park.value = picked?.code ?? ''; emit(); } });
  const industry = el('select', { name: 'industry', 'data-testid': 'filter-industry' });
  const count = el('span', { className: 'filter-count', 'data-testid': 'filter-count' });
  const kind = createKindSelect({ name: 'near_kind', 'data-testid': 'filter-near-kind' });
  const nearKind = kind.select;
  const nearKm = el('input', { type: 'number', name: 'near_km', min: 0, max: 50, step: 'any', inputmode: 'decimal', 'data-testid': 'filter-near-km' });
  const form = el('form', { className: 'filter-form', 'data-testid': 'filter-form' },
    el('label', { className: 'field' }, textEl('span', 'inv.filters.park'), parkPicker.element, park),
    el('fieldset', { className: 'chips chips-3', 'data-testid': 'filter-status' },
      textEl('legend', 'inv.filters.status'),
      SUPPLY_STATUSES.map((code) => checkbox('status', code, `filter-status-${code}`, textEl('span', `enums.status.${code}`)))),
    el('fieldset', { className: 'chips chips-3', 'data-testid': 'filter-land-use' },
      textEl('legend', 'inv.filters.landUse'),
      LAND_USE_ORDER.map((code) => checkbox('land_use', code, `filter-land-use-${code}`,
        landUseSwatch(code), el('b', {}, code), textEl('span', `enums.landUseShort.${code}`)))),
    el('div', { className: 'field' },
      textEl('span', 'inv.filters.area', { id: 'filter-area-label' }),
      el('span', { className: 'range' }, numberInput('min_mu', 'inv.filters.min'), '–', numberInput('max_mu', 'inv.filters.max'))),
    el('label', { className: 'field' }, textEl('span', 'inv.filters.maxPrice'),
      el('input', { type: 'number', name: 'max_price', min: 0, step: 'any', inputmode: 'decimal', 'data-testid': 'filter-max-price' })),
    el('fieldset', { className: 'chips chips-4', 'data-testid': 'filter-servicing' },
      textEl('legend', 'inv.filters.servicing'),
      SERVICING_NAMES.map((name) => checkbox('servicing', name, `filter-servicing-${name}`, textEl('span', `inv.servicing.${name}`)))),
    el('label', { className: 'field' }, textEl('span', 'inv.filters.industry'), industry),
    el('label', { className: 'field' }, textEl('span', 'inv.filters.keyword'),
      el('input', { type: 'search', name: 'keyword', maxlength: 50, 'data-testid': 'filter-keyword',
        placeholder: t('inv.filters.industryPlaceholder'), dataset: { i18nPlaceholder: 'inv.filters.industryPlaceholder' } })),
    el('div', { className: 'field', 'data-testid': 'filter-near' }, textEl('span', 'inv.context.filter'),
      el('span', { className: 'range' }, nearKind, nearKm)),
    el('button', { type: 'reset', className: 'secondary-button', 'data-testid': 'filter-reset' }, textEl('span', 'inv.filters.reset')));
  const details = el('details', { className: 'filters', 'data-testid': 'filter-panel' },
    el('summary', {}, textEl('span', 'inv.filters.title'), count), form);
  container.replaceChildren(details);

  let industries = [];

  let timer = null;

  function read() {
    const data = new FormData(form);
    return {
      park: String(data.get('park') || ''),
      land_use: data.getAll('land_use').map(String),
      min_mu: toNumber(data.get('min_mu')),
      max_mu: toNumber(data.get('max_mu')),
      max_price: toNumber(data.get('max_price')),
      servicing: data.getAll('servicing').map(String),
      status: data.getAll('status').map(String),
      industry: String(data.get('industry') || ''),
      keyword: String(data.get('keyword') || '').trim(),
      near_kind: String(data.get('near_kind') || ''),
      near_km: toNumber(data.get('near_km')),
    };
  }

  function showCount(filters) {
    const n = activeFilterCount(filters);
    count.textContent = n ? t('inv.filters.active', { n }) : '';
  }

  function emit() {
    clearTimeout(timer);
    const filters = read();
    showCount(filters);
    onChange(filters);
  }

  function renderParks(value = park.value) {
    park.value = value || '';
    if (parkPicker.value() !== park.value) parkPicker.set(park.value);
  }

  function renderIndustries(value = industry.value) {
    const known = industries.some((c) => c.code === value);
    industry.replaceChildren(el('option', { value: '' }, t('inv.filters.allIndustries')),
      ...industries.map((c) => el('option', { value: c.code }, String((currentLang() === 'en' ? c.en : c.zh) || c.code))),
      value && !known ? el('option', { value }, value) : null);
    industry.value = value;
  }

  form.addEventListener('change', (event) => { if (event.target.type !== 'search') emit(); });
  form.addEventListener('input', (event) => {
    if (event.target.type !== 'number' && event.target.type !== 'search') return;
    clearTimeout(timer);
    timer = setTimeout(emit, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => { event.preventDefault(); emit(); });
  form.addEventListener('reset', () => { renderParks(''); setTimeout(emit, 0); });

  return {
    element: details,
    /** The industry categories [{code, zh, en}] the filter offers. */
    setIndustries(list) {
      industries = list;
      renderIndustries();
    },
    /** Shows filters without firing onChange (restoring from the URL). */
    setFilters(filters) {
      renderParks(filters.park);
      form.querySelectorAll('input[type=checkbox]').forEach((box) => {
        box.checked = (filters[box.name] || []).includes(box.value);
      });
      for (const name of ['min_mu', 'max_mu', 'max_price']) form.elements[name].value = filters[name] ?? '';
      renderIndustries(filters.industry ?? '');
      form.elements.keyword.value = filters.keyword ?? '';
      kind.set(filters.near_kind ?? '');
      nearKm.value = filters.near_km ?? '';
      showCount(filters);
    },
    setOpen(open) {
      details.open = open;
    },
    refresh() {
      applyTexts(details);
      form.querySelectorAll('.range input').forEach((input) => input.setAttribute('aria-label', `${t('inv.filters.area')} ${input.placeholder}`));
      renderParks();
      renderIndustries();
      kind.refresh();
      showCount(read());
    },
  };
}
