#!/usr/bin/env bash
# Command-line start-up benchmark (not a test): the cost of a short `parcel-atlas export` run, which
# is almost all JVM start, class loading and opening the database. The 7 demo parks are imported
# into a throw-away PostGIS and an embedded H2GIS file, then ROUNDS interleaved rounds (default 10) of
#   ours:      bin/parcel-atlas export --layer parks --format shp (PostGIS, H2GIS), through the launcher
#              as a user runs it (C1, serial GC, the jar's class-data archive, written before the rounds);
#              CLI_LAUNCHER=0 runs `java -jar` instead
#   before:    the same with BEFORE_JAR=path (another build, e.g. the previous commit's), if given
#   pgsql2shp: the same parks from PostGIS (the tool a user would pick instead)
#   import:    with CLI_IMPORT=1, also `import --layer parks data/demo/parks.shp` into PostGIS (ours and
#              before): a command that reads its file while the database opens
# print each one's median wall time and client CPU (user+sys, /usr/bin/time), and the load average.
# Usage: bash src/test/bench/cli-startup.sh [ROUNDS=10]   (from the repository root)
#   OURS_JAVA="..." adds JVM options to every java run (e.g. -Xmx256m).
set -euo pipefail
rounds=${1:-10}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
jar=$PWD/target/parcel-atlas.jar
source src/test/bench/throwaway-postgis.sh
out=$(mktemp -d /tmp/atlas-startup-bench.XXXX)  # removed on exit by throwaway-postgis.sh's trap
h2="jdbc:h2:file:$out/h2/atlas"
java -jar "$jar" import --layer parks data/demo/parks.shp --db "$url" >/dev/null 2>&1
java -jar "$jar" import --layer parks data/demo/parks.shp --db "$h2" >/dev/null 2>&1

# run NAME COMMAND...: appends "name wall cpu" to $out/runs
run() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S' -o "$out/time" "$@" >/dev/null 2>"$out/err" || { echo "$name failed"; cat "$out/err"; exit 1; }
  read -r wall user sys <"$out/time"
  echo "$name $wall $(python3 -c "print($user + $sys)")" >>"$out/runs"
}
export_() {
  if [ "${CLI_LAUNCHER:-1}" = 0 ]; then echo java ${OURS_JAVA:-} -jar "$1" export --layer parks --format shp --out "$out/parks.zip" --db "$2"
  else echo env PARCEL_ATLAS_JAR="$1" bin/parcel-atlas export --layer parks --format shp --out "$out/parks.zip" --db "$2"; fi
}
import_() {
  if [ "${CLI_LAUNCHER:-1}" = 0 ]; then echo java ${OURS_JAVA:-} -jar "$1" import --layer parks data/demo/parks.shp --db "$url"
  else echo env PARCEL_ATLAS_JAR="$1" bin/parcel-atlas import --layer parks data/demo/parks.shp --db "$url"; fi
}
export JAVA_OPTS="${OURS_JAVA:-}"  # read by the launcher
# each build's class-data archive (through the launcher), written once as a user's first command would
for j in "$jar" ${BEFORE_JAR:-}; do $(export_ "$j" "$url") >/dev/null 2>&1; done
echo "rounds $rounds, OURS_JAVA='${OURS_JAVA:-}'; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  run "ours-postgis" $(export_ "$jar" "$url")
  run "ours-h2gis" $(export_ "$jar" "$h2")
  if [ -n "${BEFORE_JAR:-}" ]; then
    run "before-postgis" $(export_ "$BEFORE_JAR" "$url")
    run "before-h2gis" $(export_ "$BEFORE_JAR" "$h2")
  fi
  if [ -n "${CLI_IMPORT:-}" ]; then
    run "ours-import" $(import_ "$jar")
    [ -z "${BEFORE_JAR:-}" ] || run "before-import" $(import_ "$BEFORE_JAR")
  fi
  run pgsql2shp pgsql2shp -f "$out/p.shp" -h 127.0.0.1 -p "$port" -u atlas bench "SELECT * FROM parks"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/runs" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, wall, cpu = line.split()
    runs.setdefault(name, []).append((float(wall), float(cpu)))
for name, v in runs.items():
    print(f"{name:15s} median wall {statistics.median(w for w, _ in v):5.2f} s   client CPU {statistics.median(c for _, c in v):5.2f} s")
EOF
