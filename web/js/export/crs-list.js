// The coordinate systems offered for export, in groups, with their Chinese and English names.
// Codes follow the server's CRS catalogue (geo/Crs): CGCS2000 3° zones 25–45 are EPSG:4513–4533,
// 6° zones 13–23 are EPSG:4491–4501 (false easting with the zone number).
import { t } from '../i18n.js';

/**
 * [{ group, options: [{ code: 'EPSG:n', label }] }] in the current language; {@code also} (the city's
 * CRS from the config) is added to the common ones when no group holds it.
 */
export function crsGroups(also) {
  const common = [4326, 4490, 3857].map((n) => ({ code: `EPSG:${n}`, label: `${t(`exportPage.crsNames.${n}`)} · EPSG:${n}` }));
  const gk3 = [];
  for (let zone = 25; zone <= 45; zone += 1) {
    const n = 4513 + zone - 25;
    gk3.push({ code: `EPSG:${n}`, label: `${t('exportPage.crsNames.gk3', { zone, cm: 75 + 3 * (zone - 25) })} · EPSG:${n}` });
  }
  const gk6 = [];
  for (let zone = 13; zone <= 23; zone += 1) {
    const n = 4491 + zone - 13;
    gk6.push({ code: `EPSG:${n}`, label: `${t('exportPage.crsNames.gk6', { zone, cm: 75 + 6 * (zone - 13) })} · EPSG:${n}` });
  }
  if (also && ![...common, ...gk3, ...gk6].some((o) => o.code === also)) common.push({ code: also, label: also });
  return [
    { group: t('exportPage.crsGroups.common'), options: common },
    { group: t('exportPage.crsGroups.gk3'), options: gk3 },
    { group: t('exportPage.crsGroups.gk6'), options: gk6 },
  ];
}
