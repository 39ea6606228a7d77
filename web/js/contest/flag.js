// A red or yellow flag marker (红旗 / 黄旗) of the quarterly contest, for the results page and the desk rankings.
import './texts.js';
import { t } from '../i18n.js';
import { el } from '../html.js';

/** The marker of a flag ('red' or 'yellow'); null for no flag. */
export function flagMarker(flag) {
  if (flag !== 'red' && flag !== 'yellow') return null;
  return el('span', { className: `flag flag-${flag}`, dataset: { testid: 'contest-flag', flag } }, t(`contest.${flag}`));
}

/** The quarter holding an ISO day ('2026-08-15' → '2026Q3'). */
export function quarterOf(day) {
  const [year, month] = String(day).split('-').map(Number);
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}
