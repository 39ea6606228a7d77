-- Each parcel's nearest location-context point of every kind (parcelatlas.context.ContextDistances):
-- one row per parcel and kind, metres on the WGS84 ellipsoid as atlas_geodesic_m measures them,
-- point_id and metres NULL when no point of the kind lies within 300 km. Kept up to date in the
-- writing transaction by ContextDistances.refresh, which the triggers below tell what moved.
CREATE TABLE context_distances (
  parcel_id BIGINT NOT NULL,
  kind VARCHAR(24) NOT NULL,
  point_id BIGINT,
  metres DOUBLE PRECISION,
  PRIMARY KEY (parcel_id, kind)
);
CREATE INDEX context_distances_kind_metres_idx ON context_distances (kind, metres, parcel_id);
CREATE INDEX context_distances_point_idx ON context_distances (point_id);

-- What the next refresh must look at (parcels newly inserted are found as parcels without rows).
CREATE TABLE context_dirty_parcels (parcel_id BIGINT NOT NULL);
-- change: 'R' a point whose old version is gone (deleted, moved, re-kinded, re-coded), 'A' a new version.
CREATE TABLE context_dirty_points (point_id BIGINT NOT NULL, change CHAR(1) NOT NULL);
-- The refresh's work tables (emptied before it returns).
CREATE TABLE context_todo (parcel_id BIGINT NOT NULL, kind VARCHAR(24) NOT NULL);
CREATE INDEX context_todo_idx ON context_todo (parcel_id, kind);

CREATE FUNCTION context_parcel_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO context_dirty_parcels (parcel_id) VALUES (OLD.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER parcels_context_moved AFTER UPDATE OF geom ON parcels
  FOR EACH ROW WHEN (NOT ST_OrderingEquals(OLD.geom, NEW.geom)) EXECUTE FUNCTION context_parcel_moved();
CREATE TRIGGER parcels_context_deleted AFTER DELETE ON parcels
  FOR EACH ROW EXECUTE FUNCTION context_parcel_moved();
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
    IF TG_OP = 'UPDATE' AND OLD.kind = NEW.kind AND OLD.code = NEW.code AND ST_OrderingEquals(OLD.geom, NEW.geom) THEN
      RETURN NULL;
    END IF;
    INSERT INTO context_dirty_points (point_id, change) VALUES (OLD.id, 'R');
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO context_dirty_points (point_id, change) VALUES (NEW.id, 'A');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER context_points_changed AFTER INSERT OR UPDATE OR DELETE ON context_points
  FOR EACH ROW EXECUTE FUNCTION context_point_changed();
CREATE FUNCTION context_points_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO context_dirty_points (point_id, change)
  SELECT DISTINCT point_id, 'R' FROM context_distances WHERE point_id IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER context_points_truncated AFTER TRUNCATE ON context_points
  FOR EACH STATEMENT EXECUTE FUNCTION context_points_truncated();
