#!/usr/bin/env bash
# Fills a PostGIS database with the demo city N times (`demo --scale N`: N districts side by side,
# 1,764 × N parcels; N=57 ≈ 100k, N=567 ≈ 1M) for the benchmarks, and prints the load's wall
# time and peak RSS. The result is cached as a pg_dump in target/bench/, keyed by N and the demo
# generator's source tree, so the next benchmark restores it instead of generating it again
# (SCALE_CITY_FRESH=1 always generates; SCALE_CITY_XMX sets the heap, default 512m).
# Usage, from the repository root:
#   source src/test/bench/throwaway-postgis.sh; source src/test/bench/scale-city.sh N   # fills $url
#   bash src/test/bench/scale-city.sh N JDBC_URL     # fills that (empty) database
#   bash src/test/bench/scale-city.sh N              # a throw-away cluster, filled, measured, removed
scale_city() {
  local n=$1 target=$2
  [ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
  mkdir -p target/bench
  local key dump
  key=$(git rev-parse --short HEAD:src/main/java/parcelatlas/demo 2>/dev/null || echo nogit)
  dump=target/bench/scale-city-$n-$key.dump
  local pg=${target#jdbc:postgresql://}; pg=${pg%%\?*}
  local host=${pg%%:*} rest=${pg#*:}; local port=${rest%%/*} db=${rest#*/}
  local user; user=$(sed -n 's/.*[?&]user=\([^&]*\).*/\1/p' <<<"$target")
  if [ -f "$dump" ] && [ -z "${SCALE_CITY_FRESH:-}" ]; then
    local t0; t0=$(date +%s.%N)
    pg_restore -h "$host" -p "$port" -U "${user:-atlas}" -d "$db" --no-owner -j 2 "$dump"
    echo "scale-city: restored --scale $n from $dump in $(python3 -c "print(f'{$(date +%s.%N)-$t0:.1f}')") s"
  else
    local log; log=$(mktemp)
    /usr/bin/time -v java -Xmx"${SCALE_CITY_XMX:-512m}" -jar target/parcel-atlas.jar demo --scale "$n" \
      --db "$target" 2>"$log" | grep -E '^(district|Loaded the demo)' | tail -2
    grep -E 'Elapsed \(wall|Maximum resident' "$log" | sed 's/^\s*/scale-city: /'
    grep -qE 'Exit status: 0' "$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    rm -f "$log"
    pg_dump -h "$host" -p "$port" -U "${user:-atlas}" -Fc -Z1 -f "$dump" "$db"
  fi
  psql -qAt -h "$host" -p "$port" -U "${user:-atlas}" -d "$db" -c "ANALYZE" \
    -c "SELECT 'scale-city: ' || (SELECT COUNT(*) FROM parcels) || ' parcels, ' || (SELECT COUNT(*) FROM projects)
        || ' projects, ' || (SELECT COUNT(*) FROM demolition_zones) || ' zones, '
        || (SELECT COUNT(*) FROM demolition_reports) || ' reports'"
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  scale_city "${1:?usage: source scale-city.sh N (after throwaway-postgis.sh)}" "${2:-$url}"
else
  set -euo pipefail
  cd "$(dirname "$0")/../../.."
  n=${1:?usage: bash src/test/bench/scale-city.sh N [JDBC_URL]}
  if [ -n "${2:-}" ]; then
    scale_city "$n" "$2"
  else
    source src/test/bench/throwaway-postgis.sh
    scale_city "$n" "$url"
  fi
fi
