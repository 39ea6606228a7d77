#!/usr/bin/env bash
# OGC items against the ceiling: the portal (-Xmx512m, on a throw-away PostGIS) answering anonymous
# /ogc/collections/parcels/items?limit=100&bbox=<random SIZE° box> at CONNECTIONS connections,
# against pgbench running the very SQL the portal runs for such a
# page (printed by parcelatlas.features.ItemsSqlForPgbench; the requests do not ask count=true, so
# the portal runs that one statement too, no count) with random boxes from the same extent, same
# connections. Interleaved: ROUNDS × (portal SECONDS, pgbench SECONDS) after a warm-up of each;
# prints every run, the medians and the ratio portal/pgbench. Without SCALE the demo city is
# loaded; with SCALE, `demo --scale SCALE` (a city SCALE times the demo, through scale-city.sh).
# The load client (ITEMS_CLIENT): `wrk` (default; Debian's wrk 4, installed when missing) with
# src/test/bench/items-wrk.lua: 2 threads, one keep-alive connection each of CONNECTIONS, the same
# random boxes from the same extent, every response checked (a non-200 or a body under 200 bytes is
# an error and fails the run). It is the default because pgbench's client is lean C too: pinned at
# 100k, 0.03° boxes, wrk spent 55 us of CPU a request (9% of client + portal), the Java client
# 550 us (35%: a JVM started per run, never warm), pgbench's client 38 us a transaction; each run
# prints its client's CPU (and the portal's), so the share can be checked. `ITEMS_CLIENT=java`:
# parcelatlas.bench.ItemsLoad over one keep-alive socket per connection (LeanHttp;
# ITEMS_JDK_CLIENT=1: the JDK's HttpClient, which cost more CPU than the portal). MapServer's runs
# use the same client.
# Usage: bash src/test/bench/items.sh [SECONDS] [CONNECTIONS] [ROUNDS] [SCALE]   (default 20 8 3; from the repository root)
# ITEMS_BOX sets the box size in degrees (default 0.03), ITEMS_XMX the portal's -Xmx (default 512m),
# ITEMS_WARMUP the portal's warm-up in seconds (default 15; ITEMS_WARMUP_REQUESTS=N warms on until N requests), ITEMS_JAVA_OPTS more JVM options for the portal
# (a JFR recording), ITEMS_SKIP_BUILD=1 runs the jar and
# classes already built. Also prints a baseline: the same load on
# /api/config, which reads no database, i.e. what the HTTP stack and the load driver cost alone.
# MapServer 8 as a peer (ITEMS_MAPSERVER=0 leaves it out): its OGC API – Features over the same
# table, rows and columns (src/test/bench/mapserver-items.sh: mapfile, lighttpd with mapserv as
# FastCGI, installed with apt-get when missing), the same load client and boxes, in every round;
# before the rounds, the feature ids of sample boxes are compared with the portal's.
# Pinned mode (BENCH_DB_CPUS=0 BENCH_APP_CPUS=1, see throwaway-postgis.sh): the cluster runs on the
# DB CPUs; the portal's JVM, the load client, pgbench (its client process; its backends are the
# cluster's) and MapServer's lighttpd with its FastCGI workers on the app CPUs. Then the ratio
# portal/pgbench answers "does the app tier keep up with the database" (as with the database on its
# own machine); unpinned (shared), every process shares both cores and the ratio is roughly the
# database's share of the CPU per request, PG / (PG + portal + client).
set -euo pipefail
seconds=${1:-20}
connections=${2:-8}
rounds=${3:-3}
scale=${4:-}
box=${ITEMS_BOX:-0.03}
limit=100
cd "$(dirname "$0")/../../.."
repo=$PWD
if [ -z "${ITEMS_SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q test-compile
fi
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
work=$(mktemp -d /tmp/atlas-items.XXXX)
source src/test/bench/throwaway-postgis.sh
pid=
mapserver_stop() { :; }
cleanup() {
  mapserver_stop
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  fi
  as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  rm -rf "$data" "$work"
}
trap cleanup EXIT
demo=(--demo)
if [ -n "$scale" ]; then
  source src/test/bench/scale-city.sh "$scale"  # a pg_dump kept in target/bench/ after the first run
  demo=()
fi
# on_app_cpus is a function and cannot be exec'd; the same taskset, exec'd so that $pid is the JVM itself
app_pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || app_pin=(taskset -c "$BENCH_APP_CPUS")
pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# all requests come from 127.0.0.1, as from behind a proxy: the per-client limit raised as the README says
(cd "$work" && ATLAS_WORK_LIMIT_PER_CLIENT=64 exec "${app_pin[@]}" java -Xmx"${ITEMS_XMX:-512m}" ${ITEMS_JAVA_OPTS:-} -jar "$repo/target/parcel-atlas.jar" \
  serve "${demo[@]}" --port "$pport" --db "$url") >"$work/portal.log" 2>&1 &
pid=$!
for _ in $(seq 900); do
  curl -sf -o /dev/null "http://127.0.0.1:$pport/api/config" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/portal.log"; exit 1; }
  sleep 1
done
psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'ANALYZE' >/dev/null
extent=$(curl -sf "http://127.0.0.1:$pport/ogc/collections/parcels" \
  | python3 -c 'import json,sys; print(",".join(map(str, json.load(sys.stdin)["extent"]["spatial"]["bbox"][0])))')
parcels=$(psql -tA -h 127.0.0.1 -p "$port" -U atlas -d bench -c "SELECT COUNT(*) FROM parcels")
sql=$(java -cp "target/test-classes:target/classes:$cp" parcelatlas.features.ItemsSqlForPgbench "$limit" "$box")
# MapServer's layer is the bare SELECT: a wide box's statement comes wrapped in a transaction for pgbench
# (its plan setting), which MapServer cannot take as its layer's data (it answered 404 to every 1° box)
select_sql=$(java -cp "target/test-classes:target/classes:$cp" parcelatlas.features.ItemsSqlForPgbench "$limit")
python3 - "$extent" "$box" "$sql" >"$work/items.pgbench" <<'PY'
import sys
w, s, e, n = map(float, sys.argv[1].split(",")); box = float(sys.argv[2])
print(f"\\set w {w!r} + random(0, 1000000) * {max(0.0, e - w - box)!r} / 1000000.0")
print(f"\\set s {s!r} + random(0, 1000000) * {max(0.0, n - s - box)!r} / 1000000.0")
print(f"\\set e :w + {box!r}")
print(f"\\set n :s + {box!r}")
print(sys.argv[3])
PY
if [ -n "${BENCH_DB_CPUS:-}${BENCH_APP_CPUS:-}" ]; then
  echo "pinned: database on CPUs ${BENCH_DB_CPUS:-all}; portal, load client, pgbench and MapServer on CPUs ${BENCH_APP_CPUS:-all}"
else
  echo "shared: every process on every CPU (not pinned)"
fi
echo "parcels: $parcels; anonymous extent: $extent; box ${box}°; limit $limit; $connections connections; ${seconds} s runs"
if [ "${ITEMS_MAPSERVER:-1}" != 0 ]; then
  source src/test/bench/mapserver-items.sh  # defines mapserver_stop, sets $msport and $mspath
  mapserver_start "$work/mapserver" "$port" "$extent" "$select_sql" "$connections"
  python3 src/test/bench/items-agree.py "http://127.0.0.1:$pport/ogc/collections/parcels/items?" \
    "http://127.0.0.1:$msport$mspath" "$extent" "$box" 20
fi
# cpu_run FILE CMD...: runs CMD (a function too), writes the user + system seconds its processes used to FILE
cpu_run() { local f=$1; shift; ( rc=0; "$@" || rc=$?; times >"$f.times"; awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) {
  split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.2f\n", t }' "$f.times" >"$f"; exit $rc ); }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # a process's user + system time, in clock ticks
hz=$(getconf CLK_TCK)
pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || pin=(taskset -c "$BENCH_APP_CPUS")
# client SECONDS SEED [PATH [ITEMS_PATH]]: one run of the load client, its one-line summary
client() {
  if [ "$client" = wrk ]; then
    "${pin[@]}" wrk -t 2 -c "$connections" -d "${1}s" --timeout 60s -s src/test/bench/items-wrk.lua "http://127.0.0.1:$pport" \
      -- "$extent" "$box" "$limit" "$2" "${4:-}" ${3:+"$3"} | grep '^requests '
  else
    "${pin[@]}" java ${ITEMS_JDK_CLIENT:+-Dbench.jdkClient=true} ${4:+-Dbench.itemsPath="$4"} -cp "target/test-classes:target/classes:$cp" \
      parcelatlas.bench.ItemsLoad "http://127.0.0.1:$pport" "$1" "$connections" "$extent" "$box" "$limit" "$2" ${3:+"$3"}
  fi
}
# app SECONDS SEED [PATH [ITEMS_PATH]]: a run of the client against $pport, with the CPU the client and the
# server ($server_pid: the portal's JVM, or nothing) spent during it; a run with errors fails the script.
# Also the CPU a request in microseconds (the steady figure: it does not move with the machine's load as
# req/s does): the portal's JVM less what it spends idle ($idle_hz ticks a second, measured before the
# rounds), and PostgreSQL's (pg_ticks, less its idle); kept in $us_app and $us_pg for the round's summary.
app() {
  local before line out n pg0 t0 dt
  before=${server_pid:+$(ticks "$server_pid")}; pg0=$(pg_ticks); t0=$(date +%s.%N)
  line=$(cpu_run "$work/client.cpu" client "$@") || { echo "load client failed" >&2; return 1; }
  dt=$(python3 -c "print($(date +%s.%N) - $t0)")
  out="$line  client CPU $(cat "$work/client.cpu") s"
  if [ -n "$before" ]; then
    n=$(echo "$line" | grep -Eo '^requests [0-9]+' | grep -Eo '[0-9]+')
    read -r us_app us_pg < <(python3 -c "n = max(1, $n); print(f'{(($(ticks "$server_pid") - $before) / $hz - ${idle_app:-0} * $dt) * 1e6 / n:.1f}',
      f'{(($(pg_ticks) - $pg0) / $hz - ${idle_pg:-0} * $dt) * 1e6 / n:.1f}')")
    out+=", server CPU $(python3 -c "print(f'{($(ticks "$server_pid") - $before) / $hz:.2f}')") s; CPU us a request: portal $us_app, PostgreSQL $us_pg"
  fi
  echo "$out"
  if [ "$2" != 0 ] && ! echo "$line" | grep -q 'errors 0 '; then echo "errors in the run above: failing" >&2; return 1; fi
}
# MapServer through the same client: its items resource on its own port
ms() { local saved=$pport saved_pid=$server_pid; pport=$msport; server_pid=
  app "$1" "$2" "" "$mspath"; pport=$saved; server_pid=$saved_pid; }
# bench SECONDS: a pgbench run, its tps; sets $us_pgb, PostgreSQL's CPU a transaction in microseconds (its
# backends end with the run: counted once the postmaster has reaped them)
bench() { local pg0 t0 dt tps; pg0=$(pg_ticks); t0=$(date +%s.%N)
  cpu_run "$work/pgbench.cpu" "${pin[@]}" pgbench -n -M prepared -c "$connections" -j 2 -T "$1" -f "$work/items.pgbench" \
  -h 127.0.0.1 -p "$port" -U atlas bench >"$work/pgbench.out" 2>&1; sleep 0.3; dt=$(python3 -c "print($(date +%s.%N) - $t0)")
  tps=$(grep -Eo 'tps = [0-9.]+' "$work/pgbench.out" | grep -Eo '[0-9.]+')
  us_pgb=$(python3 -c "n = max(1, $(grep -Eo 'actually processed: [0-9]+' "$work/pgbench.out" | grep -Eo '[0-9]+'))
print(f'{(($(pg_ticks) - $pg0) / $hz - ${idle_pg:-0} * $dt) * 1e6 / n:.1f}')"); echo "$tps"; }
client=${ITEMS_CLIENT:-wrk}; server_pid=$pid
command -v wrk >/dev/null || [ "$client" != wrk ] || apt-get install -y wrk >/dev/null
echo "load client: $client"
warm=${ITEMS_WARMUP:-15}; SECONDS_START=$SECONDS
app "$warm" 0 >/dev/null
# ITEMS_WARMUP_REQUESTS=N: then more warm-up in 5 s runs until the portal has answered N items requests in
# all (at most 10 minutes): the JIT's state then does not depend on how much of its core the portal got
warmed=0; until [ "$warmed" -ge "${ITEMS_WARMUP_REQUESTS:-0}" ] || [ "$SECONDS" -gt $((SECONDS_START + 600)) ]; do
  warmed=$((warmed + $(app 5 0 | grep -Eo '^requests [0-9]+' | grep -Eo '[0-9]+'))); done
[ "${ITEMS_WARMUP_REQUESTS:-0}" = 0 ] || echo "warm-up: $warmed requests after the ${warm} s"
bench 5 >/dev/null; [ -z "${msport:-}" ] || ms 5 0 >/dev/null
# what the portal's JVM and PostgreSQL spend idle (timers, GC threads, writers), CPU seconds a second
a0=$(ticks "$pid"); p0=$(pg_ticks); sleep 5
read -r idle_app idle_pg < <(python3 -c "print(($(ticks "$pid") - $a0) / $hz / 5, ($(pg_ticks) - $p0) / $hz / 5)")
echo "idle CPU: portal $idle_app s/s, PostgreSQL $idle_pg s/s (subtracted from the CPU a request below)"
echo "baseline, the HTTP stack alone (/api/config, no database): $(app "$seconds" 0 /api/config)"
ours=(); peers=(); maps=(); cpu_app=(); cpu_pg=(); cpu_pgb=()
rate() { echo "$1" | grep -Eo 'req/s [0-9.]+' | grep -Eo '[0-9.]+'; }
for r in $(seq "$rounds"); do
  echo "round $r load average: $(uptime | sed 's/.*load average: //')"
  app "$seconds" "$r" >"$work/round"; line=$(cat "$work/round"); echo "round $r portal:    $line"; ours+=("$(rate "$line")")
  cpu_app+=("$us_app"); cpu_pg+=("$us_pg")
  bench "$seconds" >"$work/round"; tps=$(cat "$work/round"); cpu_pgb+=("$us_pgb")
  echo "round $r pgbench:   tps $tps  client CPU $(cat "$work/pgbench.cpu") s; PostgreSQL CPU us a transaction $us_pgb"; peers+=("$tps")
  if [ -n "${msport:-}" ]; then
    line=$(ms "$seconds" "$r"); echo "round $r MapServer: $line"; maps+=("$(rate "$line")")
  fi
done
python3 - "${ours[*]}" "${peers[*]}" "${maps[*]:-}" "${cpu_app[*]}" "${cpu_pg[*]}" "${cpu_pgb[*]}" <<'PY'
import statistics, sys
ours = list(map(float, sys.argv[1].split())); peers = list(map(float, sys.argv[2].split()))
for name, arg in (("portal JVM a request", 4), ("PostgreSQL a portal request", 5), ("PostgreSQL a pgbench transaction", 6)):
    v = sorted(map(float, sys.argv[arg].split()))
    print(f"CPU us {name}: median {statistics.median(v):.1f} (rounds {', '.join(f'{x:.1f}' for x in v)}; spread ±{50 * (v[-1] - v[0]) / statistics.median(v):.0f}%)")
o, p = statistics.median(ours), statistics.median(peers)
print(f"median portal {o:.1f} req/s, pgbench {p:.1f} tps, ratio portal/pgbench {o / p:.2f}")
if sys.argv[3].strip():
    m = statistics.median(map(float, sys.argv[3].split()))
    print(f"median MapServer {m:.1f} req/s, ratio portal/MapServer {o / m:.2f}")
PY
echo "portal log: $(grep -c ' ERROR ' "$work/portal.log" || true) ERROR lines"
