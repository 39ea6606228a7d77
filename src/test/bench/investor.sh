#!/usr/bin/env bash
# Investor search and site matching through HTTP (the portal at -Xmx512m on a throw-away PostGIS
# with the demo city) against pgbench running the same SQL (InvestorBenchSql writes it from the
# portal's own builders, values written in), same number of connections, runs interleaved.
# Prints requests (or transactions) per second of each run, the medians and the ratios.
# SCALE=N loads the city N times (`demo --scale N`, scale-city.sh; N=57: ~100k parcels) instead of
# the demo; COPIES=k adds k land-ready copies of every parcel on top. SYNC_COMMIT=off: see below.
# COUNT=1: the search asks count=true (the page and the capped count; pgbench runs both statements);
# without it the search is the page alone, as the investor page's later requests and API clients ask.
# Besides pgbench on the page SQL with its values written in (the ratio above), each round runs the
# search's SQL as the portal sends it (see search-portal.sql below): the page with its values bound,
# the same planned once (plan_cache_mode=force_generic_plan: what binding costs), and the work slot's
# two statements around the bound page; and prints the CPU milliseconds a search costs the portal's
# JVM and PostgreSQL (/proc), and PostgreSQL a pgbench page. WARMUP=SECONDS (default 3 runs).
# Usage: bash src/test/bench/investor.sh [SECONDS_PER_RUN] [CONNECTIONS] [ROUNDS]   (defaults 10, 4, 3; from the repository root)
set -euo pipefail
secs=${1:-10}
conns=${2:-4}
rounds=${3:-3}
cd "$(dirname "$0")/../../.."
repo=$PWD
mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
out=$(mktemp -d /tmp/atlas-bench-out.XXXX)
source src/test/bench/throwaway-postgis.sh
if [ -n "${SCALE:-}" ]; then
  source src/test/bench/scale-city.sh "$SCALE"
else
  java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
fi
copies=${COPIES:-0}
cols="park_code, land_use, status, far_min, far_max, building_density_pct, green_ratio_pct, height_limit_m,
  price_wan_per_mu, invest_intensity_wan_per_mu, tax_wan_per_mu, industry, available_date, has_road, has_water,
  has_power, has_drainage, has_gas, has_telecom, has_heating, site_levelled, area_m2, geom, source_crs, source_file, source_record"
values=${cols/status/"'available'"}
for k in $(seq 1 "$copies"); do
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "INSERT INTO parcels (code, $cols)
    SELECT 'X$k-' || code, $values FROM parcels WHERE code NOT LIKE 'X%'"
done
# every table: a restored dump's tables would otherwise be vacuumed by autovacuum during the runs
psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "VACUUM ANALYZE"
# SYNC_COMMIT=off (diagnosis): commits do not wait for the WAL flush. Each visitor's search or match
# takes and gives back a work slot in the database (two commits), which pgbench's SQL does not.
if [ -n "${SYNC_COMMIT:-}" ]; then
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "ALTER DATABASE bench SET synchronous_commit = $SYNC_COMMIT"
fi
echo "parcels: $(psql -tA -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'SELECT COUNT(*) FROM parcels')"

search='land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100'
match='{"min_mu": 50, "max_mu": 150, "land_use": ["M1", "M2"], "needs": ["power", "gas"], "max_total_price_wan": 4000, "limit": 20}'
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorBenchSql "$url" "$search" "$match" "$out"
searchsql=$out/search.sql
if [ -n "${COUNT:-}" ]; then search="$search&count=true"; searchsql=$out/search-count.sql; fi
# The portal runs more than the page per search: it binds the page's values (so PostgreSQL plans it
# on every execution, where pgbench's values written in are planned once) and takes and gives back a
# work slot (two more statements, each a round trip). search-portal.sql is all three as the portal
# sends them: the slot statements as limits/SlotSql writes them for PostgreSQL (keep the two alike),
# the page with its values bound (InvestorBenchSql.bound; -D defines them).
defines=(); while IFS= read -r d; do defines+=(-D "$d"); done <"$out/search-bound.defines"
key="'pgbench-' || :client_id"  # a key for each pgbench client: the portal retries a slot two requests took at once, pgbench would stop
cat >"$out/search-portal.sql" <<SQL
\set off random(0, 63)
INSERT INTO work_slots (client_key, slot, token, expires_at) SELECT $key, s.n, 'pgbench-' || :client_id, now() + interval '10 minutes' FROM generate_series(0, 63) AS s(n) CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS quick_commit(v) WHERE NOT EXISTS (SELECT 1 FROM work_slots o WHERE o.client_key = $key AND o.slot = s.n) ORDER BY MOD(s.n + :off, 64) FETCH FIRST 1 ROW ONLY;
$(cat "$out/search-bound.sql")
DELETE FROM work_slots WHERE client_key = $key AND token = 'pgbench-' || :client_id AND set_config('synchronous_commit', 'off', true) IS NOT NULL;
SQL

pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ATLAS_WORK_LIMIT_PER_CLIENT=64 java -Xmx512m -jar "$repo/target/parcel-atlas.jar" serve --port "$pport" --db "$url" \
  >"$out/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break; sleep 1; done
load() { java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorHttpLoad "$@" | tee -a "$out/load.log" | cut -d' ' -f1; }
bench() { pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$secs" "${@:2}" -f "$1" bench \
  | awk '/^tps/ {print $3}'; }
# CPU seconds (user + system) of the portal's JVM and of PostgreSQL (the postmaster with its children,
# live and ended) so far: per request = the difference over a run / the requests it served
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgpid=$(head -1 "$data/postmaster.pid")
pgticks() { local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pgpid/stat")
  for c in $(cat "/proc/$pgpid/task/$pgpid/children"); do t=$((t + $(ticks "$c" 2>/dev/null || echo 0))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
cpums() { python3 -c "print(f'{($2) * 1000 / $hz / max(1, $1):.2f}')"; }  # REQUESTS TICKS -> ms a request
# warm up (the JIT: the first seconds run at a fraction of the speed; on a loaded machine it takes
# minutes, hence WARMUP=SECONDS, default 3 runs' worth)
warm=${WARMUP:-$((3 * secs))}
load "http://127.0.0.1:$pport/api/investor/parcels?$search" "$warm" "$conns" >/dev/null
load "http://127.0.0.1:$pport/api/investor/match" "$warm" "$conns" "$match" >/dev/null
declare -a hs ps pb pp pg hm pm
for r in $(seq 1 "$rounds"); do
  j0=$(ticks "$pid"); g0=$(pgticks)
  hs+=("$(load "http://127.0.0.1:$pport/api/investor/parcels?$search" "$secs" "$conns")")
  j1=$(ticks "$pid"); g1=$(pgticks)
  n=$(python3 -c "print(round(${hs[-1]} * $secs))")
  ps+=("$(bench "$searchsql")")
  sleep 0.5; g2=$(pgticks)  # once the postmaster has reaped pgbench's backends
  pb+=("$(bench "$out/search-bound.sql" "${defines[@]}")")
  pp+=("$(bench "$out/search-portal.sql" "${defines[@]}")")
  pg+=("$(PGOPTIONS='-c plan_cache_mode=force_generic_plan' bench "$out/search-bound.sql" "${defines[@]}")")
  g3=$(pgticks)
  echo "round $r ($(uptime | sed 's/.*load average: //')): search CPU ms a request: portal JVM $(cpums "$n" $((j1 - j0))),"\
    "PostgreSQL $(cpums "$n" $((g1 - g0))); pgbench PostgreSQL $(cpums "$(python3 -c "print(round(${ps[-1]} * $secs))")" $((g2 - g1)))"\
    "(values written in); search pgbench: values bound ${pb[-1]} tps, bound and planned once ${pg[-1]} tps,"\
    "the portal's three statements ${pp[-1]} tps"
  hm+=("$(load "http://127.0.0.1:$pport/api/investor/match" "$secs" "$conns" "$match")")
  pm+=("$(bench "$out/match.sql")")
  echo "round $r: search http ${hs[-1]} req/s, pgbench ${ps[-1]} tps; match http ${hm[-1]} req/s, pgbench ${pm[-1]} tps"
done
echo "answers other than 200 in all HTTP runs: $(awk -F'[( ]' '{n += $4} END {print n}' "$out/load.log")"
grep -h ' WARN \| ERROR ' "$out/portal.log" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
python3 - "${hs[*]}" "${ps[*]}" "${hm[*]}" "${pm[*]}" "${pb[*]}" "${pp[*]}" "${pg[*]}" <<'PY'
import statistics, sys
hs, ps, hm, pm, pb, pp, pg = ([float(x) for x in a.split()] for a in sys.argv[1:])
m = statistics.median
print(f"search: http {m(hs):.1f} req/s, pgbench {m(ps):.1f} tps, ratio {m(hs)/m(ps):.2f}")
print(f"search: pgbench with values bound {m(pb):.1f} tps (ratio {m(hs)/m(pb):.2f}); the portal's statements"
      f" (slot, bound page, slot) {m(pp):.1f} tps (ratio {m(hs)/m(pp):.2f}); bound, planned once {m(pg):.1f} tps")
print(f"match:  http {m(hm):.1f} req/s, pgbench {m(pm):.1f} tps, ratio {m(hm)/m(pm):.2f}")
PY
