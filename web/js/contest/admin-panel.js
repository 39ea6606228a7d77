// The contest's settings and publishing on contest.html, for admins only (the server checks too): each ranked
// figure's weight (0–100), how many red and yellow flags, and 公示 of an ended quarter. Both are audited.
import './texts.js';
import { requestJson } from '../api.js';
import { t } from '../i18n.js';
import { el } from '../html.js';

const FIGURES = ['start_rate_pct', 'investment_rate_pct', 'production_rate_pct', 'intensity_wan_per_mu', 'tax_wan_per_mu',
  'signed_pct', 'demolished_pct', 'cleared_pct'];

/** Fills container (hidden until then) with the settings form and the publish form; onPublished(quarter) after 公示. */
export async function createAdminPanel(container, today, onPublished) {
  const settings = await requestJson('/api/admin/contest/settings');
  const status = el('p', { role: 'status', dataset: { testid: 'contest-admin-status' } });
  const number = (name, value, max) => el('input', { type: 'number', name, min: '0', max: String(max), step: '1',
    value: String(value), required: true, dataset: { testid: `contest-setting-${name}` } });
  const fields = FIGURES.map((f) => el('label', {}, el('span', {}, t(`contest.figures.${f}`)), number(f, settings.weights[f] ?? 0, 100)));
  const save = el('form', { className: 'add', novalidate: true, dataset: { testid: 'contest-settings' } }, ...fields,
    el('label', {}, el('span', {}, t('contest.redCount')), number('red', settings.red, 50)),
    el('label', {}, el('span', {}, t('contest.yellowCount')), number('yellow', settings.yellow, 50)),
    el('button', { type: 'submit', dataset: { testid: 'contest-save' } }, t('contest.save')));
  const quarter = el('input', { name: 'quarter', placeholder: '2026Q3', maxlength: '6', dataset: { testid: 'contest-publish-quarter' } });
  const publish = el('form', { className: 'add', novalidate: true, dataset: { testid: 'contest-publish' } },
    el('label', {}, el('span', {}, t('contest.quarter')), quarter),
    el('button', { type: 'submit', dataset: { testid: 'contest-publish-submit' } }, t('contest.publish')));
  const report = async (work, done) => {
    status.textContent = '';
    status.dataset.state = 'busy';
    try {
      const answer = await work();
      status.textContent = done(answer);
      status.dataset.state = 'success';
    } catch (error) {
      status.textContent = error.message;
      status.dataset.state = 'error';
    }
  };
  save.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = (name) => Number(save.elements[name].value);
    const weights = Object.fromEntries(FIGURES.map((f) => [f, value(f)]));
    report(() => requestJson('/api/admin/contest/weights', { method: 'PUT', json: { weights, red: value('red'), yellow: value('yellow') } }),
      () => t('contest.saved'));
  });
  publish.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = quarter.value.trim();
    report(() => requestJson(`/api/admin/contest/${encodeURIComponent(q)}/publish`, { method: 'POST', json: {} }),
      (answer) => { onPublished(answer.quarter); return t('contest.published', { quarter: answer.quarter }); });
  });
  container.replaceChildren(el('h2', {}, t('contest.admin')), el('p', { className: 'contest-note' }, t('contest.adminHint', { today })),
    save, publish, status);
  container.hidden = false;
}
