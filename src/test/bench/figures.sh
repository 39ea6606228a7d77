#!/usr/bin/env bash
# Figures benchmark (not a test): starts the portal with the demo city on the embedded default
# (H2GIS, in a temporary working folder) or, with --postgis, on a throw-away PostGIS cluster;
# signs in a city-wide official (sees every project) and a township official (the small-cell rule
# applies), then times each figures and desk read endpoint ROUNDS times with curl and prints
# p50/p95/max in ms per endpoint and viewer. Each round asks for another day (as_of steps back a
# day a round), so no answer can come from a cache; the first request of each endpoint (cold) is
# printed apart. With SCALE, the demo is first multiplied SCALE times by copying its parks' parcels,
# projects and zones with their histories (parcelatlas.bench.FiguresScaleUp: a stand-in until
# `demo --scale N` exists). Everything it started is stopped and removed at the end.
# Usage: bash src/test/bench/figures.sh [ROUNDS] [SCALE] [--postgis]   (default 30, 1; from the repository root)
# FIGURES_JAR=path times another build of the portal (e.g. the one before a change) with the same script;
# FIGURES_MAX_TIME (s, default 300) bounds each request (a request cut off shows as code 000).
set -euo pipefail
rounds=${1:-30}
scale=${2:-1}
store=${3:-h2gis}
cd "$(dirname "$0")/../../.."
repo=$PWD
jar=${FIGURES_JAR:-$repo/target/parcel-atlas.jar}
[ -n "${FIGURES_NO_BUILD:-}" ] || { mvn -B -q package -DskipTests; mvn -B -q test-compile; }
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
work=$(mktemp -d /tmp/atlas-figures.XXXX)
dbargs=()
url=
if [ "$store" = "--postgis" ]; then
  source src/test/bench/throwaway-postgis.sh
  dbargs=(--db "$url")
fi
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  fi
  if [ "$store" = "--postgis" ]; then as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true; rm -rf "$data"; fi
  rm -rf "$work"
}
trap cleanup EXIT
pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && exec java -Xmx"${FIGURES_XMX:-1g}" ${FIGURES_JAVA_OPTS:-} -jar "$jar" serve --demo \
  --port "$pport" "${dbargs[@]}") >"$work/portal.log" 2>&1 &
pid=$!
for _ in $(seq 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$pport/api/config" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/portal.log"; exit 1; }
  sleep 1
done
base="http://127.0.0.1:$pport"
password="bench-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
login() {  # NAME ROLE [SCOPE] -> cookie jar $work/NAME.jar
  (cd "$work" && echo "$password" | java -jar "$jar" user add "$1" --role "$2" ${3:+--scope "$3"} \
    "${dbargs[@]}" >/dev/null 2>&1)
  curl -sf -c "$work/$1.jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" "$base/api/login" >/dev/null
}
login bench.city official
day=$(date -u +%F)
township=$(curl -sf -b "$work/bench.city.jar" "$base/api/desk/zones?as_of=$day" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["zones"][0]["township"])')
login bench.town official "$township"
project=  # a project of the township, so both viewers may read its panel
for code in $(curl -sf -b "$work/bench.city.jar" "$base/api/desk/projects" \
  | python3 -c 'import json,sys; print("\n".join(p["code"] for p in json.load(sys.stdin)["projects"]))'); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$work/bench.town.jar" "$base/api/desk/projects/$code")" = 200 ] \
    && { project=$code; break; }
done
if [ "$scale" -gt 1 ]; then
  dburl=${url:-"jdbc:h2:file:$work/atlas-data/atlas;AUTO_SERVER=TRUE"}
  t0=$SECONDS
  java -cp "target/test-classes:target/classes:$cp" parcelatlas.bench.FiguresScaleUp "$dburl" "$scale" | tail -1
  echo "demo multiplied $scale times in $((SECONDS - t0)) s"
fi
t=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$township")
endpoints=(  # DAY is replaced by another day each round
  "/api/figures?scope=city&as_of=DAY"
  "/api/figures?scope=township:$t&as_of=DAY"
  "/api/figures/rankings?of=townships&period=week&as_of=DAY"
  "/api/figures/rankings?of=parks&period=month&as_of=DAY"
  "/api/figures.csv?as_of=DAY"
  "/api/desk/projects?as_of=DAY"
  "/api/desk/projects/$project?as_of=DAY"
  "/api/desk/zones?as_of=DAY"
)
echo "store: ${store#--}; scale $scale; township viewer: $township; project panel: $project; $rounds rounds"
printf '%-6s %-56s %8s %8s %8s %8s\n' viewer endpoint cold_ms p50_ms p95_ms max_ms
for viewer in bench.city bench.town; do
  for e in "${endpoints[@]}"; do
    times=()
    for i in $(seq 0 "$rounds"); do
      on=$(date -u -d "$day - $i days" +%F)
      times+=("$(curl -s --max-time "${FIGURES_MAX_TIME:-300}" -o /dev/null -b "$work/$viewer.jar" -w '%{http_code} %{time_total}' "$base${e//DAY/$on}")")
    done
    printf '%s\n' "${times[@]}" | python3 -c '
import sys
rows = [l.split() for l in sys.stdin if l.strip()]
bad = [r[0] for r in rows if r[0] != "200"]
ms = [float(r[1]) * 1000 for r in rows]
cold, warm = ms[0], sorted(ms[1:])
q = lambda p: warm[min(len(warm) - 1, int(round(p * (len(warm) - 1))))]
v, e = sys.argv[1], sys.argv[2]
print("%-6s %-56s %8.0f %8.0f %8.0f %8.0f%s" % (v.split(".")[1], e[:56], cold, q(0.5), q(0.95), warm[-1],
      "  NOT 200: " + ",".join(sorted(set(bad))) if bad else ""))' "$viewer" "$e"
  done
done
