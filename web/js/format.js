// Number, area and unit formatting for the current language.
import { locale, t } from './i18n.js';

const SQUARE_METRES_PER_MU = 10000 / 15;
const formatters = new Map();

function formatter(minDigits, maxDigits) {
  const key = `${locale()}|${minDigits}|${maxDigits}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.NumberFormat(locale(), {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    }));
  }
  return formatters.get(key);
}

export function isNumber(value) {
  return typeof value === 'number' && Number.isFinite(value);
}

/** "1,523" / "86.3"; empty string for null or non-numbers. */
export function formatNumber(value, maxDigits = 2, minDigits = 0) {
  return isNumber(value) ? formatter(minDigits, maxDigits).format(value) : '';
}

/** Count with thousands separators, no decimals. */
export function formatCount(value) {
  return formatNumber(value, 0);
}

/** Number followed by a unit key from i18n units, e.g. "1,200 万元". */
export function withUnit(value, unitKey, maxDigits = 2) {
  if (!isNumber(value)) return '';
  const unit = t(`units.${unitKey}`);
  const gap = unitKey === 'percent' ? '' : ' ';
  return `${formatNumber(value, maxDigits)}${gap}${unit}`;
}

export function formatPercent(value) {
  return withUnit(value, 'percent', 1);
}

/** "86.3 亩（57,533 ㎡）" in Chinese, "86.3 mu (57,533 m²)" in English. */
export function formatArea(squareMetres, mu) {
  const m2 = isNumber(squareMetres) ? squareMetres : isNumber(mu) ? mu * SQUARE_METRES_PER_MU : null;
  if (m2 == null) return '';
  const muValue = isNumber(mu) ? mu : m2 / SQUARE_METRES_PER_MU;
  const muText = `${formatNumber(muValue, 1, 1)} ${t('units.mu')}`;
  const m2Text = `${formatNumber(m2, 0)} ${t('units.m2')}`;
  return locale() === 'en' ? `${muText} (${m2Text})` : `${muText}（${m2Text}）`;
}

/** "1.0–2.5" from two bounds, either of which may be missing. */
export function formatRange(min, max) {
  const low = formatNumber(min, 2, 1);
  const high = formatNumber(max, 2, 1);
  if (low && high) return low === high ? low : `${low}–${high}`;
  return low ? `≥ ${low}` : high ? `≤ ${high}` : '';
}

/** ISO dates are shown as they are; anything else passes through as text. */
export function formatDate(value) {
  return value == null ? '' : String(value);
}

/** "45 / 120 户（37.5%）" style progress text. */
export function formatProgress(done, target, pct, unitKey) {
  const parts = [];
  if (isNumber(done) && isNumber(target)) parts.push(`${formatCount(done)} / ${withUnit(target, unitKey, 0)}`);
  else if (isNumber(done)) parts.push(withUnit(done, unitKey, 0));
  const pctText = formatPercent(pct);
  if (pctText) parts.push(parts.length ? (locale() === 'en' ? `(${pctText})` : `（${pctText}）`) : pctText);
  return parts.join(locale() === 'en' ? ' ' : '');
}

/** "名称（QL-Z01）" in Chinese, "名称 (QL-Z01)" in English: an aside in the language's brackets. */
export function withAside(main, aside) {
  return locale() === 'en' ? `${main} (${aside})` : `${main}（${aside}）`;
}
