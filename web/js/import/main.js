// Import page: upload a zipped shapefile or GeoJSON, check and adjust CRS, encoding and field
// mapping against a dry-run preview (problems listed, first features on the map), then import.
// Planners and admins only; anyone not signed in is sent to sign in.
import { el } from '../html.js';
import { t, applyTexts, toggleLang, currentLang } from './texts.js';
import { createImportApi, whoAmI, ImportError } from './import-api.js';
import { problemText } from '../i18n-errors.js';
import { requestJson } from '../api.js';
import { renderMapping, unmappedText } from './mapping-table.js';
import { createPreviewMap } from './preview-map.js';
import { problemGroups, repairGroups, diffBlock, warningList, confirmable } from './summaries.js';
import { renderConstants } from './constants.js';

const $ = (testid) => document.querySelector(`[data-testid=${testid}]`);
const state = { api: null, upload: null, preview: null, mapping: {}, constants: {}, confirmed: false, busy: Promise.resolve(),
  map: null, result: null };

function showError(message) {
  $('import-error').textContent = message || '';
  $('import-error').hidden = !message;
}

function choices() {
  return {
    layer: state.preview ? state.preview.layer : $('import-layer').value,
    crs: $('import-crs').value.trim() || null,
    encoding: $('import-encoding').value || null,
    mapping: state.mapping,
    constants: state.constants,
  };
}

/** The commit's body: the choices, and the diff's counts when the layer has rows (ticked by the planner). */
function commitBody() {
  const diff = state.preview && state.preview.diff;
  return confirmable(diff) ? { ...choices(), confirm: { changed: diff.changed, absent: diff.absent } } : choices();
}

function needsConfirmation() {
  return confirmable(state.preview && state.preview.diff);
}

function sourceText(source) {
  return source ? t('from', { source: t(`sources.${source}`) }) : t('unknown');
}

/** Each problem in the page's language (its code and params); a message of the page's own as it is. */
function problemList(problems) {
  return el('ul', {}, problems.map((p) => el('li', { dataset: { testid: 'import-problem', code: p.code || '' } },
    p.code ? problemText(p) : p.message)));
}

function renderPreview() {
  const preview = state.preview;
  $('preview-section').hidden = false;
  if (document.activeElement !== $('import-crs')) $('import-crs').value = preview.crs || $('import-crs').value;
  $('import-crs-source').textContent = sourceText(preview.crsSource);
  $('import-encoding-source').textContent = `${preview.encoding || ''} ${sourceText(preview.encodingSource)}`;
  $('import-counts').textContent = preview.inserted >= 0
    ? t('counts', { records: preview.records, inserted: preview.inserted, updated: preview.updated })
    : t('countsRefused', { records: preview.records >= 0 ? preview.records : '?' });
  renderMapping($('import-mapping'), preview, (source, portal) => {
    state.mapping = { ...state.mapping, [source]: portal };
    refreshPreview();
  });
  $('import-unmapped').textContent = unmappedText(preview);
  renderConstants($('import-constants'), preview, state.constants, (constants) => {
    const previous = state.constants;
    state.constants = constants;
    run('previewing', async () => {
      try {
        state.preview = await state.api.preview(state.upload.id, choices());
      } catch (error) {
        state.constants = previous; // a refused value is not kept
        throw error;
      }
      renderPreview();
    });
  });
  const box = $('import-problems');
  box.dataset.count = String(preview.problems.length);
  box.replaceChildren(...problemGroups(preview));
  $('import-repairs').replaceChildren(...repairGroups(preview), ...warningList(preview));
  state.confirmed = false;
  $('import-diff').replaceChildren(...diffBlock(preview.diff, (checked) => {
    state.confirmed = checked;
    $('import-commit').disabled = !preview.ok || (needsConfirmation() && !state.confirmed);
  }));
  $('import-commit').disabled = !preview.ok || (needsConfirmation() && !state.confirmed);
  state.map.invalidate();
  state.map.show(preview.features);
}

