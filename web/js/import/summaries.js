// The preview's summaries a planner reads first: problems and repairs grouped by kind with counts
// and examples, and the re-import diff with its confirmation. Data goes in as DOM text only.
import { el } from '../html.js';
import { problemText } from '../i18n-errors.js';
import { t } from './texts.js';

/** The problems, one block per code: its kind, its count, its examples (file, record, field). */
export function problemGroups(preview) {
  if (!preview.problems.length) return [el('p', { className: 'ok' }, t('noProblems'))];
  const groups = preview.problemGroups || [];
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  return [el('p', {}, t('problems', { n: total })), ...groups.map((group) => {
    const more = group.count - group.examples.length;
    return el('div', { className: 'group', dataset: { testid: 'problem-group', code: group.code, count: String(group.count) } },
      el('h4', {}, t('groupTitle', { kind: kindText(group.code), n: group.count })),
      el('ul', {}, group.examples.map((p) => el('li', { dataset: { testid: 'import-problem', code: p.code || '' } },
        p.code ? problemText(p) : p.message))),
      more > 0 ? el('p', { className: 'more' }, t('more', { n: more })) : null);
  })];
}

function kindText(code) {
  const text = t(`kinds.${code}`);
  return text === `kinds.${code}` ? code : text;
}

/** The repairs, one line per kind: "自相交 3 处（记录 5、9、12）". */
export function repairGroups(preview) {
  const groups = preview.repairGroups || [];
  if (!groups.length) return [];
  return [el('p', {}, t('repairs', { n: groups.reduce((sum, g) => sum + g.count, 0) })),
    el('ul', {}, groups.map((group) => {
      const records = group.examples.map((r) => r.record).join(t('listSeparator'));
      const kind = t(`repairKinds.${group.kind}`);
      return el('li', { dataset: { testid: 'repair-group', kind: group.kind, count: String(group.count) } },
        t('repairLine', { kind: kind.startsWith('repairKinds.') ? group.kind : kind, n: group.count, records }));
    }))];
}

/** The warnings (information, not refusals), each worded from its code and parameters. */
export function warningList(preview) {
  const warnings = preview.warnings || [];
  if (!warnings.length) return [];
  return [el('p', {}, t('warnings')), el('ul', {}, warnings.map((w) => el('li', {
    dataset: { testid: 'import-warning', code: w.code || '' } }, warningText(w))))];
}

function warningText(warning) {
  const key = `warningTexts.${warning.code}`;
  const text = t(key);
  if (text === key) return String(warning.message ?? '');
  const p = warning.params || {};
  const more = Number(p.more) > 0 ? t('andMore', { n: p.more }) : '';
  const texts = (p.texts || []).map((x) => t('textCount', { text: x.text, n: x.records })).join(t('listSeparator'));
  return t(key, { ...p, codes: (p.codes || []).join(t('listSeparator')), texts, more });
}

/** Whether a re-import must be confirmed: it changes rows the layer holds or leaves some out (the server's rule too). */
export function confirmable(diff) {
  return Boolean(diff && diff.existing > 0 && (diff.changed > 0 || diff.absent > 0));
}

/**
 * The diff against the layer's rows and, when it changes or leaves out some of them, the confirmation checkbox; onConfirm
 * is called when it is ticked or cleared. Nothing when the preview has no diff.
 */
export function diffBlock(diff, onConfirm) {
  if (!diff) return [];
  const nodes = [el('p', { dataset: { testid: 'diff-counts' } }, t('diffCounts', { added: diff.new, changed: diff.changed,
    unchanged: diff.unchanged, absent: diff.absent }))];
  if (diff.examples.length) {
    nodes.push(el('ul', {}, diff.examples.map((example) => el('li', { dataset: { testid: 'diff-example' } },
      `${example.code}：`, example.changes.map((c) => (c.field === 'geometry' ? t('geometryChanged')
        : `${c.field}: ${c.before ?? t('empty')} → ${c.after ?? t('empty')}`)).join(t('listSeparator'))))));
  }
  if (confirmable(diff)) {
    const box = el('input', { type: 'checkbox', dataset: { testid: 'import-confirm' } });
    box.addEventListener('change', () => onConfirm(box.checked));
    nodes.push(el('label', { className: 'confirm' }, box, t('confirmDiff', { changed: diff.changed, absent: diff.absent })));
  }
  return nodes;
}
