-- Connect sessions: short-lived tokens with which an end user connects their account. Only the
-- token's SHA-256 is kept: a copy of the database holds no usable token.
CREATE TABLE connect_sessions (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    end_user TEXT NOT NULL,
    organization TEXT,
    allowed_integrations TEXT,
    integrations_config_defaults TEXT NOT NULL,
    tags TEXT NOT NULL,
    connection INTEGER REFERENCES connections(id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX connect_sessions_by_expiry ON connect_sessions (expires_at);