function renderResult() {
  const box = $('import-result');
  box.hidden = !state.result;
  if (!state.result) return;
  const { kind, report, error } = state.result;
  box.dataset.state = kind;
  if (kind === 'success') {
    box.replaceChildren(el('p', {}, t('done', { file: report.file, records: report.records, inserted: report.inserted,
      updated: report.updated, repaired: report.repaired })));
  } else if (kind === 'discarded') {
    box.replaceChildren(el('p', {}, t('discarded')));
  } else {
    box.replaceChildren(el('p', {}, t('refused')), problemList(error.problems.length ? error.problems : [{ message: error.message }]));
  }
}

/** Runs one request at a time; window.importPage.idle() waits for the last. */
function run(statusKey, work) {
  state.busy = state.busy.then(async () => {
    showError('');
    $('upload-status').textContent = statusKey ? t(statusKey) : '';
    try {
      await work();
    } catch (error) {
      if (error instanceof ImportError && error.status === 422) {
        state.result = { kind: 'error', error };
        renderResult();
      } else {
        showError(error.message);
      }
    } finally {
      $('upload-status').textContent = '';
    }
  });
  return state.busy;
}

function refreshPreview() {
  if (!state.upload) return Promise.resolve();
  return run('previewing', async () => {
    state.preview = await state.api.preview(state.upload.id, choices());
    renderPreview();
  });
}

$('upload-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const file = $('import-file').files[0];
  if (!file) {
    showError(t('noFile'));
    return;
  }
  run('uploading', async () => {
    if (!state.api) return; // the page did not start (signed out, not a planner): start() said why
    state.mapping = {};
    state.constants = {};
    state.result = null;
    renderResult();
    const staged = await state.api.upload(file, $('import-layer').value);
    state.upload = staged;
    state.preview = staged.preview;
    $('import-crs').value = '';
    $('import-encoding').value = '';
    renderPreview();
  });
});

$('import-crs').addEventListener('change', refreshPreview);
$('import-encoding').addEventListener('change', refreshPreview);
$('import-preview').addEventListener('click', refreshPreview);
$('import-commit').addEventListener('click', () => run('committing', async () => {
  const report = await state.api.commit(state.upload.id, commitBody());
  state.upload = null;
  state.result = { kind: 'success', report };
  $('preview-section').hidden = true;
  renderResult();
}));
$('import-discard').addEventListener('click', () => run(null, async () => {
  await state.api.discard(state.upload.id);
  state.upload = null;
  state.result = { kind: 'discarded' };
  $('preview-section').hidden = true;
  renderResult();
}));
$('lang-switch').addEventListener('click', () => {
  toggleLang();
  applyTexts();
  $('lang-switch').textContent = t('switchTo');
  if (state.preview && !$('preview-section').hidden) renderPreview();
  renderResult();
});

async function start() {
  const me = await whoAmI();
  if (!me.signedIn) {
    window.location.assign(`/login.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    return;
  }
  applyTexts();
  $('lang-switch').textContent = t('switchTo');
  $('import-who').textContent = me.username;
  if (me.role !== 'planner' && me.role !== 'admin') {
    showError(t('notPlanner'));
    $('upload-form').hidden = true;
    return;
  }
  state.api = createImportApi(me.csrfToken);
  const config = await requestJson('/api/config');
  state.map = createPreviewMap($('import-map'), config);
}

// Every action waits for the page to start: an upload clicked while it loads runs once it has started.
const ready = start();
state.busy = ready.catch(() => {});
window.importPage = {
  ready,
  idle: () => state.busy,
  openRefusedTooltip: () => state.map.openRefusedTooltip(),
  parksDrawn: () => state.map.parksDrawn(),
  lang: currentLang,
};
window.importPage.ready.catch((error) => showError(error.message));
