#!/usr/bin/env bash
# Soak benchmark (not a test): starts the portal with the demo city on the embedded default
# (H2GIS, in a temporary working folder) or, with --postgis, on a throw-away PostGIS cluster;
# signs an official in and drives, for MINUTES at CONNECTIONS concurrent connections, a mix of
# anonymous reads, the official's writes and the hostile requests of issue 9 item 2 — only to
# 127.0.0.1. Prints per class of request: count, errors (legitimate: anything not 2xx; hostile:
# 5xx or no answer; 429/503 load shedding listed apart), p50/p95/p99 latency; and the portal's heap used after a full GC, before and
# after (jcmd). Everything it started is stopped and removed at the end.
# Usage: bash src/test/bench/soak.sh [MINUTES] [CONNECTIONS] [--postgis]   (default 10, 32; from the repository root)
# SOAK_XMX sets the portal's -Xmx (default 1g).
set -euo pipefail
minutes=${1:-10}
connections=${2:-32}
store=${3:-h2gis}
cd "$(dirname "$0")/../../.."
repo=$PWD
mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
work=$(mktemp -d /tmp/atlas-soak.XXXX)
dbargs=()
if [ "$store" = "--postgis" ]; then
  source src/test/bench/throwaway-postgis.sh
  dbargs=(--db "$url")
fi
pid=
cleanup() {
  if [ -n "$pid" ]; then  # a portal that ran out of memory may never finish its graceful stop
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  fi
  if [ "$store" = "--postgis" ]; then as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true; rm -rf "$data"; fi
  rm -rf "$work"
}
trap cleanup EXIT
pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# every request comes from 127.0.0.1, as from behind a proxy: the per-client limit is raised as the README says
(cd "$work" && ATLAS_WORK_LIMIT_PER_CLIENT=${SOAK_PER_CLIENT:-64} exec java -Xmx"${SOAK_XMX:-1g}" -jar "$repo/target/parcel-atlas.jar" serve --demo --port "$pport" \
  "${dbargs[@]}") >"$work/portal.log" 2>&1 &
pid=$!
started=$SECONDS
for _ in $(seq 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$pport/api/config" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/portal.log"; exit 1; }
  sleep 1
done
password="soak-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
(cd "$work" && echo "$password" | java -jar "$repo/target/parcel-atlas.jar" user add soak.city --role official \
  "${dbargs[@]}" >/dev/null 2>&1)
heap() { jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info | grep -m1 -o 'used [0-9]*K'; }
echo "store: ${store#--}; portal pid $pid, -Xmx${SOAK_XMX:-1g}, ready with the demo after $((SECONDS - started)) s"
echo "heap after a full GC, before: $(heap)"
t0=$SECONDS
java -cp "target/test-classes:target/classes:$cp" parcelatlas.bench.SoakDriver "http://127.0.0.1:$pport" \
  "$minutes" "$connections" soak.city "$password"
echo "driver ended after $((SECONDS - t0)) s (requests still in flight at the end wait for their answer or timeout)"
if kill -0 "$pid" 2>/dev/null; then echo "heap after a full GC, after: $(heap)"; else echo "the portal died"; fi
echo "portal log: $(grep -c ' ERROR ' "$work/portal.log" || true) ERROR lines, $(grep -c 'OutOfMemoryError' "$work/portal.log" || true) OutOfMemoryError"
