#!/usr/bin/env bash
# Before/after of the HTTP stack alone: each JAR serves the demo on embedded H2 (its own data folder,
# -Xmx512m, its own port), and in every round, one after another, `wrk` drives GET /api/config (no
# database: Jetty, Javalin's routing, the before/after handlers, the access log and metrics) through
# each jar. Prints each run's req/s and the JVM's own CPU per request (user+system ticks from /proc
# over the requests wrk counted; on a shared machine steadier than the rates), `uptime` per round,
# then each build's median. BENCH_APP_CPUS (e.g. 1) pins the JVMs and wrk to those CPUs.
# WARMUP=SECONDS of wrk on each build first (default 20). PATH_=/other/path to drive another URL.
# PAIRED=1: in each round every build is driven at once (one wrk each, same CPUs), so the builds
# share whatever else the machine runs in that round; their CPU a request is then the figure to read.
# FLOOR=1 adds, as two more builds, the floor under a request (parcelatlas.bench.BareHttp, from the test
# classes): bare Jetty 12 (a core handler answering every GET with a constant body of FLOOR_BYTES,
# default 129: /api/config's answer on the demo) and bare Javalin 7 (one route, its defaults, the same body); a portal's CPU a request above Javalin's is the
# portal's own, Javalin's above Jetty's is Javalin's.
# Usage: bash src/test/bench/config-compare.sh SECONDS ROUNDS CONNECTIONS JAR...   (from the repository root)
set -euo pipefail
secs=$1 rounds=$2 conns=$3; shift 3
jars=("$@")
path=${PATH_:-/api/config}
on_app_cpus() { if [ -n "${BENCH_APP_CPUS:-}" ]; then taskset -c "$BENCH_APP_CPUS" "$@"; else "$@"; fi; }
work=$(mktemp -d /tmp/atlas-config-compare.XXXX)
pids=(); ports=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
if [ -n "${FLOOR:-}" ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  bare=(-cp "$PWD/target/test-classes:$(cat target/classpath.txt)" parcelatlas.bench.BareHttp)
  jars+=(jetty javalin)
fi
# launch I PORT: build I's server on PORT, in a data folder of its own
launch() {
  local server
  case ${jars[$1]} in
    jetty|javalin) server=("${bare[@]}" "${jars[$1]}" "$2" "${FLOOR_BYTES:-129}") ;;
    *) server=(-jar "$(realpath "${jars[$1]}")" serve --port "$2" --demo) ;;
  esac
  mkdir -p "$work/$1" && cd "$work/$1"
  exec taskset -c "${BENCH_APP_CPUS:-0-$(($(nproc) - 1))}" java -Xmx512m ${JAVA_OPTS:-} "${server[@]}"
}
source src/test/bench/portals.sh
start_portals "${#jars[@]}" "$path" launch
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # the JVM's user + system time, in clock ticks
hz=$(getconf CLK_TCK)
# run I SECONDS: one wrk run against build I; prints "req/s cpu-ms-per-request"
run() {
  local before out requests
  before=$(ticks "${pids[$1]}")
  on_app_cpus wrk -t1 -c"$conns" -d"$2"s "http://127.0.0.1:${ports[$1]}$path" >"$work/wrk$1"
  out=$(cat "$work/wrk$1")
  requests=$(echo "$out" | grep -Eo '^ *[0-9]+ requests' | grep -Eo '[0-9]+')
  if echo "$out" | grep -q 'Non-2xx'; then echo "$out" >&2; exit 1; fi
  python3 -c "import sys; print(round(int(sys.argv[1]) / $2, 1), round((int(sys.argv[2]) - int(sys.argv[3])) * 1000 / $hz / int(sys.argv[1]), 4))" \
    "$requests" "$(ticks "${pids[$1]}")" "$before"
}
loads=(); for i in "${!jars[@]}"; do run "$i" "${WARMUP:-20}" >/dev/null & loads+=($!); done
wait "${loads[@]}"
for r in $(seq "$rounds"); do
  echo "round $r: $(cat /proc/loadavg)"
  if [ -n "${PAIRED:-}" ]; then
    loads=(); for i in "${!jars[@]}"; do run "$i" "$secs" >"$work/line$i" & loads+=($!); done
    wait "${loads[@]}"
  else
    for i in "${!jars[@]}"; do run "$i" "$secs" >"$work/line$i"; done
  fi
  for i in "${!jars[@]}"; do
    echo "  ${jars[$i]}: req/s cpu-ms/req $(cat "$work/line$i")"
    echo "$i $(cat "$work/line$i")" >>"$work/runs"
  done
done
for i in "${!jars[@]}"; do
  python3 - "$i" "${jars[$i]}" "$work/runs" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[3]) if l.split()[0] == sys.argv[1]]
print(f"{sys.argv[2]}: median {statistics.median(float(r[1]) for r in rows):.1f} req/s, "
      f"{statistics.median(float(r[2]) for r in rows):.4f} ms CPU a request")
PY
done
