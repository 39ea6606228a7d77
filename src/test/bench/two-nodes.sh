#!/usr/bin/env bash
# Two app nodes behind HAProxy, over a PostgreSQL primary and its streaming hot standby, all on
# this machine (loopback only), with the demo city. Then it shows what the set-up promises:
#  1. a weekly report filed through node A is seen at once through node B (sessions, data and
#     throttles live in the database, not in a node);
#  2. an anonymous visitor reads from the standby (ATLAS_DB_REPLICA_URL) and staff from the primary;
#  2b. a public vector tile asked twice through HAProxy is the second time answered by its cache;
#  3. node A killed (kill -9) in the middle of a load run through HAProxy costs only the requests
#     it had in flight: the soak driver's table after the run lists every non-2xx answer.
# HAProxy runs with the protections a city's operator deploys in front of the nodes (PROTECT=0: the
# repository's deploy/haproxy/portal.cfg as it is); see protect_frontend below and the README's
# *Several nodes*. FLOOD=N instead of 1-3: silent POST bodies on N connections from 127.0.0.2-250
# (src/test/bench/flood.py) against node a directly, HAProxy without and HAProxy with the
# protections, interleaved FLOOD_ROUNDS (3) times for FLOOD_SECONDS (20) each, while a probe fetches
# GET /api/industries every second; it prints the probe's worst and median latency per target.
# A fourth target: the same flood from one address (127.0.0.2) against the protected HAProxy (429s).
# Everything it started is stopped and removed at the end (--keep: leave it running until Enter).
# Usage: bash src/test/bench/two-nodes.sh [SECONDS_OF_LOAD] [CONNECTIONS] [--keep]   (default 40, 16)
#        FLOOD=1000 [FLOOD_SECONDS=20] [FLOOD_ROUNDS=3] [NO_BUILD=1] bash src/test/bench/two-nodes.sh
set -euo pipefail
seconds=${1:-40}
connections=${2:-16}
keep=${3:-}
cd "$(dirname "$0")/../../.."
repo=$PWD
if ! command -v haproxy >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends haproxy >/dev/null \
    || { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
fi
[ "${NO_BUILD:-0}" = 1 ] || mvn -B -q package -DskipTests   # NO_BUILD=1: the jar as built
if [ -z "${FLOOD:-}" ]; then  # the soak driver (step 3)
  mvn -B -q test-compile
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt; cp=$(cat target/classpath.txt)  # a file: stdout ends in a colour code
fi
jar="$repo/target/parcel-atlas.jar"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

source src/test/bench/throwaway-postgis.sh   # the primary: $bin, $data, $port, $url, as_pg
work=$(mktemp -d /tmp/atlas-nodes.XXXX)
standby=$(mktemp -d /tmp/atlas-standby.XXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -f "$standby/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$standby" -m fast -w stop >/dev/null 2>&1 || true
  as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work" "$standby" "$data"
}
trap cleanup EXIT

echo "primary on 127.0.0.1:$port: loading the demo city"
java -jar "$jar" demo --db "$url" >/dev/null 2>&1
password="nodes-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
echo "$password" | java -jar "$jar" user add nodes.city --role official --db "$url" >/dev/null 2>&1

sport=$(free_port)
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$standby"
as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U atlas -D "$standby" -R -X stream -c fast 2>/dev/null
as_pg "$bin/pg_ctl" -D "$standby" -l "$standby/log" -w -o "-p $sport -k $standby -c listen_addresses=127.0.0.1" start >/dev/null
replica="jdbc:postgresql://127.0.0.1:$sport/bench?user=atlas"
echo "standby on 127.0.0.1:$sport, streaming from the primary"

start_node() {  # name port
  (cd "$work" && ATLAS_DB_REPLICA_URL="$replica" ATLAS_TRUSTED_PROXIES=127.0.0.1 \
    ATLAS_WORK_LIMIT_PER_CLIENT=64 exec java -Xmx512m -jar "$jar" serve --port "$2" --db "$url") >"$work/$1.log" 2>&1 &
  pids+=($!)
  eval "pid_$1=$!"
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$2/ready" && return; sleep 1; done
  tail -20 "$work/$1.log"; exit 1
}
aport=$(free_port); bport=$(free_port); lport=$(free_port)
start_node a "$aport"
start_node b "$bport"
# the repository's HAProxy configuration (deploy/haproxy/portal.cfg: balancing, retries, the
# public tile cache) with this run's two nodes as its backend, and the protections below in front
nodes_cfg() {  # protected(1/0): the backend; protected, a node takes at most 100 requests at once
  local limit=""; [ "$1" = 1 ] && limit=" maxconn 100"
  echo "backend nodes"
  echo "  balance roundrobin"
  echo "  option httpchk GET /ready"
  echo "  http-check expect status 200"
  [ "$1" = 1 ] && echo "  timeout queue 10s"
  echo "  default-server inter 1s fall 2 rise 2$limit"
  echo "  server a 127.0.0.1:$aport check"
  echo "  server b 127.0.0.1:$bport check"
}
# What a city's operator adds to deploy/haproxy/portal.cfg's front end (each line explained in the
# README's *Several nodes*): inserted after its `option forwardfor`; the global section's maxconn
# and buffer size replaced.
protect_frontend() {
  cat <<'CFG'
  # per source address: at most 32 connections at once and 300 requests in 10 s, else 429
  stick-table type ip size 200k expire 60s store conn_cur,http_req_rate(10s)
  tcp-request connection track-sc0 src
  # the whole request head within 5 s; idle keep-alive connections closed after 10 s
  timeout http-request 5s
  timeout http-keep-alive 10s
  # over either per-source limit: 429 with the portal's error body, before any body is awaited
  # the city's own networks (an office behind one NAT, monitoring) are exempt: here 127.0.0.1, where
  # the soak driver (step 3) and the flood's probe run; the flood comes from 127.0.0.2-250
  acl unlimited src 127.0.0.1
  acl too_many sc_conn_cur(0) gt 32
  acl too_fast sc_http_req_rate(0) gt 300
  http-request return status 429 content-type "application/json; charset=utf-8" hdr Retry-After 10 string "{\"code\":\"ClientBusy\",\"description\":\"too many connections or requests from this address; try again in a few seconds\",\"params\":{}}" if !unlimited too_many or !unlimited too_fast
  # every body but an upload's is received whole (at most tune.bufsize) within 5 s before a node is
  # asked, else 408 from here; uploads stream to the node, which paces them (BodyPace)
  acl upload path /api/imports
  acl upload path_reg ^/api/desk/.+/photos$
  http-request wait-for-body time 5s unless upload
CFG
}
protected_cfg() {
  front="$(protect_frontend)" awk '
    /^  maxconn 512$/ { print "  maxconn 2000"; print "  # the largest non-upload body (an export, 256 KiB) with its head"; print "  tune.bufsize 278528"; g = 1; next }
    { print }
    /^  option forwardfor$/ { print ENVIRON["front"]; f = 1 }
    END { if (!g || !f) exit 1 }' deploy/haproxy/portal.cfg
}
nodes_cfg 1 >"$work/nodes.cfg"
nodes_cfg 0 >"$work/nodes-plain.cfg"
protected_cfg >"$work/portal.cfg" || { echo "deploy/haproxy/portal.cfg changed: the protections found no place"; exit 1; }
protect=${PROTECT:-1}
if [ "$protect" = 1 ]; then
  ATLAS_LISTEN="127.0.0.1:$lport" haproxy -f "$work/portal.cfg" -f "$work/nodes.cfg" >"$work/haproxy.log" 2>&1 &
else
  ATLAS_LISTEN="127.0.0.1:$lport" haproxy -f deploy/haproxy/portal.cfg -f "$work/nodes-plain.cfg" >"$work/haproxy.log" 2>&1 &
fi
pids+=($!)
for _ in $(seq 30); do curl -sf -o /dev/null "http://127.0.0.1:$lport/ready" && break; sleep 0.5; done
echo "node a :$aport, node b :$bport, HAProxy :$lport ($([ "$protect" = 1 ] && echo protected || echo as deployed))"
if [ -n "${FLOOD:-}" ]; then
  pport=$(free_port)
  ATLAS_LISTEN="127.0.0.1:$pport" haproxy -f deploy/haproxy/portal.cfg -f "$work/nodes-plain.cfg" >"$work/haproxy-plain.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 30); do curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break; sleep 0.5; done
  ulimit -n 65536 2>/dev/null || true
  echo "flood: $FLOOD silent POST bodies from 127.0.0.2-250, ${FLOOD_SECONDS:-20} s a target, ${FLOOD_ROUNDS:-3} rounds"
  echo "targets: node a :$aport directly; HAProxy :$pport as deploy/haproxy/portal.cfg; HAProxy :$lport protected ($([ "$protect" = 1 ] && echo on || echo off))"
  for round in $(seq "${FLOOD_ROUNDS:-3}"); do
    # the last: the same flood from one address (127.0.0.2) against the protected HAProxy
    for target in "node:$aport:250" "plain:$pport:250" "protected:$lport:250" "protected-one-address:$lport:2"; do
      sleep 8  # the previous flood's bodies cut (408) and the nodes' threads back
      port_last=${target#*:}
      echo "round $round ${target%%:*} load $(cut -d' ' -f1-3 /proc/loadavg) $(python3 src/test/bench/flood.py \
        "127.0.0.1:${port_last%:*}" "$FLOOD" "${FLOOD_SECONDS:-20}" 2 "${port_last#*:}")"
    done
  done
  exit 0
fi

python3 - "$aport" "$bport" "$lport" "$password" "$port" "$sport" <<'EOF'
import http.cookiejar, json, subprocess, sys, urllib.request
a, b, lb, password, pport, sport = sys.argv[1:]
jar = http.cookiejar.CookieJar()   # cookies ignore the port: one visitor, both nodes
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def call(port, path, body=None, csrf=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"X-CSRF-Token": csrf} if csrf else {})})
    with opener.open(req) as r:
        return json.load(r)
