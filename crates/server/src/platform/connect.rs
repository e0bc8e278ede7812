//! Connect sessions: a short-lived token (30 minutes) that lets one end user connect their
//! accounts, limited to some integrations, with defaults per integration. The product's backend
//! creates it with its secret key; the end user's browser holds only the token. Only the token's
//! SHA-256 is stored.

use std::time::{Duration, SystemTime};

use nango_store::{ConnectSession, Environment, NewConnectSession};
use serde::Serialize;
use serde_json::{Map, Value, json};
use utoipa::ToSchema;

use nango_providers::AuthMode;

use super::secrets::{random_hex, token_hash};
use super::{EndUserAuth, ErrorCode, Platform, PlatformError, Result, credentials};

/// How long a session token works.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// What every session token starts with (as Nango's do).
const TOKEN_PREFIX: &str = "nango_connect_session_";

/// A session to create.
#[derive(Debug, Clone, Default)]
pub struct SessionInput {
    /// The end user (`{id, email?, display_name?, tags?}`).
    pub end_user: Map<String, Value>,
    /// Their organization (`{id, display_name?}`).
    pub organization: Option<Map<String, Value>>,
    /// The integrations the user may connect (all when `None`).
    pub allowed_integrations: Option<Vec<String>>,
    /// Per integration: `{user_scopes?, authorization_params?, connection_config?}`.
    pub integrations_config_defaults: Map<String, Value>,
    /// Tags the connection gets.
    pub tags: Map<String, Value>,
}

/// A session renewing one connection.
#[derive(Debug, Clone, Default)]
pub struct ReconnectInput {
    /// The connection.
    pub connection_id: String,
    /// Its integration.
    pub integration_key: String,
    /// The end user (else the connection's).
    pub end_user: Option<Map<String, Value>>,
    /// Their organization.
    pub organization: Option<Map<String, Value>>,
    /// Per-integration defaults.
    pub integrations_config_defaults: Map<String, Value>,
}

/// A new session's token.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionToken {
    /// The token (`nango_connect_session_…`): give it to the end user's browser.
    pub token: String,
    /// The Connect UI's page for it.
    pub connect_link: String,
    /// When it stops working (RFC 3339).
    pub expires_at: String,
}

/// A session as its holder sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionView {
    /// The end user.
    #[schema(value_type = Object)]
    pub end_user: Value,
    /// Their organization.
    #[schema(value_type = Option<Object>)]
    pub organization: Option<Value>,
    /// The integrations it may connect (all when null).
    pub allowed_integrations: Option<Vec<String>>,
    /// Per-integration defaults.
    #[schema(value_type = Object)]
    pub integrations_config_defaults: Value,
    /// Tags the connection gets.
    #[schema(value_type = Object)]
    pub tags: Value,
    /// For a reconnect session: the connection it renews.
    pub connection_id: Option<String>,
    /// Its integration, for a reconnect session.
    pub provider_config_key: Option<String>,
    /// When it stops working.
    pub expires_at: String,
}

impl Platform {
    /// Creates a session; `base_url` is where this server is reached (for the connect link).
    pub async fn create_connect_session(
        &self,
        environment: i64,
        input: SessionInput,
        base_url: &str,
    ) -> Result<SessionToken> {
        self.check_named_integrations(
            environment,
            "the session",
            input
                .allowed_integrations
                .iter()
                .flatten()
                .chain(input.integrations_config_defaults.keys()),
        )
        .await?;
        self.new_session(
            environment,
            NewConnectSession {
                environment_id: environment,
                token_hash: String::new(),
                end_user: Value::Object(input.end_user),
                organization: input.organization.map(Value::Object),
                allowed_integrations: input.allowed_integrations,
                integrations_config_defaults: Value::Object(input.integrations_config_defaults),
                tags: Value::Object(input.tags),
                connection: None,
                expires_at: String::new(),
            },
            base_url,
        )
        .await
    }

    /// Creates a session that renews an existing connection (new credentials, a new consent).
    pub async fn create_reconnect_session(
        &self,
        environment: i64,
        input: ReconnectInput,
        base_url: &str,
    ) -> Result<SessionToken> {
        let connection = self
            .connection(environment, &input.integration_key, &input.connection_id)
            .await?;
        self.check_named_integrations(
            environment,
            "the session",
            input.integrations_config_defaults.keys(),
        )
        .await?;
        let end_user = match input.end_user {
            Some(end_user) => Value::Object(end_user),
            None => connection
                .end_user
                .clone()
                .unwrap_or_else(|| Value::Object(Map::new())),
        };
        self.new_session(
            environment,
            NewConnectSession {
                environment_id: environment,
                token_hash: String::new(),
                end_user,
                organization: input.organization.map(Value::Object),
                allowed_integrations: Some(vec![input.integration_key]),
                integrations_config_defaults: Value::Object(input.integrations_config_defaults),
                tags: connection.tags.clone(),
                connection: Some(connection.id),
                expires_at: String::new(),
            },
            base_url,
        )
        .await
    }

