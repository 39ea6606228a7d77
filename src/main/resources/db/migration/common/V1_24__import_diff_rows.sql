-- A re-import's "before" picture: the layer's rows as they were when the import began, copied
-- here inside the import's own transaction (one INSERT … SELECT) and compared with the rows as
-- the import leaves them (one keyed join), so the diff is computed by the database, never by
-- loading the layer into memory. Values are kept as text (v1…v30 in the layer's column order),
-- the geometry as WKB. Rows live only inside the import's transaction: a preview rolls them back,
-- a commit deletes its own before committing. BYTEA is BINARY VARYING in H2 2.x.
CREATE TABLE import_diff_rows (
  run_id VARCHAR(36) NOT NULL,
  code VARCHAR(200) NOT NULL,
  v1 VARCHAR(4000), v2 VARCHAR(4000), v3 VARCHAR(4000), v4 VARCHAR(4000), v5 VARCHAR(4000),
  v6 VARCHAR(4000), v7 VARCHAR(4000), v8 VARCHAR(4000), v9 VARCHAR(4000), v10 VARCHAR(4000),
  v11 VARCHAR(4000), v12 VARCHAR(4000), v13 VARCHAR(4000), v14 VARCHAR(4000), v15 VARCHAR(4000),
  v16 VARCHAR(4000), v17 VARCHAR(4000), v18 VARCHAR(4000), v19 VARCHAR(4000), v20 VARCHAR(4000),
  v21 VARCHAR(4000), v22 VARCHAR(4000), v23 VARCHAR(4000), v24 VARCHAR(4000), v25 VARCHAR(4000),
  v26 VARCHAR(4000), v27 VARCHAR(4000), v28 VARCHAR(4000), v29 VARCHAR(4000), v30 VARCHAR(4000),
  geom_wkb BYTEA
);
CREATE INDEX import_diff_rows_run_idx ON import_diff_rows (run_id, code);
