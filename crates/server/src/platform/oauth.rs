//! End users connecting their accounts: the OAuth 2 authorization-code flow (with PKCE), OAuth
//! 1.0a's three legs, OAuth 2 client credentials, and the result reaching the browser that
//! started the flow.
//!
//! How `@nangohq/frontend` runs a popup flow: it opens a websocket to the server and gets a
//! `ws_client_id` ([`AuthListeners`]), then opens `GET /oauth/connect/:key?…&ws_client_id=…` in a
//! popup. The server keeps the flow under a random `state` (its SHA-256 in the store, single use,
//! 15 minutes) and redirects to the provider. The provider sends the browser back to
//! `GET /oauth/callback`, where the code is exchanged for tokens and the connection saved. Either
//! way the flow ends with one [`AuthMessage`] on the websocket, so `nango.auth()` resolves or
//! rejects; an error before the redirect ends it too, never a popup left open.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use nango_providers::{AuthMode, Provider, TemplateValues, interpolate};
use nango_store::{ConnectSession, Connection, Environment, Integration, OAuthFlow};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;

use super::secrets::{random_hex, token_hash};
use super::{ErrorCode, Platform, PlatformError, Result, credentials};

/// How long a started flow waits for its callback.
const FLOW_LIFETIME: Duration = Duration::from_secs(15 * 60);

/// What the browser that started a flow hears at the end of it (the frontend's websocket
/// messages).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "message_type", rename_all = "snake_case")]
pub enum AuthMessage {
    /// The connection is saved.
    Success {
        /// Its integration.
        provider_config_key: String,
        /// Its id.
        connection_id: String,
        /// Always false: nothing is left to do after the callback.
        is_pending: bool,
    },
    /// The flow failed.
    Error {
        /// A stable code (an [`ErrorCode`]'s string).
        error_type: String,
        /// What happened, for the end user's developer.
        error_desc: String,
    },
}

impl AuthMessage {
    fn failed(error: &PlatformError) -> Self {
        let error_desc = if error.code == ErrorCode::Internal {
            "the server failed; its log has the details".to_string()
        } else {
            error.message.clone()
        };
        AuthMessage::Error {
            error_type: error.code.as_str().to_string(),
            error_desc,
        }
    }
}

/// The channel on which API processes pass a flow's result to the one holding the browser's
/// websocket (the provider's callback may reach another process).
pub const AUTH_CHANNEL: &str = "nango_auth";

/// The browsers waiting for a flow's result, by `ws_client_id`, on this process. A result for a
/// browser of another process goes there through the store ([`AUTH_CHANNEL`]).
#[derive(Default)]
pub struct AuthListeners {
    clients: Mutex<HashMap<String, mpsc::UnboundedSender<String>>>,
}

impl AuthListeners {
    /// A new listener: its id (sent to the browser as `ws_client_id`) and what it will hear.
    pub fn register(&self) -> (String, mpsc::UnboundedReceiver<String>) {
        let (sender, receiver) = mpsc::unbounded_channel();
        let id = random_hex(16);
        self.lock().insert(id.clone(), sender);
        (id, receiver)
    }

    /// The browser went away.
    pub fn remove(&self, id: &str) {
        self.lock().remove(id);
    }

    /// Tells a listener of this process how its flow ended; false when it has none of that id
    /// (another process holds it, or nobody: an older frontend, a flow without the websocket).
    pub fn notify(&self, id: Option<&str>, message: &AuthMessage) -> bool {
        let Some(id) = id else { return false };
        self.deliver(id, &serde_json::to_string(message).unwrap_or_default())
    }

