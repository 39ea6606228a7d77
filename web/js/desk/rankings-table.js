// 龙虎榜: townships or parks ranked on one figure, week or month, with movement since the previous ranking.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatPercent, withUnit } from '../format.js';

export const RANKING_KEYS = ['start_rate_pct', 'investment_rate_pct', 'production_rate_pct', 'intensity_wan_per_mu', 'tax_wan_per_mu',
  'signed_pct', 'demolished_pct', 'cleared_pct'];
const PARK_KEYS = RANKING_KEYS.slice(0, 5);
const PER_MU = new Set(['intensity_wan_per_mu', 'tax_wan_per_mu']);

function movement(row) {
  if (row.previousRank == null) return el('span', { className: 'move move-new' }, t('desk.figures.new'));
  const n = row.previousRank - row.rank;
  if (n > 0) return el('span', { className: 'move move-up', title: t('desk.figures.up', { n }) }, `▲ ${n}`);
  if (n < 0) return el('span', { className: 'move move-down', title: t('desk.figures.down', { n: -n }) }, `▼ ${-n}`);
  return el('span', { className: 'move move-same', title: t('desk.figures.same') }, '–');
}

export function createRankings(container, { onChange, onOf }) {
  const figure = el('select', { id: 'ranking-figure', dataset: { testid: 'ranking-figure' } });
  const period = el('div', { className: 'segmented', role: 'group' });
  const of = el('div', { className: 'segmented', role: 'group' });
  const caption = el('p', { className: 'form-hint', dataset: { testid: 'ranking-compared' } });
  const body = el('tbody');
  const head = el('thead');
  const title = el('h3');
  const figureLabel = el('label', { for: 'ranking-figure' });
  container.append(title, el('div', { className: 'figures-toolbar' }, of, period), el('div', { className: 'figures-toolbar' }, figureLabel, figure), caption,
    el('div', { className: 'table-scroll' }, el('table', { className: 'data-table', dataset: { testid: 'rankings-table' } }, head, body)));
  let state = { key: RANKING_KEYS[0], period: 'week', of: 'townships', data: null };
  figure.addEventListener('change', () => { state.key = figure.value; render(); });

  function render() {
    title.textContent = t('desk.figures.rankings');
    figureLabel.textContent = t('desk.figures.figure');
    const keys = state.of === 'parks' ? PARK_KEYS : RANKING_KEYS;
    if (!keys.includes(state.key)) state.key = keys[0];
    figure.replaceChildren(...keys.map((key) => el('option', { value: key }, t(`desk.figures.keys.${key}`))));
    figure.value = state.key;
    of.replaceChildren(...['townships', 'parks'].map((o) => {
      const button = el('button', { type: 'button', 'aria-pressed': String(state.of === o), dataset: { testid: `ranking-${o}` } }, t(`desk.figures.${o}`));
      button.addEventListener('click', () => onOf(o));
      return button;
    }));
    period.replaceChildren(...['week', 'month'].map((p) => {
      const button = el('button', { type: 'button', 'aria-pressed': String(state.period === p), dataset: { testid: `ranking-${p}` } }, t(`desk.figures.${p}`));
      button.addEventListener('click', () => onChange(p));
      return button;
    }));
    head.replaceChildren(el('tr', {}, [t('desk.figures.rank'), t(state.of === 'parks' ? 'desk.figures.park' : 'desk.figures.township'), t('desk.figures.value'), t('desk.figures.move')]
      .map((h) => el('th', { scope: 'col' }, h))));
    const data = state.data;
    caption.textContent = data?.comparedWith ? t('desk.figures.comparedWith', { date: data.comparedWith }) : '';
    const rows = data?.rankings?.[state.key] ?? [];
    const show = (v) => (PER_MU.has(state.key) ? withUnit(v, 'wanPerMu', 1) : formatPercent(v));
    body.replaceChildren(...rows.map((row) => el('tr', { dataset: { testid: 'ranking-row', name: row.name, rank: String(row.rank), previousRank: String(row.previousRank ?? '') } },
      el('td', { className: 'num' }, String(row.rank)), el('td', {}, row.label ?? row.name),
      el('td', { className: 'num' }, show(row.value) || t('desk.figures.none')), el('td', {}, movement(row)))));
    container.dataset.period = state.period;
    container.dataset.of = state.of;
    container.dataset.key = state.key;
  }

  return {
    show(data, periodValue, ofValue) { state = { ...state, data, period: periodValue, of: ofValue || 'townships' }; render(); },
    relabel: render,
  };
}
