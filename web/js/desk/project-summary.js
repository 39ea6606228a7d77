// The read-only headline summary of a project for staff who may not read its internals (officials of
// another township or of a park): name, stage on the desk's day, leader, responsible unit, township
// and park — the fields the map already shows every member of staff. Built from the map's feature
// properties, so the refused internals are never requested.
import { t, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { withAside } from '../format.js';

function facts(rows) {
  return el('dl', { className: 'facts', dataset: { testid: 'project-summary' } }, rows
    .filter(([, value]) => value !== '' && value != null)
    .flatMap(([label, value, key]) => [el('dt', {}, label), el('dd', { dataset: { key } }, value)]));
}

/**
 * Renders the summary into {@code container}.
 * @param props the project's map properties (code, name, stage on the day, leader, responsible_unit, township, park_code)
 * @param parkName the park's name, or null when unknown
 */
export function renderProjectSummary(container, props, { asOf, parkName, onClose }) {
  const close = el('button', { type: 'button', className: 'panel-close', 'aria-label': t('desk.close'), title: t('desk.close'), dataset: { testid: 'panel-close' } }, '×');
  close.addEventListener('click', onClose);
  const park = props.park_code ? (parkName ? withAside(parkName, props.park_code) : props.park_code) : null;
  container.replaceChildren(
    el('header', { className: 'panel-head' },
      el('div', {}, el('div', { className: 'kicker' }, `${t('desk.project.kicker')} · ${props.code}`), el('h2', {}, props.name ?? props.code)), close),
    facts([
      [t('desk.project.stageOn', { date: asOf }), enumLabel('stage', props.stage), 'stage'],
      [t('desk.project.leader'), props.leader, 'leader'],
      [t('desk.project.unit'), props.responsible_unit, 'unit'],
      [t('desk.project.township'), props.township, 'township'],
      [t('desk.project.park'), park, 'park'],
    ]),
    el('p', { className: 'form-hint', dataset: { testid: 'project-summary-note' } }, t('desk.project.otherTownship', { township: props.township ?? '' })),
  );
  container.dataset.stage = props.stage ?? '';
}
