//! `POST /action/trigger` (synchronous, or `X-Async: true`) and `GET /action/:id`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::extract::header_value;
use super::{Body, ConnectionHeaders};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{ActionCall, ActionOutcome, ErrorCode};

/// An action to run.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TriggerAction {
    /// The action's name.
    pub action_name: String,
    /// Its input, any JSON (checked against its input model).
    #[schema(value_type = Option<serde_json::Value>)]
    pub input: Option<Value>,
}

/// `X-Async: true` runs the action in the background.
// Only describes the headers for the document: the handler reads them from the header map.
#[allow(dead_code)]
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Header)]
pub struct AsyncHeader {
    /// `true`: answer 202 with `{id, statusUrl}` at once.
    #[param(rename = "X-Async", value_type = bool, required = false)]
    pub x_async: Option<String>,
}

/// A background run started.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActionStarted {
    /// Its id.
    pub id: String,
    /// Where its result will be.
    #[serde(rename = "statusUrl")]
    pub status_url: String,
}

/// Run an action on a connection: its output, or with `X-Async: true` the id of a background
/// run.
#[utoipa::path(post, path = "/action/trigger", tag = "actions",
    params(ConnectionHeaders, AsyncHeader), request_body = TriggerAction,
    responses(
        (status = 200, description = "The action's output (any JSON)", body = serde_json::Value),
        (status = 202, body = ActionStarted),
        (status = "default", body = ErrorBody)))]
pub async fn trigger(
    State(state): State<AppState>,
    Env(env): Env,
    connection: ConnectionHeaders,
    headers: HeaderMap,
    Body(body): Body<TriggerAction>,
) -> ApiResult<Response> {
    let (integration, connection) = state
        .integration_and_connection(
            env.id,
            &connection.provider_config_key,
            &connection.connection_id,
        )
        .await?;
    let call = ActionCall {
        environment: env,
        integration,
        connection,
        action_name: body.action_name,
        input: body.input.filter(|v| !v.is_null()),
        depth: 0,
    };
    if !matches!(
        header_value(&headers, "x-async").as_deref(),
        Some("true" | "1")
    ) {
        let output = state.trigger_action(call).await?;
        return Ok(Json(output).into_response());
    }
    let id = state.start_action(call).await?;
    let status_url = format!("/action/{id}");
    Ok((StatusCode::ACCEPTED, Json(ActionStarted { id, status_url })).into_response())
}

/// The result of a background action run: its output, or its error as the run would have
/// answered it.
#[utoipa::path(get, path = "/action/{id}", tag = "actions",
    params(("id" = String, Path, description = "The run's id")),
    responses(
        (status = 200, description = "The action's output (any JSON)", body = serde_json::Value),
        (status = "default", body = ErrorBody)))]
pub async fn result(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    match state.action_outcome(env.id, &id).await? {
        ActionOutcome::Running => Err(ApiError::new(
            ErrorCode::ActionNotFinished,
            "the action has not finished yet: ask again later",
        )),
        ActionOutcome::Success(output) => Ok(Json(output)),
        ActionOutcome::Failed(error) => Err(ApiError(error)),
    }
}