    /// Hands a result (as sent to the browser) to this process's listener of that id.
    pub fn deliver(&self, id: &str, text: &str) -> bool {
        match self.lock().get(id) {
            Some(sender) => sender.send(text.to_string()).is_ok(),
            None => false,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, mpsc::UnboundedSender<String>>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One lock per connection whose token is being refreshed, so concurrent readers make one
/// token request between them (the others wait and read the new token).
#[derive(Default)]
pub struct RefreshLocks {
    locks: Mutex<HashMap<i64, Weak<tokio::sync::Mutex<()>>>>,
}

impl RefreshLocks {
    /// The lock of a connection (created on first use, dropped when no one holds it).
    pub fn of(&self, connection: i64) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self.locks.lock().unwrap_or_else(|e| e.into_inner());
        locks.retain(|_, lock| lock.strong_count() > 0);
        if let Some(lock) = locks.get(&connection).and_then(Weak::upgrade) {
            return lock;
        }
        let lock = Arc::new(tokio::sync::Mutex::new(()));
        locks.insert(connection, Arc::downgrade(&lock));
        lock
    }
}

/// What the end user's browser proves it may connect with.
#[derive(Debug, Clone)]
pub enum EndUserAuth {
    /// A connect session token (`POST /connect/sessions`).
    Session(String),
    /// The environment's public key (older frontends); the connection id is then required.
    PublicKey(String),
}

/// `GET /oauth/connect/:key` as the frontend opens it in its popup.
#[derive(Debug, Clone, Default)]
pub struct OAuthStart {
    /// The integration.
    pub integration_key: String,
    /// The session token or public key (`None`: neither was given).
    pub auth: Option<EndUserAuth>,
    /// The connection's id (a session makes one when left out).
    pub connection_id: Option<String>,
    /// `params[k]=v`: connection config (a subdomain…).
    pub params: Map<String, Value>,
    /// `authorization_params[k]=v`: extra parameters of the authorization URL.
    pub authorization_params: Map<String, Value>,
    /// `user_scope`: user scopes (Slack), comma-separated.
    pub user_scope: Option<String>,
    /// The websocket listener waiting for the result.
    pub ws_client_id: Option<String>,
    /// Where this server was reached, for the callback URL when no server URL is set.
    pub base_url: String,
}

/// The query of `GET /oauth/callback`, every parameter as given.
#[derive(Debug, Clone, Default)]
pub struct OAuthCallback {
    /// The query parameters.
    pub query: Vec<(String, String)>,
}

impl OAuthCallback {
    fn get(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Who may connect what, once a session token or public key is checked.
pub(super) struct Grant {
    pub environment: Environment,
    pub integration: Integration,
    pub provider: Provider,
    pub connection_id: String,
    pub end_user: Option<Value>,
    pub tags: Value,
    /// The connection a reconnect session renews.
    pub renews: Option<Connection>,
    /// The session's defaults for the integration (`{user_scopes?, authorization_params?,
    /// connection_config?}`).
    pub defaults: Value,
    /// Connection config: the session's defaults, then the request's `params`.
    pub connection_config: Map<String, Value>,
}

/// A flow between `/oauth/connect` and `/oauth/callback` (the store's `flow`).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct PendingFlow {
    integration: String,
    connection_id: String,
    /// `OAUTH2` or `OAUTH1`.
    auth_mode: String,
    redirect_uri: String,
    code_verifier: Option<String>,
    connection_config: Map<String, Value>,
    ws_client_id: Option<String>,
    end_user: Option<Value>,
    tags: Value,
    renews: Option<i64>,
    /// OAuth 1: the request token and its secret (sealed).
    request_token: Option<String>,
    request_token_secret: Option<String>,
}

/// How the connection being saved came about (the auth webhook's `operation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Saved {
    /// A new connection.
    Creation,
    /// An existing one got new credentials.
    Override,
}

impl Platform {
    /// The OAuth callback URL to register with providers: `<server URL>/oauth/callback`, the
    /// server URL being `NANGO_SERVER_URL` or, without it, where the request came to.
    pub fn callback_url(&self, base_url: &str) -> String {
        let base = self.settings.server_url.as_deref().unwrap_or(base_url);
        format!("{}/oauth/callback", base.trim_end_matches('/'))
    }

    /// Checks what the browser may connect: the session (or public key), the integration and
    /// the connection id.
    pub(super) async fn grant(
        &self,
        auth: Option<&EndUserAuth>,
        integration_key: &str,
        connection_id: Option<String>,
        params: Map<String, Value>,
    ) -> Result<Grant> {
        let connection_id = connection_id.filter(|id| !id.trim().is_empty());
        let (environment, session): (Environment, Option<ConnectSession>) = match auth {
            Some(EndUserAuth::Session(token)) => {
                let (environment, session) = self.connect_session(token).await?;
                (environment, Some(session))
            }
            Some(EndUserAuth::PublicKey(key)) => {
                let environment = self
                    .store
                    .environment_by_public_key(key)
                    .await?
                    .ok_or_else(|| {
                        PlatformError::new(
                            ErrorCode::InvalidPublicKey,
                            "the public key is unknown: it is the environment's `public_key` (GET /environment); better, use a connect session token (POST /connect/sessions)",
                        )
                    })?;
                (environment, None)
            }
            None => {
                return Err(PlatformError::new(
                    ErrorCode::InvalidConnectSessionToken,
                    "the `connect_session_token` query parameter is required (POST /connect/sessions makes one)",
                ));
            }
        };
        if let Some(allowed) = session
            .as_ref()
            .and_then(|s| s.allowed_integrations.as_ref())
            && !allowed.iter().any(|k| k == integration_key)
        {
            return Err(PlatformError::new(
                ErrorCode::IntegrationNotAllowed,
                format!(
                    "this connect session does not allow integration `{integration_key}` (it allows {})",
                    allowed.join(", ")
                ),
            ));
        }
        let integration = self.integration(environment.id, integration_key).await?;
        let provider = self
            .catalog
            .get(&integration.provider)
            .cloned()
            .ok_or_else(|| {
                PlatformError::new(
                    ErrorCode::UnknownProvider,
                    format!(
                        "provider `{}` of integration `{integration_key}` is not in the catalog",
                        integration.provider
                    ),
                )
            })?;
        let renews = match session.as_ref().and_then(|s| s.connection) {
            Some(id) => self.store.connection_by_id(id).await?,
            None => None,
        };
        let connection_id = match (&renews, connection_id, &session) {
            (Some(renewed), _, _) => renewed.connection_id.clone(),
            (None, Some(id), _) => id,
            (None, None, Some(_)) => crate::generate_secret_key(),
            (None, None, None) => {
                return Err(PlatformError::new(
                    ErrorCode::MissingConnectionId,
                    "with a public key, the `connection_id` query parameter is required",
                ));
            }
        };
        let defaults = session
            .as_ref()
            .map(|s| s.integrations_config_defaults[integration_key].clone())
            .unwrap_or(Value::Null);
        let mut connection_config = defaults["connection_config"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        connection_config.extend(params);
        let end_user = session.as_ref().map(|session| {
            let mut end_user = session.end_user.clone();
            if let (Some(user), Some(organization)) =
                (end_user.as_object_mut(), &session.organization)
            {
                user.insert("organization".into(), organization.clone());
            }
            end_user
        });
        let tags = session
            .as_ref()
            .map(|s| s.tags.clone())
            .or_else(|| renews.as_ref().map(|c| c.tags.clone()))
            .unwrap_or_else(|| json!({}));
        Ok(Grant {
            environment,
            integration,
            provider,
            connection_id,
            end_user,
            tags,
            renews,
            defaults,
            connection_config,
        })
    }

    /// Saves the connection a flow ended with, wakes the scheduler (its syncs start) and sends
    /// the auth webhook.
    pub(super) async fn save_granted(
        &self,
        grant: &Grant,
        credentials: &Value,
        connection_config: Map<String, Value>,
    ) -> Result<Connection> {
        let existing = match &grant.renews {
            Some(renewed) => Some(renewed.clone()),
            None => {
                self.store
                    .connection(
                        grant.environment.id,
                        &grant.integration.unique_key,
                        &grant.connection_id,
                    )
                    .await?
            }
        };
        let connection = self
            .store
            .upsert_connection(&nango_store::NewConnection {
                environment_id: grant.environment.id,
                integration_id: grant.integration.id,
                connection_id: grant.connection_id.clone(),
                credentials: self.sealer.seal(&credentials.to_string()),
                credentials_expires_at: credentials::refreshable_expiry(credentials),
                connection_config: Value::Object(connection_config),
                metadata: existing
                    .as_ref()
                    .map_or_else(|| json!({}), |c| c.metadata.clone()),
                end_user: grant.end_user.clone(),
                tags: grant.tags.clone(),
            })
            .await?;
        self.wake_workers(super::WakeFor::Reschedule).await;
        let operation = if existing.is_some() {
            Saved::Override
        } else {
            Saved::Creation
        };
        self.auth_succeeded(&grant.environment, &connection, &grant.provider, operation)
            .await;
        Ok(connection)
    }

    /// `GET /oauth/connect/:key`: the provider's authorization URL to send the browser to. On
    /// failure the listener has heard the error (and the auth webhook is queued) by the time
    /// this returns.
    pub async fn start_oauth(&self, start: OAuthStart) -> std::result::Result<String, AuthMessage> {
        let ws = start.ws_client_id.clone();
        let key = start.integration_key.clone();
        match self.try_start_oauth(start).await {
            Ok(url) => Ok(url),
            Err((error, grant)) => {
                let message = AuthMessage::failed(&error);
                self.tell_browser(ws.as_deref(), &message).await;
                if let Some(grant) = grant {
                    self.auth_failed(&grant, &error).await;
                } else {
                    tracing::info!(
                        "an OAuth flow for `{key}` could not start: {}",
                        error.message
                    );
                }
                Err(message)
            }
        }
    }

    async fn try_start_oauth(
        &self,
        start: OAuthStart,
    ) -> std::result::Result<String, (PlatformError, Option<Grant>)> {
        let grant = self
            .grant(
                start.auth.as_ref(),
                &start.integration_key,
                start.connection_id.clone(),
                start.params.clone(),
            )
            .await
            .map_err(|e| (e, None))?;
        let redirect_uri = self.callback_url(&start.base_url);
        let result = match grant.provider.auth_mode {
            AuthMode::OAuth2 => {
                self.oauth2_authorization_url(&grant, &start, &redirect_uri)
                    .await
            }
            AuthMode::OAuth1 => {
                self.oauth1_authorization_url(&grant, &start, &redirect_uri)
                    .await
            }
            ref other => Err(PlatformError::new(
                ErrorCode::InvalidAuthMode,
                format!(
                    "integration `{}` authenticates with {other}, which has no OAuth popup: {}",
                    grant.integration.unique_key,
                    non_popup_hint(other)
                ),
            )),
        };
        result.map_err(|e| (e, Some(grant)))
    }

    fn oauth_app(&self, grant: &Grant) -> Result<(String, String)> {
        let integration = &grant.integration;
        let missing = || {
            PlatformError::new(
                ErrorCode::MissingOAuthApp,
                format!(
                    "integration `{}` has no OAuth app: set its client_id and client_secret (PATCH /integrations/{} with credentials {{type: \"{}\", client_id, client_secret}})",
                    integration.unique_key, integration.unique_key, grant.provider.auth_mode
                ),
            )
        };
        let id = integration.oauth_client_id.clone().ok_or_else(missing)?;
        let secret = integration
            .oauth_client_secret
            .as_deref()
            .ok_or_else(missing)
            .and_then(|sealed| {
                self.sealer
                    .open(sealed)
                    .map_err(|e| PlatformError::internal(format!("the client secret: {e}")))
            })?;
        Ok((id, secret))
    }

    async fn oauth2_authorization_url(
        &self,
        grant: &Grant,
        start: &OAuthStart,
        redirect_uri: &str,
    ) -> Result<String> {
        let provider = &grant.provider;
        let (client_id, _) = self.oauth_app(grant)?;
        let config = Value::Object(grant.connection_config.clone());
        let fill = |template: &str, what: &str| fill_template(provider, template, &config, what);
        let base = fill(
            provider.authorization_url.as_deref().unwrap_or_default(),
            "authorization URL",
        )?;
        let mut url = url::Url::parse(&base).map_err(|e| {
            PlatformError::new(
                ErrorCode::MissingOAuthApp,
                format!(
                    "the authorization URL `{base}` of provider `{}` is not a URL: {e}",
                    provider.name
                ),
            )
        })?;
        let state = random_hex(24);
        let pkce = provider.extra.get("disable_pkce").and_then(Value::as_bool) != Some(true);
        let code_verifier = pkce.then(|| random_hex(32));
        let separator = provider.scope_separator.as_deref().unwrap_or(" ");
        let scopes = grant
            .integration
            .oauth_scopes
            .as_deref()
            .map(split_scopes)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| provider.default_scopes.clone());
        let mut params: Vec<(String, String)> = vec![
            ("client_id".into(), client_id),
            ("redirect_uri".into(), redirect_uri.into()),
            ("response_type".into(), "code".into()),
            ("state".into(), state.clone()),
        ];
        if !scopes.is_empty() {
            params.push(("scope".into(), scopes.join(separator)));
        }
        if let Some(verifier) = &code_verifier {
            let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(Sha256::digest(verifier.as_bytes()));
            params.push(("code_challenge".into(), challenge));
            params.push(("code_challenge_method".into(), "S256".into()));
        }
        let user_scope = start
            .user_scope
            .clone()
            .or_else(|| grant.defaults["user_scopes"].as_str().map(str::to_string));
        if let Some(user_scope) = &user_scope {
            params.push(("user_scope".into(), user_scope.clone()));
        }
        // The provider's own parameters, then the session's defaults, then the request's: the
        // later replace the earlier by name.
        let mut extra: Vec<(String, String)> = Vec::new();
        for (name, template) in &provider.authorization_params {
            extra.push((name.clone(), fill(template, "authorization parameters")?));
        }
        let given = grant.defaults["authorization_params"]
            .as_object()
            .into_iter()
            .flatten()
            .chain(start.authorization_params.iter());
        for (name, value) in given {
            let value = match value {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            extra.retain(|(n, _)| n != name);
            // `undefined` removes one of the provider's defaults (the frontend's way to say so).
            if value != "undefined" {
                extra.push((name.clone(), value));
            }
        }
        for (name, value) in extra {
            params.retain(|(n, _)| *n != name);
            params.push((name, value));
        }
        url.query_pairs_mut().extend_pairs(&params);
        let mut connection_config = grant.connection_config.clone();
        if let Some(user_scope) = user_scope {
            connection_config.insert("user_scope".into(), Value::String(user_scope));
        }
        self.keep_flow(
            &state,
            grant,
            PendingFlow {
                integration: grant.integration.unique_key.clone(),
                connection_id: grant.connection_id.clone(),
                auth_mode: "OAUTH2".into(),
                redirect_uri: redirect_uri.into(),
                code_verifier,
                connection_config,
                ws_client_id: start.ws_client_id.clone(),
                end_user: grant.end_user.clone(),
                tags: grant.tags.clone(),
                renews: grant.renews.as_ref().map(|c| c.id),
                request_token: None,
                request_token_secret: None,
            },
        )
        .await?;
        Ok(url.to_string())
    }

    async fn keep_flow(&self, state: &str, grant: &Grant, flow: PendingFlow) -> Result<()> {
        self.store
            .create_oauth_flow(&OAuthFlow {
                state_hash: token_hash(state),
                environment_id: grant.environment.id,
                flow: serde_json::to_value(&flow)
                    .map_err(|e| PlatformError::internal(format!("an OAuth flow: {e}")))?,
                expires_at: credentials::format_time(SystemTime::now() + FLOW_LIFETIME),
            })
            .await?;
        Ok(())
    }

    /// OAuth 1's first leg: a request token, then the provider's authorization page for it.
    async fn oauth1_authorization_url(
        &self,
        grant: &Grant,
        start: &OAuthStart,
        redirect_uri: &str,
    ) -> Result<String> {
        let provider = &grant.provider;
        let (consumer_key, consumer_secret) = self.oauth_app(grant)?;
        let config = Value::Object(grant.connection_config.clone());
        let request_url = provider
            .extra
            .get("request_url")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                PlatformError::new(
                    ErrorCode::MissingOAuthApp,
                    format!(
                        "provider `{}` has no request_url for OAuth 1",
                        provider.name
                    ),
                )
            })?;
        let request_url = fill_template(provider, request_url, &config, "request token URL")?;
        // The flow's id rides on the callback URL: OAuth 1 has no `state`.
        let state = random_hex(24);
        let callback = format!("{redirect_uri}?state={state}");
        let keys = nango_proxy::oauth1::OAuth1Keys {
            consumer_key,
            consumer_secret,
            token: None,
            token_secret: None,
        };
        let answer = self
            .oauth1_leg(&request_url, &keys, &[("oauth_callback", &callback)])
            .await?;
        let (Some(token), Some(secret)) = (
            answer.get("oauth_token").cloned(),
            answer.get("oauth_token_secret").cloned(),
        ) else {
            return Err(PlatformError::new(
                ErrorCode::TokenExchangeFailed,
                "the provider's request token answer has no oauth_token and oauth_token_secret",
            ));
        };
        let authorize = fill_template(
            provider,
            provider.authorization_url.as_deref().unwrap_or_default(),
            &config,
            "authorization URL",
        )?;
        let mut url = url::Url::parse(&authorize).map_err(|e| {
            PlatformError::new(
                ErrorCode::MissingOAuthApp,
                format!("the authorization URL `{authorize}` is not a URL: {e}"),
            )
        })?;
        url.query_pairs_mut().append_pair("oauth_token", &token);
        for (name, template) in &provider.authorization_params {
            url.query_pairs_mut().append_pair(
                name,
                &fill_template(provider, template, &config, "authorization parameters")?,
            );
        }
        self.keep_flow(
            &state,
            grant,
            PendingFlow {
                integration: grant.integration.unique_key.clone(),
                connection_id: grant.connection_id.clone(),
                auth_mode: "OAUTH1".into(),
                redirect_uri: callback,
                code_verifier: None,
                connection_config: grant.connection_config.clone(),
                ws_client_id: start.ws_client_id.clone(),
                end_user: grant.end_user.clone(),
                tags: grant.tags.clone(),
                renews: grant.renews.as_ref().map(|c| c.id),
                request_token: Some(token),
                request_token_secret: Some(self.sealer.seal(&secret)),
            },
        )
        .await?;
        Ok(url.to_string())
    }

    /// A signed POST of one OAuth 1 leg; the provider answers a form.
    async fn oauth1_leg(
        &self,
        url: &str,
        keys: &nango_proxy::oauth1::OAuth1Keys,
        extra: &[(&str, &str)],
    ) -> Result<HashMap<String, String>> {
        let failed = |message: String| PlatformError::new(ErrorCode::TokenExchangeFailed, message);
        let header = nango_proxy::oauth1::authorization_header("POST", url, &[], keys, extra)
            .map_err(|e| failed(format!("`{url}` is not a URL: {e}")))?;
        let response = self
            .oauth
            .post(url)
            .header("authorization", header)
            .send()
            .await
            .map_err(|e| failed(format!("the provider could not be reached at {url}: {e}")))?;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(failed(format!(
                "the provider refused the OAuth 1 request (HTTP {}): {}",
                status.as_u16(),
                excerpt(&body)
            )));
        }
        Ok(url::form_urlencoded::parse(body.as_bytes())
            .into_owned()
            .collect())
    }

