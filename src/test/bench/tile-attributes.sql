-- Bytes of z14 parcels tiles for anonymous visitors, with the map's style attributes only (code,
-- status, land_use: before the investor filters' attributes) and with the attributes of
-- tiles/TileLayer now (+ park_code, area_m2, price_wan_per_mu, servicing, industry_codes), on the
-- same 200 tiles around public parcels picked with a fixed seed. The geometry is made as
-- tiles/PostgisTiles makes it (1/8-pixel simplification, 4096 extent, 64 margin).
-- Usage: psql -d <a scaled city, src/test/bench/scale-city.sh> -f src/test/bench/tile-attributes.sql
SELECT setseed(0.42);
CREATE TEMP TABLE sample_tiles AS
SELECT DISTINCT 14 AS z,
  floor((ST_X(c) + 180) / 360 * 16384)::int AS x,
  floor((1 - ln(tan(radians(ST_Y(c))) + 1 / cos(radians(ST_Y(c)))) / pi()) / 2 * 16384)::int AS y
FROM (SELECT ST_PointOnSurface(geom) AS c FROM parcels WHERE status IN ('available', 'listed')
      ORDER BY random() LIMIT 200) s;
CREATE TEMP TABLE tile_bytes AS
SELECT z, x, y,
  (SELECT length(ST_AsMVT(q, 'parcels', 4096, 'geom', 'id')) FROM (
     SELECT t.id, ST_AsMVTGeom(ST_Simplify(ST_Transform(t.geom, 3857), 40075016.68557849 / 16384 / 256 / 8, true),
       ST_TileEnvelope(z, x, y), 4096, 64, true) AS geom, t.code, t.status, t.land_use
     FROM parcels t WHERE t.status IN ('available', 'listed')
       AND t.geom && ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326)) q) AS style_only,
  (SELECT length(ST_AsMVT(q, 'parcels', 4096, 'geom', 'id')) FROM (
     SELECT t.id, ST_AsMVTGeom(ST_Simplify(ST_Transform(t.geom, 3857), 40075016.68557849 / 16384 / 256 / 8, true),
       ST_TileEnvelope(z, x, y), 4096, 64, true) AS geom, t.code, t.status, t.land_use, t.park_code, t.area_m2,
       t.price_wan_per_mu,
       NULLIF(',' || CASE WHEN t.has_road THEN 'road,' ELSE '' END || CASE WHEN t.has_water THEN 'water,' ELSE '' END
         || CASE WHEN t.has_power THEN 'power,' ELSE '' END || CASE WHEN t.has_drainage THEN 'drainage,' ELSE '' END
         || CASE WHEN t.has_gas THEN 'gas,' ELSE '' END || CASE WHEN t.has_telecom THEN 'telecom,' ELSE '' END
         || CASE WHEN t.has_heating THEN 'heating,' ELSE '' END || CASE WHEN t.site_levelled THEN 'levelled,' ELSE '' END,
         ',') AS servicing,
       NULLIF(t.industry_codes, '') AS industry_codes
     FROM parcels t WHERE t.status IN ('available', 'listed')
       AND t.geom && ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326)) q) AS with_filters
FROM sample_tiles;
SELECT count(*) AS tiles,
  round(avg(style_only)) AS mean_bytes_before, round(avg(with_filters)) AS mean_bytes_after,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY style_only) AS median_before,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY with_filters) AS median_after,
  max(style_only) AS max_before, max(with_filters) AS max_after,
  round(sum(with_filters)::numeric / sum(style_only), 3) AS ratio
FROM tile_bytes;
