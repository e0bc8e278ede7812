//! Health, the OpenAPI document, providers, the environment's variables, settings and logs,
//! and what is not built yet.

use axum::Json;
use axum::extract::{Path, State};
use nango_store::{LogLine, Operation, OperationFilter};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::{Body, Query, Success, nullable, nullable_whole_number, number, success, text};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{EnvironmentChanges, EnvironmentSettings, ErrorCode, ProviderView};

/// Liveness.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`, or `unavailable` when the database does not answer.
    pub result: String,
    /// `ok`, or why the database does not answer.
    pub database: String,
}

/// Liveness, with the database's: 200 without authentication, 503 when the database does not
/// answer (the process keeps trying; a load balancer sends elsewhere meanwhile).
#[utoipa::path(get, path = "/health", tag = "server",
    responses((status = 200, body = Health), (status = 503, description = "The database does not answer", body = Health)))]
pub async fn health(State(state): State<AppState>) -> (axum::http::StatusCode, Json<Health>) {
    let answered =
        tokio::time::timeout(std::time::Duration::from_secs(5), state.store.ping()).await;
    match answered {
        Ok(Ok(())) => (
            axum::http::StatusCode::OK,
            Json(Health {
                result: "ok".into(),
                database: "ok".into(),
            }),
        ),
        failed => {
            let why = match failed {
                Ok(Err(e)) => {
                    tracing::warn!("health: the database does not answer: {e}");
                    "unreachable"
                }
                _ => "no answer within 5 s",
            };
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    result: "unavailable".into(),
                    database: why.into(),
                }),
            )
        }
    }
}

/// This document.
#[utoipa::path(get, path = "/openapi.json", tag = "server", responses((status = 200, description = "The OpenAPI 3.1 document", body = Object)))]
pub async fn openapi() -> Json<Value> {
    Json(super::openapi_json().clone())
}

/// `?search=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ProviderSearch {
    /// Part of a provider's name or display name.
    pub search: Option<String>,
}

/// `{data: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProviderList {
    /// The providers.
    pub data: Vec<ProviderView>,
}

/// `{data}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProviderOne {
    /// The provider.
    pub data: ProviderView,
}

/// Providers of the catalog.
#[utoipa::path(get, path = "/providers", tag = "providers", params(ProviderSearch),
    responses((status = 200, body = ProviderList), (status = "default", body = ErrorBody)))]
pub async fn providers(
    State(state): State<AppState>,
    _env: Env,
    Query(query): Query<ProviderSearch>,
) -> Json<ProviderList> {
    Json(ProviderList {
        data: state.providers(query.search.as_deref()),
    })
}

/// One provider.
#[utoipa::path(get, path = "/providers/{name}", tag = "providers",
    params(("name" = String, Path, description = "The provider's name")),
    responses((status = 200, body = ProviderOne), (status = "default", body = ErrorBody)))]
pub async fn provider(
    State(state): State<AppState>,
    _env: Env,
    Path(name): Path<String>,
) -> ApiResult<Json<ProviderOne>> {
    Ok(Json(ProviderOne {
        data: state.provider(&name)?,
    }))
}

/// A provider's logo (`logo` of an integration): its initials drawn as an SVG by this server.
#[utoipa::path(get, path = "/images/template-logos/{file}", tag = "providers", security(()),
    params(("file" = String, Path, description = "`<provider>.svg`")),
    responses(
        (status = 200, description = "The logo", content_type = "image/svg+xml", body = String),
        (status = "default", body = ErrorBody)
    ))]
pub async fn provider_logo(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> ApiResult<axum::response::Response> {
    use axum::response::IntoResponse as _;
    let name = file.strip_suffix(".svg").unwrap_or(&file);
    let svg = state.provider_logo(name).ok_or_else(|| {
        ApiError::new(
            ErrorCode::UnknownProvider,
            format!("no provider {name:?} in the catalog"),
        )
    })?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "image/svg+xml"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        svg,
    )
        .into_response())
}

/// A variable.
#[derive(Debug, Serialize, ToSchema)]
pub struct Variable {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// The environment's variables.
#[utoipa::path(get, path = "/environment-variables", tag = "environment",
    responses((status = 200, body = Vec<Variable>), (status = "default", body = ErrorBody)))]
pub async fn environment_variables(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<Vec<Variable>>> {
    let variables = state.environment_variables(env.id).await?;
    Ok(Json(
        variables
            .into_iter()
            .map(|(name, value)| Variable { name, value })
            .collect(),
    ))
}

/// A variable to set: a `null` value removes it; other JSON values are kept as their text.
#[derive(Debug, Deserialize, ToSchema)]
pub struct VariableInput {
    /// Letters, digits and `_`, not starting with a digit.
    #[schema(pattern = r"^[A-Za-z_][A-Za-z0-9_]*$")]
    pub name: String,
    /// The value: text, or any JSON kept as its text (null removes the variable).
    #[schema(value_type = Option<serde_json::Value>)]
    pub value: Option<Value>,
}

/// `{name, value}` or a list of them.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum VariablesInput {
    /// Several.
    Many(Vec<VariableInput>),
    /// One.
    One(VariableInput),
}

