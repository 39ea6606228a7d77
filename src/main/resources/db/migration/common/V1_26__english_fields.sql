-- English forms of what investors read (issue 12, "English throughout"): a park's address, contact
-- person and summary (its name already has name_en) and a parcel's industry orientation. Empty
-- means the text has no English form: pages then show the catalogue's English category names for
-- industries, or the Chinese text as a proper name.
ALTER TABLE parks ADD COLUMN address_en VARCHAR(300);
ALTER TABLE parks ADD COLUMN contact_en VARCHAR(100);
ALTER TABLE parks ADD COLUMN summary_en VARCHAR(4000);
ALTER TABLE parcels ADD COLUMN industry_en VARCHAR(500);
