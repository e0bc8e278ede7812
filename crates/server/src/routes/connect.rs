//! Connect sessions: `POST /connect/sessions` and `/connect/sessions/reconnect` (the product's
//! backend, with its secret key), `GET` and `DELETE /connect/session` (the token's holder, with
//! the session token as its bearer).

use axum::Json;
use axum::extract::{FromRequestParts, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::IntoResponse;
use nango_store::{ConnectSession, Environment};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};

use super::extract::header;
use super::{Body, Query, bearer};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{
    ConnectableIntegration, Connected, EndUserAuth, ErrorCode, GivenCredentials, ReconnectInput,
    SessionInput, SessionToken, SessionView,
};

/// The end user a session is for.
#[derive(Debug, Deserialize, ToSchema)]
pub struct EndUser {
    /// Their id in the product.
    #[schema(min_length = 1)]
    pub id: String,
    /// Their email.
    pub email: Option<String>,
    /// Their name.
    pub display_name: Option<String>,
    /// Tags.
    #[schema(value_type = Option<Object>)]
    pub tags: Option<Map<String, Value>>,
}

/// Their organization.
#[derive(Debug, Deserialize, ToSchema)]
pub struct Organization {
    /// Its id in the product.
    #[schema(min_length = 1)]
    pub id: String,
    /// Its name.
    pub display_name: Option<String>,
}

fn end_user(user: EndUser) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("id".into(), Value::String(user.id));
    if let Some(email) = user.email {
        out.insert("email".into(), Value::String(email));
    }
    if let Some(name) = user.display_name {
        out.insert("display_name".into(), Value::String(name));
    }
    if let Some(tags) = user.tags {
        out.insert("tags".into(), Value::Object(tags));
    }
    out
}

fn organization(org: Organization) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("id".into(), Value::String(org.id));
    if let Some(name) = org.display_name {
        out.insert("display_name".into(), Value::String(name));
    }
    out
}

/// A session to create.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CreateSession {
    /// Who connects.
    pub end_user: EndUser,
    /// Their organization.
    pub organization: Option<Organization>,
    /// The integrations they may connect (all when left out).
    pub allowed_integrations: Option<Vec<String>>,
    /// Per integration key: `{user_scopes?, authorization_params?, connection_config?}`.
    #[schema(value_type = Option<Object>)]
    pub integrations_config_defaults: Option<Map<String, Value>>,
    /// Tags the connection gets.
    #[schema(value_type = Option<Object>)]
    pub tags: Option<Map<String, Value>>,
}

/// A session renewing one connection.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReconnectSession {
    /// The connection.
    #[schema(min_length = 1)]
    pub connection_id: String,
    /// Its integration.
    #[schema(min_length = 1)]
    pub integration_id: String,
    /// Who reconnects (else the connection's end user).
    pub end_user: Option<EndUser>,
    /// Their organization.
    pub organization: Option<Organization>,
    /// Per integration key: defaults.
    #[schema(value_type = Option<Object>)]
    pub integrations_config_defaults: Option<Map<String, Value>>,
}

/// `{data: {token, connect_link, expires_at}}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionCreated {
    /// The session's token.
    pub data: SessionToken,
}

/// `{data}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionOne {
    /// The session.
    pub data: SessionView,
}

/// Where this server is reached, from the request (for the connect link).
pub struct ServerUrl(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ServerUrl {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let host = header(parts, "host").unwrap_or_else(|| "127.0.0.1:3003".into());
        let scheme = header(parts, "x-forwarded-proto")
            .filter(|p| p == "https" || p == "http")
            .unwrap_or_else(|| "http".into());
        Ok(Self(format!("{scheme}://{host}")))
    }
}

/// The session of the request's `Authorization: Bearer <session token>`.
pub struct Session(pub Environment, pub ConnectSession);

impl FromRequestParts<AppState> for Session {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer(&parts.headers).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidConnectSessionToken,
                "send `Authorization: Bearer <connect session token>`",
            )
        })?;
        let (environment, session) = state.connect_session(&token).await?;
        Ok(Session(environment, session))
    }
}

