//! `/proxy/*`: a request to the provider of a connection, with its credentials, as Nango's
//! clients send it (`Connection-Id`, `Provider-Config-Key`, `Base-Url-Override`, `Retries`,
//! `Retry-On`, `Nango-Proxy-<Header>`), answered with the provider's status, headers and body.

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use nango_proxy::{ProxyRequest, RequestBody};

use super::connections::connection;
use super::integrations::find;
use super::{connection_headers, header, query_pairs};
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::{AppState, credentials};

/// Response headers not passed back: they describe the provider's connection to us, not the
/// body we send on.
const HOP_HEADERS: [&str; 6] = [
    "connection",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "keep-alive",
    "upgrade",
];

pub async fn proxy(
    State(state): State<AppState>,
    Env(env): Env,
    method: Method,
    Path(path): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    forward(&state, env.id, method, &path, query, &headers, body).await
}

pub async fn proxy_root(
    State(state): State<AppState>,
    Env(env): Env,
    method: Method,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    forward(&state, env.id, method, "", query, &headers, body).await
}

async fn forward(
    state: &AppState,
    environment: i64,
    method: Method,
    path: &str,
    query: Option<String>,
    headers: &HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let (connection_id, key) = connection_headers(headers)?;
    let integration = find(state, environment, &key).await?;
    let mut connection = connection(state, environment, &key, &connection_id).await?;
    let provider = state.catalog.get(&integration.provider).ok_or_else(|| {
        ApiError::bad_request(
            "unknown_provider",
            format!(
                "provider `{}` of integration `{key}` is not in the catalog",
                integration.provider
            ),
        )
    })?;
    let request = proxy_request(method, path, query.as_deref(), headers, &body)?;
    let started = std::time::Instant::now();
    let mut creds = credentials::current(state, &integration, &mut connection, false).await?;
    let mut response = send(state, provider, &connection, &creds, &request).await;
    if let Ok(first) = &response
        // A token the provider no longer accepts: refresh it once and try again.
        && first.status() == reqwest::StatusCode::UNAUTHORIZED
        && credentials::needs_refresh(&creds, true)
    {
        creds = credentials::current(state, &integration, &mut connection, true).await?;
        response = send(state, provider, &connection, &creds, &request).await;
    }
    record(
        state,
        environment,
        &key,
        &connection_id,
        &request,
        &response,
        started,
    )
    .await;
    let response = response?;
    let mut out = Response::builder().status(
        StatusCode::from_u16(response.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
    );
    for (name, value) in response.headers() {
        if HOP_HEADERS.contains(&name.as_str()) {
            continue;
        }
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_str().as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            out = out.header(name, value);
        }
    }
    // The body goes on as it arrives: large downloads are not held in memory.
    out.body(Body::from_stream(response.bytes_stream()))
        .map_err(|e| ApiError::internal(e.to_string()))
}

/// The proxied call as an operation of the logs.
async fn record(
    state: &AppState,
    environment: i64,
    key: &str,
    connection_id: &str,
    request: &ProxyRequest,
    response: &ApiResult<reqwest::Response>,
    started: std::time::Instant,
) {
    let (status, line) = match response {
        Ok(r) => (
            if r.status().is_success() {
                "success"
            } else {
                "failed"
            },
            format!(
                "{} {} → {} ({} ms)",
                request.method,
                request.endpoint,
                r.status().as_u16(),
                started.elapsed().as_millis()
            ),
        ),
        Err(e) => (
            "failed",
            format!(
                "{} {} failed: {}",
                request.method, request.endpoint, e.message
            ),
        ),
    };
    let name = format!("{} {}", request.method, request.endpoint);
    let result = async {
        let id = state
            .store
            .start_operation(
                environment,
                "proxy",
                Some(key),
                Some(connection_id),
                Some(&name),
            )
            .await?;
        let line = nango_store::LogLine {
            level: "http".into(),
            message: line,
            created_at: nango_store::now(),
        };
        state.store.finish_operation(id, status, &[line]).await
    }
    .await;
    if let Err(e) = result {
        tracing::error!("cannot log a proxied call: {e}");
    }
}

async fn send(
    state: &AppState,
    provider: &nango_providers::Provider,
    connection: &nango_store::Connection,
    creds: &serde_json::Value,
    request: &ProxyRequest,
) -> ApiResult<reqwest::Response> {
    let target = nango_proxy::Connection {
        provider: provider.name.clone(),
        credentials: creds.clone(),
        connection_config: connection.connection_config.clone(),
        metadata: connection.metadata.clone(),
    };
    state
        .http
        .send_streaming(provider, &target, request)
        .await
        .map_err(|e| {
            let status = if e.is_transient() {
                StatusCode::BAD_GATEWAY
            } else {
                StatusCode::BAD_REQUEST
            };
            ApiError::new(status, "proxy_failed", e.message)
        })
}

/// The request for the provider, from the client's request.
fn proxy_request(
    method: Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &Bytes,
) -> ApiResult<ProxyRequest> {
    let mut forwarded: Vec<(String, String)> = Vec::new();
    for (name, value) in headers {
        let Some(name) = name.as_str().strip_prefix("nango-proxy-") else {
            continue;
        };
        if let Ok(value) = value.to_str() {
            forwarded.push((name.to_string(), value.to_string()));
        }
    }
    let content_type = header(headers, "content-type");
    if let Some(content_type) = content_type
        && !forwarded
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
    {
        forwarded.push(("content-type".into(), content_type.to_string()));
    }
    let retries = match header(headers, "retries") {
        None => 0,
        Some(value) => value.parse().map_err(|_| {
            ApiError::bad_request("invalid_header", "the Retries header must be a number")
        })?,
    };
    let retry_on = header(headers, "retry-on")
        .map(|list| {
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    s.parse::<u16>().map_err(|_| {
                        ApiError::bad_request(
                            "invalid_header",
                            "the Retry-On header must be a comma-separated list of status codes",
                        )
                    })
                })
                .collect::<ApiResult<Vec<u16>>>()
        })
        .transpose()?
        .unwrap_or_default();
    let data = if body.is_empty() {
        None
    } else if content_type.is_none_or(|t| t.contains("json"))
        && let Ok(value) = serde_json::from_slice(body)
    {
        Some(RequestBody::Json(value))
    } else {
        Some(RequestBody::Text(
            String::from_utf8_lossy(body).into_owned(),
        ))
    };
    Ok(ProxyRequest {
        method: method.as_str().to_string(),
        endpoint: format!("/{path}"),
        params: query_pairs(query),
        headers: forwarded,
        data,
        retries,
        retry_on,
        base_url_override: header(headers, "base-url-override").map(str::to_string),
        decompress: header(headers, "decompress").map(|v| v == "true"),
        ..ProxyRequest::default()
    })
}