    /// `GET /oauth/callback`: finishes the flow of `state` and tells its listener.
    pub async fn finish_oauth(&self, callback: OAuthCallback) -> AuthMessage {
        let Some(state) = callback.get("state").map(str::to_string) else {
            return AuthMessage::failed(&PlatformError::new(
                ErrorCode::InvalidOAuthState,
                "the callback has no `state`: start the flow again from the app",
            ));
        };
        let taken = self
            .store
            .take_oauth_flow(&token_hash(&state), &nango_store::now())
            .await;
        let (environment, flow) = match taken {
            Ok(Some(stored)) => match serde_json::from_value::<PendingFlow>(stored.flow) {
                Ok(flow) => (stored.environment_id, flow),
                Err(e) => {
                    return AuthMessage::failed(&PlatformError::internal(format!(
                        "a stored OAuth flow is unreadable: {e}"
                    )));
                }
            },
            Ok(None) => {
                return AuthMessage::failed(&PlatformError::new(
                    ErrorCode::InvalidOAuthState,
                    "this authorization is unknown, already used or expired (flows last 15 minutes): start it again from the app",
                ));
            }
            Err(e) => return AuthMessage::failed(&e.into()),
        };
        let ws = flow.ws_client_id.clone();
        let message = match self.finish_flow(environment, &flow, &callback).await {
            Ok(connection) => AuthMessage::Success {
                provider_config_key: connection.provider_config_key,
                connection_id: connection.connection_id,
                is_pending: false,
            },
            Err((error, grant)) => {
                if let Some(grant) = grant {
                    self.auth_failed(&grant, &error).await;
                }
                AuthMessage::failed(&error)
            }
        };
        self.tell_browser(ws.as_deref(), &message).await;
        message
    }

