// Red / amber / green for zones and projects on the desk's day, from the map's headline fields only
// (every staff member may see them): a zone by its deadline and demolition progress, a project by the
// first planned date (开工, then 投产) its stage on the day has not reached.
//   red: the date has passed unmet; amber: it falls within the next 30 days; green: otherwise.

export const AMBER_DAYS = 30;
const STAGE_RANK = { planned: 0, signed: 1, land_secured: 2, started: 3, completed: 4, in_production: 5 };
const DAY_MS = 86400000;

const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function rag(daysLate) {
  if (daysLate == null) return 'green';
  if (daysLate > 0) return 'red';
  return daysLate >= -AMBER_DAYS ? 'amber' : 'green';
}

/** A zone on the day: { kind, code, name, township, leader, due, dueKind, daysLate, rag }. */
export function zoneLag(zone, day) {
  const complete = Number(zone.demolished_pct) >= 100 && (zone.cleared_pct == null || Number(zone.cleared_pct) >= 100);
  const daysLate = complete || !zone.deadline ? null : daysBetween(zone.deadline, day);
  return {
    kind: 'zone', code: zone.code, name: zone.name ?? zone.code, township: zone.township ?? '', leader: zone.leader ?? '',
    due: zone.deadline ?? null, dueKind: 'deadline', daysLate, rag: zone.overdue === true && !complete ? 'red' : rag(daysLate),
  };
}

/** A project on the day by its stage then (props.stage, as the map shows it). */
export function projectLag(project, day) {
  const rank = STAGE_RANK[project.stage] ?? 0;
  let due = null;
  let dueKind = null;
  if (rank < STAGE_RANK.started && project.planned_start_date) [due, dueKind] = [project.planned_start_date, 'start'];
  else if (rank < STAGE_RANK.in_production && project.planned_production_date) [due, dueKind] = [project.planned_production_date, 'production'];
  const daysLate = due ? daysBetween(due, day) : null;
  return {
    kind: 'project', code: project.code, name: project.name ?? project.code, township: project.township ?? '',
    leader: project.leader ?? '', due, dueKind, daysLate, rag: rag(daysLate),
  };
}

const byDays = (a, b) => (b.daysLate ?? -Infinity) - (a.daysLate ?? -Infinity) || a.code.localeCompare(b.code);
const SORTS = {
  days: byDays,
  township: (a, b) => a.township.localeCompare(b.township, 'zh-CN') || byDays(a, b),
  leader: (a, b) => a.leader.localeCompare(b.leader, 'zh-CN') || byDays(a, b),
};

/**
 * The rows to show: show is 'lagging' (red and amber), 'red', 'amber', 'green' or 'all'; search
 * matches name or code, case-insensitive; sort is 'days' (most late first), 'township' or 'leader'.
 */
export function selectLagging(rows, { show = 'lagging', search = '', sort = 'days' } = {}) {
  const needle = search.trim().toLowerCase();
  return rows
    .filter((r) => (show === 'all' ? true : show === 'lagging' ? r.rag !== 'green' : r.rag === show))
    .filter((r) => !needle || r.name.toLowerCase().includes(needle) || r.code.toLowerCase().includes(needle))
    .sort(SORTS[sort] ?? byDays);
}
