#!/usr/bin/env bash
# Interleaved rounds, into fresh embedded H2GIS files, of the two bulk loads of the zero-setup store:
#   demo12   demo --scale 12 (the demo city and 11 copies: 21,168 parcels, projects, zones, reports,
#            then every parcel's context distances)
#   imp100k  import --layer parcels of the N-polygon GBK shapefile bench.BenchmarkParcels writes
#            (as import.sh makes it), into a database holding the demo's parks (migrated first, not timed)
# for this build (target/parcel-atlas.jar, "ours") and, with H2_BEFORE_JAR=path, that build ("before"),
# in alternating order. Prints each run's wall time, CPU time (user+sys, every thread) and peak RSS, the medians and the load average.
# Usage: bash src/test/bench/h2-import.sh [ROUNDS=3] [N=100000]   (from the repository root)
#   H2_OURS_JAR=path measures that build as "ours". H2_BENCH_JAVA="-Xmx512m" (default) sets the JVMs' options; H2_BENCH_ONLY=demo12|imp100k runs one load.
set -euo pipefail
rounds=${1:-3}
n=${2:-100000}
java_opts=${H2_BENCH_JAVA:--Xmx512m}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
shp=target/bench/parcels$n.shp
if [ ! -f "$shp" ]; then
  mvn -B -q test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
  java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" parcelatlas.bench.BenchmarkParcels "$shp" "$n"
fi
out=$(mktemp -d /tmp/atlas-h2-bench.XXXX)
trap 'rm -rf "$out"' EXIT
jars=(ours "${H2_OURS_JAR:-$(pwd)/target/parcel-atlas.jar}")
[ -z "${H2_BEFORE_JAR:-}" ] || jars+=(before "$H2_BEFORE_JAR")

# run LABEL JAR ROUND ARGS…: one timed run into a fresh database $out/LABEL-ROUND
run() {
  local label=$1 jar=$2 round=$3 load=$4
  shift 4
  local db=$out/$label-$load-$round
  if [ "$load" = imp100k ]; then
    java $java_opts -jar "$jar" import --layer parks data/demo/parks.shp --db "jdbc:h2:$db" >/dev/null 2>&1
  fi
  /usr/bin/time -f '%e %M %U %S' -o "$out/t" java $java_opts -jar "$jar" "$@" --db "jdbc:h2:$db" >"$out/log" 2>&1 \
    || { echo "$label $load failed:"; tail -20 "$out/log"; exit 1; }
  read -r wall rss user sys <"$out/t"
  local cpu; cpu=$(python3 -c "print($user + $sys)")
  echo "$label-$load $wall $rss $cpu" >>"$out/runs"
  printf '  %-16s %7.1f s  CPU %6.1f s  %5d MB  load %s\n' "$label-$load" "$wall" "$cpu" $((rss / 1024)) \
    "$(cut -d' ' -f1 /proc/loadavg)"
  rm -rf "$db".*
}

echo "$rounds rounds, '$java_opts'; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  order=(0 2); [ $((r % 2)) = 0 ] && order=(2 0)
  for i in "${order[@]}"; do
    [ "$i" -lt "${#jars[@]}" ] || continue
    label=${jars[$i]} jar=${jars[$((i + 1))]}
    [ "${H2_BENCH_ONLY:-demo12}" = imp100k ] || run "$label" "$jar" "$r" demo12 demo --scale 12
    [ "${H2_BENCH_ONLY:-imp100k}" = demo12 ] || run "$label" "$jar" "$r" imp100k import --layer parcels "$shp"
  done
done
python3 - "$out/runs" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, wall, rss, cpu = line.split()
    runs.setdefault(name, []).append((float(wall), int(rss), float(cpu)))
for k, v in sorted(runs.items()):
    print(f"{k:16s} median {statistics.median(w for w, _, _ in v):6.1f} s  CPU (user+sys) median"
          f" {statistics.median(c for _, _, c in v):6.1f} s  peak RSS {max(r for _, r, _ in v) // 1024} MB")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
