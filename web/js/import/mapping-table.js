// The field mapping: one row per source field with a select of the layer's portal fields.
import { el } from '../html.js';
import { t } from './texts.js';

/** Fills the table body; onChange(source, portal) is called when a select changes. */
export function renderMapping(table, preview, onChange) {
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const field of preview.fields) {
    const select = el('select', { dataset: { testid: 'mapping-select', source: field.source } },
      el('option', { value: '' }, t('ignore')),
      preview.portalFields.map((p) => el('option', { value: p.name, selected: p.name === field.portal },
        p.required ? `${p.name} *` : p.name)));
    select.addEventListener('change', () => onChange(field.source, select.value));
    body.append(el('tr', { dataset: { ignored: String(!field.portal), source: field.source } },
      el('td', {}, field.source), el('td', {}, select), el('td', { className: 'sample', title: field.sample ?? '' }, field.sample ?? '')));
  }
}

/** "Portal fields left empty: …", required ones marked. */
export function unmappedText(preview) {
  if (!preview.unmapped.length) return '';
  const names = preview.unmapped.map((f) => (f.required ? `${f.name}（${t('required')}）` : f.name));
  return t('unmapped', { fields: names.join(', ') });
}
