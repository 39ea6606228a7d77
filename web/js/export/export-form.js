// The export panel's controls: layer, filter (the builder, raw CQL2 under "advanced"), area, format,
// CRS (the city's by default), encoding, Chinese field names. Built with el() (text nodes only,
// never HTML strings); the current choice is read back from the controls.
import { t } from '../i18n.js';
import { el } from '../html.js';
import { crsGroups } from './crs-list.js';
import { createFilterBuilder } from './filter-builder.js';
import { createParkPicker } from '../park-picker.js';

const FORMATS = ['shp', 'gpkg', 'geojson', 'csv'];
const ENCODINGS = ['GBK', 'UTF-8'];
const AREAS = { none: 'areaNone', view: 'areaView', park: 'areaPark', polygon: 'areaPolygon' };
const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);

/** createForm({ onChange(), onDraw('start'|'finish'|'clear'), onLayer(layer) }) → the panel's API. */
export function createForm({ onChange, onDraw, onLayer = () => {} }) {
  const state = {
    layers: ['parks', 'parcels'], layer: 'parcels', filter: '', area: 'none', park: '',
    polygon: null, corners: 0, format: 'shp', crs: 'EPSG:4326', encoding: 'GBK', names: false,
  };
  const root = $('export-form');
  const builder = createFilterBuilder({ onChange: (cql) => { state.filter = cql; onChange(); } });
  // the park: searched by name or code as the viewer types (never a list of every park)
  const parkPicker = createParkPicker({ id: 'park-select', testid: 'park-select',
    onPick: (park) => { state.park = park?.code ?? ''; onChange(); } });

  function select(testid, value, options, onPick) {
    const node = el('select', { 'data-testid': testid }, options.map((o) => (o.options
      ? el('optgroup', { label: o.group }, o.options.map((x) => el('option', { value: x.code, selected: x.code === value }, x.label)))
      : el('option', { value: o.value, selected: o.value === value }, o.label))));
    node.addEventListener('change', () => { onPick(node.value); onChange(); });
    return node;
  }

  function field(labelKey, control, hint) {
    return el('label', { className: 'export-field' }, el('span', { className: 'export-label' }, t(labelKey)), control,
      hint ? el('small', { className: 'export-hint' }, hint) : null);
  }

  function areaControls() {
    const radios = el('div', { className: 'area-choices', role: 'radiogroup', 'aria-label': t('exportPage.area') },
      Object.entries(AREAS).map(([kind, key]) => {
        const input = el('input', { type: 'radio', name: 'area', value: kind, checked: state.area === kind,
          'data-testid': `area-${kind}` });
        input.addEventListener('change', () => { api.setArea(kind); });
        return el('label', { className: 'area-choice' }, input, t(`exportPage.${key}`));
      }));
    const parts = [radios];
    if (state.area === 'park') {
      parts.push(field('exportPage.pickPark', parkPicker.element));
    }
    if (state.area === 'polygon') {
      const button = (testid, key, action) => {
        const b = el('button', { type: 'button', className: 'export-button', 'data-testid': testid }, t(key));
        b.addEventListener('click', () => onDraw(action));
        return b;
      };
      parts.push(el('div', { className: 'draw-tools' }, button('draw-start', 'exportPage.drawStart', 'start'),
        button('draw-finish', 'exportPage.drawFinish', 'finish'), button('draw-clear', 'exportPage.drawClear', 'clear')),
      el('small', { className: 'export-hint', 'data-testid': 'draw-status' },
        state.corners ? t('exportPage.drawPoints', { n: state.corners }) : t('exportPage.drawHint')));
    }
    return el('fieldset', { className: 'export-area' }, el('legend', {}, t('exportPage.area')), ...parts);
  }

  const api = {
    render() {
      const crs = select('export-crs', state.format === 'geojson' ? 'EPSG:4326' : state.crs, crsGroups(state.crs),
        (v) => { state.crs = v; });
      crs.disabled = state.format === 'geojson';
      const names = el('input', { type: 'checkbox', checked: state.names, 'data-testid': 'export-names' });
      names.addEventListener('change', () => { state.names = names.checked; api.render(); onChange(); });
      const encoding = state.format === 'shp' ? select('export-encoding', state.names ? 'GBK' : state.encoding,
        ENCODINGS.map((e) => ({ value: e, label: t(`exportPage.encodings.${e}`) })), (v) => { state.encoding = v; }) : null;
      if (encoding) encoding.disabled = state.names;
      root.replaceChildren(...[
        field('exportPage.layer', select('export-layer', state.layer,
          state.layers.map((c) => ({ value: c, label: t(`layers.${c}`) })), (v) => { state.layer = v; onLayer(v); })),
        builder.node(),
        areaControls(),
        field('exportPage.format', select('export-format', state.format,
          FORMATS.map((f) => ({ value: f, label: t(`exportPage.formats.${f}`) })), (v) => { state.format = v; api.render(); })),
        field('exportPage.crs', crs, t('exportPage.crsHint')),
        state.format === 'geojson' ? null : el('label', { className: 'export-check' }, names, t('exportPage.names')),
        state.format !== 'geojson' ? el('small', { className: 'export-hint' }, t('exportPage.namesHint')) : null,
        encoding ? field('exportPage.encoding', encoding, t(state.names ? 'exportPage.encodingForNames' : 'exportPage.encodingHint')) : null,
      ].filter(Boolean));
    },
    choice() {
      return {
        layer: state.layer, filter: state.filter, format: state.format, crs: state.crs,
        encoding: state.names ? 'GBK' : state.encoding, names: state.format !== 'geojson' && state.names,
        area: { kind: state.area, park: state.park, polygon: state.polygon },
      };
    },
    builder,
    /** The city's CRS (config city.crs): the default until the user picks another. */
    setDefaultCrs(code) {
      if (code) state.crs = code;
      api.render();
    },
    setLayers(layers) {
      state.layers = layers;
      if (!layers.includes(state.layer)) [state.layer] = layers;
      api.render();
      onLayer(state.layer);
    },
    setArea(kind) {
      if (state.area === 'polygon' && kind !== 'polygon') onDraw('clear');
      state.area = kind;
      api.render();
      onChange();
    },
    pickPark(code) {
      state.area = 'park';
      state.park = code;
      parkPicker.set(code);
      api.render();
      onChange();
    },
    setPolygon(polygon, corners) {
      state.polygon = polygon;
      state.corners = corners;
      if (state.area === 'polygon') {
        const status = root.querySelector('[data-testid="draw-status"]');
        if (status) status.textContent = corners ? t('exportPage.drawPoints', { n: corners }) : t('exportPage.drawHint');
        onChange();
      }
    },
    /** Sets a control as a person would, for tests: (testid, value). */
    set(testid, value) {
      if (testid === 'park-select') { api.pickPark(value); return; }
      const node = root.querySelector(`[data-testid="${testid}"]`);
      node.value = value;
      node.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
  return api;
}
