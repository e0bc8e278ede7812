//! `POST /action/trigger` (synchronous, or `X-Async: true`) and `GET /action/:id`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use nango_store::{ActionRun, ActionStatus};
use rand::RngCore;
use serde_json::{Value, json};

use super::connections::connection;
use super::integrations::find;
use super::{connection_headers, header, object_body, required_str};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::runner::{ActionCall, run_action};

pub async fn trigger(
    State(state): State<AppState>,
    Env(env): Env,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let (connection_id, key) = connection_headers(&headers)?;
    let body = object_body(&body)?;
    let action_name = required_str(&body, "action_name")?.to_string();
    let input = body.get("input").cloned().filter(|v| !v.is_null());
    let integration = find(&state, env.id, &key).await?;
    let connection = connection(&state, env.id, &key, &connection_id).await?;
    let call = ActionCall {
        environment: env.clone(),
        integration,
        connection: connection.clone(),
        action_name: action_name.clone(),
        input,
        depth: 0,
    };
    if !matches!(header(&headers, "x-async"), Some("true" | "1")) {
        let output = run_action(&state, call).await?;
        return Ok(Json(output).into_response());
    }
    let id = run_id();
    state
        .store
        .create_action_run(&ActionRun {
            id: id.clone(),
            environment_id: env.id,
            connection: connection.id,
            action_name,
            status: ActionStatus::Running,
            output: None,
            error: None,
            created_at: nango_store::now(),
            finished_at: None,
        })
        .await?;
    let background = state.clone();
    let run = id.clone();
    tokio::spawn(async move {
        let (status, output, error) = match run_action(&background, call).await {
            Ok(output) => (ActionStatus::Success, Some(output), None),
            Err(error) => {
                let mut body = error.body();
                body["status"] = json!(error.status.as_u16());
                (ActionStatus::Error, None, Some(body))
            }
        };
        if let Err(e) = background
            .store
            .finish_action_run(&run, status, output.as_ref(), error.as_ref())
            .await
        {
            tracing::error!("cannot record the end of action run {run}: {e}");
        }
    });
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({ "id": id, "statusUrl": format!("/action/{id}") })),
    )
        .into_response())
}

pub async fn result(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let Some(run) = state.store.action_run(env.id, &id).await? else {
        return Err(ApiError::not_found(
            "unknown_action",
            format!("no action run `{id}` in this environment"),
        ));
    };
    match run.status {
        ActionStatus::Running => Err(ApiError::not_found(
            "action_not_finished",
            "the action has not finished yet: ask again later",
        )),
        ActionStatus::Success => Ok(Json(run.output.unwrap_or(Value::Null)).into_response()),
        ActionStatus::Error => {
            let mut body = run.error.unwrap_or_else(|| json!({}));
            let status = body
                .get("status")
                .and_then(Value::as_u64)
                .and_then(|s| StatusCode::from_u16(s as u16).ok())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            if let Some(object) = body.as_object_mut() {
                object.remove("status");
            }
            Ok((status, Json(body)).into_response())
        }
    }
}

/// A random id for an async run.
fn run_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
