// The field mapping: one row per source field with a select of the layer's portal fields, each
// shown with its Chinese label as the server sends it (from the default import mappings).
import { el } from '../html.js';
import { t, currentLang } from './texts.js';

/**
 * A portal field as the table names it: Chinese label then id ("地块编号 code"); in English mode the
 * id leads ("code · 地块编号"), since the portal has no English field names on the server yet.
 */
export function fieldText(field) {
  if (!field.label || field.label === field.name) return field.name;
  return currentLang() === 'en' ? `${field.name} · ${field.label}` : `${field.label} ${field.name}`;
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
  const names = preview.unmapped.map((f) => (f.required ? `${fieldText(f)}（${t('required')}）` : fieldText(f)));
  return t('unmapped', { fields: names.join(', ') });
}
