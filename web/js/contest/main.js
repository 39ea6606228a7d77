// Entry module of contest.html, the public results page of the quarterly contest (季度考评结果公示):
// a published quarter's places, scores and flags of townships or parks, and the rule they were scored by.
// Only published quarters are served (/api/public/contest); nothing here needs signing in.
import './texts.js';
import { fetchMe, getJson } from '../api.js';
import { t, setLang, currentLang, initialLang } from '../i18n.js';
import { applyTexts } from '../i18n-dom.js';
import { el } from '../html.js';
import { formatNumber } from '../format.js';
import { flagMarker } from './flag.js';
import { createAdminPanel } from './admin-panel.js';
import { loadParksNamed, parkName } from '../names.js';

const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
const params = new URLSearchParams(window.location.search);
const state = { quarter: params.get('quarter'), of: params.get('of') === 'parks' ? 'parks' : 'townships', data: null };

function heading(data) {
  const [year, n] = data.quarter.split('Q');
  return t('contest.heading', { year, n, of: t(`contest.${data.of}`) });
}

function render() {
  document.title = t('contest.title');
  document.documentElement.lang = currentLang() === 'en' ? 'en' : 'zh-CN';
  applyTexts();
  $('lang-switch').textContent = t('switchTo');
  $('lang-switch').setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
  const data = state.data;
  $('contest-of').value = state.of;
  if (!data) return;
  $('contest-quarter').replaceChildren(...data.quarters.map((q) => el('option', { value: q }, q)));
  $('contest-none').hidden = data.quarter != null;
  $('contest-body').hidden = data.quarter == null;
  if (data.quarter == null) return;
  $('contest-quarter').value = data.quarter;
  $('contest-heading').textContent = heading(data);
  $('contest-note').textContent = t('contest.note', { asOf: data.asOf, publishedAt: String(data.publishedAt ?? '').slice(0, 10),
    red: data.red, yellow: data.yellow });
  $('contest-name-head').textContent = t(data.of === 'parks' ? 'contest.park' : 'contest.township');
  $('contest-table').querySelector('tbody').replaceChildren(...data.places.map((p) => el('tr', {
    dataset: { testid: 'contest-row', name: p.name, rank: String(p.rank ?? ''), flag: p.flag ?? '' } },
  el('td', {}, p.rank == null ? '—' : String(p.rank)),
  el('td', {}, parkName(p.name)),
  el('td', { className: 'num' }, p.score == null ? t('contest.unranked') : formatNumber(p.score, 2, 2)),
  el('td', {}, flagMarker(p.flag)))));
  $('contest-weights').replaceChildren(...Object.entries(data.weights).filter(([, w]) => w > 0)
    .map(([figure, weight]) => el('li', {}, t('contest.weight', { figure: t(`contest.figures.${figure}`), weight }))));
}

/** Loads the chosen quarter; a refused one (not published, malformed) is explained and the latest shown instead. */
async function load() {
  const query = new URLSearchParams({ of: state.of });
  if (state.quarter) query.set('quarter', state.quarter);
  $('contest-error').hidden = true;
  try {
    state.data = await getJson(`/api/public/contest?${query}`);
    await loadParksNamed(state.data.places.map((p) => p.name));
  } catch (error) {
    $('contest-error').textContent = error.message;
    $('contest-error').hidden = false;
    state.data = state.quarter ? await getJson(`/api/public/contest?of=${state.of}`).catch(() => null) : null;
  }
  state.quarter = state.data?.quarter ?? null;
  const url = new URLSearchParams({ of: state.of, lang: currentLang() });
  if (state.quarter) url.set('quarter', state.quarter);
  window.history.replaceState(null, '', `?${url}`);
  render();
  document.body.dataset.ready = 'true';
}

setLang(initialLang(params), { persist: false });
$('contest-quarter').addEventListener('change', (e) => { state.quarter = e.target.value; load(); });
$('contest-of').addEventListener('change', (e) => { state.of = e.target.value; load(); });
let me = null;
const adminPanel = () => (me?.role === 'admin' ? createAdminPanel($('contest-admin'), me.today,
  (quarter) => { state.quarter = quarter; load(); }) : null);
$('lang-switch').addEventListener('click', () => { setLang(currentLang() === 'zh' ? 'en' : 'zh'); load(); adminPanel(); });
render();
load();
// Admins also get the settings and 公示 forms (signed-in state from /api/me, with its CSRF token).
fetchMe().then((who) => { me = who; return adminPanel(); }).catch((error) => {
  $('contest-error').textContent = error.message;
  $('contest-error').hidden = false;
});
