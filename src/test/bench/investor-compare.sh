#!/usr/bin/env bash
# Before/after of the investor search at the portal's CPU per search: two builds (JAR_A, JAR_B, e.g.
# a saved /tmp/before.jar and target/parcel-atlas.jar) serve at -Xmx512m side by side on one
# throw-away PostGIS filled with the city SCALE times (scale-city.sh; 57: ~100k parcels, 567: ~1M),
# the default 3 work slots a client, each load connection another visitor, as investor.sh. First
# the two builds' answers to the search are checksummed (the same bytes expected); each is warmed
# twice for WARMUP seconds; then per round the search load through each build (their order
# alternating) and pgbench on the portal's statements (the slot's take, the page, the release:
# InvestorBenchSql's portal.sql, as investor.sh runs it). Per run: req/s and the CPU milliseconds a
# search costs the build's JVM and PostgreSQL (/proc, as investor.sh); medians and the ratio to
# pgbench at the end. On a shared machine the rates swing with the other load, the CPU a search much
# less: compare those, round by round. BENCH_DB_CPUS / BENCH_APP_CPUS pin as in investor.sh. The load
# client is investor.sh's (investor-load.sh: wrk by default, INVESTOR_CLIENT=java the Java one; a
# non-200 answer fails the run); "client" is its CPU milliseconds a request.
# Usage (repository root, after mvn test-compile and dependency:build-classpath as investor.sh does):
#   SCALE=567 [SEARCH=QUERY] bash src/test/bench/investor-compare.sh SECONDS ROUNDS WARMUP JAR_A JAR_B
set -euo pipefail
secs=$1 rounds=$2 warm=$3 jarA=$4 jarB=$5 conns=4 slots=3
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)
out=$(mktemp -d /tmp/atlas-investor-compare.XXXX)
source src/test/bench/throwaway-postgis.sh
source src/test/bench/scale-city.sh "$SCALE" >/dev/null
sql() { psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench "$@"; }
sql -c "VACUUM ANALYZE"
search=${SEARCH:-'land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100'}  # SEARCH=QUERY: another search
match='{"min_mu": 50, "max_mu": 150, "land_use": ["M1", "M2"], "needs": ["power", "gas"], "max_total_price_wan": 4000, "limit": 20}'
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorBenchSql "$url" "$search" "$match" "$out" "$slots" >/dev/null 2>&1
defines=(); while IFS= read -r d; do defines+=(-D "$d"); done <"$out/portal.defines"
pids=(); ports=()
app_pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || app_pin=(taskset -c "$BENCH_APP_CPUS")
for jar in "$jarA" "$jarB"; do
  pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # exec'd, so that $! is the JVM itself (see investor.sh)
  (ATLAS_WORK_LIMIT_PER_CLIENT=$slots ATLAS_TRUSTED_PROXIES=127.0.0.1 exec "${app_pin[@]}" java -Xmx512m -jar "$jar" serve \
    --port "$pport" --db "$url") >"$out/portal$pport.log" 2>&1 &
  pids+=("$!"); ports+=("$pport")
done
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null; done; sleep 2; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
for pp in "${ports[@]}"; do for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$pp/ready" && break; sleep 1; done; done
# the same answer from both builds?
a=$(curl -s -H 'X-Forwarded-For: 10.9.9.9' "http://127.0.0.1:${ports[0]}/api/investor/parcels?$search" | md5sum)
b=$(curl -s -H 'X-Forwarded-For: 10.9.9.8' "http://127.0.0.1:${ports[1]}/api/investor/parcels?$search" | md5sum)
if [ "$a" = "$b" ]; then echo "the same answer from both builds (md5 ${a%% *})"; else echo "DIFFERENT answers: $a / $b"; fi
source src/test/bench/investor-load.sh  # load(): wrk by default (INVESTOR_CLIENT), sets $rate and $client_ms
bench() { on_app_cpus pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$secs" "${defines[@]}" -f "$out/portal.sql" bench | awk '/^tps/ {print $3}'; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgpid=$(head -1 "$data/postmaster.pid")
pgticks() { local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pgpid/stat")
  for c in $(cat "/proc/$pgpid/task/$pgpid/children"); do t=$((t + $(ticks "$c" 2>/dev/null || echo 0))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
for i in 0 1 0 1; do load "http://127.0.0.1:${ports[$i]}/api/investor/parcels?$search" "$warm" "$conns"; done
for r in $(seq "$rounds"); do
  line="round $r (load $(cut -d' ' -f1-3 /proc/loadavg)):"
  order="0 1"; [ $((r % 2)) = 0 ] && order="1 0"
  for i in $order; do
    j0=$(ticks "${pids[$i]}"); g0=$(pgticks)
    load "http://127.0.0.1:${ports[$i]}/api/investor/parcels?$search" "$secs" "$conns"
    j1=$(ticks "${pids[$i]}"); g1=$(pgticks)
    n=$(python3 -c "print(max(1, round($rate * $secs)))")
    line+=" jar$i $rate req/s jvm $(python3 -c "print(f'{($j1-$j0)*1000/$hz/$n:.2f}')") pg $(python3 -c "print(f'{($g1-$g0)*1000/$hz/$n:.2f}')") client $client_ms;"
    echo "$i $r $rate $(python3 -c "print(($j1-$j0)*1000/$hz/$n, ($g1-$g0)*1000/$hz/$n)")" >>"$out/runs"
  done
  g0=$(pgticks); t=$(bench); sleep 0.5; g1=$(pgticks)
  line+=" pgbench $t tps pg $(python3 -c "print(f'{($g1-$g0)*1000/$hz/max(1,round($t*$secs)):.2f}')")"
  echo "pg $r $t 0 0" >>"$out/runs"
  echo "$line"
done
python3 - "$out/runs" <<'PY'
import sys, statistics as st, collections
d=collections.defaultdict(list)
for l in open(sys.argv[1]):
    w,r,rate,j,g=l.split(); d[w].append((float(rate),float(j),float(g)))
pg=st.median([x[0] for x in d["pg"]])
for w in ("0","1"):
    xs=d[w]; print(f"jar{w}: median {st.median([x[0] for x in xs]):.1f} req/s, ratio {st.median([x[0] for x in xs])/pg:.2f}; JVM ms {st.median([x[1] for x in xs]):.2f}, PG ms {st.median([x[2] for x in xs]):.2f}")
print(f"pgbench median {pg:.1f}")
PY
