// The weekly report form of a zone: client-side checks, the server's 400 description, and the
// conflict (409) flow where someone else filed first.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { formatNumber } from '../format.js';
import { fileReport } from './desk-api.js';
import { today } from './dates.js';
import { sendPhoto } from './photo-strip.js';

/** May this official file reports for the zone? City-wide officials and the zone's own township may. */
export function mayFile(me, zone) {
  if (!me?.signedIn || me.role !== 'official' || !zone) return false;
  if (me.scopeTownship) return me.scopeTownship === zone.township;
  return !me.scopePark;
}

/** The newest filed report (max id) and the latest by report date, which figures are compared with. */
export function newestReports(reports) {
  const newest = reports.reduce((a, r) => (!a || r.id > a.id ? r : a), null);
  const latest = reports.reduce((a, r) => (!a || r.reportDate > a.reportDate
    || (r.reportDate === a.reportDate && r.id > a.id) ? r : a), null);
  return { newest, latest };
}

function field(testid, labelKey, input) {
  input.dataset.testid = testid;
  input.id = `field-${testid}`;
  return el('div', { className: 'form-field' }, el('label', { for: input.id }, t(labelKey)), input);
}

const numberInput = (value, step) => el('input', { type: 'number', min: '0', step, inputmode: 'decimal', required: true, value });

export function createReportForm(zone, reports, onFiled) {
  let { newest, latest } = newestReports(reports);
  const date = el('input', { type: 'date', required: true, max: today(), value: today() });
  const signed = numberInput(latest?.signedHouseholds ?? 0, '1');
  const demolished = numberInput(latest?.demolishedHouseholds ?? 0, '1');
  const cleared = numberInput(latest?.clearedAreaM2 ?? 0, '0.1');
  const note = el('textarea', { rows: '2', maxlength: '500' });
  const reason = el('textarea', { rows: '2', maxlength: '500' });
  const photo = el('input', { type: 'file', accept: 'image/*', capture: 'environment' });
  const reasonHint = el('p', { className: 'form-hint' });
  const basedOn = el('p', { className: 'form-hint', dataset: { testid: 'report-based-on' } });
  const submit = el('button', { type: 'submit', className: 'primary-button', dataset: { testid: 'report-submit' } }, t('desk.report.submit'));
  const status = el('div', { className: 'report-status', role: 'status', 'aria-live': 'polite', dataset: { testid: 'report-status' } });
  const form = el('form', { className: 'report-form', novalidate: true, dataset: { testid: 'report-form' } },
    el('h3', {}, t('desk.report.title')),
    el('div', { className: 'form-grid' },
      field('report-date', 'desk.report.date', date),
      field('report-signed', 'desk.report.signed', signed),
      field('report-demolished', 'desk.report.demolished', demolished),
      field('report-cleared', 'desk.report.cleared', cleared)),
    field('report-note', 'desk.report.note', note),
    field('report-reason', 'desk.report.reason', reason), reasonHint,
    field('report-photo', 'desk.photos.reportPhoto', photo),
    basedOn, el('div', { className: 'form-actions' }, submit), status);

  const values = () => ({
    signed: Number(signed.value), demolished: Number(demolished.value), cleared: Number(cleared.value),
  });

  function wentDown(v = values()) {
    return Boolean(latest) && (v.signed < latest.signedHouseholds || v.demolished < latest.demolishedHouseholds
      || v.cleared < latest.clearedAreaM2 - 1e-6);
  }

  function refreshHints() {
    const down = wentDown();
    reason.required = down;
    reasonHint.textContent = latest ? t('desk.report.reasonHint', { date: latest.reportDate }) : '';
    reasonHint.classList.toggle('form-hint-strong', down);
    basedOn.textContent = newest ? t('desk.report.basedOn', { id: newest.id }) : '';
  }

  function problems() {
    const v = values();
    const list = [];
    const label = (key) => t(`desk.report.${key}`);
    if (!date.value) list.push(t('desk.report.missing', { field: label('date') }));
    else if (date.value > today()) list.push(t('desk.report.future'));
    for (const [key, input] of [['signed', signed], ['demolished', demolished], ['cleared', cleared]]) {
      if (input.value === '' || !Number.isFinite(Number(input.value))) list.push(t('desk.report.missing', { field: label(key) }));
      else if (Number(input.value) < 0) list.push(t('desk.report.negative', { field: label(key) }));
    }
    const households = zone.target_households;
    if (Number.isFinite(households)) {
      if (v.signed > households) list.push(t('desk.report.overTarget', { field: label('signed'), target: households }));
      if (v.demolished > households) list.push(t('desk.report.overTarget', { field: label('demolished'), target: households }));
    }
    const area = zone.target_floor_area_m2;
    if (Number.isFinite(area) && v.cleared > area + 1e-6) {
      list.push(t('desk.report.overTarget', { field: label('cleared'), target: formatNumber(area, 1) }));
    }
    if (v.demolished > v.signed) list.push(t('desk.report.demolishedOverSigned'));
    if (wentDown(v) && !reason.value.trim()) list.push(t('desk.report.reasonNeeded'));
    return list;
  }

  function show(state, lines) {
    status.dataset.state = state;
    status.replaceChildren(...lines.map((line) => (line instanceof Node ? line : el('p', {}, line))));
  }

  function showConflict(other) {
    latest = other;
    newest = other;
    const resubmit = el('button', { type: 'button', className: 'secondary-button', dataset: { testid: 'report-resubmit' } },
      t('desk.report.resubmit'));
    resubmit.addEventListener('click', () => form.requestSubmit());
    show('conflict', [t('desk.report.conflict', {
      date: other.reportDate, by: other.reportedBy ?? '', signed: other.signedHouseholds,
      demolished: other.demolishedHouseholds, cleared: formatNumber(other.clearedAreaM2, 1),
    }), resubmit]);
    refreshHints();
  }

  form.addEventListener('input', refreshHints);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const list = problems();
    if (list.length) { show('error', list); return; }
    const v = values();
    const body = {
      report_date: date.value, signed_households: v.signed, demolished_households: v.demolished,
      cleared_area_m2: v.cleared, note: note.value.trim() || null, change_reason: reason.value.trim() || null,
      based_on: newest ? newest.id : null,
    };
    submit.disabled = true;
    show('sending', [t('desk.report.sending')]);
    try {
      const { status: code, body: answer } = await fileReport(zone.code, body);
      if (code === 201) {
        const lines = [t('desk.report.success', { date: answer?.reportDate ?? body.report_date })];
        const file = photo.files?.[0];
        if (file && answer?.id != null) {
          // the report is stored; a refused photo is said beside it, and may be sent again
          await sendPhoto(`/api/desk/zones/${encodeURIComponent(zone.code)}/reports/${answer.id}/photos`, file)
            .then(() => { photo.value = ''; lines.push(t('desk.photos.added')); })
            .catch((error) => lines.push(error.message));
        }
        show('success', lines);
        await onFiled(answer);
      } else if (code === 409 && answer?.latest) showConflict(answer.latest);
      else show('error', [t('desk.report.error', { reason: answer?.description || `HTTP ${code}` })]);
    } catch (error) {
      show('error', [t('desk.report.error', { reason: error.message })]);
    } finally {
      submit.disabled = false;
    }
  });

  /** After a refresh of the history: compare with and build on the newest reports. */
  form.rebase = (fresh) => { ({ newest, latest } = newestReports(fresh)); refreshHints(); };
  refreshHints();
  return form;
}
