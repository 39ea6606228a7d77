// Site photos (现场照片): thumbnails with what the server flagged (taken far from the site, long
// before, no position or time) and withdrawn ones marked with their reason; for a project (its own
// and its issues' photos, one request shared by the strip and the issue rows), a zone (its reports'
// photos) and an issue. Officials who may update also get a file input that opens the phone's camera
// (accept=image/*, capture=environment); the file goes up as a multipart form. The server judges the
// file; the page only shows its refusal in the page's language.
import { t, extendTexts } from '../i18n.js';
import { el } from '../html.js';
import { requestJson, FetchError } from '../api.js';

extendTexts('zh', { desk: { photos: {
  title: '现场照片', none: '暂无现场照片', add: '上传现场照片', sending: '上传中…', added: '已上传',
  withdrawn: '已撤回：{reason}', distance: '距现场 {m} 米', issue: '问题 {seq}', report: '{date} 周报',
  issueAdd: '拍照取证', reportPhoto: '现场照片（可选，手机可直接拍照）', zoneTitle: '周报现场照片',
  flags: { far_from_site: '拍摄地点远离现场', taken_long_before: '拍摄时间早于报告两周以上', no_position: '照片无位置信息', no_time: '照片无拍摄时间' },
} } });
extendTexts('en', { desk: { photos: {
  title: 'Site photos', none: 'No site photos yet', add: 'Attach a site photo', sending: 'Uploading…', added: 'Attached',
  withdrawn: 'Withdrawn: {reason}', distance: '{m} m from the site', issue: 'Issue {seq}', report: 'report of {date}',
  issueAdd: 'Photo as evidence', reportPhoto: 'Site photo (optional; a phone opens its camera)', zoneTitle: 'Photos of the weekly reports',
  flags: { far_from_site: 'Taken far from the site', taken_long_before: 'Taken over two weeks before the report', no_position: 'No position in the photo', no_time: 'No time in the photo' },
} } });

const q = encodeURIComponent;
/** Dispatched on document when a photo was stored from a panel (the map reloads its photo markers). */
export const PHOTO_ADDED = 'desk:photo-added';
const message = (error) => (error instanceof FetchError ? error.message : String(error));

/** The flag tags of a photo (DOM nodes). */
export function flagTags(photo) {
  return (photo.flags || []).map((f) => el('span', { className: 'tag tag-open', dataset: { flag: f } }, t(`desk.photos.flags.${f}`)));
}

/** One photo's list item; {@code extra}: a line naming what it belongs to, or null. */
export function photoItem(photo, extra = null) {
  const flags = flagTags(photo);
  return el('li', { className: photo.withdrawn ? 'photo photo-withdrawn' : 'photo', dataset: { testid: 'photo', id: String(photo.id), withdrawn: String(photo.withdrawn) } },
    el('a', { href: photo.url, target: '_blank', rel: 'noopener' },
      el('img', { src: photo.thumbnailUrl, alt: photo.caption || t('desk.photos.title'), loading: 'lazy', width: 160 })),
    el('small', {}, [photo.takenAt ? photo.takenAt.replace('T', ' ') : '', photo.distanceM != null ? t('desk.photos.distance', { m: photo.distanceM }) : '']
      .filter(Boolean).join(' · ')),
    extra ? el('small', { className: 'photo-of' }, extra) : null,
    photo.caption ? el('div', {}, photo.caption) : null,
    flags.length ? el('div', {}, flags) : null,
    photo.withdrawn ? el('strong', { className: 'late' }, t('desk.photos.withdrawn', { reason: photo.withdrawal?.reason ?? '' })) : null);
}

/** Sends one photo file as a multipart form (part "photo"); resolves its listing entry. */
export function sendPhoto(url, file) {
  const form = new FormData();
  form.append('photo', file, file.name || 'photo.jpg');
  return requestJson(url, { method: 'POST', body: form });
}

/** A camera file input; {@code onFile(file)} when one is chosen. */
export function cameraInput(testid, onFile) {
  const input = el('input', { type: 'file', accept: 'image/*', capture: 'environment', dataset: { testid } });
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (file) await onFile(file);
    input.value = '';
  });
  return input;
}

