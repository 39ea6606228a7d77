// The leads page (招商线索): park staff, city-wide officials and admins answer investors' enquiries.
// Others are sent to sign in or told the page is not theirs.
import { fetchMe } from '../api.js';
import { t, setLang, initialLang, onLangChange, currentLang, locale } from '../i18n.js';
import './texts.js';
import { createInbox } from './inbox.js';
import { createDetail } from './detail.js';

/** For tests and scripts: ready once the inbox has loaded; show(id) opens a lead. */
window.leadsPage = { ready: false, show: (id) => pick(id) };
const $ = (testid) => document.querySelector(`[data-testid="${testid}"]`);
let me = null;

function showError(message) {
  $('leads-error').textContent = message || '';
  $('leads-error').hidden = !message;
}

const inbox = createInbox({ onPick: pick, onError: (e) => showError(e.message) });
const detail = createDetail({ onChanged: () => { showError(''); inbox.refresh(); }, onError: (e) => showError(e.message) });

function pick(id) {
  showError('');
  inbox.select(id);
  detail.show(id);
}

function renderStatic() {
  document.documentElement.lang = locale();
  document.title = `${t('leads.title')} · Parcel Atlas`;
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(`leads.${node.dataset.text}`); });
  $('lang-switch').textContent = t('leads.switchTo');
  $('leads-who').textContent = me?.username ?? '';
}

$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
onLangChange(() => {
  renderStatic();
  inbox.render();
  detail.render();
});

async function start() {
  setLang(initialLang(new URLSearchParams(window.location.search)), { persist: false });
  renderStatic();
  me = await fetchMe();
  if (!me.signedIn) {
    window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return;
  }
  renderStatic();
  await inbox.refresh();
  window.leadsPage.ready = true;
}

start().catch((e) => showError(e.message));