csrf = call(a, "/api/login", {"username": "nodes.city", "password": password})["csrfToken"]
zones = call(a, "/api/desk/zones")
zone = (zones["zones"] if isinstance(zones, dict) else zones)[0]["code"]
reports = call(a, f"/api/desk/zones/{zone}/reports")["reports"]
latest = max(reports, key=lambda r: r["id"])
filed = call(a, f"/api/desk/zones/{zone}/reports", {"report_date": "2026-11-20",
    "signed_households": latest["signedHouseholds"], "demolished_households": latest["demolishedHouseholds"],
    "cleared_area_m2": latest["clearedAreaM2"], "based_on": latest["id"]}, csrf)
seen = [r["id"] for r in call(b, f"/api/desk/zones/{zone}/reports")["reports"]]
new_id = filed.get("id") or max(seen)
print(f"1. report {new_id} on zone {zone} filed through node a; read through node b at once: "
      + ("seen" if new_id in seen else "NOT SEEN"))
def sessions(port):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "atlas", "-d", "bench", "-Atc",
        "SELECT sum(xact_commit) FROM pg_stat_database WHERE datname = 'bench'"], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)
before = sessions(sport)
for _ in range(20):
    urllib.request.urlopen(f"http://127.0.0.1:{lb}/ogc/collections/parcels/items?limit=50").read()
