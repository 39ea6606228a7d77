// Who may read and who may change a project's internals on the desk, mirroring desk.ZoneAccess on
// the server (which still decides): headline fields are for all staff; investment, tax, stage
// history, milestones and issues for the project's own township, city-wide officials, planners
// and admins; changes for its own township and city-wide officials.

const cityWide = (me) => me.role === 'official' && !me.scopeTownship && !me.scopePark;

/** May this user read the project's internals (GET /api/desk/projects/{code})? */
export function mayRead(me, project) {
  if (!me?.signedIn || !project) return false;
  if (me.role === 'admin' || me.role === 'planner' || cityWide(me)) return true;
  return me.role === 'official' && Boolean(me.scopeTownship) && me.scopeTownship === project.township;
}

/** May this official update the project? Its own township's officials and city-wide officials may. */
export function mayUpdate(me, project) {
  if (!me?.signedIn || me.role !== 'official' || !project) return false;
  if (me.scopeTownship) return me.scopeTownship === project.township;
  return !me.scopePark;
}
