#!/usr/bin/env bash
# Before/after of the serving path on one PostGIS database already filled (e.g. by scale-city.sh):
# each JAR (a build of the portal; e.g. /tmp/before.jar from the base commit and target/parcel-atlas.jar)
# serves at -Xmx512m on its own port, and in every round, one after another: OGC items pages
# (ItemsLoad, anonymous, random BOX° boxes, limit 100, no count) through each jar, pgbench on the same
# items SQL, the investor search (InvestorHttpLoad; land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100,
# no count) through each jar, pgbench on its page SQL. Prints each run, `uptime` per round, medians and
# ratios to pgbench (the builds' items runs in reverse order every other round: ABBA), and each build's own CPU per items request (from /proc: user+system time of the
# JVM during its runs over the requests it answered; on a shared machine steadier than the rates).
# Requires target/classes and target/test-classes (mvn test-compile).
# WARMUP=SECONDS: warm-up of each build on each load first (default 10). ITEMS_ONLY=1: no search runs.
# SERVE_CLIENT=wrk: the items load from wrk with items-wrk.lua (a C client, as pgbench's; every response
# checked) instead of ItemsLoad. BENCH_APP_CPUS (a taskset CPU list): the portals, the load clients and
# pgbench's client run on those CPUs only (start the cluster with BENCH_DB_CPUS on the others: the pinned
# method of items.sh). SERVE_JAVA_OPTS: more JVM options for every portal (e.g. a JFR recording with
# filename=/tmp/x-{i}.jfr: {i} is the JAR's index, one file per build).
# Usage: bash src/test/bench/serve-compare.sh PG_PORT SECONDS ROUNDS CONNECTIONS BOX JAR...   (from the repository root)
set -euo pipefail
pgport=$1 secs=$2 rounds=$3 conns=$4 box=$5; shift 5
jars=("$@")
url="jdbc:postgresql://127.0.0.1:$pgport/bench?user=atlas"
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
work=$(mktemp -d /tmp/atlas-serve-compare.XXXX)
pids=(); ports=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || pin=(taskset -c "$BENCH_APP_CPUS")
launch() {  # launch I PORT
  local jar opts=${SERVE_JAVA_OPTS:-}; jar=$(realpath "${jars[$1]}")
  cd "$work" && ATLAS_WORK_LIMIT_PER_CLIENT=64 exec "${pin[@]}" java -Xmx512m ${opts//\{i\}/$1} -jar "$jar" serve \
    --port "$2" --db "$url"
}
source src/test/bench/portals.sh
start_portals "${#jars[@]}" /ready launch
extent=$(curl -sf "http://127.0.0.1:${ports[0]}/ogc/collections/parcels" \
  | python3 -c 'import json,sys; print(",".join(map(str, json.load(sys.stdin)["extent"]["spatial"]["bbox"][0])))')
python3 - "$extent" "$box" "$(java -cp "$cp" parcelatlas.features.ItemsSqlForPgbench 100)" >"$work/items.pgbench" <<'PY'
import sys
w, s, e, n = map(float, sys.argv[1].split(",")); box = float(sys.argv[2])
print(f"\\set w {w!r} + random(0, 1000000) * {max(0.0, e - w - box)!r} / 1000000.0")
print(f"\\set s {s!r} + random(0, 1000000) * {max(0.0, n - s - box)!r} / 1000000.0")
print(f"\\set e :w + {box!r}")
print(f"\\set n :s + {box!r}")
print(sys.argv[3])
PY
search='land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100'
java -cp "$cp" parcelatlas.investor.InvestorBenchSql "$url" "$search" \
  '{"min_mu": 50, "max_mu": 150, "land_use": ["M1", "M2"], "needs": ["power", "gas"], "max_total_price_wan": 4000, "limit": 20}' "$work" >/dev/null
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }  # the JVM's user + system time, in clock ticks
hz=$(getconf CLK_TCK)
# items PORT SECONDS SEED [PID]: prints req/s; with PID, appends "cpu I ROUND ms-per-request" to the runs
items() {
  local before out
  before=${4:+$(ticks "$4")}
  if [ "${SERVE_CLIENT:-}" = wrk ]; then
    out=$("${pin[@]}" wrk -t 2 -c "$conns" -d "${2}s" --timeout 60s -s src/test/bench/items-wrk.lua \
      "http://127.0.0.1:$1" -- "$extent" "$box" 100 "$3" | grep '^requests ')
    echo "$out" | grep -q 'errors 0 ' || [ "$3" = 0 ] || { echo "errors in a run: $out" >&2; exit 1; }
  else
    out=$("${pin[@]}" java -cp "$cp" parcelatlas.bench.ItemsLoad "http://127.0.0.1:$1" "$2" "$conns" "$extent" "$box" 100 "$3")
  fi
  if [ -n "${4:-}" ]; then
    python3 -c "import sys; print('cpu', sys.argv[1], sys.argv[2], ($(ticks "$4") - $before) * 1000 / $hz / int(sys.argv[3]))" \
      "$5" "$3" "$(echo "$out" | grep -Eo 'requests [0-9]+' | grep -Eo '[0-9]+')" >>"$work/runs"
  fi
  echo "$out" | grep -Eo 'req/s [0-9.]+' | grep -Eo '[0-9.]+'
}
search() { java -cp "$cp" parcelatlas.investor.InvestorHttpLoad "http://127.0.0.1:$1/api/investor/parcels?$search" "$2" "$conns" \
  | cut -d' ' -f1; }
