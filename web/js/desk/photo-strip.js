// Site photos (现场照片) of a project in its panel: thumbnails with what the server flagged (taken
// far from the site, long before, no position or time) and withdrawn ones marked with their reason;
// the project's own township and city-wide officials also get a file input to attach a photo from
// the phone's camera. The server judges the file; the page only shows its refusal in the page's language.
import { t, extendTexts } from '../i18n.js';
import { el } from '../html.js';
import { requestJson, FetchError } from '../api.js';

extendTexts('zh', { desk: { photos: {
  title: '现场照片', none: '暂无现场照片', add: '上传现场照片', sending: '上传中…', added: '已上传',
  withdrawn: '已撤回：{reason}', distance: '距现场 {m} 米',
  flags: { far_from_site: '拍摄地点远离现场', taken_long_before: '拍摄时间早于报告两周以上', no_position: '照片无位置信息', no_time: '照片无拍摄时间' },
} } });
extendTexts('en', { desk: { photos: {
  title: 'Site photos', none: 'No site photos yet', add: 'Attach a site photo', sending: 'Uploading…', added: 'Attached',
  withdrawn: 'Withdrawn: {reason}', distance: '{m} m from the site',
  flags: { far_from_site: 'Taken far from the site', taken_long_before: 'Taken over two weeks before the report', no_position: 'No position in the photo', no_time: 'No time in the photo' },
} } });

const q = encodeURIComponent;

function photoItem(photo) {
  const flags = (photo.flags || []).map((f) => el('span', { className: 'tag tag-open', dataset: { flag: f } }, t(`desk.photos.flags.${f}`)));
  return el('li', { className: photo.withdrawn ? 'photo photo-withdrawn' : 'photo', dataset: { testid: 'photo', id: String(photo.id), withdrawn: String(photo.withdrawn) } },
    el('a', { href: photo.url, target: '_blank', rel: 'noopener' },
      el('img', { src: photo.thumbnailUrl, alt: photo.caption || t('desk.photos.title'), loading: 'lazy', width: 160 })),
    el('small', {}, [photo.takenAt ? photo.takenAt.replace('T', ' ') : '', photo.distanceM != null ? t('desk.photos.distance', { m: photo.distanceM }) : '']
      .filter(Boolean).join(' · ')),
    photo.caption ? el('div', {}, photo.caption) : null,
    flags.length ? el('div', {}, flags) : null,
    photo.withdrawn ? el('strong', { className: 'late' }, t('desk.photos.withdrawn', { reason: photo.withdrawal?.reason ?? '' })) : null);
}

/** The photo section of project {@code code}; {@code writer}: whether the viewer may attach photos. */
export function photoStrip(code, { writer }) {
  const list = el('ul', { className: 'plain-list photo-list', dataset: { testid: 'photo-list' } });
  const status = el('p', { className: 'form-status', dataset: { testid: 'photo-status' }, role: 'status' });
  const url = `/api/desk/projects/${q(code)}/photos`;
  async function load() {
    try {
      const answer = await requestJson(url);
      const photos = answer.photos || [];
      list.replaceChildren(...(photos.length ? photos.map(photoItem) : [el('li', {}, t('desk.photos.none'))]));
    } catch (error) {
      list.replaceChildren(el('li', {}, error instanceof FetchError ? error.message : String(error)));
    }
  }
  let input = null;
  if (writer) {
    input = el('input', { type: 'file', accept: 'image/jpeg,image/png', capture: 'environment', dataset: { testid: 'photo-input' } });
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      if (!file) return;
      status.dataset.state = 'sending';
      status.textContent = t('desk.photos.sending');
      try {
        await requestJson(url, { method: 'POST', body: file, contentType: file.type || 'application/octet-stream' });
        status.dataset.state = 'done';
        status.textContent = t('desk.photos.added');
        await load();
      } catch (error) {
        status.dataset.state = 'error';
        status.textContent = error instanceof FetchError ? error.message : String(error);
      }
      input.value = '';
    });
  }
  load();
  return el('section', { className: 'photo-strip', dataset: { testid: 'photo-strip' } },
    el('h3', {}, t('desk.photos.title')), list,
    input ? el('label', {}, t('desk.photos.add'), ' ', input) : null, status);
}
