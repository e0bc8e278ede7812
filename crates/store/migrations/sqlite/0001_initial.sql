-- Environments, integrations, connections, deployments and scripts, action runs.
CREATE TABLE environments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    secret_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE environment_variables (
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (environment_id, name)
);
CREATE TABLE integrations (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    unique_key TEXT NOT NULL,
    provider TEXT NOT NULL,
    display_name TEXT,
    oauth_client_id TEXT,
    oauth_client_secret TEXT,
    oauth_scopes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (environment_id, unique_key)
);
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    integration_id INTEGER NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    connection_id TEXT NOT NULL,
    credentials TEXT NOT NULL,
    connection_config TEXT NOT NULL,
    metadata TEXT NOT NULL,
    end_user TEXT,
    tags TEXT NOT NULL,
    errors TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_fetched_at TEXT,
    UNIQUE (integration_id, connection_id)
);
CREATE INDEX connections_by_id ON connections (environment_id, connection_id);
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    json_schema TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (environment_id, version)
);
CREATE TABLE scripts (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    integration_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    version TEXT NOT NULL,
    config TEXT NOT NULL,
    js TEXT NOT NULL,
    ts TEXT,
    deployment_id INTEGER NOT NULL REFERENCES deployments(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (environment_id, integration_key, kind, name)
);
CREATE TABLE action_runs (
    id TEXT PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    connection INTEGER NOT NULL,
    action_name TEXT NOT NULL,
    status TEXT NOT NULL,
    output TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
