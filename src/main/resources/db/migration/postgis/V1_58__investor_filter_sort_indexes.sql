-- Indexes for investor searches whose filter the sort order follows (src/test/bench/docs/investor.md,
-- Dec 7, 1M parcels): the planner takes a filter for independent of the order and walks the sort's
-- index (V1_14, V1_30) from its start, dropping the rows the filter rejects; where the filter
-- follows the order (commercial land is priced 1.8 times industrial, heating and gas are laid on in
-- the dearer parks) it walks past most land-ready parcels first (0.2-0.4 s a page). Each index below
-- starts with the filter, or is partial on it, so the walk reads only matching rows in order. Partial
-- on the land-ready rows as the other investor indexes.
-- The supply status descending with the code ascending (sort -status: "-status,code"): the (status,
-- code) index read backwards gives the codes descending, so the planner sorted every listed parcel
-- (0.1-0.17 s a page whatever the filter).
CREATE INDEX parcels_public_status_desc_idx ON parcels (status DESC, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_land_use_price_idx ON parcels (land_use, price_wan_per_mu, code)
  WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_land_use_total_price_idx ON parcels
  (land_use, ((FLOOR(price_wan_per_mu * (FLOOR(area_m2 * 15 / 10000 * 100 + 0.5) / 100) * 10 + 0.5) / 10)), code)
  WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_land_use_area_idx ON parcels (land_use, area_m2, code) WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_heating_price_idx ON parcels (price_wan_per_mu, code)
  WHERE status IN ('available', 'listed') AND has_heating;
CREATE INDEX parcels_public_gas_price_idx ON parcels (price_wan_per_mu, code)
  WHERE status IN ('available', 'listed') AND has_gas;
