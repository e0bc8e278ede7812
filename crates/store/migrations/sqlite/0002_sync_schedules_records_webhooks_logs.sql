-- Webhook settings; sync schedules and runs; the records cache and its change cursor;
-- webhook deliveries; operations and their log lines.
ALTER TABLE environments ADD COLUMN webhook_url TEXT;
ALTER TABLE environments ADD COLUMN webhook_secret TEXT;
CREATE TABLE sync_schedules (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    connection INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    integration_key TEXT NOT NULL,
    name TEXT NOT NULL,
    variant TEXT NOT NULL,
    paused INTEGER NOT NULL,
    frequency_secs INTEGER,
    next_run_at TEXT,
    last_sync_date TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (connection, name, variant)
);
CREATE TABLE sync_jobs (
    id INTEGER PRIMARY KEY,
    sync_id INTEGER NOT NULL REFERENCES sync_schedules(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    run_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    result TEXT NOT NULL DEFAULT '{}',
    error TEXT
);
CREATE INDEX sync_jobs_queue ON sync_jobs (status, run_at);
CREATE INDEX sync_jobs_by_sync ON sync_jobs (sync_id, id);
CREATE TABLE records (
    connection INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    external_id TEXT NOT NULL,
    data TEXT NOT NULL,
    hash TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_modified_at TEXT NOT NULL,
    last_action TEXT NOT NULL,
    deleted_at TEXT,
    cursor INTEGER NOT NULL,
    PRIMARY KEY (connection, model, external_id)
) WITHOUT ROWID;
CREATE INDEX records_by_cursor ON records (connection, model, cursor);
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO counters (name, value) VALUES ('record_cursor', 0);
CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT
);
CREATE TABLE operations (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    integration_key TEXT,
    connection_id TEXT,
    name TEXT,
    status TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX operations_by_environment ON operations (environment_id, id);
CREATE TABLE log_lines (
    operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX log_lines_by_operation ON log_lines (operation_id);
