#!/usr/bin/env bash
# Times `parcel-atlas import` against `ogr2ogr -f PostgreSQL` loading the same 100k-polygon
# GBK Gauss-Krüger shapefile into the same throw-away PostGIS, both reprojecting to EPSG:4326
# and building a spatial index. Prints both times and the ratio. Needs .ci/install-deps.
# Usage: bash src/test/bench/import-vs-ogr2ogr.sh [N]   (run from the repository root)
set -euo pipefail
n=${1:-100000}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
cp=$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || java -cp "target/classes:target/test-classes:$cp" parcelatlas.bench.BenchmarkParcels "$shp" "$n"

source src/test/bench/throwaway-postgis.sh
java -jar target/parcel-atlas.jar import --layer parks data/demo/parks.shp --db "$url" >/dev/null  # migrate first

t0=$(date +%s.%N)
java -jar target/parcel-atlas.jar import --layer parcels "$shp" --db "$url" | tail -n +1 | head -3
t1=$(date +%s.%N)
ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$port dbname=bench user=atlas" "$shp" -nln ogr_parcels \
  -t_srs EPSG:4326 -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom
t2=$(date +%s.%N)
rows=$(psql -At -h 127.0.0.1 -p "$port" -U atlas -d bench -c "SELECT (SELECT COUNT(*) FROM parcels) || ' / ' || (SELECT COUNT(*) FROM ogr_parcels)")
echo "rows (parcel-atlas / ogr2ogr): $rows"
python3 -c "ours=$t1-$t0; gdal=$t2-$t1; print(f'parcel-atlas import: {ours:.2f} s\nogr2ogr -f PostgreSQL: {gdal:.2f} s\nratio (ours / ogr2ogr): {ours/gdal:.2f}')"
