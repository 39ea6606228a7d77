-- Photos of a project's issue (问题): a project photo that also names the issue's number (seq); the
-- photos CHECK (exactly one of report or project) still holds.
ALTER TABLE photos ADD COLUMN issue_seq INTEGER;
CREATE INDEX photos_issue_idx ON photos (project_code, issue_seq);
CREATE INDEX photos_position_idx ON photos (taken_lon, taken_lat);
-- An issued bulletin is evidence: no UPDATE, DELETE or TRUNCATE of its rows, whoever asks (a plain
-- SQL session included; only dropping the trigger, which needs the table's owner, lifts this).
CREATE FUNCTION bulletins_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an issued bulletin is archived unchanged: % on bulletins is refused', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;
CREATE TRIGGER bulletins_sealed BEFORE UPDATE OR DELETE ON bulletins FOR EACH ROW EXECUTE FUNCTION bulletins_sealed();
CREATE TRIGGER bulletins_sealed_truncate BEFORE TRUNCATE ON bulletins FOR EACH STATEMENT EXECUTE FUNCTION bulletins_sealed();
