//! `/connection(s)`: import, list, get (with token refresh), delete, metadata.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use nango_store::{Connection, ConnectionFilter, NewConnection};
use serde_json::{Map, Value, json};

use super::integrations::find;
use super::{header, object_body, query_flag, query_pairs, query_value, required_str, success};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, credentials, present};

pub async fn list(
    State(state): State<AppState>,
    Env(env): Env,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let pairs = query_pairs(query.as_deref());
    let number = |name: &str| -> ApiResult<Option<i64>> {
        query_value(&pairs, name)
            .map(|v| {
                v.parse::<i64>().map_err(|_| {
                    ApiError::bad_request("invalid_query", format!("`{name}` must be a number"))
                })
            })
            .transpose()
    };
    let limit = number("limit")?;
    let page = number("page")?;
    let filter = ConnectionFilter {
        connection_id: query_value(&pairs, "connectionId").map(str::to_string),
        search: query_value(&pairs, "search").map(str::to_string),
        integrations: query_value(&pairs, "integrationId")
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        end_user_id: query_value(&pairs, "endUserId").map(str::to_string),
        end_user_organization_id: query_value(&pairs, "endUserOrganizationId").map(str::to_string),
        tags: pairs
            .iter()
            .filter_map(|(k, v)| {
                let tag = k.strip_prefix("tags[")?.strip_suffix(']')?;
                Some((tag.to_ascii_lowercase(), v.clone()))
            })
            .collect(),
        limit,
        offset: match (limit, page) {
            (Some(limit), Some(page)) => Some(limit * page.max(0)),
            _ => None,
        },
    };
    let connections = state.store.connections(env.id, &filter).await?;
    let items: Vec<Value> = connections.iter().map(present::connection_item).collect();
    Ok(Json(json!({ "connections": items })))
}

pub async fn import(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let integration = find(&state, env.id, key).await?;
    let connection_id = match body.get("connection_id") {
        None | Some(Value::Null) => crate::generate_secret_key(),
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        Some(_) => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "`connection_id` must be a non-empty string",
            ));
        }
    };
    let auth_mode = state
        .catalog
        .get(&integration.provider)
        .map(|p| p.auth_mode.clone())
        .unwrap_or(nango_providers::AuthMode::None);
    let creds = credentials::from_import(&body, &auth_mode)?;
    let object = |field: &str| -> ApiResult<Value> {
        match body.get(field) {
            None | Some(Value::Null) => Ok(json!({})),
            Some(Value::Object(o)) => Ok(Value::Object(o.clone())),
            Some(_) => Err(ApiError::bad_request(
                "invalid_body",
                format!("`{field}` must be an object"),
            )),
        }
    };
    let connection = state
        .store
        .upsert_connection(&NewConnection {
            environment_id: env.id,
            integration_id: integration.id,
            connection_id,
            credentials: state.sealer.seal(&creds.to_string()),
            connection_config: object("connection_config")?,
            metadata: object("metadata")?,
            end_user: body.get("end_user").filter(|v| v.is_object()).cloned(),
            tags: object("tags")?,
        })
        .await?;
    state.wake.notify_one();
    Ok(Json(present::connection_full(
        &connection,
        credentials::present(&creds, false),
    )))
}

pub async fn get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let pairs = query_pairs(query.as_deref());
    let key = provider_config_key(&pairs, None)?;
    let integration = find(&state, env.id, &key).await?;
    let mut connection = connection(&state, env.id, &key, &id).await?;
    let creds = credentials::current(
        &state,
        &integration,
        &mut connection,
        query_flag(&pairs, "force_refresh"),
    )
    .await?;
    Ok(Json(present::connection_full(
        &connection,
        credentials::present(&creds, query_flag(&pairs, "refresh_token")),
    )))
}

pub async fn delete(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let pairs = query_pairs(query.as_deref());
    let key = provider_config_key(&pairs, None)?;
    let connection = connection(&state, env.id, &key, &id).await?;
    state.store.delete_connection(connection.id).await?;
    Ok(success())
}

