-- Indexes for the investors' parcel search and site matching. Investors only ever read land-ready
-- parcels (ServedCollection.PUBLIC_PARCELS), so every index is partial on that condition: small,
-- and each search filter and sort order can start from one. Servicing columns get one partial
-- index each (the planner combines several with a bitmap AND); the industry keyword, a substring
-- match, a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX parcels_public_code_idx ON parcels (code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_park_idx ON parcels (park_code, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_land_use_idx ON parcels (land_use, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_area_idx ON parcels (area_m2, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_price_idx ON parcels (price_wan_per_mu, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_height_idx ON parcels (height_limit_m) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_road_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_road;
CREATE INDEX parcels_public_water_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_water;
CREATE INDEX parcels_public_power_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_power;
CREATE INDEX parcels_public_drainage_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_drainage;
CREATE INDEX parcels_public_gas_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_gas;
CREATE INDEX parcels_public_telecom_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_telecom;
CREATE INDEX parcels_public_heating_idx ON parcels (code) WHERE status IN ('available', 'listed') AND has_heating;
CREATE INDEX parcels_public_levelled_idx ON parcels (code) WHERE status IN ('available', 'listed') AND site_levelled;
CREATE INDEX parcels_public_industry_idx ON parcels USING GIN (LOWER(industry) gin_trgm_ops)
  WHERE status IN ('available', 'listed');
