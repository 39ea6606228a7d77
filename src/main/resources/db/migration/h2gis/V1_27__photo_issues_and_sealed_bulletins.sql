-- Photos of a project's issue (问题): a project photo that also names the issue's number (seq); the
-- photos CHECK (exactly one of report or project) still holds.
ALTER TABLE photos ADD COLUMN issue_seq INTEGER;
CREATE INDEX photos_issue_idx ON photos (project_code, issue_seq);
CREATE INDEX photos_position_idx ON photos (taken_lon, taken_lat);
-- An issued bulletin is evidence: no UPDATE or DELETE of its row, whoever asks (a plain SQL
-- session included). H2 triggers are Java classes: parcelatlas.bulletin.SealedBulletins refuses.
CREATE TRIGGER bulletins_sealed BEFORE UPDATE, DELETE ON bulletins FOR EACH ROW CALL 'parcelatlas.bulletin.SealedBulletins';
