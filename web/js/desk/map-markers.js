// The desk map's markers beside zones and projects: site photos at the position their camera
// recorded (/api/desk/photos?bbox=, only the townships the viewer may read; flagged photos ringed in
// red, withdrawn ones faded), and the quarterly contest's red and yellow flags over the townships and
// parks flagged in the day's quarter or the last published one (/api/desk/contest/map; labels of
// map-labels.js, red before yellow). Markers and popups are DOM nodes, never HTML strings.
import { t, extendTexts } from '../i18n.js';
import { el } from '../html.js';
import { getJson } from '../api.js';
import { track } from '../pending.js';
import { flagTags } from './photo-strip.js';
import { flagMarker } from '../contest/flag.js';
import { withAside } from '../format.js';
import { loadParks, parkName } from '../names.js';
import { nearPixels, isNear } from './near-view.js';

extendTexts('zh', { desk: { flagsProvisional: '暂定', markers: {
  title: '现场照片与季度考评', photo: '现场照片（拍摄位置）', flagged: '存疑照片（远离现场、拍摄过早或无位置/时间）',
  red: '红旗（本季度或上次公示）', yellow: '黄旗（本季度或上次公示）',
} } });
extendTexts('en', { desk: { flagsProvisional: 'provisional', markers: {
  title: 'Site photos and the quarterly contest', photo: 'Site photo (where it was taken)',
  flagged: 'Flagged photo (far from the site, taken early, or no position/time)',
  red: 'Red flag (this quarter or the last published)', yellow: 'Yellow flag (this quarter or the last published)',
} } });

const q = encodeURIComponent;

function photoPopup(photo, { onZone, onProject }) {
  const open = el('button', { type: 'button', className: 'link-button', dataset: { testid: 'photo-marker-open' } },
    photo.zoneCode ?? photo.projectCode ?? '');
  open.addEventListener('click', () => (photo.zoneCode ? onZone(photo.zoneCode) : onProject(photo.projectCode)));
  return el('div', { className: 'photo-popup' },
    el('a', { href: photo.url, target: '_blank', rel: 'noopener' },
      el('img', { src: photo.thumbnailUrl, alt: photo.caption || t('desk.photos.title'), width: 160 })),
    el('div', {}, photo.takenAt ? photo.takenAt.replace('T', ' ') : ''),
    photo.caption ? el('div', {}, photo.caption) : null,
    el('div', {}, flagTags(photo)), open);
}

const severity = (place) => (place.flags.some((f) => f.flag === 'red') ? 0 : 1);
const placeName = (place) => (place.of === 'parks' ? parkName(place.name) : place.name);

/** A flag's quarter as its label says it: "2026Q4", "2026Q4（暂定）" while provisional. */
const quarterOf = (f) => (f.published ? f.quarter : withAside(f.quarter, t('desk.flagsProvisional')));
/** A flag with its quarter as text: "红旗 2026Q4（暂定）". */
const flagWords = (f) => `${t(`contest.${f.flag}`)} ${quarterOf(f)}`;

/**
 * One place's flag label in a form (map-labels.js PRIORITY): '' its name (a park's from its code) and
 * each flag with its quarter, a line apiece; 'line' its name and its flags' markers on one line;
 * 'badge' its flags' markers only. The shorter forms name the place and each flag's quarter in their
 * title (a merged label's title, map-labels.js, names every place instead).
 */
function flagLabel(place, form) {
  const dataset = { testid: 'map-flag', of: place.of, name: place.name, flag: place.flags[0].flag, form };
  if (form) {
    const title = [placeName(place), ...place.flags.map(flagWords)].join('\n');
    const markers = [...new Set(place.flags.map((f) => f.flag))].map(flagMarker);
    return el('div', { className: `map-flag is-${form}`, dataset, title },
      el('strong', {}, form === 'line' ? placeName(place) : null, ...markers));
  }
  return el('div', { className: 'map-flag', dataset }, el('strong', {}, placeName(place)), ...place.flags.map((f) => {
    const marker = flagMarker(f.flag);
    marker.append(` ${quarterOf(f)}`);
    return marker;
  }));
}

/** What a flag label's size depends on: its name and each flag with its quarter. */
const flagText = (place) => [placeName(place), ...place.flags.map((f) => `${f.flag} ${f.quarter} ${f.published}`)].join('\u0001');

