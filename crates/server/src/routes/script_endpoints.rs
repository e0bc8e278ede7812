//! Requests no route takes: a deployed script's own endpoint (`GET /crm/contacts` serves the
//! sync's records, `POST /crm/contact` runs the action with the body as input), else 404.
//! These are the user's paths, so they are not in the OpenAPI document.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{Method, Uri};
use axum::response::{IntoResponse, Response};
use nango_store::ScriptKind;
use serde_json::Value;

use super::extract::parse_json;
use super::records::RecordsParams;
use super::{ConnectionHeaders, Query, bearer, unknown_route};
use crate::AppState;
use crate::error::{ApiError, ApiResult};
use crate::platform::{ActionCall, ErrorCode, PlatformError};

/// The fallback handler.
pub async fn endpoints(State(state): State<AppState>, request: axum::extract::Request) -> Response {
    let (mut parts, body) = request.into_parts();
    // The limit axum's own body extractors have.
    let Ok(body) = axum::body::to_bytes(body, 2 * 1024 * 1024).await else {
        return ApiError::new(ErrorCode::InvalidBody, "the body is larger than 2 MiB")
            .into_response();
    };
    match endpoint(&state, &mut parts, &body).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn endpoint(state: &AppState, parts: &mut Parts, body: &Bytes) -> ApiResult<Response> {
    let method: Method = parts.method.clone();
    let uri: Uri = parts.uri.clone();
    let not_found = || unknown_route(method.as_str(), uri.path());
    // Without a valid key the path is simply unknown: no hint that a script serves it.
    let Some(key) = bearer(&parts.headers) else {
        return Err(not_found());
    };
    let Some(env) = state.store.environment_by_key(&key).await? else {
        return Err(not_found());
    };
    let Some(script) = state
        .endpoint_script(env.id, method.as_str(), uri.path())
        .await?
    else {
        return Err(not_found());
    };
    let headers = ConnectionHeaders::from_request_parts(parts, state).await?;
    if headers.provider_config_key != script.integration_key {
        return Err(not_found());
    }
    let (integration, connection) = state
        .integration_and_connection(env.id, &headers.provider_config_key, &headers.connection_id)
        .await?;
    match script.kind {
        ScriptKind::Sync => {
            let Query(params) = Query::<RecordsParams>::from_request_parts(parts, state).await?;
            let model = params
                .model
                .clone()
                .filter(|m| !m.is_empty())
                .or_else(|| script.models().into_iter().next())
                .ok_or_else(|| PlatformError::internal("the sync has no model"))?;
            let page = state
                .records_page(connection.id, &params.query(model)?)
                .await?;
            Ok(Json(page).into_response())
        }
        ScriptKind::Action => {
            let input = if body.is_empty() {
                None
            } else {
                Some(parse_json::<Value>(body)?)
            };
            let output = state
                .trigger_action(ActionCall {
                    environment: env,
                    integration,
                    connection,
                    action_name: script.name.clone(),
                    input,
                    depth: 0,
                })
                .await?;
            Ok(Json(output).into_response())
        }
        ScriptKind::OnEvent => Err(not_found()),
    }
}
