// The export's filter, built from rows of field · operator · value in the page's language: fields by
// their names (Chinese: the import's field names, the queryables' titles), code lists (status, land
// use, stage, level) as choices. The rows become the CQL2 text the API takes (features/cql2); the raw
// CQL2 stays editable under "advanced" — typing there replaces the rows. The industry category (a
// queryable holding a set of codes, JSON Schema type "array") offers the catalogue's categories by
// their names (/api/industries, as on the investor page) and becomes A_CONTAINS(industry_codes, ('code')).
import { t, enumLabel, currentLang } from '../i18n.js';
import { el } from '../html.js';
import { getJson } from '../api.js';

/** Which label table of i18n names a coded field's values. */
const DOMAINS = { status: 'status', land_use: 'landUse', stage: 'stage' };
const OPERATORS = {
  code: ['=', '<>', 'null'],
  number: ['=', '<>', '>', '>=', '<', '<=', 'null'],
  date: ['=', '>', '>=', '<', '<=', 'null'],
  text: ['=', '<>', 'like', 'null'],
  boolean: ['='],
  category: ['has', 'lacks'],
};

/** The kind of a queryable from its JSON Schema. */
function kindOf(schema) {
  if (schema.type === 'array') return 'category';
  if (schema.enum) return 'code';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.format === 'date') return 'date';
  return 'text';
}

function domainOf(layer, name) {
  if (name === 'level') return layer === 'projects' ? 'projectLevel' : 'parkLevel';
  return DOMAINS[name];
}

