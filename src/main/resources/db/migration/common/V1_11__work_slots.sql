-- In-flight expensive anonymous requests (exports, counts, matches, searches, filtered OGC items),
-- one row per slot a client holds, so a per-client limit holds across app nodes. client_key is a
-- SHA-256 of the client address; a slot whose node died is freed once expires_at has passed.
CREATE TABLE work_slots (
  client_key VARCHAR(64) NOT NULL,
  slot INTEGER NOT NULL,
  token VARCHAR(64) NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (client_key, slot)
);
CREATE INDEX work_slots_expiry_idx ON work_slots (expires_at);