/// Set variables (a null value removes one).
#[utoipa::path(post, path = "/environment-variables", tag = "environment", request_body = VariablesInput,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn set_environment_variables(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<VariablesInput>,
) -> ApiResult<Json<Success>> {
    let items = match body {
        VariablesInput::Many(items) => items,
        VariablesInput::One(item) => vec![item],
    };
    let pairs: Vec<(String, Option<String>)> = items
        .into_iter()
        .map(|item| {
            let value = match item.value {
                Some(Value::String(v)) => Some(v),
                Some(Value::Null) | None => None,
                Some(other) => Some(other.to_string()),
            };
            (item.name, value)
        })
        .collect();
    state.set_environment_variables(env.id, &pairs).await?;
    Ok(success())
}

/// Remove a variable.
#[utoipa::path(delete, path = "/environment-variables/{name}", tag = "environment",
    params(("name" = String, Path, description = "The variable", pattern = r"^[A-Za-z_][A-Za-z0-9_]*$")),
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn delete_environment_variable(
    State(state): State<AppState>,
    Env(env): Env,
    Path(name): Path<String>,
) -> ApiResult<Json<Success>> {
    state
        .set_environment_variables(env.id, &[(name, None)])
        .await?;
    Ok(success())
}

/// The environment: its name and where its webhooks go.
#[utoipa::path(get, path = "/environment", tag = "environment",
    responses((status = 200, body = EnvironmentSettings), (status = "default", body = ErrorBody)))]
pub async fn environment(
    State(state): State<AppState>,
    Env(env): Env,
) -> Json<EnvironmentSettings> {
    Json(state.environment_settings(&env))
}

/// The settings to change: a field left out stays as it is, null removes it (or restores its default).
#[derive(Debug, Deserialize, ToSchema)]
pub struct EnvironmentUpdate {
    /// Where webhooks go (an http(s) URL).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, pattern = r"^\s*https?://")]
    pub webhook_url: Option<Option<String>>,
    /// What signs them (else the secret key).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, pattern = r"\S")]
    pub webhook_secret: Option<Option<String>>,
    /// Send an auth webhook when a connection is created or renewed (default true).
    pub webhook_on_auth_creation: Option<bool>,
    /// Send an auth webhook when a token refresh fails (default true).
    pub webhook_on_auth_refresh_error: Option<bool>,
    /// A second place webhooks go (an http(s) URL; null removes it).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>, pattern = r"^\s*https?://")]
    pub webhook_url_secondary: Option<Option<String>>,
    /// Send a sync webhook when a run fails (default true).
    pub webhook_on_sync_error: Option<bool>,
    /// Send a sync webhook after every successful run, even one that changed nothing (default
    /// false: only runs that changed records).
    pub webhook_on_sync_success_always: Option<bool>,
    /// How long a sync run may take, in seconds (1 to 86400; null: the default, a day).
    #[serde(default, deserialize_with = "nullable_whole_number")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 86400)]
    pub sync_time_limit_secs: Option<Option<i64>>,
    /// How long an action run may take, in seconds (1 to 900; null: the default, 15 minutes).
    #[serde(default, deserialize_with = "nullable_whole_number")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 900)]
    pub action_time_limit_secs: Option<Option<i64>>,
}

/// Change where the environment's webhooks go, what signs them, which auth webhooks are sent,
/// and how long its scripts may run.
#[utoipa::path(patch, path = "/environment", tag = "environment", request_body = Option<EnvironmentUpdate>,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn update_environment(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<EnvironmentUpdate>,
) -> ApiResult<Json<Success>> {
    state
        .update_environment(
            &env,
            EnvironmentChanges {
                url: body.webhook_url,
                secret: body.webhook_secret,
                on_auth_creation: body.webhook_on_auth_creation,
                on_auth_refresh_error: body.webhook_on_auth_refresh_error,
                url_secondary: body.webhook_url_secondary,
                on_sync_error: body.webhook_on_sync_error,
                on_sync_success_always: body.webhook_on_sync_success_always,
                sync_time_limit_secs: body.sync_time_limit_secs,
                action_time_limit_secs: body.action_time_limit_secs,
            },
        )
        .await?;
    Ok(success())
}

