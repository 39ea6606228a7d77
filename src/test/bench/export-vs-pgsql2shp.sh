#!/usr/bin/env bash
# Times `parcel-atlas export` (zipped Shapefile, EPSG:4527, GBK, -Xmx256m) against pgsql2shp and
# `ogr2ogr -f "ESRI Shapefile"` exporting the same N parcels (default 100,000) from the same
# throw-away PostGIS, all reprojecting to EPSG:4527; then a GeoPackage (with its R-tree index) from
# parcel-atlas and from `ogr2ogr -f GPKG`. Prints the times and the ratios.
# Usage: bash src/test/bench/export-vs-pgsql2shp.sh [N]   (run from the repository root)
set -euo pipefail
n=${1:-100000}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dstyle.color=never)
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"

out=$(mktemp -d /tmp/atlas-bench-out.XXXX)
source src/test/bench/throwaway-postgis.sh
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
java -Xmx256m -jar target/parcel-atlas.jar export --layer parcels --format gpkg --crs EPSG:4527 \
  --out "$out/atlas.gpkg" --db "$url" | grep exported
t4=$(date +%s.%N)
ogr2ogr -f GPKG "$out/ogr.gpkg" "PG:host=127.0.0.1 port=$port dbname=bench user=atlas" parcels -t_srs EPSG:4527
t5=$(date +%s.%N)
python3 -c "a=$t1-$t0; p=$t2-$t1; o=$t3-$t2; g=$t4-$t3; og=$t5-$t4; print(f'parcel-atlas export (zip, all fields): {a:.2f} s\npgsql2shp (8 fields): {p:.2f} s\nogr2ogr (all columns): {o:.2f} s\nratio ours/pgsql2shp: {a/p:.2f}\nratio ours/ogr2ogr: {a/o:.2f}\nparcel-atlas GeoPackage (R-tree): {g:.2f} s\nogr2ogr GeoPackage (R-tree): {og:.2f} s\nratio ours/ogr2ogr GeoPackage: {g/og:.2f}')"
