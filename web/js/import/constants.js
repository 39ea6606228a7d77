// Constant values: a portal field given one value for every record (e.g. every plot's park), sent
// with the choices as {constants: {field: value}} and checked by the server like a file's values.
import { el } from '../html.js';
import { t } from './texts.js';
import { fieldText } from './mapping-table.js';

/**
 * Fills the constants block: the field choice, the value, the list of constants set (each with a
 * remove button); onChange(constants) gets the new object when one is set or removed.
 */
export function renderConstants(block, preview, constants, onChange) {
  const select = block.querySelector('[data-testid=constant-field]');
  const value = block.querySelector('[data-testid=constant-value]');
  select.replaceChildren(...preview.portalFields.map((p) => el('option', { value: p.name }, fieldText(p))));
  const list = block.querySelector('[data-testid=constant-list]');
  list.replaceChildren(...Object.entries(constants).map(([name, text]) => {
    const remove = el('button', { type: 'button', dataset: { testid: 'constant-remove' } }, t('removeConstant'));
    remove.addEventListener('click', () => {
      const next = { ...constants };
      delete next[name];
      onChange(next);
    });
    const field = preview.portalFields.find((p) => p.name === name);
    return el('li', { dataset: { testid: 'constant', field: name } }, `${field ? fieldText(field) : name} = ${text} `, remove);
  }));
  const add = block.querySelector('[data-testid=constant-add]');
  add.onclick = () => {
    if (!value.value.trim()) return;
    const next = { ...constants, [select.value]: value.value.trim() };
    value.value = '';
    onChange(next);
  };
}
