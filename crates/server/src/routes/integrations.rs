//! `/integrations` (and the legacy `/config` of nango@0.60.5 and the node client 0.60).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use nango_store::{Integration, NewIntegration, ScriptKind};
use serde_json::{Map, Value, json};

use super::{object_body, query_pairs, query_value, required_str, success};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, present};

pub async fn list(State(state): State<AppState>, Env(env): Env) -> ApiResult<Json<Value>> {
    let integrations = state.store.integrations(env.id).await?;
    let data: Vec<Value> = integrations
        .iter()
        .map(|i| present::integration(&state, i))
        .collect();
    Ok(Json(json!({ "data": data })))
}

pub async fn create(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let mut new = NewIntegration {
        unique_key: required_str(&body, "unique_key")?.to_string(),
        provider: required_str(&body, "provider")?.to_string(),
        display_name: optional_str(&body, "display_name")?,
        ..NewIntegration::default()
    };
    check_key(&new.unique_key)?;
    check_provider(&state, &new.provider)?;
    if let Some(credentials) = body.get("credentials") {
        let (id, secret, scopes) = oauth_credentials(&state, credentials)?;
        new.oauth_client_id = id;
        new.oauth_client_secret = secret;
        new.oauth_scopes = scopes;
    }
    let integration = state.store.create_integration(env.id, &new).await?;
    Ok(Json(
        json!({ "data": present::integration(&state, &integration) }),
    ))
}

pub async fn get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let integration = find(&state, env.id, &key).await?;
    let include: Vec<String> = query_pairs(query.as_deref())
        .into_iter()
        .filter(|(k, _)| k == "include" || k == "include[]")
        .flat_map(|(_, v)| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    Ok(Json(
        json!({ "data": present::integration_full(&state, &integration, &include) }),
    ))
}

pub async fn update(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let mut integration = find(&state, env.id, &key).await?;
    if let Some(new_key) = optional_str(&body, "unique_key")? {
        check_key(&new_key)?;
        integration.unique_key = new_key;
    }
    if body.contains_key("display_name") {
        integration.display_name = optional_str(&body, "display_name")?;
    }
    if let Some(credentials) = body.get("credentials") {
        let (id, secret, scopes) = oauth_credentials(&state, credentials)?;
        integration.oauth_client_id = id;
        integration.oauth_client_secret = secret;
        integration.oauth_scopes = scopes;
    }
    let integration = state.store.update_integration(&integration).await?;
    Ok(Json(
        json!({ "data": present::integration(&state, &integration) }),
    ))
}

pub async fn delete(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
) -> ApiResult<(axum::http::StatusCode, Json<Value>)> {
    if !state.store.delete_integration(env.id, &key).await? {
        return Err(unknown(&key));
    }
    Ok(success())
}

// ----- legacy `/config`

pub async fn legacy_list(State(state): State<AppState>, Env(env): Env) -> ApiResult<Json<Value>> {
    let integrations = state.store.integrations(env.id).await?;
    let configs: Vec<Value> = integrations
        .iter()
        .map(|i| json!({ "unique_key": i.unique_key, "provider": i.provider }))
        .collect();
    Ok(Json(json!({ "configs": configs })))
}

pub async fn legacy_get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    RawQuery(query): RawQuery,
) -> ApiResult<Json<Value>> {
    let integration = find(&state, env.id, &key).await?;
    let scripts = state.store.scripts(env.id).await?;
    let names = |kind: ScriptKind| -> Vec<Value> {
        scripts
            .iter()
            .filter(|s| s.integration_key == key && s.kind == kind)
            .map(|s| {
                let mut config = s.config.clone();
                config["name"] = json!(s.name);
                config["version"] = json!(s.version);
                config
            })
            .collect()
    };
    let mut config = json!({
        "unique_key": integration.unique_key,
        "provider": integration.provider,
        "syncs": names(ScriptKind::Sync),
        "actions": names(ScriptKind::Action),
    });
    let pairs = query_pairs(query.as_deref());
    if matches!(query_value(&pairs, "include_creds"), Some("true")) {
        config["client_id"] = json!(integration.oauth_client_id);
        config["client_secret"] = json!(
            integration
                .oauth_client_secret
                .as_deref()
                .and_then(|s| state.sealer.open(s).ok())
        );
        config["scopes"] = json!(integration.oauth_scopes);
    }
    Ok(Json(json!({ "config": config })))
}

