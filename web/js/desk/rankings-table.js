// 龙虎榜: townships or parks ranked on one figure, with the counts behind each value (开工率 3/3), its
// change since last week and since last month side by side, its movement in rank since the chosen
// period (week or month), and the viewer's own township or park marked.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatNumber, formatPercent, withUnit } from '../format.js';
import { flagMarker } from '../contest/flag.js';

export const RANKING_KEYS = ['start_rate_pct', 'investment_rate_pct', 'production_rate_pct', 'intensity_wan_per_mu', 'tax_wan_per_mu',
  'signed_pct', 'demolished_pct', 'cleared_pct'];
const PARK_KEYS = RANKING_KEYS.slice(0, 5);
const PER_MU = new Set(['intensity_wan_per_mu', 'tax_wan_per_mu']);
// How the counts behind a value read: "3 / 3", "350 / 1,500 万元", "90 万元 / 30 亩", "12,000 / 15,000 ㎡".
const PARTS = {
  investment_rate_pct: (a, b) => `${formatNumber(a, 1)} / ${withUnit(b, 'wan', 1)}`,
  tax_wan_per_mu: (a, b) => `${withUnit(a, 'wan', 1)} / ${withUnit(b, 'mu', 1)}`,
  cleared_pct: (a, b) => `${formatNumber(a, 0)} / ${withUnit(b, 'm2', 0)}`,
};
const countsOf = (key, row) => (row.part == null || row.whole == null ? ''
  : (PARTS[key] ?? ((a, b) => `${formatNumber(a, 0)} / ${formatNumber(b, 0)}`))(row.part, row.whole));

/** The change of a row's value since {@code before} (its value a week or a month earlier). */
function change(key, row, before) {
  if (row.value == null || before == null) return t('desk.figures.none');
  const d = Math.round((row.value - before) * 10) / 10;
  const text = `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatNumber(Math.abs(d), 1)}`;
  return PER_MU.has(key) ? text : t('desk.ranks.points', { n: text });
}

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
  let own = { townships: null, parks: null };
  let flags = { of: null, byName: new Map() }; // the quarterly contest's red and yellow flags
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
    head.replaceChildren(el('tr', {}, [t('desk.figures.rank'), t(state.of === 'parks' ? 'desk.figures.park' : 'desk.figures.township'), t('desk.figures.value'),
      t('desk.ranks.counts'), t('desk.ranks.change.week'), t('desk.ranks.change.month'), t('desk.figures.move')]
      .map((h) => el('th', { scope: 'col' }, h))));
    const data = state.data;
    caption.textContent = data?.comparedWith ? t('desk.figures.comparedWith', { date: data.comparedWith }) : '';
    const rows = data?.rankings?.[state.key] ?? [];
    const show = (v) => (PER_MU.has(state.key) ? withUnit(v, 'wanPerMu', 1) : formatPercent(v));
    body.replaceChildren(...rows.map((row) => {
      const mine = own[state.of] != null && own[state.of] === row.name;
      return el('tr', { className: mine ? 'own-row' : null, 'aria-current': mine ? 'true' : null,
        dataset: { testid: 'ranking-row', name: row.name, rank: String(row.rank), previousRank: String(row.previousRank ?? ''), own: String(mine) } },
      el('td', { className: 'num' }, String(row.rank)),
      el('td', {}, row.label ?? row.name, flags.of === state.of ? flagMarker(flags.byName.get(row.name)) : null, mine ? el('span', { className: 'tag tag-own' }, t('desk.ranks.own')) : null),
      el('td', { className: 'num' }, show(row.value) || t('desk.figures.none')),
      el('td', { className: 'num', dataset: { testid: 'ranking-counts' } }, countsOf(state.key, row)),
      el('td', { className: 'num', dataset: { testid: 'ranking-change' } }, change(state.key, row, row.weekValue !== undefined ? row.weekValue : row.previousValue)),
      el('td', { className: 'num', dataset: { testid: 'ranking-change-month' } }, change(state.key, row, row.monthValue)),
      el('td', {}, movement(row)));
    }));
    container.dataset.period = state.period;
    container.dataset.of = state.of;
    container.dataset.key = state.key;
  }

  return {
    show(data, periodValue, ofValue) { state = { ...state, data, period: periodValue, of: ofValue || 'townships' }; render(); },
    relabel: render,
    /** Marks the viewer's own township or park (from /api/me) in the tables. */
    setViewer(me) { own = { townships: me?.scopeTownship ?? null, parks: me?.scopePark ?? null }; render(); },
    /** Shows the contest's flags ({of, places: [{name, flag}]} of /api/desk/contest; null: none) beside the names. */
    setFlags(contest) { flags = { of: contest?.of ?? null, byName: new Map((contest?.places ?? []).map((p) => [p.name, p.flag])) }; render(); },
  };
}
