#!/usr/bin/env bash
# How long the investor page takes to show its first parcels in Debian's headless Chromium (empty
# cache each run), with the portal at -Xmx512m on a throw-away PostGIS holding the demo city N times
# (`demo --scale N`, scale-city.sh; default 567, about 1,000,000 parcels). Two views: a city view
# (zoom 12) and a street view (zoom 16), both centred on the first park. Prints, per run and as
# medians, the time from navigation start to the first parcels vector tile received and to the
# first row of the result list (FirstParcelsBench).
# Usage: bash src/test/bench/first-parcels.sh [ROUNDS] [N]   (defaults 5, 567; from the repository root)
set -euo pipefail
rounds=${1:-5}
n=${2:-567}
cd "$(dirname "$0")/../../.."
repo=$PWD
mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
source src/test/bench/throwaway-postgis.sh
source src/test/bench/scale-city.sh "$n"
center=$(psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench -F, \
  -c "SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_PointOnSurface(geom) c FROM parks ORDER BY code LIMIT 1) p")
pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
java -Xmx512m -jar "$repo/target/parcel-atlas.jar" serve --port "$pport" --db "$url" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 900); do
  curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
  sleep 1
done
echo "portal on $(psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'SELECT COUNT(*) FROM parcels') parcels; views centred on $center"
# one visit first, so the portal's JIT and PostgreSQL's cache are warm as on a portal in service
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.FirstParcelsBench "http://127.0.0.1:$pport" 1 \
  "warm-up=center=$center&zoom=13" >/dev/null
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.FirstParcelsBench "http://127.0.0.1:$pport" "$rounds" \
  "city=center=$center&zoom=12" "street=center=$center&zoom=16"
grep -h ' WARN \| ERROR ' "$log" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
