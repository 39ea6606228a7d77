#!/usr/bin/env bash
# The portal's search and pgbench on exactly its statements (investor.sh's portal.sql) running AT THE SAME
# TIME on one throw-away PostGIS, so that both meet the same other load, cores and caches: what PostgreSQL
# spends a search on each side's backends. investor.sh runs them one after the other, so PostgreSQL shares
# the cores with the portal's JVM in one run and with pgbench's small client in the next, and time-bound
# work (the WAL writer) is spread over fewer searches in the slower run. Here the portal connects as role
# atlas and pgbench as role pgb (pg_stat_statements counts each role's pages); per window (from 4 s into the
# run to 8 s before its end) the CPU of each role's client backends (/proc: user + system ticks) and their
# context switches (voluntary and not) a search. Ratios of the same window are what mean something.
# SCALE=N as investor.sh (57: ~100k, 567: ~1M); WARMUP seconds of portal load first (default 60); NO_BUILD=1.
# Usage: bash src/test/bench/investor-same-window.sh [SECONDS_PER_WINDOW=24] [CONNECTIONS=4] [ROUNDS=3]
set -euo pipefail
secs_default=24
source "$(dirname "$0")/investor-args.sh"
BENCH_PG_OPTS="-c shared_preload_libraries=pg_stat_statements" source src/test/bench/throwaway-postgis.sh
if [ -n "${SCALE:-}" ]; then
  source src/test/bench/scale-city.sh "$SCALE"
else
  java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
fi
sql() { psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench "$@"; }
sql -c "VACUUM ANALYZE" -c "CREATE EXTENSION pg_stat_statements" -c "CREATE ROLE pgb LOGIN SUPERUSER"
search=${SEARCH:-'land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100'}
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorBenchSql "$url" "$search" '{"min_mu": 50, "max_mu": 150, "land_use": ["M1", "M2"], "needs": ["power", "gas"], "max_total_price_wan": 4000, "limit": 20}' "$out" 3 >/dev/null
defines=(); while IFS= read -r d; do defines+=(-D "$d"); done <"$out/portal.defines"
pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ATLAS_WORK_LIMIT_PER_CLIENT=3 ATLAS_TRUSTED_PROXIES=127.0.0.1 java -Xmx512m -jar "$repo/target/parcel-atlas.jar" serve \
  --port "$pport" --db "$url" >"$out/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; while kill -0 $pid 2>/dev/null; do sleep 0.2; done; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break; sleep 1; done
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
portal() { wrk -t "$conns" -c "$conns" -d "${1}s" --timeout 60s -s src/test/bench/investor-wrk.lua \
  "http://127.0.0.1:$pport" -- "/api/investor/parcels?$search" | grep '^requests'; }
warm=${WARMUP:-60}; [ "$warm" = 0 ] || portal "$warm" >/dev/null
snap() {  # role pages ticks switches, one line a role
  sql -F' ' -c "SELECT r.rolname, sum(calls) FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
    WHERE s.query LIKE 'SELECT t.id%' AND r.rolname IN ('atlas', 'pgb') GROUP BY 1 ORDER BY 1" >"$out/calls.$1"
  sql -F' ' -c "SELECT usename, pid FROM pg_stat_activity WHERE usename IN ('atlas', 'pgb')
    AND backend_type = 'client backend' AND pid <> pg_backend_pid()" | while read -r u p; do
    echo "$u $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)" \
      "$(awk '/ctxt_switches/ {s += $2} END {print s + 0}' "/proc/$p/status" 2>/dev/null || echo 0)"
  done | awk '{t[$1] += $2; c[$1] += $3} END {for (u in t) print u, t[u], c[u]}' | sort >"$out/ticks.$1"
}
hz=$(getconf CLK_TCK)
declare -a ratios
for r in $(seq 1 "$rounds"); do
  portal "$secs" >"$out/wrk.out" &
  wpid=$!
  pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U pgb -c "$conns" -j 2 -T "$secs" "${defines[@]}" \
    -f "$out/portal.sql" bench >"$out/pgbench.out" 2>&1 &
  bpid=$!
  t0=$SECONDS; sleep 4; snap a; sleep $((secs - 8 - (SECONDS - t0))); snap b
  wait "$wpid" "$bpid"
  line=$(python3 - "$out" "$hz" <<'PY'
import sys
out, hz = sys.argv[1], float(sys.argv[2])
def rd(name):
    return {l.split()[0]: [float(x) for x in l.split()[1:]] for l in open(f"{out}/{name}") if l.strip()}
ca, cb, ta, tb = rd("calls.a"), rd("calls.b"), rd("ticks.a"), rd("ticks.b")
ms = {}
parts = []
for role, name in (("atlas", "portal"), ("pgb", "pgbench")):
    n = cb[role][0] - ca[role][0]
    ms[role] = (tb[role][0] - ta[role][0]) * 1000 / hz / n
    parts.append(f"{name} {n:.0f} searches, {ms[role]:.3f} ms, {(tb[role][1] - ta[role][1]) / n:.2f} switches")
print(f"{ms['atlas'] / ms['pgb']:.3f} " + "; ".join(parts))
PY
)
  ratios+=("${line%% *}")
  echo "round $r (load $(cut -d' ' -f1-3 /proc/loadavg)): PostgreSQL's backends a search: ${line#* }: portal/pgbench ${line%% *}"
  echo "  $(cat "$out/wrk.out"); pgbench $(grep -o 'tps = [0-9.]*' "$out/pgbench.out")"
done
python3 -c "import statistics, sys; print(f'portal/pgbench PostgreSQL CPU a search, same windows: median {statistics.median(map(float, sys.argv[1:])):.3f}')" "${ratios[@]}"