    /// Tells the browser waiting on `ws` how its flow ended: here, or through the store to the
    /// process that holds its websocket.
    async fn tell_browser(&self, ws: Option<&str>, message: &AuthMessage) {
        let Some(id) = ws else { return };
        if self.auth_listeners.notify(Some(id), message) {
            return;
        }
        let relayed = json!({ "ws_client_id": id, "message": message }).to_string();
        if let Err(e) = self.store.notify(AUTH_CHANNEL, &relayed).await {
            tracing::warn!("cannot pass an OAuth result to the other processes: {e}");
        }
    }

    /// A result another process relayed ([`AUTH_CHANNEL`]): to this process's browser, if it
    /// holds it.
    pub fn relayed_auth_result(&self, payload: &str) {
        let Ok(relayed) = serde_json::from_str::<Value>(payload) else {
            return;
        };
        if let (Some(id), Some(message)) =
            (relayed["ws_client_id"].as_str(), relayed.get("message"))
        {
            self.auth_listeners.deliver(id, &message.to_string());
        }
    }

    async fn finish_flow(
        &self,
        environment: i64,
        flow: &PendingFlow,
        callback: &OAuthCallback,
    ) -> std::result::Result<Connection, (PlatformError, Option<Grant>)> {
        let grant = self
            .flow_grant(environment, flow)
            .await
            .map_err(|e| (e, None))?;
        let result = if flow.auth_mode == "OAUTH1" {
            self.finish_oauth1(&grant, flow, callback).await
        } else {
            self.finish_oauth2(&grant, flow, callback).await
        };
        match result {
            Ok((credentials, config)) => self
                .save_granted(&grant, &credentials, config)
                .await
                .map_err(|e| (e, Some(grant))),
            Err(e) => Err((e, Some(grant))),
        }
    }

