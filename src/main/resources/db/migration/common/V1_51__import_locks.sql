-- One row per layer table. An import of a layer (or its preview, which writes and rolls back) holds
-- its row from the start of its transaction to its end (SELECT ... FOR UPDATE NOWAIT), so a second
-- import of the same layer on any node is refused at once (409 ImportRunning) instead of failing
-- later on the first one's locks: a deadlock on PostgreSQL, a lock timeout on H2 (both were 500s).
CREATE TABLE import_locks (
  layer_table VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO import_locks (layer_table) VALUES
  ('parks'), ('parcels'), ('projects'), ('demolition_zones'), ('context_points');
