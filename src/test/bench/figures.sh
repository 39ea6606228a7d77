#!/usr/bin/env bash
# Figures benchmark (not a test): starts the portal with the demo city on the embedded default
# (H2GIS, in a temporary working folder) or, with --postgis, on a throw-away PostGIS cluster;
# signs in a city-wide official (sees every project) and a township official (the small-cell rule
# applies), then times each figures and desk read endpoint ROUNDS times with curl and prints
# p50/p95/max in ms per endpoint and viewer. The first (cold) request of each is printed apart.
# Everything it started is stopped and removed at the end.
# Usage: bash src/test/bench/figures.sh [ROUNDS] [--postgis]   (default 30; from the repository root)
set -euo pipefail
rounds=${1:-30}
store=${2:-h2gis}
cd "$(dirname "$0")/../../.."
repo=$PWD
[ -n "${FIGURES_NO_BUILD:-}" ] || mvn -B -q package -DskipTests
work=$(mktemp -d /tmp/atlas-figures.XXXX)
dbargs=()
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
(cd "$work" && exec java -Xmx"${FIGURES_XMX:-1g}" ${FIGURES_JAVA_OPTS:-} -jar "$repo/target/parcel-atlas.jar" serve --demo \
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
  (cd "$work" && echo "$password" | java -jar "$repo/target/parcel-atlas.jar" user add "$1" --role "$2" ${3:+--scope "$3"} \
    "${dbargs[@]}" >/dev/null 2>&1)
  curl -sf -c "$work/$1.jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$password\"}" "$base/api/login" >/dev/null
}
login bench.city official
day=$(date -u +%F)
township=$(curl -sf -b "$work/bench.city.jar" "$base/api/figures/rankings?as_of=$day" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["rankings"]["start_rate_pct"][0]["name"])')
login bench.town official "$township"
project=$(curl -sf -b "$work/bench.city.jar" "$base/api/desk/projects" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("projects", d) if isinstance(d, dict) else d; print(d[0]["code"])')
t=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$township")
endpoints=(
  "/api/figures?scope=city&as_of=$day"
  "/api/figures?scope=township:$t&as_of=$day"
  "/api/figures/rankings?of=townships&period=week&as_of=$day"
  "/api/figures/rankings?of=parks&period=month&as_of=$day"
  "/api/figures.csv?as_of=$day"
  "/api/desk/projects"
  "/api/desk/projects/$project"
  "/api/desk/zones"
)
echo "store: ${store#--}; township viewer: $township; project panel: $project; $rounds rounds"
printf '%-8s %-62s %8s %8s %8s %8s\n' viewer endpoint cold_ms p50_ms p95_ms max_ms
for viewer in bench.city bench.town; do
  for e in "${endpoints[@]}"; do
    times=()
    for _ in $(seq "$((rounds + 1))"); do
      times+=("$(curl -s -o /dev/null -b "$work/$viewer.jar" -w '%{http_code} %{time_total}' "$base$e")")
    done
    printf '%s\n' "${times[@]}" | python3 -c '
import sys
rows = [l.split() for l in sys.stdin if l.strip()]
bad = [r[0] for r in rows if r[0] != "200"]
ms = [float(r[1]) * 1000 for r in rows]
cold, warm = ms[0], sorted(ms[1:])
q = lambda p: warm[min(len(warm) - 1, int(round(p * (len(warm) - 1))))]
v, e = sys.argv[1], sys.argv[2]
print("%-8s %-62s %8.0f %8.0f %8.0f %8.0f%s" % (v.split(".")[1], e[:62], cold, q(0.5), q(0.95), warm[-1],
      "  NOT 200: " + ",".join(sorted(set(bad))) if bad else ""))' "$viewer" "$e"
  done
done
