-- audit_log (entity, entity_key) is a prefix of V1_45's (entity, entity_key, occurred_at), which
-- answers every lookup it did: a lead's history (entity, entity_key), the weekly dispatch's latest
-- update per project (and occurred_at), the admin log by entity (which pages by id on the primary
-- key). One index less to write on every audited change (AuditLogIndexTest checks the plans).
DROP INDEX IF EXISTS audit_log_entity_idx;
