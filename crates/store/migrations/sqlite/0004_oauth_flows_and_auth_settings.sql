-- OAuth flows in progress: what the callback needs to finish one (the integration, the
-- connection id, the PKCE verifier, the end user…), kept server-side under the SHA-256 of the
-- `state` sent to the provider. A flow is taken (deleted) by its callback: single use.
CREATE TABLE oauth_flows (
    state_hash TEXT PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    flow TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX oauth_flows_by_expiry ON oauth_flows (expires_at);

-- When a connection's access token expires, in the clear (the credentials are sealed), so the
-- refresh job finds the tokens to renew without opening every connection.
ALTER TABLE connections ADD COLUMN credentials_expires_at TEXT;
CREATE INDEX connections_by_expiry ON connections (credentials_expires_at)
    WHERE credentials_expires_at IS NOT NULL;

-- Which auth webhooks the environment sends (Nango's notification settings): on a new or
-- renewed connection, and when a token refresh fails.
ALTER TABLE environments ADD COLUMN webhook_on_auth_creation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE environments ADD COLUMN webhook_on_auth_refresh_error INTEGER NOT NULL DEFAULT 1;

-- The environment's public key: what older frontends (`new Nango({publicKey})`) start a
-- connection with, instead of a connect session token. Not a secret; the server fills it in.
ALTER TABLE environments ADD COLUMN public_key TEXT;
CREATE UNIQUE INDEX environments_by_public_key ON environments (public_key);
