//! The dashboard: its login, its session cookie, and its files. The dashboard itself is a page
//! that calls the same API as the SDKs (with the session cookie instead of a secret key, see
//! `crate::auth::Env`): no rule of the platform is written twice.
//!
//! The cookie is HttpOnly and SameSite=Strict (Secure behind https); every change made with it
//! must send the session's CSRF token as `X-CSRF-Token`. With `NANGO_DASHBOARD=false` none of
//! these routes exist (`unknown_route`).

use axum::Json;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use nango_store::{DashboardSession, Environment};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::connect::ServerUrl;
use super::{Body, Query, Success, number, success};
use crate::AppState;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{
    Activity, ConnectionDetail, DASHBOARD_SESSION_LIFETIME, DashboardEnvironment, ErrorCode,
    IntegrationDetail, IntegrationSummary, KeyRotation, Overview, SyncSelection,
};

/// The cookie's name.
pub const COOKIE: &str = "nango_dashboard";

/// The session cookie's value, if the request has one.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == COOKIE && !value.is_empty()).then(|| value.to_string())
        })
}

/// Whether a method changes something (and so needs the CSRF token).
pub fn changes(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// The dashboard's live session of the request; a change also needs its CSRF token.
pub async fn session_of(
    state: &AppState,
    parts: &Parts,
) -> Result<Option<DashboardSession>, ApiError> {
    if !state.settings.dashboard {
        return Ok(None);
    }
    let Some(token) = session_cookie(&parts.headers) else {
        return Ok(None);
    };
    let Some(session) = state.dashboard_session(&token).await? else {
        return Ok(None);
    };
    if changes(&parts.method) {
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok());
        if sent != Some(session.csrf_token.as_str()) {
            return Err(ApiError::new(
                ErrorCode::InvalidCsrfToken,
                "a change made from the dashboard must send its session's `X-CSRF-Token` header",
            ));
        }
    }
    Ok(Some(session))
}

/// A request of a logged-in dashboard user (401 otherwise; 404 when the dashboard is off).
pub struct Dashboard(pub DashboardSession);

impl FromRequestParts<AppState> for Dashboard {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if !state.settings.dashboard {
            return Err(super::unknown_route(
                parts.method.as_str(),
                parts.uri.path(),
            ));
        }
        session_of(state, parts)
            .await?
            .map(Dashboard)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::UnknownAccount,
                    "log in to the dashboard first (/dashboard/login)",
                )
            })
    }
}

/// A dashboard request and the environment it looks at (`X-Nango-Environment`, default `dev`).
pub struct DashboardEnv(pub Environment);

impl FromRequestParts<AppState> for DashboardEnv {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Dashboard::from_request_parts(parts, state).await?;
        Ok(DashboardEnv(
            crate::auth::dashboard_environment(state, parts).await?,
        ))
    }
}

/// The address a request came from (for the login limit), when the server knows it.
pub struct ClientAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map_or_else(|| "unknown".to_string(), |c| c.0.ip().to_string()),
        ))
    }
}

/// The login form.
#[derive(Debug, Deserialize, ToSchema)]
pub struct LoginForm {
    /// The account.
    pub username: String,
    /// Its password.
    pub password: String,
}

/// The login page.
#[utoipa::path(get, path = "/dashboard/login", tag = "dashboard", security(()),
    params(("error" = Option<String>, Query, description = "Why the last attempt failed: `1` (wrong credentials) or `locked`")),
    responses((status = 200, description = "The login form", content_type = "text/html", body = String)))]
pub async fn login_page(State(state): State<AppState>, parts: Parts) -> Response {
    if !state.settings.dashboard {
        return super::unknown_route("GET", "/dashboard/login").into_response();
    }
    let error = parts
        .uri
        .query()
        .and_then(|q| url::form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "error"))
        .map(|(_, v)| v.into_owned());
    let message = match error.as_deref() {
        Some("locked") => Some("Too many failed attempts. Wait a minute and try again."),
        Some(_) => Some("Wrong username or password."),
        None => None,
    };
    Html(
        include_str!("../../assets/login.html").replace(
            "<!--ERROR-->",
            &message
                .map(|m| format!(r#"<p id="login-error" class="error" role="alert">{m}</p>"#))
                .unwrap_or_default(),
        ),
    )
    .into_response()
}

/// Log in: the session cookie, then the dashboard; a wrong password back to the form.
#[utoipa::path(post, path = "/dashboard/login", tag = "dashboard", security(()),
    request_body(content = LoginForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 303, description = "To the dashboard (logged in) or back to the form"),
        (status = "default", body = ErrorBody)
    ))]