    /// The grant a stored flow was started with (the integration may have changed since).
    async fn flow_grant(&self, environment: i64, flow: &PendingFlow) -> Result<Grant> {
        let environment = self
            .environment_by_id(environment)
            .await?
            .ok_or_else(|| PlatformError::internal("the flow's environment is gone"))?;
        let integration = self.integration(environment.id, &flow.integration).await?;
        let provider = self
            .catalog
            .get(&integration.provider)
            .cloned()
            .ok_or_else(|| {
                PlatformError::new(
                    ErrorCode::UnknownProvider,
                    format!("provider `{}` is not in the catalog", integration.provider),
                )
            })?;
        let renews = match flow.renews {
            Some(id) => self.store.connection_by_id(id).await?,
            None => None,
        };
        Ok(Grant {
            environment,
            integration,
            provider,
            connection_id: flow.connection_id.clone(),
            end_user: flow.end_user.clone(),
            tags: flow.tags.clone(),
            renews,
            defaults: Value::Null,
            connection_config: flow.connection_config.clone(),
        })
    }

    async fn finish_oauth2(
        &self,
        grant: &Grant,
        flow: &PendingFlow,
        callback: &OAuthCallback,
    ) -> Result<(Value, Map<String, Value>)> {
        if let Some(error) = callback.get("error") {
            let description = callback
                .get("error_description")
                .map(|d| format!(": {d}"))
                .unwrap_or_default();
            return Err(PlatformError::new(
                ErrorCode::OAuthDenied,
                format!("the provider ended the authorization with `{error}`{description}"),
            ));
        }
        let Some(code) = callback.get("code") else {
            return Err(PlatformError::new(
                ErrorCode::OAuthDenied,
                "the provider's callback has neither a `code` nor an `error`",
            ));
        };
        let provider = &grant.provider;
        let (client_id, client_secret) = self.oauth_app(grant)?;
        let config = Value::Object(flow.connection_config.clone());
        let token_url = fill_template(
            provider,
            provider.token_url.as_deref().unwrap_or_default(),
            &config,
            "token URL",
        )?;
        let mut form: Vec<(String, String)> = vec![
            ("grant_type".into(), "authorization_code".into()),
            ("code".into(), code.into()),
            ("redirect_uri".into(), flow.redirect_uri.clone()),
        ];
        if let Some(verifier) = &flow.code_verifier {
            form.push(("code_verifier".into(), verifier.clone()));
        }
        for (name, value) in &provider.token_params {
            let value = match value {
                Value::String(template) => {
                    fill_template(provider, template, &config, "token parameters")?
                }
                other => other.to_string(),
            };
            form.retain(|(n, _)| n != name);
            form.push((name.clone(), value));
        }
        let raw = self
            .token_request(provider, &token_url, form, &client_id, &client_secret)
            .await
            .map_err(|e| PlatformError::new(ErrorCode::TokenExchangeFailed, e))?;
        let credentials = credentials::oauth2_credentials(&raw, None).ok_or_else(|| {
            PlatformError::new(
                ErrorCode::TokenExchangeFailed,
                "the token endpoint's answer has no access_token",
            )
        })?;
        let mut connection_config = flow.connection_config.clone();
        // Values the catalog says come with the token (Salesforce's `instance_url`) or with the
        // callback (QuickBooks' `realmId`).
        for key in string_list(provider.extra.get("token_response_metadata")) {
            if let Some(value) = lookup(&raw, &key) {
                connection_config.insert(key.clone(), value.clone());
            }
        }
        for key in string_list(provider.extra.get("redirect_uri_metadata")) {
            if let Some(value) = callback.get(&key) {
                connection_config.insert(key.clone(), Value::String(value.into()));
            }
        }
        Ok((credentials, connection_config))
    }

