//! The environment's settings (its webhook), the logs, and the scripts' own endpoints.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use nango_store::ScriptKind;
use serde_json::{Value, json};

use super::connections::connection;
use super::integrations::find;
use super::{connection_headers, object_body, query_pairs, query_value, records, success};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::runner::{ActionCall, run_action};

pub async fn environment(Env(env): Env) -> Json<Value> {
    Json(json!({
        "name": env.name,
        "webhook_url": env.webhook_url,
        "webhook_secret_set": env.webhook_secret.is_some(),
    }))
}

/// `PATCH /environment`: `{webhook_url, webhook_secret}` (null removes).
pub async fn update_environment(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let body = object_body(&body)?;
    let text = |field: &str, current: Option<String>| -> ApiResult<Option<String>> {
        match body.get(field) {
            None => Ok(current),
            Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
            Some(_) => Err(ApiError::bad_request(
                "invalid_body",
                format!("`{field}` must be a non-empty string or null"),
            )),
        }
    };
    let url = text("webhook_url", env.webhook_url.clone())?;
    if let Some(url) = &url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Err(ApiError::bad_request(
            "invalid_body",
            format!("`webhook_url` {url:?} must be an http(s) URL"),
        ));
    }
    let secret = text("webhook_secret", env.webhook_secret.clone())?;
    state
        .store
        .set_webhook(env.id, url.as_deref(), secret.as_deref())
        .await?;
    Ok(success())
}

pub async fn operations(
    State(state): State<AppState>,
    Env(env): Env,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let pairs = query_pairs(query.as_deref());
    let limit = query_value(&pairs, "limit")
        .and_then(|l| l.parse::<i64>().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let kind = query_value(&pairs, "kind").filter(|k| !k.is_empty());
    let operations = state.store.operations(env.id, kind, limit).await?;
    Ok(Json(json!({ "data": operations })))
}

pub async fn operation(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<i64>,
) -> ApiResult<Json<Value>> {
    let Some((operation, lines)) = state.store.operation(env.id, id).await? else {
        return Err(ApiError::not_found(
            "unknown_operation",
            format!("no operation {id} in this environment"),
        ));
    };
    let mut data = serde_json::to_value(operation).unwrap_or_default();
    data["logs"] = serde_json::to_value(lines).unwrap_or_default();
    Ok(Json(json!({ "data": data })))
}

/// Whether a request path matches a script's endpoint path (`:id` and `{id}` match any
/// segment).
fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.trim_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_matches('/').split('/').collect();
    pattern.len() == path.len()
        && pattern
            .iter()
            .zip(&path)
            .all(|(p, s)| p == s || p.starts_with(':') || (p.starts_with('{') && p.ends_with('}')))
}

/// Requests no route takes: a deployed script's endpoint (`GET /crm/contacts` serves the
/// sync's records, `POST /crm/contact` runs the action with the body as input), else 404.
pub async fn endpoints(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match endpoint(&state, &method, &uri, &headers, &body).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn endpoint(
    state: &AppState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> ApiResult<Response> {
    let not_found = || {
        ApiError::not_found(
            "unknown_route",
            format!("no route {} {} (see GET /openapi.json)", method, uri.path()),
        )
    };
    let Some(key) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
    else {
        return Err(not_found());
    };
    let Some(env) = state.store.environment_by_key(key.trim()).await? else {
        return Err(not_found());
    };
    let path = uri.path();
    let script = state.store.scripts(env.id).await?.into_iter().find(|s| {
        s.config
            .get("endpoints")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|e| {
                e.get("method")
                    .and_then(Value::as_str)
                    .is_some_and(|m| m.eq_ignore_ascii_case(method.as_str()))
                    && e.get("path")
                        .and_then(Value::as_str)
                        .is_some_and(|p| path_matches(p, path))
            })
    });
    let Some(script) = script else {
        return Err(not_found());
    };
    let (connection_id, integration_key) = connection_headers(headers)?;
    if integration_key != script.integration_key {
        return Err(not_found());
    }
    let connection = connection(state, env.id, &integration_key, &connection_id).await?;
    match script.kind {
        ScriptKind::Sync => {
            let pairs = query_pairs(uri.query());
            let model = query_value(&pairs, "model")
                .map(str::to_string)
                .or_else(|| script.models().into_iter().next())
                .ok_or_else(|| ApiError::internal("the sync has no model"))?;
            let query = records::record_query(connection.id, &model, &pairs)?;
            Ok(Json(records::page(state, &query).await?).into_response())
        }
        ScriptKind::Action => {
            let input = if body.is_empty() {
                None
            } else {
                Some(serde_json::from_slice::<Value>(body).map_err(|e| {
                    ApiError::bad_request("invalid_body", format!("the body is not JSON: {e}"))
                })?)
            };
            let integration = find(state, env.id, &integration_key).await?;
            let output = run_action(
                state,
                ActionCall {
                    environment: env,
                    integration,
                    connection,
                    action_name: script.name.clone(),
                    input,
                    depth: 0,
                },
            )
            .await?;
            Ok(Json(output).into_response())
        }
        ScriptKind::OnEvent => Err(not_found()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn endpoint_paths_match_with_parameters() {
        assert!(super::path_matches("/crm/contacts", "/crm/contacts"));
        assert!(super::path_matches("/tickets/{id}", "/tickets/42"));
        assert!(super::path_matches(
            "/tickets/:id/comments",
            "/tickets/42/comments"
        ));
        assert!(!super::path_matches("/tickets/{id}", "/tickets"));
        assert!(!super::path_matches("/crm/contacts", "/crm/contact"));
    }
}
