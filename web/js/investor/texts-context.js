// Texts of the location context (区位): a parcel's distances to the nearest highway exit, rail freight
// station, port, airport, substation and water works. The kinds' own names come from the API
// (parcelatlas.domain.ContextKind, the one place they are written).
import { extendTexts } from '../i18n.js';

extendTexts('zh', {
  units: { km: '公里' },
  inv: {
    context: {
      title: '区位与交通', none: '周边 {km} 公里内未收录区位要素。', distance: '直线距离', nearestTo: '{name}',
      filter: '区位（最远距离，公里）', filterHint: '离最近的该类要素不超过',
    },
    sheet: { locator: '区位图', qr: '扫码查看地块' },
  },
});

extendTexts('en', {
  units: { km: 'km' },
  inv: {
    context: {
      title: 'Location and transport', none: 'No context features recorded within {km} km.', distance: 'Distance',
      nearestTo: '{name}', filter: 'Location (farthest distance, km)', filterHint: 'Nearest one at most',
    },
    sheet: { locator: 'Locator map', qr: 'Scan to open this plot' },
  },
});