/// Create a connect session: a token (valid 30 minutes) with which an end user connects.
#[utoipa::path(post, path = "/connect/sessions", tag = "connect", request_body = CreateSession,
    responses((status = 201, body = SessionCreated), (status = "default", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Env(env): Env,
    ServerUrl(base): ServerUrl,
    Body(body): Body<CreateSession>,
) -> ApiResult<(StatusCode, Json<SessionCreated>)> {
    let input = SessionInput {
        end_user: end_user(body.end_user),
        organization: body.organization.map(organization),
        allowed_integrations: body.allowed_integrations,
        integrations_config_defaults: body.integrations_config_defaults.unwrap_or_default(),
        tags: body.tags.unwrap_or_default(),
    };
    let data = state.create_connect_session(env.id, input, &base).await?;
    Ok((StatusCode::CREATED, Json(SessionCreated { data })))
}

/// Create a connect session that renews one connection.
#[utoipa::path(post, path = "/connect/sessions/reconnect", tag = "connect", request_body = ReconnectSession,
    responses((status = 201, body = SessionCreated), (status = "default", body = ErrorBody)))]
pub async fn reconnect(
    State(state): State<AppState>,
    Env(env): Env,
    ServerUrl(base): ServerUrl,
    Body(body): Body<ReconnectSession>,
) -> ApiResult<(StatusCode, Json<SessionCreated>)> {
    let input = ReconnectInput {
        connection_id: body.connection_id,
        integration_key: body.integration_id,
        end_user: body.end_user.map(end_user),
        organization: body.organization.map(organization),
        integrations_config_defaults: body.integrations_config_defaults.unwrap_or_default(),
    };
    let data = state.create_reconnect_session(env.id, input, &base).await?;
    Ok((StatusCode::CREATED, Json(SessionCreated { data })))
}

/// The session of the bearer's token.
#[utoipa::path(get, path = "/connect/session", tag = "connect", security(("connectSession" = [])),
    responses((status = 200, body = SessionOne), (status = "default", body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Session(_environment, session): Session,
) -> ApiResult<Json<SessionOne>> {
    Ok(Json(SessionOne {
        data: state.connect_session_view(&session).await?,
    }))
}

/// `{data: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectableList {
    /// What the session may connect.
    pub data: Vec<ConnectableIntegration>,
}

/// The integrations the bearer's session may connect, with the fields each asks the end user
/// for (what the Connect UI shows).
#[utoipa::path(get, path = "/connect/integrations", tag = "connect", security(("connectSession" = [])),
    responses((status = 200, body = ConnectableList), (status = "default", body = ErrorBody)))]
pub async fn integrations(
    State(state): State<AppState>,
    Session(_environment, session): Session,
) -> ApiResult<Json<ConnectableList>> {
    Ok(Json(ConnectableList {
        data: state.connectable_integrations(&session).await?,
    }))
}

/// The Connect UI: the page a connect link opens (`?session_token=`), and what
/// `openConnectUI()` of `@nangohq/frontend` puts in its iframe (`?apiURL=`; the token arrives
/// by `postMessage`). Built into the server: no Node at build or run time.
#[utoipa::path(get, path = "/connect", tag = "connect", security(()),
    params(
        ("session_token" = Option<String>, Query, description = "The connect session token (connect links)"),
        ("apiURL" = Option<String>, Query, description = "Where the API is, when not this server")
    ),
    responses((status = 200, description = "The Connect UI", content_type = "text/html", body = String)))]
pub async fn connect_ui() -> impl IntoResponse {
    connect_page()
}

/// `/connect/`: the same page (the frontend's iframe URL ends with `/`).
#[utoipa::path(get, path = "/connect/", tag = "connect", security(()),
    params(
        ("session_token" = Option<String>, Query, description = "The connect session token (connect links)"),
        ("apiURL" = Option<String>, Query, description = "Where the API is, when not this server")
    ),
    responses((status = 200, description = "The Connect UI", content_type = "text/html", body = String)))]
pub async fn connect_ui_slash() -> impl IntoResponse {
    connect_page()
}

fn connect_page() -> impl IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8"),
            // The page carries no secret of its own; the token lives in memory only.
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        include_str!("../../assets/connect.html"),
    )
}

