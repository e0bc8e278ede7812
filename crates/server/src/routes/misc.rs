//! Health, the OpenAPI document, providers, environment variables, and what is not there yet.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use nango_providers::Provider;
use serde_json::{Value, json};

use super::{query_pairs, query_value, success};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, openapi};

pub async fn health() -> Json<Value> {
    Json(json!({ "result": "ok" }))
}

pub async fn openapi() -> Json<Value> {
    Json(openapi::document())
}

fn provider_json(provider: &Provider) -> Value {
    json!({
        "name": provider.name,
        "display_name": provider.display_name.clone().unwrap_or_else(|| provider.name.clone()),
        "auth_mode": provider.auth_mode.as_str(),
        "authorization_url": provider.authorization_url,
        "token_url": provider.token_url,
        "default_scopes": provider.default_scopes,
        "proxy": provider.proxy.as_ref().map(|p| json!({ "base_url": p.base_url, "paginate": p.paginate })),
    })
}

pub async fn providers(
    State(state): State<AppState>,
    _env: Env,
    RawQuery(query): RawQuery,
) -> Json<Value> {
    let pairs = query_pairs(query.as_deref());
    let search = query_value(&pairs, "search").map(str::to_ascii_lowercase);
    let data: Vec<Value> = state
        .catalog
        .iter()
        .filter(|p| {
            search.as_deref().is_none_or(|s| {
                p.name.contains(s)
                    || p.display_name
                        .as_deref()
                        .is_some_and(|d| d.to_ascii_lowercase().contains(s))
            })
        })
        .map(provider_json)
        .collect();
    Json(json!({ "data": data }))
}

pub async fn provider(
    State(state): State<AppState>,
    _env: Env,
    Path(name): Path<String>,
) -> ApiResult<Json<Value>> {
    let provider = state.catalog.get(&name).ok_or_else(|| {
        ApiError::not_found("unknown_provider", format!("no provider named `{name}`"))
    })?;
    Ok(Json(json!({ "data": provider_json(provider) })))
}

pub async fn environment_variables(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<Value>> {
    let variables = state.store.environment_variables(env.id).await?;
    Ok(Json(Value::Array(
        variables
            .into_iter()
            .map(|(name, value)| json!({ "name": name, "value": value }))
            .collect(),
    )))
}

/// `POST /environment-variables`: `{name, value}` or a list of them (set, or with a `null`
/// value, remove).
pub async fn set_environment_variables(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError::bad_request("invalid_body", format!("the body is not JSON: {e}")))?;
    let items = match body {
        Value::Array(items) => items,
        item @ Value::Object(_) => vec![item],
        _ => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "the body must be {name, value} or a list of them",
            ));
        }
    };
    let mut pairs = Vec::new();
    for item in &items {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .filter(|n| valid_name(n));
        let Some(name) = name else {
            return Err(ApiError::bad_request(
                "invalid_body",
                "each variable needs a `name` of letters, digits and `_`, not starting with a digit",
            ));
        };
        let value = match item.get("value") {
            Some(Value::String(v)) => Some(v.clone()),
            Some(Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        };
        pairs.push((name.to_string(), value));
    }
    for (name, value) in &pairs {
        state
            .store
            .set_environment_variable(env.id, name, value.as_deref())
            .await?;
    }
    Ok(success())
}

pub async fn delete_environment_variable(
    State(state): State<AppState>,
    Env(env): Env,
    Path(name): Path<String>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    state
        .store
        .set_environment_variable(env.id, &name, None)
        .await?;
    Ok(success())
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

pub async fn connect_unavailable(_env: Env) -> ApiError {
    ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        "not_implemented",
        "connect sessions (Nango's OAuth connect UI) are not available in nango-rs yet: import connections with POST /connections (access_token, api_key, username/password…)",
    )
}
