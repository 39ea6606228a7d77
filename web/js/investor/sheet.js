// Entry module of sheet.html?code=…&lang=…: the printable parcel sheet (推介单), A4 portrait.
// window.sheet.ready resolves to the parcel code once the sheet is drawn (rejects when it cannot be).
import './texts-zh.js';
import './texts-en.js';
import { t, setLang, currentLang, locale, initialLang, enumLabel } from '../i18n.js';
import { el } from '../html.js';
import { formatRange, withUnit } from '../format.js';
import { fetchParcel } from './investor-api.js';
import { landUseColor, longLandUse } from './land-use.js';
import { parkBlock } from './park-card.js';
import { areaText, contextList, factList, muText, priceText, servicingChecklist, servicingLabelText, totalText } from './parcel-facts.js';
import { parcelOutline } from './parcel-outline.js';
import { localName } from '../names.js';
import { locatorBox, locatorMap } from './locator-map.js';
import { getJson } from '../api.js';

const params = new URLSearchParams(window.location.search);
const code = (params.get('code') || '').trim();
setLang(initialLang(params), { persist: false });
document.documentElement.lang = locale();
const $ = (id) => document.getElementById(id);

function keyFigure(labelKey, value, sub) {
  return el('div', { className: 'sheet-key' }, el('span', {}, t(labelKey)), el('strong', {}, value || '—'), sub ? el('span', {}, sub) : null);
}

function portalUrl() {
  const url = new URL('index.html', window.location.href);
  url.search = new URLSearchParams({ parcel: code, lang: currentLang() }).toString();
  return url.href;
}

/** The parks and context points around the parcel for the locator map; none when they cannot be read. */
async function surroundings(feature) {
  const box = locatorBox(feature.geometry);
  const read = (collection) => getJson(`/ogc/collections/${collection}/items?limit=200&bbox=${box.map((v) => v.toFixed(6)).join(',')}`)
    .then((page) => page.features || []).catch(() => []);
  const [parks, points] = await Promise.all([read('parks'), read('context-points')]);
  return { box, parks, points };
}

function render(feature, around) {
  const p = feature.properties || {};
  const generated = new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(new Date());
  document.title = `${t('inv.sheet.title')} ${code}`;
  $('sheet').replaceChildren(
    el('header', { className: 'sheet-head' },
      el('div', {},
        el('div', { className: 'sheet-kicker' }, t('inv.sheet.title')),
        el('h1', { 'data-testid': 'sheet-code' }, code),
        el('p', { className: 'sheet-subtitle' }, [localName(p, 'park_name'), longLandUse(p.land_use), enumLabel('status', p.status)].filter(Boolean).join(' · '))),
      el('div', { className: 'sheet-label', 'data-testid': 'sheet-servicing-label' }, servicingLabelText(p.servicing_label))),
    el('div', { className: 'sheet-top' },
      el('figure', { className: 'sheet-outline', 'data-testid': 'sheet-outline' },
        parcelOutline(feature.geometry, { fill: landUseColor(p.land_use) }),
        el('figcaption', {}, t('inv.sheet.outline'))),
      el('div', { className: 'sheet-keys', 'data-testid': 'sheet-key-figures' },
        keyFigure('inv.detail.keyArea', muText(p.area_mu), areaText(p).split(' · ').slice(1).join(' · ')),
        keyFigure('inv.detail.keyPrice', priceText(p)),
        keyFigure('inv.detail.keyTotal', totalText(p)),
        keyFigure('inv.facts.height', withUnit(p.height_limit_m, 'metre', 1)),
        keyFigure('inv.facts.far', formatRange(p.far_min, p.far_max)),
        el('div', { className: 'sheet-where' },
          el('figure', { className: 'sheet-locator' }, locatorMap(feature, around.parks, around.points, around.box),
            el('figcaption', {}, t('inv.sheet.locator'))),
          el('figure', { className: 'sheet-qr' },
            el('img', { src: `/api/investor/parcels/${encodeURIComponent(code)}/qr.svg?lang=${currentLang()}`, alt: t('inv.sheet.qr'),
              width: 96, height: 96, 'data-testid': 'sheet-qr' }),
            el('figcaption', {}, t('inv.sheet.qr')))))),
    el('section', {}, el('h2', {}, t('inv.detail.servicing')), servicingChecklist(p, 'sheet-servicing')),
    el('section', {}, el('h2', {}, t('inv.sheet.facts')), factList(p, 'sheet-facts')),
    el('section', { className: 'sheet-context' }, el('h2', {}, t('inv.context.title')), contextList(feature.context, 'sheet-context')),
    el('section', {}, el('h2', {}, t('inv.sheet.parkTitle')), parkBlock(feature.park, 'sheet-park')),
    el('footer', { className: 'sheet-foot' },
      el('span', {}, t('inv.sheet.generated', { date: generated })),
      el('span', {}, t('inv.sheet.source')),
      el('span', { className: 'sheet-link' }, t('inv.sheet.link', { url: portalUrl() }))));
}

function renderToolbar() {
  const other = currentLang() === 'zh' ? 'en' : 'zh';
  $('sheet-back').href = portalUrl();
  $('sheet-back').textContent = `← ${t('inv.sheet.back')}`;
  $('sheet-lang').href = `?${new URLSearchParams({ code, lang: other })}`;
  $('sheet-lang').textContent = t('inv.sheet.switchLang');
  $('sheet-print').textContent = t('inv.sheet.print');
}

function fail(message) {
  $('sheet').replaceChildren(el('p', { className: 'sheet-error', role: 'alert', 'data-testid': 'sheet-error' }, message));
  throw new Error(message);
}

async function start() {
  renderToolbar();
  $('sheet-print').addEventListener('click', () => window.print());
  if (!code) fail(t('inv.sheet.missingCode'));
  let feature;
  try {
    feature = await fetchParcel(code);
  } catch (error) {
    fail(error.status === 404 ? t('inv.sheet.notFound', { code }) : t('inv.sheet.failed', { reason: error.message }));
  }
  render(feature, await surroundings(feature));
  return code;
}

const ready = start();
ready.catch(() => {});
window.sheet = { ready };
