-- Files planners upload for an import, kept between the upload, its previews and the commit.
-- In the database (not on one node's disk or in its memory), so any app node can serve any
-- step. BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2 2.x. Uploads
-- older than 24 hours are purged whenever a new one arrives.
CREATE TABLE import_uploads (
  id VARCHAR(36) PRIMARY KEY,
  owner VARCHAR(64) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_uploads_owner_idx ON import_uploads (owner);
CREATE INDEX import_uploads_created_idx ON import_uploads (created_at);
