-- The weekly dispatch (周调度) looks up each key project's latest update before a day
-- (entity = 'project', entity_key = its code, occurred_at < the day): one index range per project
-- instead of every project's audit rows read and grouped.
CREATE INDEX audit_log_entity_time_idx ON audit_log (entity, entity_key, occurred_at);
