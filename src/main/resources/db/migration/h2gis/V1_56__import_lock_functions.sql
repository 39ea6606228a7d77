-- One import of a layer at a time on the embedded store (see storage/ImportLock). H2 has no advisory
-- locks, and a row lock would write to the file. These functions run in the process that holds the
-- database file — also when a command-line import reaches the portal's database through AUTO_SERVER —
-- and keep the lock there, nothing written; a lock whose session has closed counts as free.
CREATE ALIAS ATLAS_TRY_IMPORT_LOCK FOR 'parcelatlas.storage.H2ImportLocks.tryLock';
CREATE ALIAS ATLAS_IMPORT_UNLOCK FOR 'parcelatlas.storage.H2ImportLocks.unlock';