    async fn new_session(
        &self,
        environment: i64,
        mut session: NewConnectSession,
        base_url: &str,
    ) -> Result<SessionToken> {
        let token = format!("{TOKEN_PREFIX}{}", random_hex(32));
        session.environment_id = environment;
        session.token_hash = token_hash(&token);
        session.expires_at = credentials::format_time(SystemTime::now() + SESSION_LIFETIME);
        let created = self.store.create_connect_session(&session).await?;
        Ok(SessionToken {
            connect_link: format!(
                "{}/connect?session_token={token}",
                base_url.trim_end_matches('/')
            ),
            token,
            expires_at: created.expires_at,
        })
    }

    /// The live session of a token, and its environment.
    pub async fn connect_session(&self, token: &str) -> Result<(Environment, ConnectSession)> {
        let unknown = || {
            PlatformError::new(
                ErrorCode::InvalidConnectSessionToken,
                "the connect session token is unknown or expired: ask the product's backend for a new one (POST /connect/sessions)",
            )
        };
        if !token.starts_with(TOKEN_PREFIX) {
            return Err(unknown());
        }
        let session = self
            .store
            .connect_session(&token_hash(token), &nango_store::now())
            .await?
            .ok_or_else(unknown)?;
        let environment = self
            .environment_by_id(session.environment_id)
            .await?
            .ok_or_else(unknown)?;
        Ok((environment, session))
    }

    /// A session as its holder sees it.
    pub async fn connect_session_view(&self, session: &ConnectSession) -> Result<SessionView> {
        let connection = match session.connection {
            Some(id) => self.store.connection_by_id(id).await?,
            None => None,
        };
        Ok(SessionView {
            end_user: session.end_user.clone(),
            organization: session.organization.clone(),
            allowed_integrations: session.allowed_integrations.clone(),
            integrations_config_defaults: session.integrations_config_defaults.clone(),
            tags: session.tags.clone(),
            connection_id: connection.as_ref().map(|c| c.connection_id.clone()),
            provider_config_key: connection.map(|c| c.provider_config_key),
            expires_at: session.expires_at.clone(),
        })
    }

    /// Ends a session before it expires.
    pub async fn delete_connect_session(&self, session: &ConnectSession) -> Result<()> {
        self.store.delete_connect_session(session.id).await?;
        Ok(())
    }

    /// Removes expired sessions.
    pub async fn prune_connect_sessions(&self) -> Result<()> {
        self.store
            .prune_connect_sessions(&nango_store::now())
            .await?;
        Ok(())
    }

    /// Every integration a request names must exist (a 400 listing those that do not);
    /// `what` names the request in the message (`the deploy`).
    pub(super) async fn check_named_integrations(
        &self,
        environment: i64,
        what: &str,
        keys: impl Iterator<Item = &String>,
    ) -> Result<()> {
        let mut missing: Vec<&str> = Vec::new();
        for key in keys {
            if !missing.contains(&key.as_str())
                && self.store.integration(environment, key).await?.is_none()
            {
                missing.push(key);
            }
        }
        if missing.is_empty() {
            return Ok(());
        }
        Err(PlatformError::new(
            ErrorCode::NamedUnknownProviderConfig,
            format!(
                "{what} names integrations this environment does not have: {}; create them first (POST /integrations with a unique_key and a provider)",
                missing.join(", ")
            ),
        ))
    }
}

/// An integration as the Connect UI shows it to a session's holder: what to ask the end user.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectableIntegration {
    /// Its key.
    pub unique_key: String,
    /// Its name (the integration's, else the provider's).
    pub display_name: String,
    /// The catalog's provider.
    pub provider: String,
    /// How it connects: `OAUTH2`, `OAUTH1`, `OAUTH2_CC`, `API_KEY`, `BASIC`, `NONE`, …
    pub auth_mode: String,
    /// The connection-config values the end user gives (a subdomain…), as the catalog declares
    /// them (`{type, title, description, example, pattern, optional}`); those the flow fills in
    /// (`automated`) and those the session sets are left out.
    #[schema(value_type = Object)]
    pub connection_config: Value,
    /// The credential fields the end user gives (`apiKey`, `username`, `password`, …).
    #[schema(value_type = Object)]
    pub credentials: Value,
    /// Whether this server can connect it (some modes are not built yet).
    pub supported: bool,
}