/// `PATCH /connections/:id`: end user, tags.
pub async fn patch(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let pairs = query_pairs(query.as_deref());
    let key = provider_config_key(&pairs, None)?;
    let body = object_body(&body)?;
    let mut connection = connection(&state, env.id, &key, &id).await?;
    if let Some(end_user) = body.get("end_user") {
        connection.end_user = (!end_user.is_null()).then(|| end_user.clone());
    }
    if let Some(tags) = body.get("tags") {
        if !tags.is_object() {
            return Err(ApiError::bad_request(
                "invalid_body",
                "`tags` must be an object",
            ));
        }
        connection.tags = tags.clone();
    }
    state.store.update_connection(&connection).await?;
    Ok(success())
}

pub async fn set_metadata(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    write_metadata(&state, env.id, &object_body(&body)?, false).await
}

pub async fn update_metadata(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    write_metadata(&state, env.id, &object_body(&body)?, true).await
}

/// `POST /connection/:id/metadata` (old form): the body is the metadata; the integration comes
/// from the `Provider-Config-Key` header or the `provider_config_key` query parameter.
pub async fn set_metadata_legacy(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    legacy_metadata(&state, env.id, &id, query, &headers, &body, false).await
}

pub async fn update_metadata_legacy(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    legacy_metadata(&state, env.id, &id, query, &headers, &body, true).await
}

async fn legacy_metadata(
    state: &AppState,
    environment: i64,
    id: &str,
    query: Option<String>,
    headers: &HeaderMap,
    body: &Bytes,
    merge: bool,
) -> ApiResult<Json<Value>> {
    let pairs = query_pairs(query.as_deref());
    let key = provider_config_key(&pairs, header(headers, "provider-config-key"))?;
    let mut request = Map::new();
    request.insert("metadata".into(), Value::Object(object_body(body)?));
    request.insert("connection_id".into(), json!(id));
    request.insert("provider_config_key".into(), json!(key));
    write_metadata(state, environment, &request, merge).await
}

/// Sets (or merges into) the metadata of one or several connections of an integration.
async fn write_metadata(
    state: &AppState,
    environment: i64,
    body: &Map<String, Value>,
    merge: bool,
) -> ApiResult<Json<Value>> {
    let key = required_str(body, "provider_config_key")?;
    let Some(Value::Object(metadata)) = body.get("metadata") else {
        return Err(ApiError::bad_request(
            "invalid_body",
            "`metadata` must be an object",
        ));
    };
    let ids: Vec<String> = match body.get("connection_id") {
        Some(Value::String(id)) => vec![id.clone()],
        Some(Value::Array(ids)) if !ids.is_empty() => ids
            .iter()
            .map(|v| {
                v.as_str().map(str::to_string).ok_or_else(|| {
                    ApiError::bad_request(
                        "invalid_body",
                        "`connection_id` must be a string or a list of strings",
                    )
                })
            })
            .collect::<ApiResult<_>>()?,
        _ => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "`connection_id` must be a string or a list of strings",
            ));
        }
    };
    // Check them all before changing any.
    let mut connections = Vec::new();
    for id in &ids {
        connections.push(connection(state, environment, key, id).await?);
    }
    for connection in &mut connections {
        if merge && let Some(existing) = connection.metadata.as_object_mut() {
            for (k, v) in metadata {
                existing.insert(k.clone(), v.clone());
            }
        } else {
            connection.metadata = Value::Object(metadata.clone());
        }
        state.store.update_connection(connection).await?;
    }
    Ok(Json(json!({
        "metadata": metadata,
        "provider_config_key": key,
        "connection_id": body.get("connection_id"),
    })))
}

/// The `provider_config_key` of a request (query, else a header value).
fn provider_config_key(pairs: &[(String, String)], header: Option<&str>) -> ApiResult<String> {
    query_value(pairs, "provider_config_key")
        .filter(|v| !v.is_empty())
        .or(header)
        .map(str::to_string)
        .ok_or_else(|| {
            ApiError::bad_request(
                "missing_provider_config_key",
                "the `provider_config_key` query parameter is required",
            )
        })
}

/// A connection, or a 404 that names it.
pub async fn connection(
    state: &AppState,
    environment: i64,
    key: &str,
    id: &str,
) -> ApiResult<Connection> {
    state
        .store
        .connection(environment, key, id)
        .await?
        .ok_or_else(|| {
            ApiError::not_found(
                "unknown_connection",
                format!("no connection `{id}` for integration `{key}` in this environment"),
            )
        })
}