pub async fn login(
    State(state): State<AppState>,
    ServerUrl(base): ServerUrl,
    ClientAddress(client): ClientAddress,
    form: Result<axum::Form<LoginForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    if !state.settings.dashboard {
        return super::unknown_route("POST", "/dashboard/login").into_response();
    }
    // A browser always sends the form; anything else is not a login attempt.
    let Ok(axum::Form(form)) = form else {
        return ApiError::new(
            ErrorCode::InvalidBody,
            "send the login form: `username` and `password`, application/x-www-form-urlencoded",
        )
        .into_response();
    };
    match state
        .dashboard_login(&client, &form.username, &form.password)
        .await
    {
        Ok(login) => {
            let secure = if base.starts_with("https://")
                || state
                    .settings
                    .server_url
                    .as_deref()
                    .is_some_and(|u| u.starts_with("https://"))
            {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!(
                "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{secure}",
                login.token,
                DASHBOARD_SESSION_LIFETIME.as_secs()
            );
            let mut response = Redirect::to("/dashboard/").into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Err(e) if e.code == ErrorCode::TooManyAttempts => {
            Redirect::to("/dashboard/login?error=locked").into_response()
        }
        Err(e) if e.code == ErrorCode::InvalidLogin => {
            Redirect::to("/dashboard/login?error=1").into_response()
        }
        Err(e) => ApiError(e).into_response(),
    }
}

/// Log out: the session ends and its cookie is removed.
#[utoipa::path(post, path = "/dashboard/logout", tag = "dashboard", security(("dashboardSession" = [])),
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn logout(
    State(state): State<AppState>,
    Dashboard(session): Dashboard,
) -> ApiResult<Response> {
    state.dashboard_logout(&session).await?;
    let mut response = success().into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("nango_dashboard=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(response)
}

/// Who is logged in: `{username, csrf_token, environments}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// The account.
    pub username: String,
    /// What every change must send as `X-CSRF-Token`.
    pub csrf_token: String,
    /// The environments' names (the dashboard's switch; `X-Nango-Environment` picks one).
    pub environments: Vec<String>,
}

/// The logged-in account and the environments.
#[utoipa::path(get, path = "/dashboard/api/me", tag = "dashboard", security(("dashboardSession" = [])),
    responses((status = 200, body = Me), (status = "default", body = ErrorBody)))]
pub async fn me(
    State(state): State<AppState>,
    Dashboard(session): Dashboard,
) -> ApiResult<Json<Me>> {
    let environments = state
        .store
        .environments()
        .await
        .map_err(crate::platform::PlatformError::from)?
        .into_iter()
        .map(|e| e.name)
        .collect();
    Ok(Json(Me {
        username: session.user.username,
        csrf_token: session.csrf_token,
        environments,
    }))
}

/// The current environment (`X-Nango-Environment`) with its keys and callback URL.
#[utoipa::path(get, path = "/dashboard/api/environment", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = DashboardEnvironment), (status = "default", body = ErrorBody)))]
pub async fn environment(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    ServerUrl(base): ServerUrl,
) -> Json<DashboardEnvironment> {
    Json(state.dashboard_environment(&env, &base))
}

/// A new environment.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewEnvironment {
    /// Its name: letters, digits, `-` or `_`.
    #[schema(pattern = r"^[A-Za-z0-9_-]{1,64}$")]
    pub name: String,
}

/// `{name, secret_key}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedEnvironment {
    /// Its name.
    pub name: String,
    /// Its secret key.
    pub secret_key: String,
}

/// Create an environment (its secret and public keys generated).
#[utoipa::path(post, path = "/dashboard/api/environments", tag = "dashboard", security(("dashboardSession" = [])),
    request_body = NewEnvironment,
    responses((status = 201, body = CreatedEnvironment), (status = "default", body = ErrorBody)))]
pub async fn create_environment(
    State(state): State<AppState>,
    _dashboard: Dashboard,
    Body(body): Body<NewEnvironment>,
) -> ApiResult<(StatusCode, Json<CreatedEnvironment>)> {
    let environment = state.create_environment(&body.name).await?;
    Ok((
        StatusCode::CREATED,
        Json(CreatedEnvironment {
            name: environment.name,
            secret_key: environment.secret_key,
        }),
    ))
}