    async fn finish_oauth1(
        &self,
        grant: &Grant,
        flow: &PendingFlow,
        callback: &OAuthCallback,
    ) -> Result<(Value, Map<String, Value>)> {
        let (Some(token), Some(verifier)) =
            (callback.get("oauth_token"), callback.get("oauth_verifier"))
        else {
            return Err(PlatformError::new(
                ErrorCode::OAuthDenied,
                "the provider's callback has no oauth_token and oauth_verifier: the authorization was denied or failed",
            ));
        };
        if flow.request_token.as_deref() != Some(token) {
            return Err(PlatformError::new(
                ErrorCode::InvalidOAuthState,
                "the callback's oauth_token is not the one this flow asked for",
            ));
        }
        let provider = &grant.provider;
        let (consumer_key, consumer_secret) = self.oauth_app(grant)?;
        let token_secret = flow
            .request_token_secret
            .as_deref()
            .map(|sealed| self.sealer.open(sealed))
            .transpose()
            .map_err(|e| PlatformError::internal(format!("the request token secret: {e}")))?;
        let config = Value::Object(flow.connection_config.clone());
        let token_url = fill_template(
            provider,
            provider.token_url.as_deref().unwrap_or_default(),
            &config,
            "token URL",
        )?;
        let keys = nango_proxy::oauth1::OAuth1Keys {
            consumer_key,
            consumer_secret,
            token: Some(token.into()),
            token_secret,
        };
        let answer = self
            .oauth1_leg(&token_url, &keys, &[("oauth_verifier", verifier)])
            .await?;
        let (Some(oauth_token), Some(oauth_token_secret)) =
            (answer.get("oauth_token"), answer.get("oauth_token_secret"))
        else {
            return Err(PlatformError::new(
                ErrorCode::TokenExchangeFailed,
                "the provider's access token answer has no oauth_token and oauth_token_secret",
            ));
        };
        let raw: Map<String, Value> = answer
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        Ok((
            json!({
                "type": "OAUTH1",
                "oauth_token": oauth_token,
                "oauth_token_secret": oauth_token_secret,
                "raw": raw,
            }),
            flow.connection_config.clone(),
        ))
    }

