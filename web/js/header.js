// Header bar: title, language switch, legend toggle, status line, loading indicator, errors.
import { t, currentLang } from './i18n.js';
import { formatCount } from './format.js';
import { el } from './html.js';
import { COLLECTIONS } from './api.js';

const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);

export function createHeader({ onLangSwitch, onLegendToggle }) {
  const state = { counts: {}, more: {}, progress: null, loading: false, errors: [] };
  const langButton = $('lang-switch');
  const legendButton = $('legend-toggle');
  const statusLine = $('status-line');
  const loading = $('loading-indicator');
  const errorBox = $('error-message');

  langButton.addEventListener('click', () => onLangSwitch(currentLang() === 'zh' ? 'en' : 'zh'));
  legendButton.addEventListener('click', () => legendButton.setAttribute('aria-pressed', String(onLegendToggle())));

  function renderStatus() {
    const parts = COLLECTIONS.filter((c) => Number.isFinite(state.counts[c]))
      .map((c) => t('loadedItem', {
        layer: t(`layerNouns.${c}`), n: `${formatCount(state.counts[c])}${state.more[c] ? '+' : ''}`,
      }));
    statusLine.textContent = parts.length ? `${t('loaded')} ${parts.join(t('statusSeparator'))}` : '';
    const { done, total } = state.progress || {};
    loading.hidden = !state.loading;
    loading.querySelector('.loading-text').textContent = total
      ? t('loadingProgress', { done: formatCount(done), total: formatCount(total) })
      : t('loading');
  }

  function renderErrors() {
    errorBox.hidden = state.errors.length === 0;
    errorBox.replaceChildren(
      el('ul', {}, state.errors.map(({ key, params }) => el('li', {}, t(key, {
        ...params, layer: params.layer ? t(`layers.${params.layer}`) : '',
      })))),
      el('button', { type: 'button', className: 'error-dismiss', 'aria-label': t('dismiss'), title: t('dismiss') }, '×'),
    );
    errorBox.querySelector('.error-dismiss').addEventListener('click', () => {
      state.errors = [];
      renderErrors();
    });
  }

  function renderStatic() {
    document.title = t('title');
    document.querySelector('.title-full').textContent = t('title');
    document.querySelector('.title-short').textContent = t('titleShort');
    $('map').setAttribute('aria-label', t('mapLabel'));
    langButton.textContent = t('switchTo');
    langButton.setAttribute('aria-label', t('switchToLabel'));
    langButton.setAttribute('title', t('switchToLabel'));
    langButton.setAttribute('lang', currentLang() === 'zh' ? 'en' : 'zh-CN');
    legendButton.textContent = t('legendToggle');
    const investorLink = $('investor-link');
    if (investorLink) investorLink.textContent = t('investorLink');
    const deskLink = $('desk-link');
    if (deskLink) deskLink.textContent = t('deskLink');
    $('import-link')?.replaceChildren(t('importLink'));
    $('export-link')?.replaceChildren(t('exportLink'));
    $('leads-link')?.replaceChildren(t('leadsLink'));
  }

  const api = {
    refresh() {
      renderStatic();
      renderStatus();
      renderErrors();
    },
    /** more: the layer holds more than count (the server stops counting there). */
    setCount(collection, count, more = false) {
      state.counts[collection] = count;
      state.more[collection] = more;
      renderStatus();
    },
    setLoading(isLoading, progress = null) {
      state.loading = isLoading;
      state.progress = progress;
      renderStatus();
    },
    /** key: i18n key; params.layer: a collection id, translated at render time. */
    addError(key, params = {}) {
      state.errors.push({ key, params });
      renderErrors();
    },
    setLegendPressed(pressed) {
      legendButton.setAttribute('aria-pressed', String(pressed));
    },
  };
  api.refresh();
  return api;
}
