//! `/proxy/*`: a request to the provider of a connection, with its credentials, as Nango's
//! clients send it (`Connection-Id`, `Provider-Config-Key`, `Base-Url-Override`, `Retries`,
//! `Retry-On`, `Nango-Proxy-<Header>`), answered with the provider's status, headers and body.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use nango_proxy::{ProxyRequest, RequestBody};
use utoipa::IntoParams;

use super::ConnectionHeaders;
use super::extract::header_value;
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult};
use crate::platform::{ErrorCode, PlatformError, ProxyCall};

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

/// The proxy's own headers (besides `Connection-Id` and `Provider-Config-Key`; every
/// `Nango-Proxy-<Name>` header is sent on as `<Name>`).
// Only describes the headers for the document: the handler reads them from the header map.
#[allow(dead_code)]
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Header)]
pub struct ProxyHeaders {
    /// Another base URL than the provider's.
    #[param(rename = "Base-Url-Override", value_type = String, required = false, pattern = r"^\s*https?://[^\s/]")]
    pub base_url_override: Option<String>,
    /// Attempts after a failure (429, 5xx, network).
    #[param(rename = "Retries", value_type = u32, required = false, maximum = 10)]
    pub retries: Option<String>,
    /// More statuses to retry on (comma-separated).
    #[param(rename = "Retry-On", value_type = String, required = false, pattern = r"^\s*[0-9]{1,3}\s*(,\s*[0-9]{1,3}\s*)*$")]
    pub retry_on: Option<String>,
    /// Decompress the provider's body.
    #[param(rename = "Decompress", value_type = bool, required = false)]
    pub decompress: Option<String>,
}

/// Proxy a request to the connection's provider (any method).
#[utoipa::path(method(get, post, put, patch, delete), path = "/proxy/{path}", tag = "proxy",
    params(("path" = String, Path, description = "The provider's endpoint"), ConnectionHeaders, ProxyHeaders),
    request_body(content = serde_json::Value, description = "Sent on to the provider", content_type = "application/json"),
    responses(
        (status = "default", description = "The provider's answer as it came (status, headers and body), or an error of the proxy itself as `ErrorBody`")))]
pub async fn proxy(
    State(state): State<AppState>,
    Env(env): Env,
    Path(path): Path<String>,
    connection: ConnectionHeaders,
    request: Request,
) -> ApiResult<Response> {
    forward(&state, env.id, &path, connection, request).await
}

/// Proxy a request to the provider's base URL.
#[utoipa::path(method(get, post, put, patch, delete), path = "/proxy", tag = "proxy",
    params(ConnectionHeaders, ProxyHeaders),
    request_body(content = serde_json::Value, description = "Sent on to the provider", content_type = "application/json"),
    responses(
        (status = "default", description = "The provider's answer as it came (status, headers and body), or an error of the proxy itself as `ErrorBody`")))]
pub async fn proxy_root(
    State(state): State<AppState>,
    Env(env): Env,
    connection: ConnectionHeaders,
    request: Request,
) -> ApiResult<Response> {
    forward(&state, env.id, "", connection, request).await
}

async fn forward(
    state: &AppState,
    environment: i64,
    path: &str,
    connection: ConnectionHeaders,
    request: Request,
) -> ApiResult<Response> {
    let method = request.method().clone();
    let query = request.uri().query().map(str::to_string);
    let headers = request.headers().clone();
    // Read as axum's own body extractor does (its size limit included).
    let body = Bytes::from_request(request, state).await.map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidBody,
            format!("the body cannot be read: {e}"),
        )
    })?;
    let call = ProxyCall {
        provider_config_key: connection.provider_config_key,
        connection_id: connection.connection_id,
        request: proxy_request(method, path, query.as_deref(), &headers, &body)?,
    };
    let response = state.proxy(environment, &call).await?;
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
        .map_err(|e| ApiError(PlatformError::internal(format!("the proxied answer: {e}"))))
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
    let content_type = header_value(headers, "content-type");
    if let Some(content_type) = &content_type
        && !forwarded
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
    {
        forwarded.push(("content-type".into(), content_type.clone()));
    }
    let invalid = |message: &str| ApiError::new(ErrorCode::InvalidHeader, message);
    let retries = match header_value(headers, "retries") {
        None => 0,
        Some(value) => value
            .parse()
            .map_err(|_| invalid("the Retries header must be a number"))?,
    };
    let retry_on = header_value(headers, "retry-on")
        .map(|list| {
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    s.parse::<u16>().map_err(|_| {
                        invalid(
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
    } else if content_type.as_deref().is_none_or(|t| t.contains("json"))
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
        params: url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
            .into_owned()
            .collect(),
        headers: forwarded,
        data,
        retries,
        retry_on,
        base_url_override: header_value(headers, "base-url-override"),
        decompress: header_value(headers, "decompress").map(|v| v == "true"),
        ..ProxyRequest::default()
    })
}
