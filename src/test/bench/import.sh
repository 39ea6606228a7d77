#!/usr/bin/env bash
# Interleaved rounds of three imports of the same N-polygon GBK Gauss-Krüger shapefile
# (bench.BenchmarkParcels, EPSG:4527) into one throw-away PostGIS, each reprojecting to EPSG:4326
# into a table with a GiST index:
#   ours      bin/parcel-atlas import --layer parcels, JAVA_OPTS=$OURS_JAVA (validates,
#             repairs, computes areas; the parcels table emptied before each round, not timed)
#   ogr2ogr   ogr2ogr -f PostgreSQL -overwrite -t_srs EPSG:4326 (GDAL 3.6 with these defaults, seen in
#             PostgreSQL's statement log: the table (serial key, 7 columns) and its GiST index created and
#             committed first, then COPY in transactions of 100,000 features (-gt), the index maintained
#             row by row; no ANALYZE; ours: 27 columns, the index and 21 others built once after the COPY,
#             all in one transaction)
#   shp2pgsql shp2pgsql -D -I -c -s 4527:4326 -W GBK | psql (COPY format, index after the load;
#             the table dropped first)
# Prints every run's wall time, peak RSS and client CPU (user+sys of the tool's processes, not the
# database's; /usr/bin/time -v), then medians, ratios of medians
# (ours / peer) and the load average. Times include each tool's start-up (ours: JVM and the
# migration check). Needs GDAL, PostGIS's shp2pgsql and .ci/install-deps.
# Usage: bash src/test/bench/import.sh [N=100000] [ROUNDS=5]   (from the repository root)
#   OURS_JAVA="-Xmx512m" (default) sets our JVM's options; IMPORT_LAUNCHER=0 runs ours (and before)
#   with plain `java $OURS_JAVA -jar` instead of the launcher's; IMPORT_BEFORE_JAR=path adds that build's
#   import ("before", same options) to every round, right after ours. IMPORT_AGAIN=1 adds a
#   re-import of the same file right after ours (and after before): every row updated in place
#   ("again", "before-again"), timed the same way. IMPORT_CONTEXT=1 imports the demo's context points
#   first (into the before build's database too), so that ours also measures every parcel's nearest
#   point of each kind (context_distances). The before build imports into a database of its own
#   (bench_before), migrated by itself.
set -euo pipefail
n=${1:-100000}
rounds=${2:-5}
ours_java=${OURS_JAVA--Xmx512m}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
shp=target/bench/parcels$n.shp
if [ ! -f "$shp" ]; then
  mvn -B -q test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)
  java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"
