-- Runs are claimed by a worker for a while (a lease) that it extends while it runs them: a
-- run whose lease ended without an end recorded belonged to a worker that died, and another
-- worker claims it again. (A run left `running` by a version before leases has none: it is
-- claimed again at once.)
ALTER TABLE sync_jobs ADD COLUMN lease_owner TEXT;
ALTER TABLE sync_jobs ADD COLUMN lease_until TEXT;
CREATE INDEX sync_jobs_leases ON sync_jobs (status, lease_until);
