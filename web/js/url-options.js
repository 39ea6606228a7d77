// URL parameters: ?lang=zh|en &popup=collection:id &legend=0|1 &layers=parks,parcels
// &bbox=minLon,minLat,maxLon,maxLat (or bbox=view: the configured start view)
import { initialLang } from './i18n.js';

function parseBbox(value) {
  if (!value) return null;
  if (value === 'view') return 'view';
  const numbers = value.split(',').map(Number);
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return null;
  const [minLon, minLat, maxLon, maxLat] = numbers;
  return minLon < maxLon && minLat < maxLat ? numbers.join(',') : null;
}

function parsePopup(value) {
  const match = /^([a-z-]+):(.+)$/.exec(value || '');
  return match ? { collection: match[1], id: match[2] } : null;
}

export function readUrlOptions(params, collections) {
  const legend = params.get('legend');
  const layers = params.get('layers');
  return {
    lang: initialLang(params),
    popup: parsePopup(params.get('popup')),
    legend: legend === '1' ? true : legend === '0' ? false : null,
    layers: layers ? layers.split(',').filter((c) => collections.includes(c)) : [...collections],
    bbox: parseBbox(params.get('bbox')),
  };
}