/// A step of a secret key rotation.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RotationAction {
    /// A new pending key; both keys work.
    Rotate,
    /// The pending key becomes the only key.
    Activate,
    /// The pending key is dropped.
    Revert,
}

/// `{action}`: a step of a secret key rotation.
#[derive(Debug, Deserialize, ToSchema)]
pub struct KeyRotationStep {
    /// `rotate` (a new pending key; both keys work), `activate` (the pending key becomes the
    /// only key) or `revert` (the pending key is dropped).
    pub action: RotationAction,
}

/// Rotate the environment's secret key without downtime: rotate, switch clients, activate.
#[utoipa::path(post, path = "/dashboard/api/environment/secret-key", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    request_body = KeyRotationStep,
    responses((status = 200, body = DashboardEnvironment), (status = "default", body = ErrorBody)))]
pub async fn rotate_secret_key(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    ServerUrl(base): ServerUrl,
    Body(body): Body<KeyRotationStep>,
) -> ApiResult<Json<DashboardEnvironment>> {
    let step = match body.action {
        RotationAction::Rotate => KeyRotation::Rotate,
        RotationAction::Activate => KeyRotation::Activate,
        RotationAction::Revert => KeyRotation::Revert,
    };
    let env = state.rotate_secret_key(&env, step).await?;
    Ok(Json(state.dashboard_environment(&env, &base)))
}

/// Counts, and whether anything is deployed (the Getting started page).
#[utoipa::path(get, path = "/dashboard/api/overview", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = Overview), (status = "default", body = ErrorBody)))]
pub async fn overview(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
) -> ApiResult<Json<Overview>> {
    Ok(Json(state.overview(env.id).await?))
}

/// `?hours=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActivityQuery {
    /// How far back (1 to 720 hours, default 24).
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i64>, minimum = 1, maximum = 720)]
    pub hours: Option<i64>,
}

