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

-- Parcels inserted by any statement (the importer clears this note, having measured its own rows).
CREATE TRIGGER parcels_context_inserted AFTER INSERT ON parcels CALL "parcelatlas.context.ContextStaleTrigger";
CREATE TRIGGER parcels_context_changed AFTER UPDATE, DELETE ON parcels
  FOR EACH ROW CALL "parcelatlas.context.ContextStaleTrigger";
CREATE TRIGGER context_points_changed AFTER INSERT, UPDATE, DELETE ON context_points
  FOR EACH ROW CALL "parcelatlas.context.ContextStaleTrigger";
