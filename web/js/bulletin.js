// The monthly bulletin page (月通报): a month's bulletin as the records stand, its draft PDF, issuing
// (city-wide officials and admins) and the archive of issued ones with their SHA-256. Chinese
// first, English too (bulletin-texts.js); the PDF itself is the Chinese official document.
import './bulletin-texts.js';
import { fetchMe, getJson, sendJson } from './api.js';
import { el } from './html.js';
import { t, setLang, currentLang, onLangChange, initialLang, locale } from './i18n.js';
import { applyTexts } from './i18n-dom.js';
import { errorText } from './i18n-errors.js';
import { loadParksNamed, parkName } from './names.js';

const $ = (id) => document.querySelector(`[data-testid="${id}"]`);
const pct = (v) => (v == null ? '—' : `${v.toFixed(1)}%`);
const dash = (v) => (v == null || v === '' ? '—' : String(v));
let shown = null; // the bulletin on the page, redrawn when the language changes
let issuedSha = null; // the hash of the bulletin issued from this page, if any

function fail(message) {
  const box = $('bulletin-error');
  box.textContent = message;
  box.hidden = !message;
}

function fill(list, lines) {
  list.replaceChildren(...(lines.length ? lines : [t('bulletin.nothing')]).map((line) => el('li', {}, line)));
}

function value(figure, v) {
  if (v == null) return '—';
  return figure.endsWith('_pct') ? `${v.toFixed(1)}%` : `${v.toFixed(1)} ${t('units.wanPerMu')}`;
}

/** A verdict in English, from what it names; in Chinese, the server's line (the PDF's words). */
function verdictText(v, praise) {
  if (currentLang() === 'zh') return v.text;
  if (v.subject === 'zone') {
    return t('bulletin.zoneLate', { name: v.name, township: dash(v.township), leader: dash(v.leader), months: v.monthsLate });
  }
  return t(praise ? 'bulletin.first' : 'bulletin.last', {
    subject: t(`bulletin.subjects.${v.subject}`), name: parkName(v.name),
    figure: t(`bulletin.figures.${v.figure}`), value: value(v.figure, v.value),
  });
}

function draw(b) {
  const [year, m] = b.month.split('-');
  const monthName = new Date(Date.UTC(Number(year), Number(m) - 1, 1))
    .toLocaleString(locale(), { month: 'long', timeZone: 'UTC' });
  $('bulletin-title').textContent = t('bulletin.title', { year, month: Number(m), monthName, asOf: b.asOf });
  cityLine(b.city);
  fill($('bulletin-ranking'), (b.townships.start_rate_pct || []).map((p) => `${p.label} ${pct(p.value)}`));
  fill($('bulletin-praise'), b.verdicts.praise.map((v) => verdictText(v, true)));
  fill($('bulletin-criticism'), b.verdicts.criticism.map((v) => verdictText(v, false)));
  fill($('bulletin-lagging'), b.lagging.map((l) => t(l.daysLate === 1 ? 'bulletin.laggingLineOne' : 'bulletin.laggingLine',
    { name: l.name, township: dash(l.township), days: l.daysLate, leader: dash(l.leader) })));
  fill($('bulletin-overdue'), b.overdue.map((z) => t(z.monthsLate === 1 ? 'bulletin.overdueLineOne' : 'bulletin.overdueLine',
    { name: z.name, township: dash(z.township), months: z.monthsLate, leader: dash(z.leader) })));
  $('bulletin-photos').replaceChildren(...(b.photos || []).map(photoItem));
  if (!(b.photos || []).length) fill($('bulletin-photos'), []);
  $('bulletin-body').hidden = false;
}

/**
 * The city's line. A figure withheld by the small-cell rule (city.suppressed, the server's
 * Disclosure) reads as the desk's word for it, carrying the desk's reason (title), and the reason
 * follows the line; all as text.
 */
