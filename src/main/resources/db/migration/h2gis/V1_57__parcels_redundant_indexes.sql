-- Two of the parcels' indexes repeat the first column of another (V1_14): parcels_park_status_idx
-- (park_code, status) serves every lookup by park_code, parcels_status_code_idx (status, code) every
-- lookup by status. H2 keeps each index up to date row by row in the writing transaction, so the
-- two cost every parcel written (imports, demo --scale) a tenth of its index work and serve no query
-- the wider ones cannot. PostGIS keeps both (its investor indexes are partial, V1_14 postgis).
DROP INDEX parcels_park_code_idx;
DROP INDEX parcels_status_idx;