impl Platform {
    /// The integrations a session may connect, with what each asks for.
    pub async fn connectable_integrations(
        &self,
        session: &ConnectSession,
    ) -> Result<Vec<ConnectableIntegration>> {
        let integrations = self.store.integrations(session.environment_id).await?;
        let mut out = Vec::new();
        for integration in integrations {
            if let Some(allowed) = &session.allowed_integrations
                && !allowed.contains(&integration.unique_key)
            {
                continue;
            }
            let Some(provider) = self.catalog.get(&integration.provider) else {
                continue;
            };
            let preset =
                &session.integrations_config_defaults[&integration.unique_key]["connection_config"];
            let connection_config: Map<String, Value> = provider
                .connection_config
                .iter()
                .filter(|(name, schema)| {
                    schema.get("automated").and_then(Value::as_bool) != Some(true)
                        && preset.get(name.as_str()).is_none()
                })
                .map(|(name, schema)| (name.clone(), schema.clone()))
                .collect();
            let mut credentials: Map<String, Value> = provider
                .credentials
                .iter()
                .map(|(name, schema)| (name.clone(), schema.clone()))
                .collect();
            // What each mode asks for when the catalog does not say.
            let field = |title: &str, secret: bool| json!({ "type": "string", "title": title, "secret": secret });
            match provider.auth_mode {
                AuthMode::ApiKey if credentials.is_empty() => {
                    credentials.insert("apiKey".into(), field("API key", true));
                }
                AuthMode::Basic if credentials.is_empty() => {
                    credentials.insert("username".into(), field("Username", false));
                    credentials.insert("password".into(), field("Password", true));
                }
                AuthMode::OAuth2ClientCredentials => {
                    credentials.insert("client_id".into(), field("Client ID", false));
                    credentials.insert("client_secret".into(), field("Client secret", true));
                }
                _ => {}
            }
            let supported = matches!(
                provider.auth_mode,
                AuthMode::OAuth2
                    | AuthMode::OAuth1
                    | AuthMode::OAuth2ClientCredentials
                    | AuthMode::ApiKey
                    | AuthMode::Basic
                    | AuthMode::Jwt
                    | AuthMode::None
            );
            out.push(ConnectableIntegration {
                display_name: integration
                    .display_name
                    .clone()
                    .or_else(|| provider.display_name.clone())
                    .unwrap_or_else(|| integration.provider.clone()),
                unique_key: integration.unique_key,
                provider: integration.provider,
                auth_mode: provider.auth_mode.as_str().to_string(),
                connection_config: Value::Object(connection_config),
                credentials: Value::Object(credentials),
                supported,
            });
        }
        Ok(out)
    }
}

/// Credentials an end user gives through a session (the non-OAuth flows).
#[derive(Debug, Clone)]
pub enum GivenCredentials {
    /// `/api-auth/api-key/:key`.
    ApiKey(String),
    /// `/api-auth/basic/:key`.
    Basic {
        /// User.
        username: String,
        /// Password.
        password: String,
    },
    /// `/auth/unauthenticated/:key`.
    None,
}

/// A connection made through a session.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Connected {
    /// Its integration.
    #[serde(rename = "providerConfigKey")]
    pub provider_config_key: String,
    /// Its id.
    #[serde(rename = "connectionId")]
    pub connection_id: String,
}

impl Platform {
    /// Creates (or, for a reconnect session, renews) the connection of an end user with the
    /// credentials they gave. `connection_id` is the frontend's, else a new one (a public key
    /// needs one); `params` become the connection config, over the session's defaults for the
    /// integration.
    pub async fn connect_with_credentials(
        &self,
        auth: Option<&EndUserAuth>,
        integration_key: &str,
        connection_id: Option<String>,
        params: Map<String, Value>,
        given: GivenCredentials,
    ) -> Result<Connected> {
        let grant = self
            .grant(auth, integration_key, connection_id, params)
            .await?;
        let (wanted, credentials) = match given {
            GivenCredentials::ApiKey(key) => (
                AuthMode::ApiKey,
                serde_json::json!({ "type": "API_KEY", "apiKey": key }),
            ),
            GivenCredentials::Basic { username, password } => (
                AuthMode::Basic,
                serde_json::json!({ "type": "BASIC", "username": username, "password": password }),
            ),
            GivenCredentials::None => (AuthMode::None, serde_json::json!({ "type": "NONE" })),
        };
        if grant.provider.auth_mode != wanted {
            let error = super::oauth::wrong_mode(&grant, wanted.as_str());
            self.auth_failed(&grant, &error).await;
            return Err(error);
        }
        let connection = self
            .save_granted(&grant, &credentials, grant.connection_config.clone())
            .await?;
        Ok(Connected {
            provider_config_key: connection.provider_config_key,
            connection_id: connection.connection_id,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_stored_as_their_sha256() {
        assert_eq!(
            super::token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
