#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the investor search's page for every filter with every sort the API
# allows (InvestorPlansExplain: the portal's own builders, its values bound, under the portal's plan
# choice, the second of two executions), one markdown row a search: execution ms, buffers, the indexes
# and sorts of the plan. Finds an ordered index walked past most rows (a filter correlated with the
# sort). On a throw-away PostGIS with the city SCALE times the demo (scale-city.sh; 567: ~1M parcels;
# default the demo). DB_URL=jdbc:…: an existing database instead. Searches given as arguments replace
# the grid; VERBOSE=1 prints each whole plan. NO_BUILD=1: target/ as built.
# Usage: bash src/test/bench/investor-plans.sh [SEARCH...]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ -z "${NO_BUILD:-}" ]; then
  mvn -B -q package -DskipTests
  mvn -B -q test-compile
fi
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)
if [ -n "${DB_URL:-}" ]; then
  url=$DB_URL
else
  source src/test/bench/throwaway-postgis.sh
  if [ -n "${SCALE:-}" ]; then
    source src/test/bench/scale-city.sh "$SCALE"
  else
    java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
  fi
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d bench -c "VACUUM ANALYZE"
fi
echo "load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorPlansExplain "$url" "$@"
