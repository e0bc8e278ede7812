-- Runs are claimed by a worker for a while (a lease) that it extends while it runs them: a
-- run whose lease ended without an end recorded belonged to a worker that died (`kill -9`, a
-- lost machine), and another worker claims it again. A run left `running` without a lease is
-- claimed again at once.
ALTER TABLE sync_jobs ADD COLUMN lease_owner TEXT COLLATE "C";
ALTER TABLE sync_jobs ADD COLUMN lease_until TEXT COLLATE "C";
-- The reclaim: running runs by the end of their lease. Partial: finished runs are not in it.
CREATE INDEX sync_jobs_leases ON sync_jobs (lease_until, id) WHERE status = 'running';