function cityLine(c) {
  const withheld = Boolean(c.suppressed && 'investmentRatePct' in c.suppressed);
  const mark = '\u0000'; // where the withheld figure goes in the line's wording
  const text = t('bulletin.city', {
    start: pct(c.startRatePct), started: c.projectsStarted, due: c.projectsDueToStart,
    investment: withheld ? mark : pct(c.investmentRatePct), elapsed: pct(c.elapsedPct),
    production: pct(c.productionRatePct), overdue: c.overdueZones,
  });
  const reason = t('desk.figures.withheldDetail');
  const [before, after = ''] = text.split(mark);
  $('bulletin-city').replaceChildren(before, ...(withheld ? [el('span', {
    className: 'withheld', title: reason, dataset: { testid: 'bulletin-withheld', field: 'investmentRatePct' },
  }, t('desk.figures.withheld')), after] : []));
  const note = $('bulletin-withheld-note');
  note.textContent = withheld ? t('bulletin.withheldNote', {
    figure: t('bulletin.figures.investment_rate_pct'), withheld: t('desk.figures.withheld'), reason,
  }) : '';
  note.hidden = !withheld;
}

/** An evidence photo: its thumbnail (carried in the bulletin), where and when, and its flags. */
function photoItem(p) {
  const flags = (p.flags || []).map((f) => el('span', { className: 'photo-flag', dataset: { flag: f } }, t(`bulletin.photoFlags.${f}`)));
  return el('li', { dataset: { testid: 'bulletin-photo', id: String(p.id), flagged: String(flags.length > 0) } },
    el('img', { src: `data:image/jpeg;base64,${p.thumbnail}`, alt: p.caption || t('bulletin.photos'), width: 160 }),
    el('div', {}, t('bulletin.photoLine', { name: dash(p.siteName), site: p.site, township: dash(p.township),
      taken: p.takenAt ? p.takenAt.replace('T', ' ') : '—' })),
    p.caption ? el('div', {}, p.caption) : null, flags.length ? el('div', {}, flags) : null);
}

async function show(month) {
  fail('');
  shown = await getJson(`/api/bulletin?month=${encodeURIComponent(month)}`);
  const named = [...(shown.verdicts?.praise || []), ...(shown.verdicts?.criticism || [])].map((v) => v.name);
  await loadParksNamed(named); // only the parks this bulletin names, for their English names
  $('bulletin-draft').href = `/api/bulletin.pdf?month=${encodeURIComponent(month)}`;
  draw(shown);
}

async function archive() {
  const { bulletins } = await getJson('/api/bulletins');
  $('bulletin-archive').tBodies[0].replaceChildren(...bulletins.map((b) => el('tr', { dataset: { id: b.id } },
    el('td', {}, b.month), el('td', {}, b.issuedBy), el('td', {}, b.issuedAt),
    el('td', { className: 'json' }, b.sha256),
    el('td', {}, el('a', { href: `/api/bulletins/${b.id}/pdf`, 'data-testid': 'bulletin-download',
      dataset: { i18n: 'bulletin.download' } }, t('bulletin.download'))))));
}

function relabel() {
  document.title = t('bulletin.pageTitle');
  const other = currentLang() === 'zh' ? 'en' : 'zh-CN';
  $('lang-switch').textContent = other === 'en' ? 'EN' : '中文';
  $('lang-switch').setAttribute('lang', other);
  applyTexts();
  $('bulletin-status').textContent = issuedSha ? t('bulletin.issued', { sha: issuedSha }) : '';
  if (shown) draw(shown);
}

async function start() {
  setLang(initialLang(new URLSearchParams(window.location.search)), { persist: false });
  onLangChange(relabel);
  $('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
  relabel();
  const me = await fetchMe();
  if (!me.signedIn) {
    window.location.href = `/login.html?next=${encodeURIComponent('/bulletin.html')}`;
    return;
  }
  $('bulletin-who').textContent = me.username ?? '';
  const cityWide = me.role === 'admin' || (me.role === 'official' && !me.scopeTownship && !me.scopePark);
  $('bulletin-issue').hidden = !cityWide;
  const month = $('bulletin-month');
  month.value = (me.today || new Date().toISOString()).slice(0, 7);
  $('bulletin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show(month.value).catch((e) => fail(e.message));
  });
  $('bulletin-issue').addEventListener('click', async () => {
    const { status, body } = await sendJson('POST', '/api/bulletins', { month: month.value });
    if (status !== 201) {
      fail(errorText(body, status));
      return;
    }
    issuedSha = body.sha256;
    relabel();
    await archive();
  });
  await Promise.all([show(month.value), archive()]).catch((e) => fail(e.message));
}

start();
