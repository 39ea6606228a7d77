-- The investor search finds a category with LIKE '%,code,%': a trigram index, partial on the public rows
-- as the other investor indexes (V1_14).
CREATE INDEX parcels_public_industry_codes_idx ON parcels USING GIN (industry_codes gin_trgm_ops)
  WHERE status IN ('available', 'listed');
