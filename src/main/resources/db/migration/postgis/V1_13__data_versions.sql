-- A version per map layer, bumped in the same transaction as every statement that writes the
-- layer's table (or, for demolition zones, their reports): tiles take their ETag from it, so
-- every app node agrees. A bump never reuses a value: it is the larger of the old value + 1 and
-- the database clock in microseconds, so a version seen before a restore is never seen again
-- for other data.
CREATE TABLE data_versions (
  layer VARCHAR(40) PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO data_versions (layer, version)
SELECT l, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT
FROM (VALUES ('parks'), ('parcels'), ('projects'), ('demolition-zones')) AS layers (l);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versions
  SET version = GREATEST(version + 1, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT)
  WHERE layer = TG_ARGV[0];
  RETURN NULL;
END
$$;

CREATE TRIGGER parks_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parks
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('parks');
CREATE TRIGGER parcels_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parcels
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('parcels');
CREATE TRIGGER projects_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON projects
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('projects');
CREATE TRIGGER demolition_zones_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demolition_zones
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('demolition-zones');
CREATE TRIGGER demolition_reports_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demolition_reports
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('demolition-zones');