/// End the bearer's session.
#[utoipa::path(delete, path = "/connect/session", tag = "connect", security(("connectSession" = [])),
    responses((status = 204, description = "The session is gone"), (status = "default", body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Session(_environment, session): Session,
) -> ApiResult<StatusCode> {
    state.delete_connect_session(&session).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The query of the frontend's auth calls: `connect_session_token`, `connection_id`, and
/// `params[<name>]=<value>` (the connection config).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuthQuery {
    /// The end user's connect session token (or, from older frontends, `public_key`).
    pub connect_session_token: Option<String>,
    /// The connection's id (a new one when left out; a reconnect session's own otherwise).
    pub connection_id: Option<String>,
    /// The environment's public key (older frontends; `connection_id` is then required).
    pub public_key: Option<String>,
}

impl AuthQuery {
    /// The session token, else the public key (older frontends).
    pub(super) fn auth(&self) -> Option<EndUserAuth> {
        let given = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
        given(&self.connect_session_token)
            .map(EndUserAuth::Session)
            .or_else(|| given(&self.public_key).map(EndUserAuth::PublicKey))
    }
}

/// `<prefix>[<name>]=<value>` pairs of a query string (`params[subdomain]=acme`).
pub(super) fn bracket_params(query: Option<&str>, prefix: &str) -> Map<String, Value> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter_map(|(k, v)| {
            let name = k
                .strip_prefix(prefix)?
                .strip_prefix('[')?
                .strip_suffix(']')?
                .to_string();
            Some((name, Value::String(v.into_owned())))
        })
        .collect()
}

/// An API key.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ApiKeyInput {
    /// The key.
    #[serde(rename = "apiKey")]
    #[schema(min_length = 1, pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub api_key: String,
}

/// A username and password.
#[derive(Debug, Deserialize, ToSchema)]
pub struct BasicInput {
    /// The user.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub username: String,
    /// The password.
    #[schema(pattern = r"^[^\x00-\x1f\x7f]*$")]
    pub password: Option<String>,
}

async fn connect(
    state: &AppState,
    key: &str,
    query: &AuthQuery,
    raw: Option<&str>,
    given: GivenCredentials,
) -> ApiResult<Json<Connected>> {
    let connected = state
        .connect_with_credentials(
            query.auth().as_ref(),
            key,
            query.connection_id.clone(),
            bracket_params(raw, "params"),
            given,
        )
        .await?;
    Ok(Json(connected))
}

/// Connect an API-key integration with the end user's key (the frontend's `nango.auth`).
#[utoipa::path(post, path = "/api-auth/api-key/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), AuthQuery),
    request_body = ApiKeyInput,
    responses((status = 200, body = Connected), (status = "default", body = ErrorBody)))]
pub async fn api_key(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<AuthQuery>,
    RawQuery(raw): RawQuery,
    Body(body): Body<ApiKeyInput>,
) -> ApiResult<Json<Connected>> {
    connect(
        &state,
        &key,
        &query,
        raw.as_deref(),
        GivenCredentials::ApiKey(body.api_key),
    )
    .await
}

/// Connect a basic-auth integration with the end user's username and password.
#[utoipa::path(post, path = "/api-auth/basic/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), AuthQuery),
    request_body = BasicInput,
    responses((status = 200, body = Connected), (status = "default", body = ErrorBody)))]
pub async fn basic(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<AuthQuery>,
    RawQuery(raw): RawQuery,
    Body(body): Body<BasicInput>,
) -> ApiResult<Json<Connected>> {
    let given = GivenCredentials::Basic {
        username: body.username,
        password: body.password.unwrap_or_default(),
    };
    connect(&state, &key, &query, raw.as_deref(), given).await
}

/// Connect an integration whose provider needs no credentials.
#[utoipa::path(post, path = "/auth/unauthenticated/{providerConfigKey}", tag = "connect", security(()),
    params(("providerConfigKey" = String, Path, description = "The integration"), AuthQuery),
    responses((status = 200, body = Connected), (status = "default", body = ErrorBody)))]
pub async fn unauthenticated(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Query(query): Query<AuthQuery>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<Connected>> {
    connect(&state, &key, &query, raw.as_deref(), GivenCredentials::None).await
}
