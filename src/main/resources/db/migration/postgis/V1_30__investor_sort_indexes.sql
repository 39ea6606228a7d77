-- Indexes for the investors' sorts by total price and by supply status (ParcelFilter.SORTS),
-- partial on the land-ready rows as the other investor indexes (V1_14). The total price index is
-- on the very expression the queries sort by (ServedCollection.TOTAL_PRICE_WAN), so PostgreSQL
-- reads it in order instead of sorting every land-ready parcel.
CREATE INDEX parcels_public_total_price_idx ON parcels
  (((FLOOR(price_wan_per_mu * (FLOOR(area_m2 * 15 / 10000 * 100 + 0.5) / 100) * 10 + 0.5) / 10)), code)
  WHERE status IN ('available', 'listed');
CREATE INDEX parcels_public_status_idx ON parcels (status, code) WHERE status IN ('available', 'listed');
