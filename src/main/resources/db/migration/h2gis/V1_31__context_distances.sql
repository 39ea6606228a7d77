-- Each parcel's nearest location-context point of every kind (parcelatlas.context.ContextDistances):
-- one row per parcel and kind, metres on the WGS84 ellipsoid as ATLAS_GEODESIC_M measures them,
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

CREATE TRIGGER parcels_context_moved AFTER UPDATE, DELETE ON parcels
  FOR EACH ROW CALL "parcelatlas.context.ContextChangeTrigger";
CREATE TRIGGER context_points_changed AFTER INSERT, UPDATE, DELETE ON context_points
  FOR EACH ROW CALL "parcelatlas.context.ContextChangeTrigger";
