-- One row per parcel and kind: a writer that stored a parcel's distance twice now fails its
-- transaction instead of leaving a duplicate that the max_km filter and the facts would both read.
DROP INDEX context_distances_parcel_idx;
CREATE UNIQUE INDEX context_distances_parcel_idx ON context_distances (parcel_code, kind);
