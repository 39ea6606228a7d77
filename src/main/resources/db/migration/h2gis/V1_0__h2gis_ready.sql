-- H2GIS functions are registered in code (H2gisDialect.prepare) before migrations run,
-- because they are Java aliases rather than SQL. This migration only checks they are there.
SELECT ST_SRID(ST_GeomFromText('POINT(0 0)', 4326));
