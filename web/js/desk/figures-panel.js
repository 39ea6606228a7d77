// Figure cards of a scope (city, a township or a park) as of a day, and the CSV export link.
import { createParkPicker } from '../park-picker.js';
import { localTitle } from '../names.js';
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatCount, formatNumber, formatPercent, withUnit } from '../format.js';

const of = (a, b) => t('desk.figures.of', { a: formatCount(a), b: formatCount(b) });

function gapLine(f) {
  const gap = f.investmentGapPts;
  if (gap == null) return { text: t('desk.figures.elapsed', { pct: formatPercent(f.elapsedPct) }), tone: '' };
  const n = formatNumber(Math.abs(gap), 1);
  const key = gap > 0 ? 'ahead' : gap < 0 ? 'behind' : 'even';
  return { text: `${t('desk.figures.elapsed', { pct: formatPercent(f.elapsedPct) })} · ${t(`desk.figures.${key}`, { n })}`, tone: key };
}

// A figure withheld from this viewer (small-cell rule): a word for the value, the reason for the detail.
const withheld = (f, field) => Boolean(f.suppressed && field in f.suppressed);

function cards(f) {
  const gap = gapLine(f);
  const hidden = [t('desk.figures.withheld'), t('desk.figures.withheldDetail')];
  return [
    ['start_rate_pct', t('desk.figures.startRate'), formatPercent(f.startRatePct), of(f.projectsStarted, f.projectsDueToStart)],
    withheld(f, 'investmentRatePct') ? ['investment_rate_pct', t('desk.figures.investmentRate'), ...hidden]
      : ['investment_rate_pct', t('desk.figures.investmentRate'), formatPercent(f.investmentRatePct), gap.text, gap.tone],
    ['production_rate_pct', t('desk.figures.productionRate'), formatPercent(f.productionRatePct), of(f.projectsInProduction, f.projectsDueInProduction)],
    ['intensity_wan_per_mu', t('desk.figures.intensity'), withUnit(f.intensityWanPerMu, 'wanPerMu', 1), ''],
    withheld(f, 'taxWanPerMu') ? ['tax_wan_per_mu', t('desk.figures.tax'), ...hidden]
      : ['tax_wan_per_mu', t('desk.figures.tax'), withUnit(f.taxWanPerMu, 'wanPerMu', 2),
        t('desk.figures.taxDetail', { wan: formatNumber(f.taxPaidWan, 1), mu: formatNumber(f.taxLandMu, 1) })],
    ['signed_pct', t('desk.figures.signed'), formatPercent(f.signedPct), of(f.signedHouseholds, f.targetHouseholds)],
    ['demolished_pct', t('desk.figures.demolished'), formatPercent(f.demolishedPct), of(f.demolishedHouseholds, f.targetHouseholds)],
    ['cleared_pct', t('desk.figures.cleared'), formatPercent(f.clearedPct), `${formatNumber(f.clearedAreaM2, 0)} / ${withUnit(f.targetAreaM2, 'm2', 0)}`],
    ['overdue_zones', t('desk.figures.overdue'), formatCount(f.overdueZones), of(f.overdueZones, f.zones)],
    ['penalty_wan', t('desk.figures.penalty'), withUnit(f.penaltyWan, 'wan', 1), ''],
  ].map(([key, label, value, detail, tone]) => el('div', { className: `figure-card${tone ? ` tone-${tone}` : ''}`, dataset: { testid: 'figure-card', key } },
    el('div', { className: 'figure-label' }, label),
    el('div', { className: 'figure-value', dataset: { testid: 'figure-value' } }, value || t('desk.figures.none')),
    detail ? el('div', { className: 'figure-detail' }, detail) : null));
}

export function createFiguresPanel(container, { onScope }) {
  const select = el('select', { dataset: { testid: 'scope-select' }, id: 'scope-select' });
  const label = el('label', { for: 'scope-select' });
  const csv = el('a', { className: 'secondary-button', dataset: { testid: 'figures-csv' }, download: '' });
  const grid = el('div', { className: 'figure-grid', dataset: { testid: 'figure-cards' } });
  // any other park: found by typing its name or code (park-picker.js), never a list of every park
  const parkPicker = createParkPicker({ id: 'scope-park', testid: 'scope-park', onPick: (park) => {
    if (!park) return;
    if (!options.parks.some((p) => p.code === park.code)) options.parks = [...options.parks, park];
    renderOptions(`park:${park.code}`);
    onScope(`park:${park.code}`);
  } });
  container.append(el('div', { className: 'figures-toolbar' }, label, select, parkPicker.element, csv), grid);
  select.addEventListener('change', () => onScope(select.value));
  let options = { townships: [], parks: [] };
  let last = null;

  function renderOptions(scope) {
    select.replaceChildren(
      el('option', { value: 'city' }, t('desk.figures.city')),
      el('optgroup', { label: t('desk.figures.townships') }, options.townships.map((name) => el('option', { value: `township:${name}` }, name))),
      el('optgroup', { label: t('desk.figures.parks') }, options.parks.map((p) => el('option', { value: `park:${p.code}` }, localTitle(p)))),
    );
    select.value = scope;
  }

  return {
    setOptions(townships, parks, scope) { options = { townships, parks }; renderOptions(scope); },
    show(figures, csvUrl) {
      last = { figures, csvUrl };
      label.textContent = t('desk.figures.scope');
      csv.textContent = t('desk.figures.csv');
      csv.href = csvUrl;
      container.dataset.scope = figures.scope;
      container.dataset.asOf = figures.asOf;
      grid.replaceChildren(...cards(figures));
    },
    relabel(scope) { renderOptions(scope); if (last) this.show(last.figures, last.csvUrl); },
  };
}
