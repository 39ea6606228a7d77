// Site matching: the investor's needs → POST /api/investor/match → ranked parcels with score,
// "why it fits" and "what it misses" (texts from the API in the current language). Each result is
// numbered (match-rank) as its marker on the map is (parcel-map.js showMatches).
import { t, currentLang } from '../i18n.js';
import { formatCount, formatNumber } from '../format.js';
import { el } from '../html.js';
import { applyTexts, textEl } from '../i18n-dom.js';
import { postMatch } from './investor-api.js';
import { track } from '../pending.js';
import { LAND_USE_ORDER, landUseSwatch, shortLandUse } from './land-use.js';
import { muText, priceText, SERVICING_NAMES, text } from './parcel-facts.js';
import { localName } from '../names.js';
import { createParkPicker } from '../park-picker.js';
import { createKindSelect } from './context-kinds.js';

function numberField(name, key) {
  return el('label', { className: 'field' }, textEl('span', key),
    el('input', { type: 'number', name, min: 0, step: 'any', inputmode: 'decimal', 'data-testid': `match-${name.replace(/_/g, '-')}` }));
}

function chip(name, value, testId, ...label) {
  return el('label', { className: 'chip' }, el('input', { type: 'checkbox', name, value, 'data-testid': testId }), ...label);
}

/** The middle of the area range asked for (亩), as MatchSql's tie-break measures from it; null when none. */
function areaMiddle({ min_mu: min, max_mu: max }) {
  if (min == null && max == null) return null;
  return ((min ?? 0) + (max ?? min ?? 0)) / 2;
}

