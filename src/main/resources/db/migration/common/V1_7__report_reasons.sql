-- Why a weekly figure went down (required then), kept with the report as evidence.
ALTER TABLE demolition_reports ADD COLUMN change_reason VARCHAR(500);
