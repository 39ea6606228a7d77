-- Files kept in the database (an import's upload, a photo, an issued bulletin's PDF) become BLOBs on
-- H2. As BINARY VARYING a file sits whole in its row, so a file over 1 MiB makes a storage page over
-- 1 MiB, and H2 2.5.252 reads such a page by first reading its length from the file, even while
-- the page's chunk is still being written: a read of a just-stored upload then failed ("Reading from
-- file ... failed at ..., read 0, remaining 128"), and when such a read is part of a write (the
-- purge before an upload's INSERT) H2 stops the store until the process restarts. A BLOB is kept in
-- blocks of at most 256 KiB. The columns keep NOT NULL; PostgreSQL keeps BYTEA (TOAST has no such
-- page). Thumbnails (at most 320 px a side) stay in their rows.
ALTER TABLE import_uploads ALTER COLUMN content SET DATA TYPE BLOB;
ALTER TABLE photos ALTER COLUMN content SET DATA TYPE BLOB;
ALTER TABLE bulletins ALTER COLUMN pdf SET DATA TYPE BLOB;
