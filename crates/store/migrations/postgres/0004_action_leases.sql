-- A queued action run taken by a worker is held with a lease its heartbeat renews: a run whose
-- worker died is failed when the lease ends (an action is not run twice: it may have had
-- effects), so that whoever waits for it hears the end.
ALTER TABLE action_runs ADD COLUMN lease_until TEXT COLLATE "C";
CREATE INDEX action_runs_leases ON action_runs (lease_until) WHERE status = 'running';
