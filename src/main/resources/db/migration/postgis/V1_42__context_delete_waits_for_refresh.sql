-- A parcel deleted while another node's refresh (ContextDistances.refreshIfStale) was rewriting
-- context_distances kept the rows that refresh wrote for it: the trigger's DELETE ran with a snapshot
-- taken before the refresh committed, so it found only the old rows (already deleted by the refresh)
-- and never saw the new ones. Now the trigger first takes the lock that every writer of the table
-- takes (ROW EXCLUSIVE on context_stale conflicts with the refresh's EXCLUSIVE): it waits for a
-- refresh under way to commit, and its DELETE, a new statement with a new snapshot, sees the rows
-- the refresh wrote. A refresh that starts after the delete waits for the deleting transaction and
-- then no longer reads the parcel. The embedded database has one process: nothing to change there.
CREATE OR REPLACE FUNCTION context_parcel_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE context_stale IN ROW EXCLUSIVE MODE;
  DELETE FROM context_distances WHERE parcel_code = OLD.code;
  RETURN NULL;
END
$$;
