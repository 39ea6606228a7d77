-- Each parcel's nearest location-context point of every kind (parcelatlas.context.ContextDistances):
-- a row per parcel and kind that has a point within 300 km, none otherwise; metres on the WGS84
-- ellipsoid as a plot's facts measure them (GeographicLib, 0 inside the parcel). Computed in Java by
-- the writers: the importer on its converter threads, and a recomputation of the kinds named in
-- context_stale ('*': every kind) after points change.
CREATE TABLE context_distances (
  parcel_code VARCHAR(64) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  point_id BIGINT NOT NULL,
  metres DOUBLE PRECISION NOT NULL
);
CREATE INDEX context_distances_parcel_idx ON context_distances (parcel_code, kind);
CREATE INDEX context_distances_kind_metres_idx ON context_distances (kind, metres, parcel_code);

-- The kinds whose rows are out of date ('*': all, e.g. parcels moved by plain SQL); empty when all are current.
CREATE TABLE context_stale (kind VARCHAR(24) PRIMARY KEY);
INSERT INTO context_stale (kind) VALUES ('*');

CREATE FUNCTION context_stale_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO context_stale (kind) VALUES ('*') ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
-- Parcels inserted by any statement (the importer clears this note, having measured its own rows).
CREATE TRIGGER parcels_context_inserted AFTER INSERT ON parcels FOR EACH STATEMENT EXECUTE FUNCTION context_stale_all();
CREATE TRIGGER parcels_context_moved AFTER UPDATE OF geom, code ON parcels FOR EACH ROW
  WHEN (NOT ST_OrderingEquals(OLD.geom, NEW.geom) OR OLD.code <> NEW.code) EXECUTE FUNCTION context_stale_all();

CREATE FUNCTION context_parcel_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM context_distances WHERE parcel_code = OLD.code;
  RETURN NULL;
END
$$;
CREATE TRIGGER parcels_context_deleted AFTER DELETE ON parcels FOR EACH ROW EXECUTE FUNCTION context_parcel_deleted();
CREATE FUNCTION context_parcels_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM context_distances;
  RETURN NULL;
END
$$;
CREATE TRIGGER parcels_context_truncated AFTER TRUNCATE ON parcels
  FOR EACH STATEMENT EXECUTE FUNCTION context_parcels_truncated();

CREATE FUNCTION context_point_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO context_stale (kind) VALUES (OLD.kind) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO context_stale (kind) VALUES (NEW.kind) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER context_points_changed AFTER INSERT OR DELETE ON context_points
  FOR EACH ROW EXECUTE FUNCTION context_point_changed();
CREATE TRIGGER context_points_moved AFTER UPDATE ON context_points FOR EACH ROW
  WHEN (OLD.kind <> NEW.kind OR NOT ST_OrderingEquals(OLD.geom, NEW.geom) OR OLD.code <> NEW.code)
  EXECUTE FUNCTION context_point_changed();
CREATE TRIGGER context_points_truncated AFTER TRUNCATE ON context_points
  FOR EACH STATEMENT EXECUTE FUNCTION context_stale_all();
