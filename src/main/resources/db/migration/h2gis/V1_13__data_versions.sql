-- A version per map layer, bumped in the same transaction as every statement that writes the
-- layer's table (or, for demolition zones, their reports) by parcelatlas.tiles.DataVersionTrigger:
-- tiles take their ETag from it. A bump never reuses a value (the larger of the old value + 1 and
-- the clock in microseconds), so a version seen before a restore is never seen again for other data.
CREATE TABLE data_versions (
  layer VARCHAR(40) PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO data_versions (layer, version)
SELECT l, DATEDIFF(MICROSECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', CURRENT_TIMESTAMP)
FROM (VALUES ('parks'), ('parcels'), ('projects'), ('demolition-zones')) AS layers (l);

CREATE TRIGGER parks_data_version AFTER INSERT, UPDATE, DELETE ON parks
  FOR EACH STATEMENT CALL "parcelatlas.tiles.DataVersionTrigger";
CREATE TRIGGER parcels_data_version AFTER INSERT, UPDATE, DELETE ON parcels
  FOR EACH STATEMENT CALL "parcelatlas.tiles.DataVersionTrigger";
CREATE TRIGGER projects_data_version AFTER INSERT, UPDATE, DELETE ON projects
  FOR EACH STATEMENT CALL "parcelatlas.tiles.DataVersionTrigger";
CREATE TRIGGER demolition_zones_data_version AFTER INSERT, UPDATE, DELETE ON demolition_zones
  FOR EACH STATEMENT CALL "parcelatlas.tiles.DataVersionTrigger";
CREATE TRIGGER demolition_reports_data_version AFTER INSERT, UPDATE, DELETE ON demolition_reports
  FOR EACH STATEMENT CALL "parcelatlas.tiles.DataVersionTrigger";