    /// A request to a provider's token endpoint: the client authenticates in the body or with
    /// HTTP Basic (`token_request_auth_method: basic`), the body is a form or JSON
    /// (`body_format: json`). The answer is JSON, or a form (GitHub without `Accept`). `Err` is
    /// the message for the caller.
    pub(super) async fn token_request(
        &self,
        provider: &Provider,
        url: &str,
        mut form: Vec<(String, String)>,
        client_id: &str,
        client_secret: &str,
    ) -> std::result::Result<Value, String> {
        let basic = provider
            .extra
            .get("token_request_auth_method")
            .and_then(Value::as_str)
            == Some("basic");
        let mut request = self.oauth.post(url).header("accept", "application/json");
        if basic {
            request = request.basic_auth(client_id, Some(client_secret));
        } else {
            form.push(("client_id".into(), client_id.into()));
            form.push(("client_secret".into(), client_secret.into()));
        }
        let json_body = provider.extra.get("body_format").and_then(Value::as_str) == Some("json");
        request = if json_body {
            let body: Map<String, Value> = form
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect();
            request.json(&body)
        } else {
            request
                .header("content-type", "application/x-www-form-urlencoded")
                .body(
                    url::form_urlencoded::Serializer::new(String::new())
                        .extend_pairs(&form)
                        .finish(),
                )
        };
        let response = request
            .send()
            .await
            .map_err(|e| format!("the token endpoint could not be reached: {e}"))?;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        let body: Value = serde_json::from_str(&text).unwrap_or_else(|_| {
            Value::Object(
                url::form_urlencoded::parse(text.as_bytes())
                    .into_owned()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect(),
            )
        });
        let error = body.get("error").filter(|e| !e.is_null());
        if !status.is_success() || error.is_some() {
            let described = match (error, body.get("error_description").and_then(Value::as_str)) {
                (Some(Value::String(code)), Some(description)) => {
                    format!("`{code}`: {description}")
                }
                (Some(Value::String(code)), None) => format!("`{code}`"),
                _ => excerpt(&text),
            };
            return Err(format!(
                "the token endpoint refused (HTTP {}): {described}",
                status.as_u16()
            ));
        }
        Ok(body)
    }

    /// `POST /oauth2/auth/:key`: an OAuth 2 client-credentials connection, the end user giving
    /// the client id and secret.
    pub async fn connect_client_credentials(
        &self,
        auth: Option<&EndUserAuth>,
        integration_key: &str,
        connection_id: Option<String>,
        params: Map<String, Value>,
        client_id: &str,
        client_secret: &str,
    ) -> Result<super::Connected> {
        let grant = self
            .grant(auth, integration_key, connection_id, params)
            .await?;
        let result = async {
            if grant.provider.auth_mode != AuthMode::OAuth2ClientCredentials {
                return Err(wrong_mode(&grant, "OAUTH2_CC (client credentials)"));
            }
            let credentials = self
                .client_credentials_token(
                    &grant.provider,
                    &grant.connection_config,
                    client_id,
                    client_secret,
                )
                .await
                .map_err(|e| PlatformError::new(ErrorCode::TokenExchangeFailed, e))?;
            self.save_granted(&grant, &credentials, grant.connection_config.clone())
                .await
        }
        .await;
        match result {
            Ok(connection) => Ok(super::Connected {
                provider_config_key: connection.provider_config_key,
                connection_id: connection.connection_id,
            }),
            Err(error) => {
                self.auth_failed(&grant, &error).await;
                Err(error)
            }
        }
    }

    /// A client-credentials token: `{type: "OAUTH2_CC", token, expires_at?, client_id,
    /// client_secret, raw}` (the client's keys are kept, sealed with the rest, to fetch the
    /// next token).
    pub(super) async fn client_credentials_token(
        &self,
        provider: &Provider,
        connection_config: &Map<String, Value>,
        client_id: &str,
        client_secret: &str,
    ) -> std::result::Result<Value, String> {
        let config = Value::Object(connection_config.clone());
        let url = fill_template(
            provider,
            provider.token_url.as_deref().unwrap_or_default(),
            &config,
            "token URL",
        )
        .map_err(|e| e.message)?;
        let mut form: Vec<(String, String)> =
            vec![("grant_type".into(), "client_credentials".into())];
        for (name, value) in &provider.token_params {
            let value = match value {
                Value::String(template) => {
                    fill_template(provider, template, &config, "token parameters")
                        .map_err(|e| e.message)?
                }
                other => other.to_string(),
            };
            form.retain(|(n, _)| n != name);
            form.push((name.clone(), value));
        }
        let raw = self
            .token_request(provider, &url, form, client_id, client_secret)
            .await?;
        let token = raw
            .get("access_token")
            .and_then(Value::as_str)
            .ok_or("the token endpoint's answer has no access_token")?;
        let mut credentials = json!({
            "type": "OAUTH2_CC",
            "token": token,
            "client_id": client_id,
            "client_secret": client_secret,
        });
        if let Some(at) = credentials::expiry_of(&raw) {
            credentials["expires_at"] = json!(at);
        }
        credentials["raw"] = raw;
        Ok(credentials)
    }

