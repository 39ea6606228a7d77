// The desk's zone and project panels (zone-panel.js, project-panel.js) and what opening one does: the
// map flies to the place and heads its label with it (desk-map.js), the panel shows it as of the
// desk's day, or, to officials of another township, what they may see (a zone's figures without its
// reports; a project's headline summary). A save made in a panel re-reads what it changed
// (save-refresh.js) and then the panel. One panel is open at a time; the state and the URL follow.
import * as api from './desk-api.js';
import { track } from '../pending.js';
import { mayRead } from './access.js';
import { createZonePanel } from './zone-panel.js';
import { createProjectPanel } from './project-panel.js';
import { loadParks, parkName } from '../names.js';

/**
 * The panels in zoneContainer and projectContainer: state (zone, project, asOf) is the desk's, sync()
 * writes it to the URL, viewer() the signed-in user, saved the save refresh, onToday(day) moves the
 * desk to a day. Returns { openZone(code), openProject(code) (null: close), close(), relabel() }.
 */
export function createDetailPanels({ zoneContainer, projectContainer, state, deskMap, sync, viewer, saved, onToday }) {
  const zonePanel = createZonePanel(zoneContainer, { onProject: (code) => openProject(code), onFiled: () => track(afterFiling()),
    onClose: close, onToday });
  const projectPanel = createProjectPanel(projectContainer, { onZone: (code) => openZone(code), onClose: close,
    onUpdate: updateProject, onToday });

  async function openZone(code) {
    if (!code) { close(); return; }
    state.zone = code;
    state.project = null;
    projectPanel.hide();
    zonePanel.loading(code);
    sync();
    const focused = deskMap.focusZone(code).then((props) => { deskMap.highlight(code); return props; });
    try {
      const [props, data] = await Promise.all([focused, api.fetchReports(code, state.asOf)]);
      if (state.zone !== code) return;
      zonePanel.show(props ?? { code }, data, viewer());
    } catch (error) {
      // Officials of other townships may see a zone's figures on the map but not its reports.
      const props = await focused;
      if (state.zone !== code) return;
      if (error.status === 403 && props) zonePanel.show(props, { reports: [], forbidden: true }, viewer());
      else zonePanel.fail(code, error.message);
    }
  }

  async function openProject(code) {
    if (!code) { close(); return; }
    state.project = code;
    state.zone = null;
    zonePanel.hide();
    deskMap.highlight(null);
    projectPanel.loading(code);
    sync();
    const props = await deskMap.focusProject(code);
    if (props?.park_code) await loadParks([props.park_code]);
    if (state.project !== code) return;
    // Officials of other townships see the headline summary; the internals would be refused (403).
    const summary = () => projectPanel.summary(props, state.asOf, props.park_code ? parkName(props.park_code) : null);
    if (props && !mayRead(viewer(), props)) { summary(); return; }
    try {
      const data = await api.fetchProject(code, state.asOf);
      if (state.project === code) projectPanel.show(data, viewer());
    } catch (error) {
      if (error.status === 403 && props && state.project === code) summary();
      else projectPanel.fail(code, error.message);
    }
  }

  /**
   * Posts an update of a project; when accepted, what it changed follows (save-refresh.js), and the
   * answer carries the panel as of the desk's day.
   */
  async function updateProject(code, path, body) {
    const answer = await api.updateProject(code, path, body);
    if (answer.status !== 200) return answer;
    const touchesFigures = !path.startsWith('issues') && !path.startsWith('milestones');
    await saved.after({ project: code, figures: touchesFigures });
    const panel = await api.fetchProject(code, state.asOf).catch(() => answer.body);
    return { status: 200, body: panel };
  }

  function close() {
    state.zone = null;
    state.project = null;
    zonePanel.hide();
    projectPanel.hide();
    deskMap.highlight(null);
    sync();
  }

  async function afterFiling() {
    const code = state.zone;
    await saved.after({ zone: code });
    if (state.zone === code) {
      const data = await api.fetchReports(code, state.asOf);
      if (state.zone === code) zonePanel.show(deskMap.zoneProps(code) ?? { code }, data, viewer());
    }
  }

  return {
    openZone,
    openProject,
    close,
    relabel() { zonePanel.relabel(); projectPanel.relabel(); },
  };
}
