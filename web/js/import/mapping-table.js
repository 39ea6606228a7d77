// The field mapping: one row per source field with a select of the layer's portal fields, each
// shown in Chinese with its label as the server sends it (from the default import mappings), in
// English with the page's English name of the field.
import { el } from '../html.js';
import { t, currentLang } from './texts.js';

/**
 * A portal field as the table names it: Chinese label then id ("地块编号 code"); in English the
 * English name then id ("Code · code"), the id alone for a field the page has no English name for.
 */
export function fieldText(field) {
  if (currentLang() === 'en') {
    const key = `fieldNames.${field.name}`;
    const name = t(key);
    return name === key ? field.name : `${name} · ${field.name}`;
  }
  if (!field.label || field.label === field.name) return field.name;
  return `${field.label} ${field.name}`;
}

/** Fills the table body; onChange(source, portal) is called when a select changes. */
export function renderMapping(table, preview, onChange) {
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const field of preview.fields) {
    const select = el('select', { dataset: { testid: 'mapping-select', source: field.source } },
      el('option', { value: '' }, t('ignore')),
      preview.portalFields.map((p) => el('option', { value: p.name, selected: p.name === field.portal },
        p.required ? `${fieldText(p)} *` : fieldText(p))));
    select.addEventListener('change', () => onChange(field.source, select.value));
    body.append(el('tr', { dataset: { ignored: String(!field.portal), source: field.source } },
      el('td', {}, field.source), el('td', {}, select), el('td', { className: 'sample', title: field.sample ?? '' }, field.sample ?? '')));
  }
}

/** "Portal fields left empty: …", required ones marked. */
export function unmappedText(preview) {
  if (!preview.unmapped.length) return '';
  const names = preview.unmapped.map((f) => (f.required ? fieldText(f) + t('requiredMark') : fieldText(f)));
  return t('unmapped', { fields: names.join(', ') });
}
