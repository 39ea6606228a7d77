#!/usr/bin/env bash
# Investor search with max_km and site matching with near_km: the SQL the portal writes now (read
# from context_distances, V1_31) against the SQL written before (distances measured per query),
# interleaved on one connection, after checking both give the same rows (NearKmBench).
# DB=h2 runs on an embedded H2GIS file with the demo; otherwise a throw-away PostGIS with the demo,
# or with SCALE=N copies of the city (scale-city.sh; N=57: ~100k parcels), or COPIES=k copies of every
# demo parcel in place (k=56: ~100k parcels, denser than SCALE). Prints the demo load time.
# Usage: bash src/test/bench/nearkm.sh [ROUNDS]   (default 5; from the repository root)
set -euo pipefail
rounds=${1:-5}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)
if [ "${DB:-}" = h2 ]; then
  dir=$(mktemp -d /tmp/atlas-nearkm.XXXX); trap 'rm -rf "$dir"' EXIT
  url="jdbc:h2:file:$dir/atlas"
  /usr/bin/time -f "demo load: %e s wall, %M KB peak" java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
else
  source src/test/bench/throwaway-postgis.sh
  if [ -n "${SCALE:-}" ]; then
    source src/test/bench/scale-city.sh "$SCALE"
  else
    /usr/bin/time -f "demo load: %e s wall, %M KB peak" java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
  fi
  # COPIES=k: k more copies of every parcel in place (SQL, so NearKmBench's refresh measures them all)
  cols="park_code, land_use, status, far_min, far_max, building_density_pct, green_ratio_pct, height_limit_m,
    price_wan_per_mu, invest_intensity_wan_per_mu, tax_wan_per_mu, industry, available_date, has_road, has_water,
    has_power, has_drainage, has_gas, has_telecom, has_heating, site_levelled, area_m2, geom, source_crs, source_file, source_record"
  [ "${COPIES:-0}" -gt 0 ] && psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "INSERT INTO parcels (code, $cols)
    SELECT 'X' || k || '-' || code, $cols FROM parcels CROSS JOIN generate_series(1, ${COPIES:-0}) k"
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "VACUUM ANALYZE"
fi
uptime
match_default='{"min_mu": 20, "max_mu": 150, "near_km": {"highway_exit": 2, "substation": 1.5}, "limit": 20}'
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.NearKmBench "$url" \
  "${SEARCH:-max_km.highway_exit=3&land_use=M1,M2&limit=100}" \
  "${MATCH:-$match_default}" "$rounds"
uptime
