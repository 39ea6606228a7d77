-- Index for the investors' sort by supply status (ParcelFilter.SORTS). H2 cannot index an
-- expression, so the sort by total price (ServedCollection.TOTAL_PRICE_WAN) sorts the rows the
-- filters leave.
CREATE INDEX parcels_status_code_idx ON parcels (status, code);
