#!/usr/bin/env bash
# Investor search and site matching through HTTP (the portal at -Xmx512m on a throw-away PostGIS
# with the demo city) against pgbench running the same SQL (InvestorBenchSql writes it from the
# portal's own builders, values written in), same number of connections, runs interleaved.
# Prints requests (or transactions) per second of each run, the medians and the ratios.
# SCALE=N loads the city N times (`demo --scale N`, scale-city.sh; N=57: ~100k parcels) instead of
# the demo; COPIES=k adds k land-ready copies of every parcel on top. SYNC_COMMIT=off: see below.
# COUNT=1: the search asks count=true (the page and the capped count; pgbench runs both statements);
# without it the search is the page alone, as the investor page's later requests and API clients ask.
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
psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "VACUUM ANALYZE parcels"
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

pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ATLAS_WORK_LIMIT_PER_CLIENT=64 java -Xmx512m -jar "$repo/target/parcel-atlas.jar" serve --port "$pport" --db "$url" \
  >"$out/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break; sleep 1; done
load() { java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorHttpLoad "$@" | tee -a "$out/load.log" | cut -d' ' -f1; }
bench() { pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$secs" -f "$1" bench \
  | awk '/^tps/ {print $3}'; }
# warm up (the JIT: the first seconds run at a fraction of the speed)
load "http://127.0.0.1:$pport/api/investor/parcels?$search" "$secs" "$conns" >/dev/null
load "http://127.0.0.1:$pport/api/investor/match" "$secs" "$conns" "$match" >/dev/null
declare -a hs ps hm pm
for r in $(seq 1 "$rounds"); do
  hs+=("$(load "http://127.0.0.1:$pport/api/investor/parcels?$search" "$secs" "$conns")")
  ps+=("$(bench "$searchsql")")
  hm+=("$(load "http://127.0.0.1:$pport/api/investor/match" "$secs" "$conns" "$match")")
  pm+=("$(bench "$out/match.sql")")
  echo "round $r: search http ${hs[-1]} req/s, pgbench ${ps[-1]} tps; match http ${hm[-1]} req/s, pgbench ${pm[-1]} tps"
done
echo "answers other than 200 in all HTTP runs: $(awk -F'[( ]' '{n += $4} END {print n}' "$out/load.log")"
grep -h ' WARN \| ERROR ' "$out/portal.log" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
python3 - "${hs[*]}" "${ps[*]}" "${hm[*]}" "${pm[*]}" <<'PY'
import statistics, sys
hs, ps, hm, pm = ([float(x) for x in a.split()] for a in sys.argv[1:])
m = statistics.median
print(f"search: http {m(hs):.1f} req/s, pgbench {m(ps):.1f} tps, ratio {m(hs)/m(ps):.2f}")
print(f"match:  http {m(hm):.1f} req/s, pgbench {m(pm):.1f} tps, ratio {m(hm)/m(pm):.2f}")
PY