/// Which operations: `?kind=&status=&integration=&connection=&since=&until=&search=&before=&after=&limit=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OperationsQuery {
    /// `sync`, `action`, `proxy`, `webhook`, `deploy` or `auth`.
    pub kind: Option<String>,
    /// `running`, `success` or `failed`.
    pub status: Option<String>,
    /// An integration's key.
    pub integration: Option<String>,
    /// A connection id.
    pub connection: Option<String>,
    /// Started at or after this time (RFC 3339).
    #[serde(default, deserialize_with = "text")]
    #[param(format = DateTime)]
    pub since: Option<String>,
    /// Started before this time (RFC 3339).
    #[serde(default, deserialize_with = "text")]
    #[param(format = DateTime)]
    pub until: Option<String>,
    /// Part of the name (script, endpoint, webhook), integration or connection id.
    pub search: Option<String>,
    /// Only operations older than this id (the next page).
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i64>)]
    pub before: Option<i64>,
    /// Only operations newer than this id (polling for new ones).
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i64>)]
    pub after: Option<i64>,
    /// How many (1 to 1000, default 100).
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    pub limit: Option<i64>,
}

/// An operation of the logs.
#[derive(Debug, Serialize, ToSchema)]
pub struct OperationView {
    /// Its id.
    pub id: i64,
    /// Its environment.
    pub environment_id: i64,
    /// `sync`, `action` or `proxy`.
    pub kind: String,
    /// The integration.
    pub integration_key: Option<String>,
    /// The connection.
    pub connection_id: Option<String>,
    /// The script, or the proxied endpoint.
    pub name: Option<String>,
    /// `running`, `success` or `failed`.
    pub status: String,
    /// Started.
    pub started_at: String,
    /// Ended.
    pub finished_at: Option<String>,
    /// Its log lines (one operation only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<LogLineView>>,
}

/// A log line.
#[derive(Debug, Serialize, ToSchema)]
pub struct LogLineView {
    /// `debug`, `info`, `warn`, `error`, or `http`.
    pub level: String,
    /// The line.
    pub message: String,
    /// When.
    pub created_at: String,
}

impl OperationView {
    fn of(operation: Operation, lines: Option<Vec<LogLine>>) -> Self {
        Self {
            id: operation.id,
            environment_id: operation.environment_id,
            kind: operation.kind,
            integration_key: operation.integration_key,
            connection_id: operation.connection_id,
            name: operation.name,
            status: operation.status,
            started_at: operation.started_at,
            finished_at: operation.finished_at,
            logs: lines.map(|lines| {
                lines
                    .into_iter()
                    .map(|l| LogLineView {
                        level: l.level,
                        message: l.message,
                        created_at: l.created_at,
                    })
                    .collect()
            }),
        }
    }
}

/// `{data: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct OperationList {
    /// Newest first.
    pub data: Vec<OperationView>,
}

/// `{data}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct OperationOne {
    /// The operation with its lines.
    pub data: OperationView,
}

/// The environment's operations (sync runs, actions, proxied calls), newest first.
#[utoipa::path(get, path = "/logs/operations", tag = "logs", params(OperationsQuery),
    responses((status = 200, body = OperationList), (status = "default", body = ErrorBody)))]
pub async fn operations(
    State(state): State<AppState>,
    Env(env): Env,
    Query(query): Query<OperationsQuery>,
) -> ApiResult<Json<OperationList>> {
    let given = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    let time = |name: &str, value: Option<String>| -> ApiResult<Option<String>> {
        match value {
            None => Ok(None),
            Some(text) => crate::platform::normalize_time(&text)
                .map(Some)
                .ok_or_else(|| {
                    ApiError::new(
                        ErrorCode::InvalidQuery,
                        format!("`{name}`: {text:?} is not an RFC 3339 time"),
                    )
                }),
        }
    };
    let filter = OperationFilter {
        kind: given(query.kind),
        status: given(query.status),
        integration_key: given(query.integration),
        connection_id: given(query.connection),
        since: time("since", query.since)?,
        until: time("until", query.until)?,
        search: given(query.search),
        before: query.before,
        after: query.after,
        limit: query.limit.unwrap_or(100),
    };
    let operations = state.operations(env.id, &filter).await?;
    Ok(Json(OperationList {
        data: operations
            .into_iter()
            .map(|o| OperationView::of(o, None))
            .collect(),
    }))
}

/// One operation and its log lines.
#[utoipa::path(get, path = "/logs/operations/{id}", tag = "logs",
    params(("id" = i64, Path, description = "The operation's id")),
    responses((status = 200, body = OperationOne), (status = "default", body = ErrorBody)))]
pub async fn operation(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
) -> ApiResult<Json<OperationOne>> {
    let id = id.parse::<i64>().map_err(|_| {
        ApiError::new(
            ErrorCode::UnknownOperation,
            format!("no operation {id:?}: operation ids are numbers"),
        )
    })?;
    let (operation, lines) = state.operation(env.id, id).await?;
    Ok(Json(OperationOne {
        data: OperationView::of(operation, Some(lines)),
    }))
}
