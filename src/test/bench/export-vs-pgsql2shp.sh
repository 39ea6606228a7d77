#!/usr/bin/env bash
# Export benchmark (not a test): `demo --scale SCALE` (default 57: ~100k parcels) in a throw-away
# PostGIS, then ROUNDS interleaved rounds (default 5) of the same export — every parcel with the
# portal's export columns, reprojected to EPSG:4527 (CGCS2000 3° Gauss-Krüger), GBK text — by
#   http:      GET /api/export?format=shp of the running portal (-Xmx512m), signed in as an admin;
#   cli:       `bin/parcel-atlas export --format shp` (-Xmx256m, a JVM start included), through the
#              launcher as a user runs it (C1, serial GC, the jar's class-data archive, written before the
#              rounds);
#   pgsql2shp: the same columns and rows, ST_Transform in the database, GBK client encoding;
#   ogr2ogr:   the same SQL, `-t_srs EPSG:4527 -lco ENCODING=CP936`;
# and with EXPORT_GPKG=1 also `parcel-atlas export --format gpkg` against `ogr2ogr -f GPKG`.
# Ours write a zip (deflated); pgsql2shp and ogr2ogr write plain files. Prints each tool's median
# and the ratios of medians, and the load average before and after (the machine may be shared).
# Usage: bash src/test/bench/export-vs-pgsql2shp.sh [ROUNDS] [SCALE]   (run from the repository root)
# EXPORT_JAR=path times another build of the portal with the same script; EXPORT_BEFORE_JAR=path adds
# that build's CLI export to every round ("cli-before") and its HTTP export ("http-before", a second
# portal of that build on the same database), interleaved with ours.
set -euo pipefail
rounds=${1:-5}
scale=${2:-57}
cd "$(dirname "$0")/../../.."
[ -n "${EXPORT_NO_BUILD:-}" ] || mvn -B -q package -DskipTests
jar=${EXPORT_JAR:-$PWD/target/parcel-atlas.jar}
out=$(mktemp -d /tmp/atlas-bench-out.XXXX)
source src/test/bench/throwaway-postgis.sh
source src/test/bench/scale-city.sh "$scale"
pid=
bpid=
stop_portal() {
  for p in $pid $bpid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}
trap 'stop_portal; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
hport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$out" && exec java -Xmx512m -jar "$jar" serve --port "$hport" --db "$url") >"$out/portal.log" 2>&1 &
pid=$!
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$hport/api/config" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$out/portal.log"; exit 1; }
  sleep 1
done
if [ -n "${EXPORT_BEFORE_JAR:-}" ]; then
  bport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  (cd "$out" && exec java -Xmx512m -jar "$EXPORT_BEFORE_JAR" serve --port "$bport" --db "$url") >"$out/portal-before.log" 2>&1 &
  bpid=$!
  for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$bport/api/config" && break
    kill -0 "$bpid" 2>/dev/null || { tail -20 "$out/portal-before.log"; exit 1; }
    sleep 1
  done
fi
password="bench-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
echo "$password" | java -jar "$jar" user add bench.export --role admin --db "$url" >/dev/null 2>&1
curl -sf -c "$out/cookies" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench.export\",\"password\":\"$password\"}" "http://127.0.0.1:$hport/api/login" >/dev/null

cols="t.id, t.code, t.park_code, t.land_use, t.status, t.far_min, t.far_max, t.building_density_pct,
  t.green_ratio_pct, t.height_limit_m, t.price_wan_per_mu, t.invest_intensity_wan_per_mu, t.tax_wan_per_mu,
  t.industry, t.available_date, t.has_road, t.has_water, t.has_power, t.has_drainage, t.has_gas, t.has_telecom,
  t.has_heating, t.site_levelled, p.name AS park_name, t.area_m2, t.area_m2 / 666.6666666667 AS area_mu,
  t.area_m2 / 10000 AS area_ha"
from="FROM parcels t LEFT JOIN parks p ON p.code = t.park_code ORDER BY t.id"
pg="PG:host=127.0.0.1 port=$port dbname=bench user=atlas"
declare -A times
declare -A cpu
run() {  # NAME COMMAND...: appends the wall time in seconds to times[NAME], client CPU (user+sys) to cpu[NAME]
  local name=$1 wall user sys TIMEFORMAT='%R %U %S'; shift
  { time "$@" >/dev/null 2>&1; } 2>"$out/time" || { echo "$name failed" >&2; "$@" >&2; exit 1; }
  read -r wall user sys <"$out/time"
  times[$name]="${times[$name]:-} $wall"
  cpu[$name]="${cpu[$name]:-} $(python3 -c "print(f'{$user+$sys:.2f}')")"
}
http() { curl -sf -b "$out/cookies" -o "$out/${2:-http}.zip" \
  "http://127.0.0.1:${1:-$hport}/api/export?layer=parcels&format=shp&crs=EPSG:4527&encoding=GBK"; }
