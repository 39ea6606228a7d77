// What a merged desk-map label says it holds beside its first place, per kind and in the viewer's
// language: "另 2 处红旗、12 个项目" / "+2 red flags, 12 projects" (an official read a bare "+107" on
// a flag as 107 more flags, where most were projects and zones), and its title: every place it holds
// by name (of another kind with the kind aside), then the same counts and that a click zooms in.
// Plain strings: the caller puts them on the page as text (textContent, the title attribute).
import { t, extendTexts } from '../i18n.js';
import { withAside } from '../format.js';

// The tallies in the order a tag lists them: the contest's red flags, its yellow ones, then the kinds.
const ORDER = ['red', 'yellow', 'flag', 'project', 'zone'];

extendTexts('zh', { desk: { declutter: {
  tag: '另 {list}', more: '此处另有 {list}，点击放大', sep: '、',
  kinds: { flag: '红黄旗', project: '项目', zone: '片区' },
  one: { red: '{n} 处红旗', yellow: '{n} 处黄旗', flag: '{n} 处红黄旗', project: '{n} 个项目', zone: '{n} 个片区' },
  many: { red: '{n} 处红旗', yellow: '{n} 处黄旗', flag: '{n} 处红黄旗', project: '{n} 个项目', zone: '{n} 个片区' },
} } });
extendTexts('en', { desk: { declutter: {
  tag: '+{list}', more: 'Also here: {list}; click to zoom in', sep: ', ',
  kinds: { flag: 'flag', project: 'project', zone: 'zone' },
  one: { red: '{n} red flag', yellow: '{n} yellow flag', flag: '{n} flag', project: '{n} project', zone: '{n} zone' },
  many: { red: '{n} red flags', yellow: '{n} yellow flags', flag: '{n} flags', project: '{n} projects', zone: '{n} zones' },
} } });

/** The places of members (each { kind, place }) after the first, counted by tally, as "2 red flags, 12 projects". */
function list(members) {
  const counts = new Map(ORDER.map((key) => [key, 0]));
  for (const { kind, place } of members.slice(1)) {
    const key = kind.tallyOf?.(place) ?? kind.name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 0)
    .map(([key, n]) => t(`desk.declutter.${n === 1 ? 'one' : 'many'}.${key}`, { n }))
    .join(t('desk.declutter.sep'));
}

/** The tag of a label holding members (its own place first): '' alone, else what the others are. */
export function mergedTag(members) {
  return members && members.length > 1 ? t('desk.declutter.tag', { list: list(members) }) : '';
}

/** The title of a merged label: a line a place (its kind aside when not the label's), then the counts. */
export function mergedTitle(members) {
  const own = members[0].kind;
  return [...members.map(({ kind, place }) => (kind === own ? kind.nameOf(place)
    : withAside(kind.nameOf(place), t(`desk.declutter.kinds.${kind.name}`)))),
  t('desk.declutter.more', { list: list(members) })].join('\n');
}
