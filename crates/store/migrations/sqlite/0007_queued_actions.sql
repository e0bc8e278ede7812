-- An action triggered on a process that runs no scripts (`--role api`) waits in the queue, with
-- its input, until a worker takes it (`worker`); its result is read from any process.
ALTER TABLE action_runs ADD COLUMN input TEXT;
ALTER TABLE action_runs ADD COLUMN worker TEXT;
CREATE INDEX action_runs_queue ON action_runs (status, created_at);
