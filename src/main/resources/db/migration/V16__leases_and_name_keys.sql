-- Issue 16 (resilience): job leases with heartbeats, and organization names compared in a normalised form.
-- Portable like V1 (H2 2.x and PostgreSQL 15).

-- Leases: the instance that runs a report or a scheduled job records itself (lease_owner) and refreshes
-- heartbeat_at every few seconds while it works (dev.custody.platform.Leases). A job whose heartbeat is older than
-- custody.leases.stale-after belongs to an instance that died: another instance takes it over (a queued report, a
-- scheduled job of the current period) or marks it FAILED with the reason in words. Rows left QUEUED or RUNNING
-- before this migration have no heartbeat, so the first sweep after the upgrade settles them too.
ALTER TABLE report_snapshot ADD COLUMN lease_owner VARCHAR(120);
ALTER TABLE report_snapshot ADD COLUMN heartbeat_at TIMESTAMP(6) WITH TIME ZONE;
-- 1 for the first generation; a queued report taken over after its instance died counts each new attempt.
ALTER TABLE report_snapshot ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
-- Queued in the background (TRUE) or generated while a request waited for the file (FALSE): a background report
-- is taken over by another instance, a synchronous one is failed (nobody waits for it any more).
ALTER TABLE report_snapshot ADD COLUMN background BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX report_snapshot_live ON report_snapshot (status, heartbeat_at);

ALTER TABLE scheduled_run ADD COLUMN lease_owner VARCHAR(120);
ALTER TABLE scheduled_run ADD COLUMN heartbeat_at TIMESTAMP(6) WITH TIME ZONE;

-- Names: name_key is the name as compared (dev.custody.network.Names.key: NFKC case folding, invisible characters
-- removed, spaces collapsed), unique, so "Halvard<zero-width space> Systems Inc." is a duplicate of "Halvard
-- Systems Inc.". Computing it needs Unicode tables SQL does not have, so OrganizationNameKeys fills it at start-up
-- for the rows stored before this migration (NULL until then; NULLs do not collide in a unique index); an
-- existing row that reads the same as an earlier one is renamed "... (duplicate of organization N)".
ALTER TABLE organization ADD COLUMN name_key VARCHAR(400);
CREATE UNIQUE INDEX organization_name_key ON organization (name_key);