    /// The keys that sign an OAuth 1 connection's requests (`None` for other connections).
    pub(super) fn oauth1_keys(
        &self,
        integration: &Integration,
        credentials: &Value,
    ) -> Result<Option<nango_proxy::oauth1::OAuth1Keys>> {
        if credentials.get("type").and_then(Value::as_str) != Some("OAUTH1") {
            return Ok(None);
        }
        let (Some(consumer_key), Some(sealed)) = (
            &integration.oauth_client_id,
            &integration.oauth_client_secret,
        ) else {
            return Ok(None);
        };
        let consumer_secret = self
            .sealer
            .open(sealed)
            .map_err(|e| PlatformError::internal(format!("the client secret: {e}")))?;
        let text = |key: &str| {
            credentials
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        Ok(Some(nango_proxy::oauth1::OAuth1Keys {
            consumer_key: consumer_key.clone(),
            consumer_secret,
            token: text("oauth_token"),
            token_secret: text("oauth_token_secret"),
        }))
    }

    /// Removes flows whose callback never came.
    pub async fn prune_oauth_flows(&self) -> Result<()> {
        self.store.prune_oauth_flows(&nango_store::now()).await?;
        Ok(())
    }
}

/// The error of a route used for the wrong auth mode.
pub(super) fn wrong_mode(grant: &Grant, wanted: &str) -> PlatformError {
    PlatformError::new(
        ErrorCode::InvalidAuthMode,
        format!(
            "integration `{}` authenticates with {}, not {wanted}",
            grant.integration.unique_key, grant.provider.auth_mode
        ),
    )
}

/// Where a mode without a popup connects instead.
fn non_popup_hint(mode: &AuthMode) -> &'static str {
    match mode {
        AuthMode::ApiKey => "the end user gives the key (nango.auth(key, {credentials: {apiKey}}))",
        AuthMode::Basic => {
            "the end user gives a username and password (nango.auth(key, {credentials: {username, password}}))"
        }
        AuthMode::OAuth2ClientCredentials => {
            "the end user gives the client id and secret (nango.auth(key, {credentials: {client_id, client_secret}}))"
        }
        AuthMode::None => "connect it with nango.create()",
        _ => "this server cannot connect it through a popup",
    }
}

/// A catalog template filled with the connection config, or `missing_connection_config`
/// naming the value.
fn fill_template(
    provider: &Provider,
    template: &str,
    config: &Value,
    what: &str,
) -> Result<String> {
    let values = TemplateValues {
        connection_config: config,
        credentials: &Value::Null,
        metadata: &Value::Null,
    };
    interpolate(template, &values).map_err(|missing| {
        PlatformError::new(
            ErrorCode::MissingConnectionConfig,
            format!(
                "provider `{}` needs {missing} for its {what}: pass it as params[…] (nango.auth(key, {{params: {{…}}}}))",
                provider.name
            ),
        )
    })
}

/// Scopes as an integration stores them: comma-separated (spaces tolerated).
fn split_scopes(text: &str) -> Vec<String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

/// A value at a dotted path (`team.id`).
fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(value, |v, key| v.get(key))
}

fn excerpt(text: &str) -> String {
    text.chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_the_frontends() {
        let success = AuthMessage::Success {
            provider_config_key: "gh".into(),
            connection_id: "c1".into(),
            is_pending: false,
        };
        assert_eq!(
            serde_json::to_value(&success).unwrap(),
            json!({"message_type": "success", "provider_config_key": "gh", "connection_id": "c1", "is_pending": false})
        );
        let error = AuthMessage::failed(&PlatformError::internal("secret detail"));
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            json!({"message_type": "error", "error_type": "internal_error", "error_desc": "the server failed; its log has the details"})
        );
    }

    #[tokio::test]
    async fn listeners_hear_their_own_result_only() {
        let listeners = AuthListeners::default();
        let (a, mut heard_a) = listeners.register();
        let (_b, mut heard_b) = listeners.register();
        listeners.notify(
            Some(&a),
            &AuthMessage::Error {
                error_type: "x".into(),
                error_desc: "y".into(),
            },
        );
        assert!(
            heard_a
                .recv()
                .await
                .unwrap()
                .contains("\"error_type\":\"x\"")
        );
        assert!(heard_b.try_recv().is_err());
        listeners.remove(&a);
        listeners.notify(
            Some(&a),
            &AuthMessage::Error {
                error_type: "x".into(),
                error_desc: "y".into(),
            },
        );
        assert!(heard_a.try_recv().is_err());
    }

    #[tokio::test]
    async fn one_refresh_lock_per_connection() {
        let locks = RefreshLocks::default();
        let first = locks.of(1);
        let held = first.lock().await;
        assert!(locks.of(1).try_lock().is_err());
        assert!(locks.of(2).try_lock().is_ok());
        drop(held);
        assert!(locks.of(1).try_lock().is_ok());
    }

    #[test]
    fn scopes_split_on_commas_and_spaces() {
        assert_eq!(
            split_scopes("repo, user read:org"),
            ["repo", "user", "read:org"]
        );
    }
}