bench() { "${pin[@]}" pgbench -n -M prepared -c "$conns" -j 2 -T "$2" -f "$1" -h 127.0.0.1 -p "$pgport" -U atlas bench 2>&1 \
  | grep -Eo 'tps = [0-9.]+' | grep -Eo '[0-9.]+'; }
warm=${WARMUP:-10}  # seconds of warm-up per build and load (the JIT; under load it needs minutes)
for port in "${ports[@]}"; do items "$port" "$warm" 0 >/dev/null; [ -n "${ITEMS_ONLY:-}" ] || search "$port" "$warm" >/dev/null; done
for r in $(seq "$rounds"); do
  line="round $r ($(uptime | sed 's/.*load average: //')):"
  order=("${!ports[@]}"); [ $((r % 2)) = 1 ] || order=($(printf '%s\n' "${!ports[@]}" | tac))  # ABBA: every other round reversed
  for i in "${order[@]}"; do line+=" items[$i] $(items "${ports[$i]}" "$secs" "$r" "${pids[$i]}" "$i")"; echo "items $i $r ${line##* }" >>"$work/runs"; done
  t=$(bench "$work/items.pgbench" "$secs"); line+=" items-pgbench $t"; echo "items pg $r $t" >>"$work/runs"
  [ -z "${ITEMS_ONLY:-}" ] || { echo "$line"; continue; }
  for i in "${!ports[@]}"; do line+=" search[$i] $(search "${ports[$i]}" "$secs")"; echo "search $i $r ${line##* }" >>"$work/runs"; done
  t=$(bench "$work/search.sql" "$secs"); line+=" search-pgbench $t"; echo "search pg $r $t" >>"$work/runs"
  echo "$line"
done
python3 - "$work/runs" "${jars[@]}" <<'PY'
import statistics, sys, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, who, _, value = line.split(); runs[(kind, who)].append(float(value))
for i, jar in enumerate(sys.argv[2:]):
    cpu = runs[("cpu", str(i))]
    if cpu:
        runs_text = ", ".join(f"{1000 * c:.1f}" for c in cpu)
        print(f"items: {jar}: portal CPU per request {1000 * statistics.median(cpu):.1f} us (median of {len(cpu)} runs: {runs_text})")
if len(sys.argv) == 4 and runs[("cpu", "0")] and runs[("cpu", "1")]:
    pairs = [b / a for a, b in zip(runs[("cpu", "0")], runs[("cpu", "1")])]
    print(f"items: CPU per request of the second over the first, round by round: {', '.join(f'{p:.3f}' for p in pairs)};"
          f" median {statistics.median(pairs):.3f}")
for kind in ("items", "search"):
    if (kind, "pg") not in runs:
        continue
    pg = statistics.median(runs[(kind, "pg")])
    for i, jar in enumerate(sys.argv[2:]):
        m = statistics.median(runs[(kind, str(i))])
        print(f"{kind}: {jar}: median {m:.1f} req/s, pgbench {pg:.1f} tps, ratio {m / pg:.2f}")
PY
