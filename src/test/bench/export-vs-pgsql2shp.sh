#!/usr/bin/env bash
# Times `parcel-atlas export` (zipped Shapefile, EPSG:4527, GBK, -Xmx256m) against pgsql2shp and
# `ogr2ogr -f "ESRI Shapefile"` exporting the same N parcels (default 100,000) from the same
# throw-away PostGIS, all reprojecting to EPSG:4527. Prints the times and the ratios.
# Usage: bash src/test/bench/export-vs-pgsql2shp.sh [N]   (run from the repository root)
set -euo pipefail
n=${1:-100000}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dstyle.color=never)
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=$(mktemp -d /tmp/atlas-bench-pg.XXXX)
out=$(mktemp -d /tmp/atlas-bench-out.XXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$data"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$data" -U atlas --auth=trust -E UTF8 --locale=C -N >/dev/null
as_pg "$bin/pg_ctl" -D "$data" -l "$data/log" -w -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
psql -q -h 127.0.0.1 -p "$port" -U atlas -d postgres -c 'CREATE DATABASE bench'
url="jdbc:postgresql://127.0.0.1:$port/bench?user=atlas"
java -jar target/parcel-atlas.jar import --layer parcels "$shp" --db "$url" >/dev/null

t0=$(date +%s.%N)
java -Xmx256m -jar target/parcel-atlas.jar export --layer parcels --format shp --crs EPSG:4527 --encoding GBK \
  --out "$out/atlas.zip" --db "$url" | grep exported
t1=$(date +%s.%N)
pgsql2shp -f "$out/pgsql2shp.shp" -h 127.0.0.1 -p "$port" -u atlas bench \
  "SELECT code, park_code, land_use, status, far_max, price_wan_per_mu, industry, area_m2, ST_Transform(geom, 4527) AS geom FROM parcels" >/dev/null
t2=$(date +%s.%N)
ogr2ogr -f "ESRI Shapefile" "$out/ogr.shp" "PG:host=127.0.0.1 port=$port dbname=bench user=atlas" parcels \
  -t_srs EPSG:4527 -lco ENCODING=CP936
t3=$(date +%s.%N)
python3 -c "a=$t1-$t0; p=$t2-$t1; o=$t3-$t2; print(f'parcel-atlas export (zip, all fields): {a:.2f} s\npgsql2shp (8 fields): {p:.2f} s\nogr2ogr (all columns): {o:.2f} s\nratio ours/pgsql2shp: {a/p:.2f}\nratio ours/ogr2ogr: {a/o:.2f}')"
