#!/usr/bin/env bash
# The H2 defect behind the embedded store's import crash-safety, reproduced with the plain H2 jar:
# kill -9 of a transaction writing into a table with a SPATIAL INDEX, then two opens. Prints what
# each open sees. Usage (from the repository root):
#   bash src/test/bench/h2-killed-spatial-transaction.sh [ROWS] [URL_SETTINGS]
#   SPATIAL=1 bash src/test/bench/h2-killed-spatial-transaction.sh 20000
#   SPATIAL=1 bash src/test/bench/h2-killed-spatial-transaction.sh 20000 ';WRITE_DELAY=2147483647'
# Without SPATIAL the killed transaction is rolled back; with it (H2 2.5.252) both opens see its
# rows and the first one's commit fails with "Map null(N) is closed"; with the background writer
# stopped (the WRITE_DELAY above, as the portal does during an import) it is rolled back again.
set -euo pipefail
rows=${1:-20000}
settings=${2:-}
cd "$(dirname "$0")"
h2=$(ls ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
url="jdbc:h2:file:$dir/db$settings"
run() { java -cp "$h2" H2KilledSpatialTransaction.java "$@"; }
run seed "$url"
java -cp "$h2" H2KilledSpatialTransaction.java write "$url" > "$dir/out" 2>&1 &
pid=$!
until [ "$(tail -n 1 "$dir/out" 2>/dev/null || echo 0)" -ge "$rows" ] 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$dir/out"; exit 1; }
  sleep 0.05
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
echo "killed after $(tail -n 1 "$dir/out") rows written (spatial index: ${SPATIAL:-no})"
for open in first second; do
  echo "$open open:"; run check "$url" 2>&1 | grep -E "rows|commits|Exception" | head -2 || true
done