http_before() { http "$bport" http-before; }  # the same session: sessions live in the database
# a one-off command as a user runs it: the launcher (C1, serial GC, the jar's class-data archive)
launch() { PARCEL_ATLAS_JAR="$1" JAVA_OPTS=-Xmx256m bin/parcel-atlas "${@:2}"; }
cli() { launch "$jar" export --layer parcels --format shp --crs EPSG:4527 --encoding GBK \
  --out "$out/cli.zip" --db "$url"; }
pgsql2shp_() { PGCLIENTENCODING=GBK pgsql2shp -f "$out/pgsql2shp.shp" -h 127.0.0.1 -p "$port" -u atlas bench \
  "SELECT $cols, ST_Transform(t.geom, 4527) AS geom $from"; }
ogr() { rm -f "$out"/ogr.*; ogr2ogr -f "ESRI Shapefile" "$out/ogr.shp" "$pg" -sql "SELECT $cols, t.geom $from" \
  -t_srs EPSG:4527 -lco ENCODING=CP936; }
cli_before() { launch "$EXPORT_BEFORE_JAR" export --layer parcels --format shp --crs EPSG:4527 \
  --encoding GBK --out "$out/cli-before.zip" --db "$url"; }
gpkg() { launch "$jar" export --layer parcels --format gpkg --crs EPSG:4527 --out "$out/atlas.gpkg" --db "$url"; }
ogr_gpkg() { rm -f "$out/ogr.gpkg"; ogr2ogr -f GPKG "$out/ogr.gpkg" "$pg" -sql "SELECT $cols, t.geom $from" -t_srs EPSG:4527; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
http; http; cli  # warm-up: the portal's JIT, the database's cache; each build's class-data archive written
[ -z "${EXPORT_BEFORE_JAR:-}" ] || { cli_before; http_before; http_before; }
for i in $(seq "$rounds"); do
  echo "round $i, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  run http http; run cli cli; run pgsql2shp pgsql2shp_; run ogr2ogr ogr
  if [ -n "${EXPORT_BEFORE_JAR:-}" ]; then run http-before http_before; run cli-before cli_before; fi
  if [ -n "${EXPORT_GPKG:-}" ]; then run gpkg gpkg; run ogr_gpkg ogr_gpkg; fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in cli cli-before gpkg; do
  [ -z "${cpu[$name]:-}" ] || echo "$name client CPU (user+sys), median $(printf '%s\n' ${cpu[$name]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s: ${cpu[$name]}"
done
echo "rows: $(psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench -c 'SELECT COUNT(*) FROM parcels'); zip $(stat -c %s "$out/http.zip") bytes${bpid:+, before $(stat -c %s "$out/http-before.zip")}"
python3 - "${times[http]}" "${times[cli]}" "${times[pgsql2shp]}" "${times[ogr2ogr]}" "${times[gpkg]:-}" "${times[ogr_gpkg]:-}" "${times[cli-before]:-}" "${times[http-before]:-}" <<'PY'
import statistics, sys
names = ["http", "cli", "pgsql2shp", "ogr2ogr", "gpkg (cli)", "ogr2ogr gpkg", "cli-before", "http-before"]
med = {}
for name, text in zip(names, sys.argv[1:]):
    if text.split():
        runs = [float(t) for t in text.split()]
        med[name] = statistics.median(runs)
        print(f"{name:14s} median {med[name]:.2f} s   runs {' '.join(f'{t:.2f}' for t in runs)}")
for ours in ["http", "cli"] + (["cli-before", "http-before"] if "cli-before" in med else []):
    print(f"{ours}/pgsql2shp {med[ours] / med['pgsql2shp']:.2f}x   {ours}/ogr2ogr {med[ours] / med['ogr2ogr']:.2f}x")
if "gpkg (cli)" in med:
    print(f"gpkg/ogr2ogr gpkg {med['gpkg (cli)'] / med['ogr2ogr gpkg']:.2f}x")
PY
