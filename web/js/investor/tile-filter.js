// Which tile parcels the investor filters leave out, by the rule of the investor search
// (investor/ParcelQuery on the server), from the attributes the parcels tiles carry
// (tiles/ParcelFilterAttributes, and the style attributes status and land_use): park_code, land_use,
// status, area_m2, price_wan_per_mu, and the lists
// servicing and industry_codes as ",a,b," strings. Two filters cannot be judged from a tile: the
// keyword (it also matches the free-text industry orientation, which tiles do not carry) and the
// distance to a location-context point (max_km). With either of them set the rule is not exact:
// the map then fades by the result list when the list holds every match in the view, and
// otherwise by the filters the tiles can judge (the hint on the map says which).

/** 1 亩 in m², as the server computes it (domain/Area.SQUARE_METRES_PER_MU). */
const SQUARE_METRES_PER_MU = 10000 / 15;

const has = (list, value) => typeof list === 'string' && list.includes(`,${value},`);

/**
 * filters: the filter panel's values. Returns { active (any filter set), exact (every filter set is
 * judged from the tile), test(props) → true when the tile parcel passes the filters the tile can judge }.
 */
export function tileRule(filters) {
  const f = filters || {};
  const checks = [];
  if (f.park) checks.push((p) => p.park_code === f.park);
  if (f.land_use?.length) checks.push((p) => f.land_use.includes(p.land_use));
  if (f.min_mu != null) checks.push((p) => typeof p.area_m2 === 'number' && p.area_m2 >= f.min_mu * SQUARE_METRES_PER_MU);
  if (f.max_mu != null) checks.push((p) => typeof p.area_m2 === 'number' && p.area_m2 <= f.max_mu * SQUARE_METRES_PER_MU);
  if (f.max_price != null) checks.push((p) => typeof p.price_wan_per_mu === 'number' && p.price_wan_per_mu <= f.max_price);
  if (f.status?.length) checks.push((p) => f.status.includes(p.status));
  for (const need of f.servicing || []) checks.push((p) => has(p.servicing, need));
  if (f.industry) checks.push((p) => has(p.industry_codes, f.industry));
  const inexact = Boolean(f.keyword) || Boolean(f.near_kind && f.near_km != null);
  return {
    active: checks.length > 0 || inexact,
    exact: !inexact,
    test: (props) => checks.every((check) => check(props || {})),
  };
}