/// Executions over time (sync runs, actions, proxied calls, webhooks, auth, deploys), from the
/// logs: the home page's charts.
#[utoipa::path(get, path = "/dashboard/api/activity", tag = "dashboard", security(("dashboardSession" = [])),
    params(ActivityQuery, ("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = Activity), (status = "default", body = ErrorBody)))]
pub async fn activity(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    Query(query): Query<ActivityQuery>,
) -> ApiResult<Json<Activity>> {
    Ok(Json(
        state.activity(env.id, query.hours.unwrap_or(24)).await?,
    ))
}

/// `{data: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntegrationSummaries {
    /// The environment's integrations, by key.
    pub data: Vec<IntegrationSummary>,
}

/// The environment's integrations with their counts.
#[utoipa::path(get, path = "/dashboard/api/integrations", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = IntegrationSummaries), (status = "default", body = ErrorBody)))]
pub async fn integrations(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
) -> ApiResult<Json<IntegrationSummaries>> {
    Ok(Json(IntegrationSummaries {
        data: state.integration_summaries(env.id).await?,
    }))
}

/// An integration's page: settings, deployed scripts with their endpoints and models, and
/// its connections with the states of their syncs.
#[utoipa::path(get, path = "/dashboard/api/integrations/{key}", tag = "dashboard", security(("dashboardSession" = [])),
    params(("key" = String, Path, description = "The integration's key"),
        ("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = IntegrationDetail), (status = "default", body = ErrorBody)))]
pub async fn integration(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    ServerUrl(base): ServerUrl,
    Path(key): Path<String>,
) -> ApiResult<Json<IntegrationDetail>> {
    Ok(Json(state.integration_detail(env.id, &key, &base).await?))
}

/// Which connection.
#[derive(Debug, Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct ConnectionRef {
    /// Its integration.
    #[schema(min_length = 1)]
    #[param(min_length = 1)]
    pub provider_config_key: String,
    /// Its id.
    #[schema(min_length = 1)]
    #[param(min_length = 1)]
    pub connection_id: String,
}

/// A connection's page: its credentials masked, its syncs and its latest actions.
#[utoipa::path(get, path = "/dashboard/api/connection", tag = "dashboard", security(("dashboardSession" = [])),
    params(ConnectionRef, ("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    responses((status = 200, body = ConnectionDetail), (status = "default", body = ErrorBody)))]
pub async fn connection(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    Query(query): Query<ConnectionRef>,
) -> ApiResult<Json<ConnectionDetail>> {
    Ok(Json(
        state
            .connection_detail(
                env.id,
                &query.provider_config_key,
                &query.connection_id,
                false,
            )
            .await?,
    ))
}

/// Renew a connection's token now; answers its page (credentials masked).
#[utoipa::path(post, path = "/dashboard/api/connection/refresh", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    request_body = ConnectionRef,
    responses((status = 200, body = ConnectionDetail), (status = "default", body = ErrorBody)))]
pub async fn refresh_connection(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    Body(body): Body<ConnectionRef>,
) -> ApiResult<Json<ConnectionDetail>> {
    Ok(Json(
        state
            .connection_detail(env.id, &body.provider_config_key, &body.connection_id, true)
            .await?,
    ))
}

/// A running sync to stop.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CancelSync {
    /// The integration.
    #[schema(min_length = 1)]
    pub provider_config_key: String,
    /// The connection.
    #[schema(min_length = 1)]
    pub connection_id: String,
    /// The sync.
    #[schema(min_length = 1)]
    pub sync: String,
    /// Its variant (`base`).
    pub variant: Option<String>,
}

/// Cancel a running sync of a connection (stopped at its next call; the run ends failed,
/// without retries or a webhook).
#[utoipa::path(post, path = "/dashboard/api/sync/cancel", tag = "dashboard", security(("dashboardSession" = [])),
    params(("X-Nango-Environment" = Option<String>, Header, description = "The environment (default dev)")),
    request_body = CancelSync,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn cancel_sync(
    State(state): State<AppState>,
    DashboardEnv(env): DashboardEnv,
    Body(body): Body<CancelSync>,
) -> ApiResult<Json<Success>> {
    let selection = SyncSelection {
        provider_config_key: body.provider_config_key,
        connection_id: Some(body.connection_id),
        syncs: vec![(body.sync, body.variant)],
    };
    state.cancel_sync(env.id, &selection).await?;
    Ok(success())
}

/// The dashboard's page (after login; else the login form).
#[utoipa::path(get, path = "/dashboard/", tag = "dashboard", security((), ("dashboardSession" = [])),
    responses(
        (status = 200, description = "The dashboard", content_type = "text/html", body = String),
        (status = 303, description = "To the login form")
    ))]
pub async fn app(State(state): State<AppState>, parts: Parts) -> Response {
    if !state.settings.dashboard {
        return super::unknown_route("GET", "/dashboard/").into_response();
    }
    match session_of(&state, &parts).await {
        Ok(Some(_)) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            include_str!("../../assets/dashboard/index.html"),
        )
            .into_response(),
        Ok(None) => Redirect::to("/dashboard/login").into_response(),
        Err(e) => e.into_response(),
    }
}

/// `/dashboard`: to `/dashboard/`.
#[utoipa::path(get, path = "/dashboard", tag = "dashboard", security(()),
    responses((status = 303, description = "To /dashboard/")))]
pub async fn app_root(State(state): State<AppState>) -> Response {
    if !state.settings.dashboard {
        return super::unknown_route("GET", "/dashboard").into_response();
    }
    Redirect::to("/dashboard/").into_response()
}

/// The dashboard's script.
#[utoipa::path(get, path = "/dashboard/assets/app.js", tag = "dashboard", security(()),
    responses((status = 200, description = "JavaScript", content_type = "text/javascript", body = String)))]
pub async fn script(State(state): State<AppState>) -> Response {
    asset(
        &state,
        "text/javascript; charset=utf-8",
        include_str!("../../assets/dashboard/app.js"),
    )
}

/// The dashboard's styles.
#[utoipa::path(get, path = "/dashboard/assets/app.css", tag = "dashboard", security(()),
    responses((status = 200, description = "CSS", content_type = "text/css", body = String)))]
pub async fn styles(State(state): State<AppState>) -> Response {
    asset(
        &state,
        "text/css; charset=utf-8",
        include_str!("../../assets/dashboard/app.css"),
    )
}

fn asset(state: &AppState, kind: &'static str, text: &'static str) -> Response {
    if !state.settings.dashboard {
        return super::unknown_route("GET", "/dashboard/assets").into_response();
    }
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}
