// The monthly bulletin page (月通报): a month's bulletin as the records stand, its draft PDF, issuing
// (city-wide officials and admins) and the archive of issued ones with their SHA-256.
import { fetchMe, getJson, sendJson } from './api.js';
import { el } from './html.js';

const $ = (id) => document.querySelector(`[data-testid="${id}"]`);
const pct = (v) => (v == null ? '—' : `${v.toFixed(1)}%`);

function fail(message) {
  const box = $('bulletin-error');
  box.textContent = message;
  box.hidden = !message;
}

function fill(list, lines) {
  list.replaceChildren(...lines.map((line) => el('li', {}, line)));
}

async function show(month) {
  fail('');
  const b = await getJson(`/api/bulletin?month=${encodeURIComponent(month)}`);
  const [year, m] = b.month.split('-');
  $('bulletin-title').textContent = `${year}年${Number(m)}月 重点项目和征收工作月通报（截至 ${b.asOf}）`;
  const c = b.city;
  $('bulletin-city').textContent = `全市开工率 ${pct(c.startRatePct)}（${c.projectsStarted}/${c.projectsDueToStart}），`
    + `投资完成率 ${pct(c.investmentRatePct)}，时间进度 ${pct(c.elapsedPct)}，竣工投产率 ${pct(c.productionRatePct)}，`
    + `逾期片区 ${c.overdueZones} 个`;
  fill($('bulletin-ranking'), (b.townships.start_rate_pct || []).map((p) => `${p.label} ${pct(p.value)}`));
  fill($('bulletin-praise'), b.praise);
  fill($('bulletin-criticism'), b.criticism);
  fill($('bulletin-lagging'), b.lagging.map((l) => `${l.name}（${l.township ?? '—'}）滞后 ${l.daysLate} 天，包保领导 ${l.leader ?? '—'}`));
  fill($('bulletin-overdue'), b.overdue.map((z) => `${z.name}（${z.township}）逾期 ${z.monthsLate} 个月，包保领导 ${z.leader ?? '—'}`));
  $('bulletin-draft').href = `/api/bulletin.pdf?month=${encodeURIComponent(month)}`;
  $('bulletin-body').hidden = false;
}

async function archive() {
  const { bulletins } = await getJson('/api/bulletins');
  $('bulletin-archive').tBodies[0].replaceChildren(...bulletins.map((b) => el('tr', { dataset: { id: b.id } },
    el('td', {}, b.month), el('td', {}, b.issuedBy), el('td', {}, b.issuedAt),
    el('td', { className: 'json' }, b.sha256),
    el('td', {}, el('a', { href: `/api/bulletins/${b.id}/pdf`, 'data-testid': 'bulletin-download' }, '下载 PDF')))));
}

async function start() {
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
      fail(body?.description ?? String(status));
      return;
    }
    $('bulletin-status').textContent = `已签发，SHA-256 ${body.sha256}`;
    await archive();
  });
  await Promise.all([show(month.value), archive()]).catch((e) => fail(e.message));
}

start();