/**
 * Adds the photo markers to {@code map} and the flags as the kind 'flag' of {@code labels}
 * (map-labels.js); {@code shift}() the current coordinate shift.
 */
export function createMapMarkers(map, { labels, shift, onZone, onProject }) {
  const photoLayer = L.layerGroup().addTo(map);
  const corners = ({ bbox: [w, s, e, n] }) => [shift().toLatLng(w, s), shift().toLatLng(e, n)];
  const flagLabels = labels.kind('flag', {
    label: flagLabel, keyOf: (place) => `${place.of}:${place.name}`, textOf: flagText, nameOf: placeName, prefix: 'map-flag',
    anchorOf: ({ bbox: [w, s, e, n] }) => shift().toLatLng((w + e) / 2, (s + n) / 2),
    boundsOf: (place) => L.latLngBounds(corners(place)),
    order: (a, b) => severity(a) - severity(b) || a.name.localeCompare(b.name), zIndexOffset: (place) => 400 - severity(place),
    tallyOf: (place) => (severity(place) === 0 ? 'red' : 'yellow'), // a merged label counts red and yellow apart
  });
  const photos = new Map(); // id → marker (on the map only near the view, near-view.js)
  let bounds = nearPixels(map);
  const near = (latLng) => isNear(bounds, map.project(latLng, map.getZoom()));
  /** Puts on the map the photo markers near the view, takes off the others (an open popup's stays). */
  function cull() {
    bounds = nearPixels(map);
    photos.forEach((marker) => {
      const keep = near(marker.getLatLng()) || marker.isPopupOpen();
      if (keep !== photoLayer.hasLayer(marker)) (keep ? photoLayer.addLayer(marker) : photoLayer.removeLayer(marker));
    });
  }
  map.on('moveend resize', cull);

  function photoMarker(photo) {
    const flagged = (photo.flags || []).length > 0;
    const node = el('span', {
      className: `photo-marker${flagged ? ' photo-flagged' : ''}${photo.withdrawn ? ' photo-withdrawn' : ''}`,
      title: t('desk.photos.title'),
      dataset: { testid: 'photo-marker', id: String(photo.id), flagged: String(flagged), withdrawn: String(photo.withdrawn) },
    });
    const icon = L.divIcon({ html: node, className: 'photo-marker-icon', iconSize: [18, 18], iconAnchor: [9, 9] });
    const marker = L.marker(shift().toLatLng(photo.longitude, photo.latitude), { icon, keyboard: true, zIndexOffset: 500 });
    marker.bindPopup(() => photoPopup(photo, { onZone, onProject }), { maxWidth: 220 });
    return marker;
  }

  /**
   * Adds the photos of view box [w, s, e, n] not drawn yet; resolves { complete }. Asked for at each
   * move (not kept as figures are: a photo sent from a phone shows on the next move).
   */
  async function loadPhotos(box, signal) {
    bounds = nearPixels(map);
    const answer = await track(getJson(`/api/desk/photos?bbox=${box.map((v) => v.toFixed(5)).join(',')}`, signal));
    for (const photo of answer.photos || []) {
      const old = photos.get(photo.id);
      if (old && old.options.withdrawn === photo.withdrawn) continue;
      if (old) photoLayer.removeLayer(old);
      const marker = photoMarker(photo);
      marker.options.withdrawn = photo.withdrawn;
      photos.set(photo.id, marker);
      if (near(marker.getLatLng())) photoLayer.addLayer(marker);
    }
    return { complete: answer.complete !== false };
  }

  /** Draws the contest flags as of {@code day} (replacing the previous ones). */
  async function loadFlags(day) {
    const answer = await track(getJson(`/api/desk/contest/map?as_of=${q(day)}`)).catch(() => null);
    // A park's place is named by its code (townships need no lookup).
    await loadParks((answer?.places || []).filter((place) => place.of === 'parks').map((place) => place.name));
    flagLabels.setPlaces(answer?.places || []);
  }

  return {
    loadPhotos,
    loadFlags,
    /** Forgets the photo markers, so the next view load draws them afresh (after a photo was added). */
    resetPhotos() { photoLayer.clearLayers(); photos.clear(); },
    photoIds: () => [...photos.keys()],
  };
}