function toNumber(value) {
  const n = value == null || String(value).trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * callbacks: onSelect(code), onToggleCompare(code), isCompared(code), onResults(results|null, request)
 * (after every run: the results, or null when the match failed).
 */
export function createMatchPanel(container, { onSelect, onToggleCompare, isCompared, onResults = () => {} }) {
  // the park: searched as the viewer types (park-picker.js), never a list of every park; its code in a hidden field
  const park = el('input', { type: 'hidden', name: 'park', value: '' });
  const parkPicker = createParkPicker({ id: 'match-park', testid: 'match-park', placeholder: 'inv.match.anyPark',
    onPick: (picked) => { park.value = picked?.code ?? ''; } });
  const submit = el('button', { type: 'submit', className: 'primary-button', 'data-testid': 'match-submit' }, t('inv.match.submit'));
  // the industry catalogue's names in the viewer's language as suggestions; any words are accepted
  const industryChoices = el('datalist', { id: 'match-industry-choices' });
  let industries = [];
  function renderIndustries() {
    industryChoices.replaceChildren(...industries.map((c) => el('option', { value: currentLang() === 'en' ? c.en : c.zh })));
  }
  // near_km: within N km of the nearest location-context point of one kind (kinds from the API)
  const kind = createKindSelect({ name: 'near_kind', 'data-testid': 'match-near-kind' });
  const nearKind = kind.select;
  const nearKm = el('input', { type: 'number', name: 'near_km', min: 0, max: 50, step: 'any', inputmode: 'decimal', 'data-testid': 'match-near-km' });
  const form = el('form', { className: 'match-form', 'data-testid': 'match-form' },
    textEl('p', 'inv.match.intro', { className: 'muted' }),
    el('div', { className: 'field' }, textEl('span', 'inv.match.area'),
      el('span', { className: 'range' },
        el('input', { type: 'number', name: 'min_mu', min: 0, step: 'any', 'data-testid': 'match-min-mu', dataset: { i18nPlaceholder: 'inv.filters.min' } }), '–',
        el('input', { type: 'number', name: 'max_mu', min: 0, step: 'any', 'data-testid': 'match-max-mu', dataset: { i18nPlaceholder: 'inv.filters.max' } }))),
    el('fieldset', { className: 'chips chips-3', 'data-testid': 'match-land-use' }, textEl('legend', 'inv.match.landUse'),
      LAND_USE_ORDER.map((code) => chip('land_use', code, `match-land-use-${code}`, landUseSwatch(code), el('b', {}, code),
        textEl('span', `enums.landUseShort.${code}`)))),
    numberField('min_height_m', 'inv.match.minHeight'),
    el('fieldset', { className: 'chips chips-4', 'data-testid': 'match-needs' }, textEl('legend', 'inv.match.needs'),
      SERVICING_NAMES.map((name) => chip('needs', name, `match-need-${name}`, textEl('span', `inv.servicing.${name}`)))),
    numberField('max_total_price_wan', 'inv.match.budget'),
    el('label', { className: 'field' }, textEl('span', 'inv.match.industry'),
      el('input', { type: 'search', name: 'industry', maxlength: 50, 'data-testid': 'match-industry', list: 'match-industry-choices' }),
      industryChoices),
    el('div', { className: 'field', 'data-testid': 'match-near' }, textEl('span', 'inv.context.filter'),
      el('span', { className: 'range' }, nearKind, nearKm)),
    el('label', { className: 'field' }, textEl('span', 'inv.match.park'), parkPicker.element, park),
    submit);
  const summary = el('p', { className: 'match-summary', 'data-testid': 'match-summary', role: 'status' });
  const list = el('ol', { className: 'match-results', 'data-testid': 'match-results' });
  container.replaceChildren(form, summary, list);

  let results = null;
  let asked = {}; // the request the results answer
  let state = { running: false, error: null };
  let selected = null;

  function body() {
    const data = new FormData(form);
    const request = { limit: 20 };
    for (const name of ['min_mu', 'max_mu', 'min_height_m', 'max_total_price_wan']) {
      const n = toNumber(data.get(name));
      if (n !== undefined) request[name] = n;
    }
    const uses = data.getAll('land_use').map(String);
    const needs = data.getAll('needs').map(String);
    if (uses.length) request.land_use = uses;
    if (needs.length) request.needs = needs;
    const industry = String(data.get('industry') || '').trim();
    if (industry) request.industry = industry;
    if (data.get('park')) request.park = String(data.get('park'));
    const km = toNumber(data.get('near_km'));
    if (data.get('near_kind') && km !== undefined) request.near_km = { [String(data.get('near_kind'))]: km };
    return request;
  }

  function reasons(items, cls, sign) {
    return el('ul', { className: `reasons reasons-${cls}`, 'data-testid': `match-${cls}` },
      (items || []).map((item) => el('li', { dataset: { criterion: text(item.criterion) } },
        el('span', { className: 'reason-mark', 'aria-hidden': 'true' }, sign),
        text(currentLang() === 'en' ? item.en : item.zh) || text(item.zh || item.en))));
  }

  function result(r, index) {
    const code = String(r.code);
    const p = r.feature?.properties || {};
    const score = Math.max(0, Math.min(100, Number(r.score) || 0));
    const show = el('button', { type: 'button', className: 'link-button', 'data-testid': 'match-result-select' }, t('inv.match.select'));
    const compare = el('button', { type: 'button', className: 'row-compare', 'data-testid': 'match-result-compare', 'aria-pressed': String(isCompared(code)) },
      isCompared(code) ? `✓ ${t('inv.list.inCompare')}` : `+ ${t('inv.list.addCompare')}`);
    show.addEventListener('click', () => onSelect(code));
    compare.addEventListener('click', () => onToggleCompare(code));
    const item = el('li', { className: `match-result${code === selected ? ' is-selected' : ''}`, 'data-testid': 'match-result', dataset: { code, score: String(score) } },
      el('div', { className: 'match-head' },
        el('span', { className: 'match-rank', 'data-testid': 'match-rank' }, `${index + 1}`),
        landUseSwatch(p.land_use), el('b', { className: 'match-code' }, code),
        el('span', { className: 'score', 'data-testid': 'match-score', title: t('inv.match.score') },
          el('span', { className: 'score-bar', style: `--score: ${score}%` }), t('inv.match.scoreValue', { n: formatCount(score) }))),
      el('div', { className: 'row-figures' }, [localName(p, 'park_name'), shortLandUse(p.land_use), muText(p.area_mu, 1), priceText(p)].filter(Boolean).join(' · ')),
      p.industry ? el('div', { className: 'row-industry' }, localName(p, 'industry')) : null,
      tie(r, score),
      reasons(r.fits, 'fits', '✓'),
      reasons(r.misses, 'misses', '✗'),
      el('div', { className: 'match-actions' }, show, compare));
    return item;
  }

  const tied = (score) => (results || []).filter((r) => Math.round(Number(r.score)) === score).length > 1;

  /** A tied row's tie-break value: how far its area lies from the middle asked for (the server's order). */
  function tie(r, score) {
    const middle = areaMiddle(asked);
    const mu = Number(r.feature?.properties?.area_mu);
    if (middle == null || !tied(score) || !Number.isFinite(mu)) return null;
    return el('div', { className: 'match-tie', 'data-testid': 'match-tie' }, t('inv.match.tieRow', { d: formatNumber(Math.abs(mu - middle), 1) }));
  }

  function tieNote() {
    const scores = (results || []).map((r) => Math.round(Number(r.score)));
    if (new Set(scores).size === scores.length) return '';
    const middle = areaMiddle(asked);
    return middle == null ? t('inv.match.tieByCode') : t('inv.match.tieByArea', { mid: formatNumber(middle, 1) });
  }

  function render() {
    submit.disabled = state.running;
    summary.textContent = state.running ? t('inv.match.running')
      : state.error ? t('inv.match.failed', { reason: state.error })
        : results == null ? '' : results.length ? t('inv.match.count', { n: formatCount(results.length) }) : t('inv.match.empty');
    if (!state.running && !state.error && results?.length && tieNote()) {
      summary.append(el('span', { className: 'match-tie', 'data-testid': 'match-tie-note' }, ` ${tieNote()}`));
    }
    summary.hidden = summary.textContent === '';
    summary.classList.toggle('is-error', Boolean(state.error));
    list.replaceChildren(...(results || []).map(result));
  }

  function renderParks(value = park.value) {
    park.value = value || '';
    if (parkPicker.value() !== park.value) parkPicker.set(park.value);
  }

  async function run(request = body()) {
    state = { running: true, error: null };
    render();
    try {
      results = await track(postMatch(request));
      asked = request;
      state = { running: false, error: null };
    } catch (error) {
      results = null;
      state = { running: false, error: error.message };
    }
    render();
    onResults(results, request);
    return results;
  }

  /** Fills the form with a match body (as the URL holds it); the park's name is asked for by its code. */
  function setBody(request) {
    form.reset();
    renderParks('');
    for (const [name, value] of Object.entries(request || {})) {
      if (name === 'near_km' && value && typeof value === 'object') {
        const [asked, km] = Object.entries(value)[0] || ['', ''];
        kind.set(asked);
        nearKm.value = String(km ?? '');
        continue;
      }
      const field = form.elements.namedItem(name);
      if (!field) continue;
      if (Array.isArray(value)) {
        form.querySelectorAll(`input[name="${name}"]`).forEach((box) => { box.checked = value.includes(box.value); });
      } else if (name === 'park') {
        renderParks(String(value));
      } else if (field instanceof HTMLInputElement) {
        field.value = String(value);
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });

  return {
    run,
    setBody,
    /** The body the form asks for now. */
    body: () => body(),
    results: () => results,
    /** Brings the summary and first results into view (on a phone they sit below the form). */
    revealResults() {
      summary.scrollIntoView({ block: 'start' });
    },
    /** The industry categories [{code, zh, en}] suggested for the industry field. */
    setIndustries(list) {
      industries = list;
      renderIndustries();
    },
    setSelected(code) {
      selected = code;
      for (const item of list.children) item.classList.toggle('is-selected', item.dataset.code === code);
    },
    refresh() {
      applyTexts(container);
      form.querySelectorAll('.range input').forEach((input) => input.setAttribute('aria-label', `${t('inv.match.area')} ${input.placeholder}`));
      submit.textContent = t('inv.match.submit');
      renderParks();
      renderIndustries();
      kind.refresh();
      render();
    },
  };
}