pub async fn legacy_create(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let new = NewIntegration {
        unique_key: required_str(&body, "provider_config_key")?.to_string(),
        provider: required_str(&body, "provider")?.to_string(),
        display_name: None,
        oauth_client_id: optional_str(&body, "oauth_client_id")?,
        oauth_client_secret: optional_str(&body, "oauth_client_secret")?
            .map(|s| state.sealer.seal(&s)),
        oauth_scopes: optional_str(&body, "oauth_scopes")?,
    };
    check_key(&new.unique_key)?;
    check_provider(&state, &new.provider)?;
    let integration = state.store.create_integration(env.id, &new).await?;
    Ok(Json(
        json!({ "config": { "unique_key": integration.unique_key, "provider": integration.provider } }),
    ))
}

pub async fn legacy_update(
    State(state): State<AppState>,
    Env(env): Env,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let body = object_body(&body)?;
    let key = required_str(&body, "provider_config_key")?;
    let mut integration = find(&state, env.id, key).await?;
    if let Some(provider) = optional_str(&body, "provider")? {
        check_provider(&state, &provider)?;
        integration.provider = provider;
    }
    if let Some(id) = optional_str(&body, "oauth_client_id")? {
        integration.oauth_client_id = Some(id);
    }
    if let Some(secret) = optional_str(&body, "oauth_client_secret")? {
        integration.oauth_client_secret = Some(state.sealer.seal(&secret));
    }
    if let Some(scopes) = optional_str(&body, "oauth_scopes")? {
        integration.oauth_scopes = Some(scopes);
    }
    let integration = state.store.update_integration(&integration).await?;
    Ok(Json(
        json!({ "config": { "unique_key": integration.unique_key, "provider": integration.provider } }),
    ))
}

// ----- helpers

/// The integration of a key, or a 404 that says so.
pub async fn find(state: &AppState, environment: i64, key: &str) -> ApiResult<Integration> {
    state
        .store
        .integration(environment, key)
        .await?
        .ok_or_else(|| unknown(key))
}

fn unknown(key: &str) -> ApiError {
    ApiError::not_found(
        "unknown_provider_config",
        format!("no integration with key `{key}` in this environment (see GET /integrations)"),
    )
}

fn optional_str(body: &Map<String, Value>, field: &str) -> ApiResult<Option<String>> {
    match body.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::bad_request(
            "invalid_body",
            format!("`{field}` must be a string"),
        )),
    }
}

fn check_key(key: &str) -> ApiResult<()> {
    let valid = !key.is_empty()
        && key.len() <= 255
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if valid {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "invalid_body",
            format!("`unique_key` {key:?} must be 1 to 255 letters, digits, `-`, `_` or `.`"),
        ))
    }
}

fn check_provider(state: &AppState, provider: &str) -> ApiResult<()> {
    if state.catalog.get(provider).is_some() {
        return Ok(());
    }
    let mut close: Vec<&str> = state
        .catalog
        .names()
        .filter(|name| name.contains(provider) || provider.contains(*name))
        .take(5)
        .collect();
    close.sort_unstable();
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", close.join(", "))
    };
    Err(ApiError::bad_request(
        "invalid_provider",
        format!(
            "unknown provider `{provider}`{hint}: see GET /providers, or add it with NANGO_PROVIDERS_FILE"
        ),
    ))
}

/// `credentials: {type, client_id, client_secret, scopes}` → (id, sealed secret, scopes).
type OAuthApp = (Option<String>, Option<String>, Option<String>);

fn oauth_credentials(state: &AppState, credentials: &Value) -> ApiResult<OAuthApp> {
    if credentials.is_null() {
        return Ok((None, None, None));
    }
    let Some(object) = credentials.as_object() else {
        return Err(ApiError::bad_request(
            "invalid_body",
            "`credentials` must be an object: {type, client_id, client_secret, scopes}",
        ));
    };
    let id = optional_str(object, "client_id")?;
    let secret = optional_str(object, "client_secret")?.map(|s| state.sealer.seal(&s));
    let scopes = optional_str(object, "scopes")?;
    if id.is_none() {
        return Err(ApiError::bad_request(
            "invalid_body",
            "`credentials.client_id` is required",
        ));
    }
    Ok((id, secret, scopes))
}