/** A field's name in the page's language: Chinese the queryable's title, English the portal's label. */
function fieldLabel(name, schema) {
  if (currentLang() === 'zh') return schema.title || name;
  for (const key of [`exportPage.fieldNames.${name}`, `fields.${name}`, `utilities.${name}`]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return name;
}

const TYPING_PAUSE_MS = 400;
const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** One row as CQL2, or '' while it is incomplete or its value does not fit its kind. */
export function rowCql(row, kind) {
  if (!row.field) return '';
  if (row.op === 'null') return `${row.field} IS NULL`;
  const value = String(row.value ?? '').trim();
  if (value === '') return '';
  switch (kind) {
    case 'category': return `${row.op === 'lacks' ? 'NOT ' : ''}A_CONTAINS(${row.field}, (${quote(value)}))`;
    case 'number': return Number.isFinite(Number(value)) ? `${row.field} ${row.op} ${Number(value)}` : '';
    case 'boolean': return `${row.field} = ${value === 'true' ? 'TRUE' : 'FALSE'}`;
    case 'date': return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${row.field} ${row.op} DATE(${quote(value)})` : '';
    default: return row.op === 'like' ? `${row.field} LIKE ${quote(`%${value}%`)}` : `${row.field} ${row.op} ${quote(value)}`;
  }
}

/**
 * createFilterBuilder({ onChange(cql2) }) → { node(), setQueryables(layer, schema), cql(), addRow(field, op, value) }.
 * node() renders the builder (rows, AND/OR, add, advanced raw CQL2).
 */
export function createFilterBuilder({ onChange }) {
  let layer = '';
  let fields = {}; // name → schema
  let rows = [];
  let join = 'AND';
  let raw = null; // the raw CQL2 when typed under "advanced"
  let root = el('div');
  let typing = 0;
  let categories = null; // code → { zh, en } once the catalogue has answered
  let loadingCategories = null;

  /** Fetches the catalogue once, then draws the rows again with the categories' names. */
  function loadCategories() {
    if (loadingCategories) return;
    loadingCategories = getJson('/api/industries').then((body) => {
      categories = Object.fromEntries((body.industries || []).map((c) => [c.code, c]));
    }, () => { categories = {}; }).then(() => render()); // unnamed, a category shows its code
  }
  function categoryLabel(code) {
    const c = categories && categories[code];
    if (!c) return code;
    return currentLang() === 'zh' ? c.zh || code : c.en || c.zh || code;
  }

  const kind = (row) => kindOf(fields[row.field] || {});
  function cql() {
    if (raw != null) return raw.trim();
    const parts = rows.map((row) => rowCql(row, kind(row))).filter(Boolean);
    return parts.length > 1 ? parts.map((p) => `(${p})`).join(` ${join} `) : (parts[0] || '');
  }
  function changed() {
    const text = root.querySelector('[data-testid="export-filter"]');
    if (text && raw == null) text.value = cql();
    onChange(cql());
  }

  function valueControl(row, i) {
    const k = kind(row);
    let control;
    if (k === 'category') {
      control = el('select', {}, el('option', { value: '' }, '—'), ((fields[row.field].items || {}).enum || []).map((code) =>
        el('option', { value: code, selected: code === row.value }, categoryLabel(code))));
    } else if (k === 'code') {
      const domain = domainOf(layer, row.field);
      control = el('select', {}, el('option', { value: '' }, '—'), fields[row.field].enum.map((code) => el('option',
        { value: code, selected: code === row.value }, domain ? enumLabel(domain, code) : code)));
    } else if (k === 'boolean') {
      control = el('select', {}, ['true', 'false'].map((v) => el('option', { value: v, selected: v === row.value },
        t(v === 'true' ? 'yes' : 'no'))));
      if (!row.value) row.value = 'true';
    } else {
      control = el('input', { type: k === 'date' ? 'date' : k === 'number' ? 'number' : 'text', value: row.value ?? '',
        step: k === 'number' ? 'any' : null, autocomplete: 'off' });
    }
    control.dataset.testid = `filter-value-${i}`;
    control.setAttribute('aria-label', t('exportPage.filterValue'));
    control.disabled = row.op === 'null';
    if (control.tagName === 'SELECT') {
      control.addEventListener('change', () => { row.value = control.value; changed(); });
    } else { // typed: counted once the typing pauses, not on every key
      control.addEventListener('input', () => {
        row.value = control.value;
        clearTimeout(typing);
        typing = setTimeout(() => { typing = 0; changed(); }, TYPING_PAUSE_MS);
      });
      control.addEventListener('change', () => {
        if (!typing) return; // already counted when the typing paused
        clearTimeout(typing);
        typing = 0;
        changed();
      });
    }
    return control;
  }

  function rowNode(row, i) {
    const field = el('select', { 'data-testid': `filter-field-${i}`, 'aria-label': t('exportPage.filterField') },
      Object.entries(fields).map(([name, schema]) => el('option', { value: name, selected: name === row.field },
        fieldLabel(name, schema))));
    field.addEventListener('change', () => { row.field = field.value; row.op = OPERATORS[kind(row)][0]; row.value = ''; render(); changed(); });
    const opLabel = (o) => t(kind(row) === 'category' ? `exportPage.categoryOperators.${o}` : `exportPage.operators.${o}`);
    const op = el('select', { 'data-testid': `filter-op-${i}`, 'aria-label': t('exportPage.filterOperator') },
      OPERATORS[kind(row)].map((o) => el('option', { value: o, selected: o === row.op }, opLabel(o))));
    op.addEventListener('change', () => { row.op = op.value; render(); changed(); });
    const remove = el('button', { type: 'button', className: 'filter-remove', 'data-testid': `filter-remove-${i}`,
      'aria-label': t('exportPage.filterRemove'), title: t('exportPage.filterRemove') }, '×');
    remove.addEventListener('click', () => { rows.splice(i, 1); render(); changed(); });
    return el('div', { className: 'filter-row', 'data-testid': `filter-row-${i}` }, field, op, valueControl(row, i), remove);
  }

  function render() {
    const joinSelect = el('select', { 'data-testid': 'filter-join', 'aria-label': t('exportPage.filterJoin') },
      ['AND', 'OR'].map((j) => el('option', { value: j, selected: j === join }, t(`exportPage.joins.${j}`))));
    joinSelect.addEventListener('change', () => { join = joinSelect.value; changed(); });
    const add = el('button', { type: 'button', className: 'export-button', 'data-testid': 'filter-add' }, t('exportPage.filterAdd'));
    add.addEventListener('click', () => { api.addRow(); });
    const text = el('input', { type: 'text', value: cql(), 'data-testid': 'export-filter', placeholder: t('exportPage.filterHint'),
      autocomplete: 'off', spellcheck: 'false', 'aria-label': t('exportPage.filterRaw') });
    text.addEventListener('change', () => {
      raw = text.value;
      rows = [];
      render();
      onChange(cql());
    });
    const advanced = el('details', { className: 'filter-advanced', open: raw != null },
      el('summary', { 'data-testid': 'filter-advanced' }, t('exportPage.filterRaw')), text,
      el('small', { className: 'export-hint' }, t('exportPage.filterRawHint')));
    const next = el('fieldset', { className: 'export-filter', 'data-testid': 'filter-builder' },
      el('legend', {}, t('exportPage.filter')),
      rows.length > 1 ? el('label', { className: 'filter-join' }, t('exportPage.filterJoin'), joinSelect) : null,
      rows.map(rowNode), rows.length === 0 && raw == null ? el('small', { className: 'export-hint' }, t('exportPage.filterNone')) : null,
      add, advanced);
    root.replaceWith(next);
    root = next;
  }

  const api = {
    node() { render(); return root; },
    cql,
    /** The layer's queryables (JSON Schema); rows naming fields it lacks are dropped. */
    setQueryables(layerId, schema) {
      const before = cql();
      layer = layerId;
      fields = Object.fromEntries(Object.entries(schema.properties || {}).filter(([name]) => name !== 'geometry'));
      rows = rows.filter((row) => fields[row.field]);
      if (Object.values(fields).some((f) => kindOf(f) === 'category')) loadCategories();
      render();
      if (cql() !== before) onChange(cql()); // rows of fields the layer lacks were dropped: count again
    },
    /** Adds a row (the first field by default), as the "add" button does. */
    addRow(field = Object.keys(fields)[0], op, value = '') {
      if (!field) return;
      raw = null;
      const row = { field, op: '', value };
      row.op = op || OPERATORS[kind(row)][0];
      rows.push(row);
      render();
      changed();
    },
  };
  return api;
}
