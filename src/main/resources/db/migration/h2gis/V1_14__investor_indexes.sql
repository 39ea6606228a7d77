-- Indexes for the investors' parcel search and site matching (PostGIS has partial ones; H2 has
-- none, so these cover every status). Each search filter and sort order can start from one; the
-- code breaks ties, so the sorts read an index in order. H2 cannot index the servicing booleans
-- usefully or a substring match: those are checked on the rows the other filters leave.
CREATE INDEX parcels_land_use_idx ON parcels (land_use, code);
CREATE INDEX parcels_area_idx ON parcels (area_m2, code);
CREATE INDEX parcels_price_idx ON parcels (price_wan_per_mu, code);
CREATE INDEX parcels_height_idx ON parcels (height_limit_m);
CREATE INDEX parcels_park_status_idx ON parcels (park_code, status);
