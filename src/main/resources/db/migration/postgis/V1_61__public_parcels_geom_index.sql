-- A spatial index of the land-ready parcels alone, partial on the public-rows condition every
-- anonymous read starts from (ServedCollection's public filter: OGC items, vector tiles, the
-- investor search, exports). Without it a wide box at 1M parcels was read through the whole-layer
-- spatial index and then intersected (a BitmapAnd) with another partial index scanned whole only for
-- its condition (the industry words' trigram index, ~214k entries): a 1° items page at 1M took
-- 95-240 ms, 12-30 ms with this index (src/test/bench/docs/items.md). PostgreSQL only: H2 has no
-- partial indexes, and H2GIS serves the embedded, small cities.
CREATE INDEX parcels_public_geom_idx ON parcels USING gist (geom) WHERE status IN ('available', 'listed');
