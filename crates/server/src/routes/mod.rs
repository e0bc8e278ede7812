//! The routes, and the small parsing helpers they share.

mod actions;
mod connections;
mod deploy;
mod integrations;
mod misc;
mod platform;
mod proxy;
mod records;
mod sync_control;

use axum::Router;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{any, get, post};
use serde_json::{Map, Value};

use crate::AppState;
use crate::error::{ApiError, ApiResult};

pub(crate) use connections::connection as find_connection;
pub(crate) use integrations::find as find_integration;

/// Every route. Singular and plural connection paths (`/connection…` for nango@0.60.5 and the
/// CLI's dryrun, `/connections…` for @nangohq/node 0.71) and `/config` beside `/integrations`.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/health", get(misc::health))
        .route("/openapi.json", get(misc::openapi))
        .route("/providers", get(misc::providers))
        .route("/providers/{name}", get(misc::provider))
        .route(
            "/environment-variables",
            get(misc::environment_variables).post(misc::set_environment_variables),
        )
        .route(
            "/environment-variables/{name}",
            axum::routing::delete(misc::delete_environment_variable),
        )
        .route(
            "/integrations",
            get(integrations::list).post(integrations::create),
        )
        .route(
            "/integrations/{key}",
            get(integrations::get)
                .patch(integrations::update)
                .delete(integrations::delete),
        )
        .route(
            "/config",
            get(integrations::legacy_list)
                .post(integrations::legacy_create)
                .put(integrations::legacy_update),
        )
        .route(
            "/config/{key}",
            get(integrations::legacy_get).delete(integrations::delete),
        )
        .route("/proxy", any(proxy::proxy_root))
        .route("/proxy/{*path}", any(proxy::proxy))
        .route("/action/trigger", post(actions::trigger))
        .route("/action/{id}", get(actions::result))
        .route("/sync/deploy/confirmation", post(deploy::confirmation))
        .route("/sync/deploy", post(deploy::deploy))
        .route("/scripts/config", get(deploy::scripts_config))
        .route("/records", get(records::list))
        .route("/records/", get(records::list))
        .route("/sync/trigger", post(sync_control::trigger))
        .route("/sync/start", post(sync_control::start))
        .route("/sync/pause", post(sync_control::pause))
        .route("/sync/status", get(sync_control::status))
        .route(
            "/sync/update-connection-frequency",
            axum::routing::put(sync_control::update_frequency),
        )
        .route(
            "/sync/{name}/variant/{variant}",
            post(sync_control::create_variant).delete(sync_control::delete_variant),
        )
        .route(
            "/environment",
            get(platform::environment).patch(platform::update_environment),
        )
        .route("/logs/operations", get(platform::operations))
        .route("/logs/operations/{id}", get(platform::operation))
        .route("/connect/sessions", post(misc::connect_unavailable))
        .route(
            "/connect/sessions/reconnect",
            post(misc::connect_unavailable),
        );
    for base in ["/connection", "/connections"] {
        router = router
            .route(base, get(connections::list).post(connections::import))
            .route(
                &format!("{base}/metadata"),
                post(connections::set_metadata).patch(connections::update_metadata),
            )
            .route(
                &format!("{base}/{{id}}"),
                get(connections::get)
                    .delete(connections::delete)
                    .patch(connections::patch),
            )
            .route(
                &format!("{base}/{{id}}/metadata"),
                post(connections::set_metadata_legacy).patch(connections::update_metadata_legacy),
            );
    }
    router.fallback(platform::endpoints).with_state(state)
}

/// A JSON object body, or a 400 that says what is wrong.
pub(crate) fn object_body(body: &Bytes) -> ApiResult<Map<String, Value>> {
    if body.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::bad_request(
            "invalid_body",
            "the body must be a JSON object",
        )),
        Err(e) => Err(ApiError::bad_request(
            "invalid_body",
            format!("the body is not valid JSON: {e}"),
        )),
    }
}

/// A string field of a body, required.
pub(crate) fn required_str<'a>(body: &'a Map<String, Value>, field: &str) -> ApiResult<&'a str> {
    match body.get(field) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s),
        Some(_) => Err(ApiError::bad_request(
            "invalid_body",
            format!("`{field}` must be a non-empty string"),
        )),
        None => Err(ApiError::bad_request(
            "invalid_body",
            format!("`{field}` is required"),
        )),
    }
}

/// Query pairs, in order (repeated keys kept).
pub(crate) fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .into_owned()
        .collect()
}

/// The first value of a query parameter.
pub(crate) fn query_value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A boolean query parameter (`true`/`1`).
pub(crate) fn query_flag(pairs: &[(String, String)], name: &str) -> bool {
    matches!(query_value(pairs, name), Some("true" | "1"))
}

/// A header's value.
pub(crate) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// `Connection-Id` and `Provider-Config-Key`, both required.
pub(crate) fn connection_headers(headers: &HeaderMap) -> ApiResult<(String, String)> {
    let connection_id = header(headers, "connection-id").ok_or_else(|| {
        ApiError::bad_request(
            "missing_connection_id",
            "the Connection-Id header is required",
        )
    })?;
    let key = header(headers, "provider-config-key").ok_or_else(|| {
        ApiError::bad_request(
            "missing_provider_config_key",
            "the Provider-Config-Key header is required",
        )
    })?;
    Ok((connection_id.to_string(), key.to_string()))
}

/// `{"success": true}`.
pub(crate) fn success() -> (StatusCode, axum::Json<Value>) {
    (
        StatusCode::OK,
        axum::Json(serde_json::json!({ "success": true })),
    )
}
