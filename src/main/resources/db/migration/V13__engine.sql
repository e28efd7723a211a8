-- Issue 13: the warm scoring engine. A row of score_change without organization says that every score was
-- recomputed; reload says the instance rebuilt its graph from the database (the daily rescore, or a rescore that
-- found rows written around the services), so the other instances rebuild theirs too rather than only recompute.
ALTER TABLE score_change ADD COLUMN reload BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX score_change_changed_at ON score_change (changed_at);
