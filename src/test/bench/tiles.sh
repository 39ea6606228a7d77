#!/usr/bin/env bash
# z14 parcel tiles three ways, on the same throw-away PostGIS with N parcels (default 100,000) and
# the same 100 random tiles holding parcels, interleaved: ROUNDS rounds (default 3) of
#   pgbench   running the very statements the portal runs (ST_AsMVT, anonymous visitor's public
#             rows, literals for the parameters): the uncached ceiling, with CONNECTIONS clients
#             and again with 4, the most tiles a node draws at once (web/OgcTilesLimit): on a
#             loaded machine each PostgreSQL backend gets its share of the CPU, so 8 clients get
#             twice the share of the node's 4;
#   portal    uncached, straight to the app node (-Xmx512m);
#   before    the same for another build when TILES_BEFORE_JAR=<jar> is set (what a change bought);
#   cached    through HAProxy with the repository's configuration (deploy/haproxy/portal.cfg), its
#             cache primed with every tile first (hot), and how many requests still reached the app;
# SECONDS each (default 20), CONNECTIONS clients (default 8). Then one run of revalidations
# (If-None-Match with each tile's ETag: 304 from the app). Prints every run with p50/p99, the
# medians and the ratios to pgbench, and the load average. Only talks to 127.0.0.1.
# Usage: bash src/test/bench/tiles.sh [N] [ROUNDS] [SECONDS] [CONNECTIONS]   (from the repository root)
set -euo pipefail
n=${1:-100000}
rounds=${2:-3}
seconds=${3:-20}
conns=${4:-8}
before_jar=${TILES_BEFORE_JAR:-}
cd "$(dirname "$0")/../../.."
if ! command -v haproxy >/dev/null && [ ! -x /usr/sbin/haproxy ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends haproxy >/dev/null \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
fi
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
[ "${TILES_SKIP_BUILD:-}" = 1 ] || { mvn -B -q package -DskipTests && mvn -B -q test-compile; }
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"
out=$(mktemp -d /tmp/atlas-bench-tiles.XXXX)
source src/test/bench/throwaway-postgis.sh
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
java -jar target/parcel-atlas.jar import --layer parcels "$shp" --db "$url" | tail -2
psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'VACUUM ANALYZE parcels'
java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.TileBench prepare "$url" "$out" 100 14  # pgbench takes at most 128 scripts
scripts=()
for f in "$out"/tile-*.sql; do scripts+=(-f "$f@1"); done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
serve() {  # jar port log [java options]
  java -Xmx512m ${4:-} -jar "$1" serve --port "$2" --db "$url" >"$3" 2>&1 &
  pids+=($!)
  for _ in $(seq 90); do curl -sf -o /dev/null "http://127.0.0.1:$2/ready" && return; sleep 1; done
  tail -20 "$3"; exit 1
}
web=$(free_port); lb=$(free_port)
serve target/parcel-atlas.jar "$web" "$out/serve.log" "${TILES_JAVA_OPTS:-}"  # e.g. -XX:StartFlightRecording=filename=…
if [ -n "$before_jar" ]; then old=$(free_port); serve "$before_jar" "$old" "$out/before.log"; fi
printf 'backend nodes\n  option httpchk GET /ready\n  server a 127.0.0.1:%s check inter 2s\n' "$web" >"$out/nodes.cfg"
ATLAS_LISTEN="127.0.0.1:$lb" "$haproxy" -f deploy/haproxy/portal.cfg -f "$out/nodes.cfg" >"$out/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 30); do curl -sf -o /dev/null "http://127.0.0.1:$lb/ready" && break; sleep 0.5; done
drive() { java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.TileBench http "$@"; }
tile_requests() {  # the app node's own count of tile requests answered (its metrics)
  curl -s "http://127.0.0.1:$web/metrics" | awk '/^http_server_requests_seconds_count\{/ && /tileCol/ {s += $NF} END {printf "%d", s}'
}
drive "http://127.0.0.1:$web" "$out" "$seconds" "$conns" >/dev/null  # warm-up: JIT and pool
[ -n "$before_jar" ] && drive "http://127.0.0.1:$old" "$out" "$seconds" "$conns" >/dev/null
pg=(); pg4=(); ours=(); prev=(); hot=()
for r in $(seq "$rounds"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  tps=$(pgbench -n -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$seconds" "${scripts[@]}" bench 2>"$out/pgbench.err" \
    | awk '/^tps/ {v = $3} END {print v}')
  tps4=$(pgbench -n -h 127.0.0.1 -p "$port" -U atlas -c 4 -j 2 -T "$seconds" "${scripts[@]}" bench 2>"$out/pgbench.err" \
    | awk '/^tps/ {v = $3} END {print v}')
  line=$(drive "http://127.0.0.1:$web" "$out" "$seconds" "$conns")
  echo "round $r (load $load): pgbench $tps tps, with 4 clients $tps4 | portal $line"
  pg+=("$tps"); pg4+=("$tps4"); ours+=("$(echo "$line" | awk '{print $1}')")
  if [ -n "$before_jar" ]; then
    line=$(drive "http://127.0.0.1:$old" "$out" "$seconds" "$conns")
    echo "          before $line"; prev+=("$(echo "$line" | awk '{print $1}')")
  fi
  java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.TileBench prime "http://127.0.0.1:$lb" "$out"
  reached=$(tile_requests)
  line=$(drive "http://127.0.0.1:$lb" "$out" "$seconds" "$conns")
  echo "          cached (HAProxy, hot) $line; reached the app: $(( $(tile_requests) - reached ))"
  hot+=("$(echo "$line" | awk '{print $1}')")
done
echo "revalidation (304, app): $(drive "http://127.0.0.1:$web" "$out" "$seconds" "$conns" revalidate)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${pg[*]}" "${ours[*]}" "${hot[*]}" "${pg4[*]}" "${prev[*]:-}" <<'PY'
import statistics, sys
pg, ours, hot, pg4 = ([float(x) for x in a.split()] for a in sys.argv[1:5])
mp, mo, mh, m4 = statistics.median(pg), statistics.median(ours), statistics.median(hot), statistics.median(pg4)
print(f"median pgbench {mp:.1f} tiles/s (4 clients {m4:.1f}), portal uncached {mo:.1f} ({mo/mp:.2f}x pgbench, "
      f"{mo/m4:.2f}x at 4 clients), cached {mh:.1f} ({mh/mp:.2f}x pgbench)")
if sys.argv[5].strip():
    mb = statistics.median(float(x) for x in sys.argv[5].split())
    print(f"median before {mb:.1f} tiles/s ({mb/mp:.2f}x pgbench, {mb/m4:.2f}x at 4 clients)")
PY
