-- H2 runs no trigger on TRUNCATE, so a TRUNCATE of a map table would change its rows without a new
-- data version (V1_13), and tiles' ETags and caches would serve the old data as current (PostGIS
-- bumps it: its triggers fire on TRUNCATE too). H2 refuses to TRUNCATE a table that a foreign key
-- references: this table, always empty, references every table a data version stands for, so on H2
-- such a TRUNCATE fails and DELETE (which bumps) is the way to empty one. The portal never truncates.
CREATE TABLE truncate_guard (
  parks_id BIGINT REFERENCES parks (id),
  parcels_id BIGINT REFERENCES parcels (id),
  projects_id BIGINT REFERENCES projects (id),
  demolition_zones_id BIGINT REFERENCES demolition_zones (id),
  demolition_reports_id BIGINT REFERENCES demolition_reports (id),
  context_points_id BIGINT REFERENCES context_points (id),
  CONSTRAINT truncate_guard_stays_empty CHECK (parks_id IS NULL AND parcels_id IS NULL AND projects_id IS NULL
    AND demolition_zones_id IS NULL AND demolition_reports_id IS NULL AND context_points_id IS NULL)
);
