// The day's figures on the desk map's features: each zone's progress and overdue flag (from
// /api/desk/zones?codes=) and each project's stage (from /api/desk/projects?codes=), written on the
// feature's properties and its path's data attributes (the tests read them). Every move reloads the
// view's figures, so only a zone or project whose look changed is restyled, and only data that
// differ are written: restyling all of the view's paths each time (1,176 on the demo) cost a pan its
// frames for nothing.
import { progressClass, STAGE_COLORS, UNKNOWN_COLOR } from '../styles.js';

// Figures of /api/desk/zones (camelCase) → the feature properties the zone style reads.
const FIGURE_PROPS = {
  latestReportDate: 'latest_report_date', signedHouseholds: 'signed_households',
  demolishedHouseholds: 'demolished_households', clearedAreaM2: 'cleared_area_m2', signedPct: 'signed_pct',
  demolishedPct: 'demolished_pct', clearedPct: 'cleared_pct', overdue: 'overdue',
};

// What a zone's style reads (layers.js zoneStyle): its progress class and whether it is overdue.
const zoneLook = (props) => `${progressClass(props.demolished_pct)}|${props.overdue === true}`;

/** Sets the data attributes that differ (a pan that changes nothing touches no element). */
function setData(node, values) {
  for (const [key, value] of Object.entries(values)) if (node.dataset[key] !== value) node.dataset[key] = value;
}

/** Puts each zone's figures on its feature (zones: code → feature layer of zoneLayer). */
export function applyZoneFigures(list, zones, zoneLayer) {
  for (const figures of list) {
    const featureLayer = zones.get(figures.code);
    if (!featureLayer) continue;
    const props = featureLayer.feature.properties;
    const before = zoneLook(props);
    for (const [from, to] of Object.entries(FIGURE_PROPS)) props[to] = figures[from] ?? null;
    if (zoneLook(props) !== before) zoneLayer.resetStyle(featureLayer);
    const path = featureLayer.getElement?.();
    if (path) setData(path, { overdue: String(props.overdue === true), demolishedPct: String(props.demolished_pct ?? '') });
  }
}

/** Puts each project's stage on the day on its feature (projects: code → feature layer); recolours it only if it changed. */
export function applyProjectStages(list, projects) {
  for (const { code, stage } of list) {
    const featureLayer = projects.get(code);
    if (!featureLayer) continue;
    const props = featureLayer.feature.properties;
    if (props.stage !== stage) featureLayer.setStyle({ fillColor: STAGE_COLORS[stage] || UNKNOWN_COLOR });
    props.stage = stage;
    const path = featureLayer.getElement?.();
    if (path) setData(path, { stage: String(stage) });
  }
}