/** An input that uploads to {@code url}, with its status line; {@code onAdded()} after a photo is stored. */
function uploader(url, testid, label, onAdded) {
  const status = el('p', { className: 'form-status', dataset: { testid: `${testid}-status` }, role: 'status' });
  const input = cameraInput(`${testid}-input`, async (file) => {
    status.dataset.state = 'sending';
    status.textContent = t('desk.photos.sending');
    try {
      await sendPhoto(url, file);
      document.dispatchEvent(new CustomEvent(PHOTO_ADDED));
      status.dataset.state = 'done';
      status.textContent = t('desk.photos.added');
      await onAdded();
    } catch (error) {
      status.dataset.state = 'error';
      status.textContent = message(error);
    }
  });
  return [el('label', {}, label, ' ', input), status];
}

/** The photos of project {@code code} (its issues' too), loaded once and shared: { load(), on(listener) }. */
export function projectPhotos(code) {
  const url = `/api/desk/projects/${q(code)}/photos`;
  const listeners = [];
  let last = null;
  return {
    url,
    code,
    async load() {
      try { last = { photos: (await requestJson(url)).photos || [] }; } catch (error) { last = { error: message(error) }; }
      listeners.forEach((f) => f(last));
    },
    on(listener) { listeners.push(listener); if (last) listener(last); },
  };
}

function fillList(list, answer, pick, extra) {
  if (answer.error) { list.replaceChildren(el('li', {}, answer.error)); return; }
  const photos = answer.photos.filter(pick);
  list.replaceChildren(...(photos.length ? photos.map((p) => photoItem(p, extra(p))) : [el('li', {}, t('desk.photos.none'))]));
}

/** The photo section of a project panel ({@code source}: projectPhotos); {@code writer}: may attach. */
export function photoStrip(source, { writer }) {
  const list = el('ul', { className: 'plain-list photo-list', dataset: { testid: 'photo-list' } });
  source.on((answer) => fillList(list, answer, () => true, (p) => (p.issueSeq != null ? t('desk.photos.issue', { seq: p.issueSeq }) : null)));
  return el('section', { className: 'photo-strip', dataset: { testid: 'photo-strip' } },
    el('h3', {}, t('desk.photos.title')), list,
    ...(writer ? uploader(source.url, 'photo', t('desk.photos.add'), () => source.load()) : []));
}

/** An issue's photos (those of {@code source} with its seq) and, for writers, a camera input. */
export function issuePhotos(source, issue, { writer }) {
  const list = el('ul', { className: 'plain-list photo-list photo-list-small' });
  source.on((answer) => {
    if (answer.error) return;
    const own = answer.photos.filter((p) => p.issueSeq === issue.seq);
    list.replaceChildren(...own.map((p) => photoItem(p)));
  });
  const url = `/api/desk/projects/${q(source.code)}/issues/${q(issue.seq)}/photos`;
  return el('div', { className: 'issue-photos', dataset: { testid: 'issue-photos', seq: String(issue.seq) } }, list,
    ...(writer ? uploader(url, 'issue-photo', t('desk.photos.issueAdd'), () => source.load()) : []));
}

/** The photos of every weekly report of zone {@code code}, each with its report's date. */
export function zonePhotos(code, reports) {
  const list = el('ul', { className: 'plain-list photo-list', dataset: { testid: 'zone-photos' } });
  const dates = new Map((reports || []).map((r) => [r.id, r.reportDate]));
  requestJson(`/api/desk/zones/${q(code)}/photos`)
    .then((answer) => fillList(list, { photos: answer.photos || [] }, () => true,
      (p) => (dates.has(p.reportId) ? t('desk.photos.report', { date: dates.get(p.reportId) }) : null)))
    .catch((error) => fillList(list, { error: message(error) }));
  return el('section', { className: 'photo-strip' }, el('h3', {}, t('desk.photos.zoneTitle')), list);
}