fi
shp2pgsql=$(command -v shp2pgsql || ls /usr/lib/postgresql/*/bin/shp2pgsql | sort -V | tail -1)

source src/test/bench/throwaway-postgis.sh
out=$(mktemp -d /tmp/atlas-import-bench.XXXX)  # removed on exit by throwaway-postgis.sh's trap
q() { psql -q -At -h 127.0.0.1 -p "$port" -U atlas -d bench -c "$1"; }

# run NAME ROUND FUNCTION: times one run, appends "name seconds kilobytes" to $out/runs
run() {
  local name=$1 round=$2
  shift 2
  /usr/bin/time -v -o "$out/$name.$round.time" bash -c "$1" >"$out/$name.$round.log" 2>&1 \
    || { echo "$name failed:"; tail -20 "$out/$name.$round.log"; exit 1; }
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$out/$name.$round.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$name.$round.time")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$out/$name.$round.time")
  echo "$name $wall $rss $cpu" >>"$out/runs"
  printf '  %-9s %7.2f s  %6d MB  client CPU %6.2f s\n' "$name" "$wall" $((rss / 1024)) "$cpu"
}

# through the launcher (bin/parcel-atlas: C1 only, serial GC), or plain `java -jar` with IMPORT_LAUNCHER=0
launch() {
  if [ "${IMPORT_LAUNCHER:-1}" = 0 ]; then java $ours_java -jar "$1" "${@:2}"
  else PARCEL_ATLAS_JAR="$1" JAVA_OPTS="$ours_java" bin/parcel-atlas "${@:2}"; fi
}
ours() { launch target/parcel-atlas.jar import --layer parcels "$shp" --db "$url"; }
before_url=$url
if [ -n "${IMPORT_BEFORE_JAR:-}" ]; then # its own database: its migrations may differ from ours
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d postgres -c 'CREATE DATABASE bench_before'
  before_url="jdbc:postgresql://127.0.0.1:$port/bench_before?user=atlas"
fi
before() { launch "$IMPORT_BEFORE_JAR" import --layer parcels "$shp" --db "$before_url"; }
# migrates the database; through the launcher this also writes each build's class-data archive
# once, as a user's first command would, so that no timed run pays for it
launch target/parcel-atlas.jar import --layer parks data/demo/parks.shp --db "$url" >/dev/null 2>&1
[ -z "${IMPORT_BEFORE_JAR:-}" ] || launch "$IMPORT_BEFORE_JAR" import --layer parks data/demo/parks.shp --db "$before_url" >/dev/null 2>&1
if [ "${IMPORT_CONTEXT:-0}" = 1 ]; then
  launch target/parcel-atlas.jar import --layer context-points data/demo/context_points.shp --db "$url" >/dev/null
  [ -z "${IMPORT_BEFORE_JAR:-}" ] || launch "$IMPORT_BEFORE_JAR" import --layer context-points \
    data/demo/context_points.shp --db "$before_url" >/dev/null
fi
gdal() {
  ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$port dbname=bench user=atlas" "$shp" -nln ogr_parcels \
    -overwrite -t_srs EPSG:4326 -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom
}
postgis() {
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "DROP TABLE IF EXISTS shp_parcels"
  "$shp2pgsql" -D -I -c -s 4527:4326 -W GBK "$shp" shp_parcels 2>/dev/null \
    | psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -v ON_ERROR_STOP=1 >/dev/null
}

export shp url before_url port ours_java shp2pgsql
export IMPORT_BEFORE_JAR=${IMPORT_BEFORE_JAR:-} IMPORT_LAUNCHER=${IMPORT_LAUNCHER:-1}
again=${IMPORT_AGAIN:-}
# ours NAME ROUND [FUNCTION]: a fresh import, and with IMPORT_AGAIN its re-import
fresh() { run "$1" "$2" "$3"; if [ -n "$again" ]; then run "$1-again" "$2" "$3"; fi; }
export -f launch ours before gdal postgis
echo "N=$n, $rounds rounds, ours with '$ours_java' (launcher: ${IMPORT_LAUNCHER:-1}); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  q "TRUNCATE parcels CASCADE"
  # a different order each round, so no tool always runs right after another
  case $((r % 3)) in
    1) fresh ours "$r" ours; run ogr2ogr "$r" gdal; run shp2pgsql "$r" postgis ;;
    2) run ogr2ogr "$r" gdal; run shp2pgsql "$r" postgis; fresh ours "$r" ours ;;
    0) run shp2pgsql "$r" postgis; fresh ours "$r" ours; run ogr2ogr "$r" gdal ;;
  esac
  if [ -n "$IMPORT_BEFORE_JAR" ]; then
    [ "$before_url" = "$url" ] && q "TRUNCATE parcels CASCADE" \
      || psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench_before -c "TRUNCATE parcels CASCADE"
    fresh before "$r" before
  fi
done
echo "rows (ours / ogr2ogr / shp2pgsql): $(q "SELECT (SELECT COUNT(*) FROM parcels) || ' / ' || (SELECT COUNT(*) FROM ogr_parcels) || ' / ' || (SELECT COUNT(*) FROM shp_parcels)")"
[ "${IMPORT_CONTEXT:-0}" = 1 ] && echo "context distance rows (ours): $(q "SELECT COUNT(*) FROM context_distances")"
python3 - "$out/runs" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, wall, rss, cpu = line.split()
    runs.setdefault(name, []).append((float(wall), int(rss), float(cpu)))
med = {k: statistics.median(w for w, _, _ in v) for k, v in runs.items()}
for k, v in runs.items():
    print(f"{k:9s} median {med[k]:6.2f} s   peak RSS max {max(r for _, r, _ in v) // 1024} MB"
          f"   client CPU (user+sys) median {statistics.median(c for _, _, c in v):.2f} s")
for peer in ("ogr2ogr", "shp2pgsql"):
    for mine in ("ours", "before"):
        if mine in med:
            print(f"ratio {mine} / {peer}: {med[mine] / med[peer]:.2f}")
if "ours-again" in med and "before-again" in med:
    print(f"ratio ours-again / before-again: {med['ours-again'] / med['before-again']:.2f}")
EOF
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
