-- The dashboard's accounts and login sessions. Passwords are kept as argon2id hashes; a
-- session's cookie value only as its SHA-256, so a copy of the database opens no session.
CREATE TABLE dashboard_users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE dashboard_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES dashboard_users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX dashboard_sessions_by_expiry ON dashboard_sessions (expires_at);

-- What the dashboard's Environment Settings change beyond the webhook URL: a secondary webhook
-- URL, which sync webhooks go out (failures; every completion, even without changes), and a
-- pending secret key during a rotation (both keys work until it is activated or reverted).
ALTER TABLE environments ADD COLUMN webhook_url_secondary TEXT;
ALTER TABLE environments ADD COLUMN webhook_on_sync_error INTEGER NOT NULL DEFAULT 1;
ALTER TABLE environments ADD COLUMN webhook_on_sync_success_always INTEGER NOT NULL DEFAULT 0;
ALTER TABLE environments ADD COLUMN pending_secret_key TEXT;
CREATE UNIQUE INDEX environments_by_pending_key ON environments (pending_secret_key);

-- The logs' filters and the home page's charts read operations by environment and time.
CREATE INDEX operations_by_environment_and_start ON operations (environment_id, started_at);
