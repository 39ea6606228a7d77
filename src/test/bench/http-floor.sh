#!/usr/bin/env bash
# The floor under a request: what the HTTP server costs with nothing of the portal in it. Loads, with
# wrk (items-wrk.lua on a fixed path, every response checked), in interleaved rounds:
#   jetty    Jetty 12's core handler answering every GET with a constant 20 KB body (bench.BareHttp);
#   javalin  Javalin 7, one route, its defaults, the same body;
#   portal   `serve --demo` (embedded H2GIS) answering /api/config, which reads no database: Jetty,
#            Javalin, the portal's before-handlers, access log and metrics; one per JAR given.
# Per run: req/s and the server's CPU a request (user + system from /proc). The difference between
# javalin and portal is the portal's own per-request cost; between jetty and javalin, Javalin's.
# With BENCH_APP_CPUS=1 every server and wrk run on that CPU, as items.sh's pinned method runs the
# portal and its client: the servers' req/s are then what one core does.
# Usage: bash src/test/bench/http-floor.sh [SECONDS=10] [ROUNDS=3] [CONNECTIONS=8] [JAR...]
# (from the repository root; default JAR target/parcel-atlas.jar; HTTP_FLOOR_SKIP_BUILD=1 uses what is built)
set -euo pipefail
seconds=${1:-10}; rounds=${2:-3}; connections=${3:-8}
shift $(( $# < 3 ? $# : 3 ))
cd "$(dirname "$0")/../../.."
repo=$PWD
jars=("$@"); [ ${#jars[@]} -gt 0 ] || jars=("$repo/target/parcel-atlas.jar")
if [ -z "${HTTP_FLOOR_SKIP_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q test-compile
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
work=$(mktemp -d /tmp/atlas-floor.XXXX)
pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || pin=(taskset -c "$BENCH_APP_CPUS")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
names=(); ports=(); paths=(); spids=()
start() {  # start NAME PATH CMD...: a server on a fresh port, pinned if asked
  local name=$1 path=$2 port; shift 2; port=$(free_port)
  (cd "$work" && exec "${pin[@]}" "${@/PORT/$port}") >"$work/$name.log" 2>&1 &
  pids+=($!); spids+=($!); names+=("$name"); ports+=("$port"); paths+=("$path")
}
start jetty /items java -Xmx512m -cp "$repo/target/test-classes:$cp" parcelatlas.bench.BareHttp jetty PORT
start javalin /items java -Xmx512m -cp "$repo/target/test-classes:$cp" parcelatlas.bench.BareHttp javalin PORT
for i in "${!jars[@]}"; do
  mkdir -p "$work/p$i"
  start "portal$i" /api/config env ATLAS_DATA_DIR="$work/p$i" java -Xmx512m -jar "${jars[$i]}" serve --demo --port PORT
done
for i in "${!names[@]}"; do
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:${ports[$i]}${paths[$i]}" && break
    kill -0 "${spids[$i]}" 2>/dev/null || { tail -20 "$work/${names[$i]}.log"; exit 1; }
    sleep 1
  done
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
run() {  # run I SECONDS: one wrk run against server I; prints "req/s CPU_MS_PER_REQUEST"
  local before line requests rate
  before=$(ticks "${spids[$1]}")
  line=$("${pin[@]}" wrk -t 2 -c "$connections" -d "${2}s" --timeout 30s -s src/test/bench/items-wrk.lua \
    "http://127.0.0.1:${ports[$1]}" -- 0,0,1,1 0.1 1 1 "" "${paths[$1]}" | grep '^requests ')
  echo "$line" | grep -q 'errors 0 ' || { echo "errors from ${names[$1]}: $line" >&2; return 1; }
  requests=$(echo "$line" | grep -Eo '^requests [0-9]+' | grep -Eo '[0-9]+')
  rate=$(echo "$line" | grep -Eo 'req/s [0-9.]+' | grep -Eo '[0-9.]+')
  python3 -c "print(f'$rate {($(ticks "${spids[$1]}") - $before) / $hz * 1000 / $requests:.4f}')"
}
echo "servers: ${names[*]}; jars: ${jars[*]}; CPU ${BENCH_APP_CPUS:-all}; $connections connections, ${seconds} s runs"
for i in "${!names[@]}"; do run "$i" "${FLOOR_WARMUP:-30}" >/dev/null; done  # the JIT
for r in $(seq "$rounds"); do
  echo "round $r load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  for k in "${!names[@]}"; do  # each round starts with another server, so none always runs first
    i=$(( (k + r) % ${#names[@]} ))
    echo "${names[$i]} $(run "$i" "$seconds")" | tee -a "$work/runs"
  done
done
python3 - "$work/runs" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, rate, ms = line.split()
    runs[name].append((float(rate), float(ms)))
for name, values in runs.items():
    print(f"median {name}: {statistics.median(v[0] for v in values):,.1f} req/s, "
          f"{statistics.median(v[1] for v in values):.4f} ms of server CPU a request")
PY