import time; time.sleep(2)
print(f"2. 20 anonymous item pages through HAProxy: {sessions(sport) - before} transactions on the standby")
EOF

lonlat=$(psql -h 127.0.0.1 -p "$port" -U atlas -d bench -Atc "SELECT ST_X(p) || ' ' || ST_Y(p) FROM (SELECT ST_PointOnSurface(geom) AS p FROM parcels WHERE status = 'available' ORDER BY id LIMIT 1) x")
tile=$(python3 -c 'import math, sys; lon, lat = map(float, sys.argv[1:]); n = 2 ** 14; r = math.radians(lat)
print(f"14/{int((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)}/{int((lon + 180) / 360 * n)}")' $lonlat)
cached=()
for _ in 1 2; do
  cached+=("$(curl -s -o /dev/null -D - "http://127.0.0.1:$lport/ogc/collections/parcels/tiles/WebMercatorQuad/$tile" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache" {print $2}')")
done
echo "2b. public tile $tile twice through HAProxy: ${cached[*]} (HAProxy's cache, deploy/haproxy/portal.cfg)"

echo "3. load through HAProxy: $seconds s at $connections connections; node a killed (kill -9) after $((seconds / 3)) s"
(sleep $((seconds / 3)); kill -9 "$pid_a"; echo "   node a killed at $(date +%T)") &
killer=$!
java -cp "target/test-classes:target/classes:$cp" parcelatlas.bench.SoakDriver "http://127.0.0.1:$lport" \
  "$(python3 -c "print($seconds / 60)")" "$connections" nodes.city "$password"
wait "$killer"
echo "node b still ready: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$bport/ready")"
if [ "$keep" = "--keep" ]; then
  echo "left running: HAProxy http://127.0.0.1:$lport/ ; press Enter to stop everything"; read -r _
fi
