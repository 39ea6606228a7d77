#!/usr/bin/env bash
# Uncached z14 parcel tiles through the portal against pgbench running the very statements the
# portal runs (ST_AsMVT, anonymous visitor's public rows, literals for the parameters), on the same
# throw-away PostGIS with N parcels (default 100,000), interleaved: ROUNDS rounds (default 3) of
# pgbench then the portal, SECONDS each (default 20), CONNECTIONS clients (default 8). Then one run
# of revalidations (If-None-Match with each tile's ETag: 304), what a CDN or browser cache costs.
# Prints every run, the medians and the ratio portal/pgbench. Only talks to 127.0.0.1.
# Usage: bash src/test/bench/tiles.sh [N] [ROUNDS] [SECONDS] [CONNECTIONS]   (from the repository root)
set -euo pipefail
n=${1:-100000}
rounds=${2:-3}
seconds=${3:-20}
conns=${4:-8}
cd "$(dirname "$0")/../../.."
mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"
out=$(mktemp -d /tmp/atlas-bench-tiles.XXXX)
source src/test/bench/throwaway-postgis.sh
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
java -jar target/parcel-atlas.jar import --layer parcels "$shp" --db "$url" | tail -2
psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'VACUUM ANALYZE parcels'
java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.TileBench prepare "$url" "$out" 100 14  # pgbench takes at most 128 scripts
scripts=()
for f in "$out"/tile-*.sql; do scripts+=(-f "$f@1"); done
web=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx512m -jar target/parcel-atlas.jar serve --port "$web" --db "$url" >"$out/serve.log" 2>&1 &
pid=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$web/ready" >/dev/null && break; sleep 1; done
drive() { java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.TileBench http "http://127.0.0.1:$web" "$out" "$seconds" "$conns" "$@"; }
drive >/dev/null  # warm-up: JIT and pool
pg=(); ours=()
for r in $(seq "$rounds"); do
  tps=$(pgbench -n -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$seconds" "${scripts[@]}" bench 2>"$out/pgbench.err" \
    | awk '/^tps/ {v = $3} END {print v}')
  line=$(drive)
  echo "round $r: pgbench $tps tps | portal $line"
  pg+=("$tps"); ours+=("$(echo "$line" | awk '{print $1}')")
done
echo "revalidation (304): $(drive revalidate)"
python3 - "${pg[*]}" "${ours[*]}" <<'PY'
import statistics, sys
pg = [float(x) for x in sys.argv[1].split()]; ours = [float(x) for x in sys.argv[2].split()]
mp, mo = statistics.median(pg), statistics.median(ours)
print(f"median pgbench {mp:.1f} tiles/s, portal {mo:.1f} tiles/s, ratio portal/pgbench {mo/mp:.2f}")
PY
