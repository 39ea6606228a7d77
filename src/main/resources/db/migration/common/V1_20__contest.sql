-- The quarterly contest (季考评 / 擂台赛): the weight of each ranked figure in a score, how many of
-- the first get a red flag and of the last a yellow one (admins edit both, audited), and each
-- published quarter's result, stored as published so later changes to the records never alter it.
-- Only the application writes here (contest/ContestSettings, contest/ContestArchive); published rows
-- are only ever inserted.
CREATE TABLE contest_weights (
  figure VARCHAR(40) PRIMARY KEY,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100)
);
INSERT INTO contest_weights (figure, weight) VALUES ('start_rate_pct', 20);
INSERT INTO contest_weights (figure, weight) VALUES ('investment_rate_pct', 20);
INSERT INTO contest_weights (figure, weight) VALUES ('production_rate_pct', 15);
INSERT INTO contest_weights (figure, weight) VALUES ('intensity_wan_per_mu', 10);
INSERT INTO contest_weights (figure, weight) VALUES ('tax_wan_per_mu', 10);
INSERT INTO contest_weights (figure, weight) VALUES ('signed_pct', 10);
INSERT INTO contest_weights (figure, weight) VALUES ('demolished_pct', 10);
INSERT INTO contest_weights (figure, weight) VALUES ('cleared_pct', 5);

-- One row (id 1): red flags for the first red_count places, yellow for the last yellow_count.
CREATE TABLE contest_flags (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  red_count INTEGER NOT NULL CHECK (red_count BETWEEN 0 AND 50),
  yellow_count INTEGER NOT NULL CHECK (yellow_count BETWEEN 0 AND 50)
);
INSERT INTO contest_flags (id, red_count, yellow_count) VALUES (1, 5, 2);

-- A published quarter (公示), e.g. '2026Q3', with the rule it was scored by (weights as JSON text).
CREATE TABLE contest_publications (
  quarter VARCHAR(6) PRIMARY KEY,
  as_of DATE NOT NULL,
  published_by VARCHAR(100) NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  weights VARCHAR(2000) NOT NULL,
  red_count INTEGER NOT NULL,
  yellow_count INTEGER NOT NULL
);

-- Each place of a published quarter: of_kind 'townships' or 'parks'; name the township or the
-- park's code, label what is shown; score, place and flag null when nothing could be measured;
-- points each figure's share of the score as JSON (for staff; the public page shows no figures).
CREATE TABLE contest_results (
  quarter VARCHAR(6) NOT NULL REFERENCES contest_publications (quarter),
  of_kind VARCHAR(16) NOT NULL,
  name VARCHAR(200) NOT NULL,
  label VARCHAR(400) NOT NULL,
  score DOUBLE PRECISION,
  place INTEGER,
  flag VARCHAR(8),
  points VARCHAR(2000),
  PRIMARY KEY (quarter, of_kind, name)
);
