-- Park summaries looked up by their Chinese names (GET /api/investor/parks?names=…, for pages whose
-- data names parks in Chinese); codes have their unique index, views the spatial one (V1_4).
CREATE INDEX parks_name_idx ON parks (name);
