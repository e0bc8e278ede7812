//! Outbound HTTP for scripts: a request written against a provider's API (`GET /user/repos`)
//! becomes a real request to the provider, with the base URL and the credentials the provider
//! catalog and the connection give, retried on network errors, 5xx and 429 as the script asks,
//! and paced by the provider's rate-limit headers.
//!
//! Retries (when the request sets `retries > 0`):
//! - network errors, 5xx, 429 and the script's `retryOn` statuses are retried;
//! - other 4xx are never retried: the provider refused the request, sending it again would not
//!   help, and for non-idempotent methods (POST, PATCH) it could act twice;
//! - the wait is `Retry-After` when the provider sends it, else the provider's reset header
//!   (`proxy.retry.at`: an epoch time, or `proxy.retry.after`: seconds), else exponential
//!   backoff with full jitter (base 200 ms, doubling, at most 30 s per wait);
//! - a wait longer than [`MAX_WAIT`] is not waited: the response is returned instead.
#![deny(missing_docs)]

mod credentials;
pub mod oauth1;
mod request;
mod retry;

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use credentials::Credentials;
pub use request::{ProxyError, build_url};

/// The longest single wait before a retry.
pub const MAX_WAIT: Duration = Duration::from_secs(300);

/// A request a script makes through `nango.proxy()` and its verbs, before credentials are added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ProxyRequest {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path relative to the provider's base URL (or an absolute URL).
    pub endpoint: String,
    /// Query parameters, in order.
    #[serde(default)]
    pub params: Vec<(String, String)>,
    /// Headers the script set.
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    /// The body.
    #[serde(default)]
    pub data: Option<RequestBody>,
    /// How many times to retry on network errors, 5xx and 429 (0: never).
    #[serde(default)]
    pub retries: u32,
    /// Extra status codes to retry on.
    #[serde(default)]
    pub retry_on: Vec<u16>,
    /// Replaces the provider's base URL.
    #[serde(default)]
    pub base_url_override: Option<String>,
    /// Decompress gzip/deflate responses (default true).
    #[serde(default)]
    pub decompress: Option<bool>,
    /// Another connection of the same environment, when the script names one.
    #[serde(default)]
    pub connection_id: Option<String>,
    /// Another integration, when the script names one.
    #[serde(default)]
    pub provider_config_key: Option<String>,
    /// The request's identity in recorded mocks: JSON text whose SHA-1 names the recording.
    /// Computed by the script SDK (from the config as the script wrote it) only when a run
    /// records or replays responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
}

/// A request body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum RequestBody {
    /// Sent as `application/json`.
    Json(Value),
    /// Sent as is (`application/x-www-form-urlencoded` unless the script sets a content type, as
    /// axios does for string bodies).
    Text(String),
}

/// What the provider answered (non-2xx answers included).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyResponse {
    /// HTTP status.
    pub status: u16,
    /// Response headers, names lower-case.
    pub headers: Vec<(String, String)>,
    /// The body.
    #[serde(with = "body_text")]
    pub body: Vec<u8>,
    /// Where the answer comes from: the provider, or a recording being replayed.
    #[serde(default, skip_serializing_if = "ResponseOrigin::is_live")]
    pub origin: ResponseOrigin,
}

/// Where a [`ProxyResponse`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ResponseOrigin {
    /// The provider answered.
    #[default]
    Live,
    /// A recording: the body is the JSON of the recorded `data` value, which the script gets
    /// back as it was recorded, whatever its `responseType`.
    Recorded,
    /// A recording of the body alone, without status or headers (Nango's legacy mock files):
    /// as `Recorded`, and `paginate` reads it as one page, since it cannot follow a cursor.
    RecordedBodyOnly,
    /// A response of a `.test.json` fixture (the 0.71 line's recorded tests): as `Recorded`, and
    /// returned whatever its status, as `nango/test`'s mocks do (a recorded 404 is a response
    /// the script handles, not an exception).
    Fixture,
}

impl ResponseOrigin {
    /// Whether the provider answered (nothing is recorded).
    pub fn is_live(&self) -> bool {
        *self == Self::Live
    }
}

impl ProxyResponse {
    /// Reads a whole HTTP response (header names lower-cased).
    pub async fn read(response: reqwest::Response) -> Result<Self, reqwest::Error> {
        let mut read = head_of(&response);
        read.body = response.bytes().await?.to_vec();
        Ok(read)
    }

    /// The first value of a header (name lower-case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

mod body_text {
    //! Bodies cross into the sandbox as text; binary bodies (file downloads) go as base64 behind a
    //! marker so the SDK can rebuild the bytes.
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(body: &[u8], s: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(body) {
            Ok(text) if !text.starts_with('\u{0}') => s.serialize_str(text),
            _ => s.serialize_str(&format!(
                "\u{0}base64:{}",
                base64::engine::general_purpose::STANDARD.encode(body)
            )),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        match text.strip_prefix("\u{0}base64:") {
            Some(encoded) => base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .map_err(serde::de::Error::custom),
            None => Ok(text.into_bytes()),
        }
    }
}

/// The connection a request is made for: its credentials and configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Connection {
    /// The provider (a catalog name, e.g. `github`).
    pub provider: String,
    /// Credentials as Nango returns them (`{type: "OAUTH2", access_token, …}`).
    pub credentials: Value,
    /// `connection_config` (e.g. `{subdomain: "acme"}`).
    pub connection_config: Value,
    /// Metadata.
    pub metadata: Value,
    /// For OAuth 1 connections: the app's consumer keys with the connection's token, which
    /// sign every request.
    pub oauth1: Option<oauth1::OAuth1Keys>,
}

/// Sends requests to providers. Cheap to clone; share one per process (it pools connections).
#[derive(Clone)]
pub struct ProviderClient {
    http: reqwest::Client,
    retry: retry::Backoff,
}

impl ProviderClient {
    /// A client with the default backoff.
    pub fn new() -> Result<Self, ProxyError> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("nango-rs/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| {
                ProxyError::new(
                    "client_error",
                    format!("cannot create the HTTP client: {e}"),
                )
            })?;
        Ok(Self {
            http,
            retry: retry::Backoff::default(),
        })
    }

    /// The same client with another backoff base (tests use a short one).
    pub fn with_backoff_base(mut self, base: Duration) -> Self {
        self.retry.base = base;
        self
    }

    /// Sends a request for a connection of a provider, retrying as the request asks.
    pub async fn send(
        &self,
        provider: &nango_providers::Provider,
        connection: &Connection,
        request: &ProxyRequest,
    ) -> Result<ProxyResponse, ProxyError> {
        let prepared = request::prepare(provider, connection, request)?;
        let mut attempt = 0u32;
        loop {
            let outcome = self.attempt(&prepared, request).await;
            let decision = retry::decide(&outcome, request, provider, attempt, &self.retry);
            match (decision, outcome) {
                (Some(wait), _) => {
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                (None, outcome) => return outcome,
            }
        }
    }

    /// As [`send`](Self::send), but answers the provider's final response as it arrives, its
    /// body not read yet (the server's `/proxy` streams it to its client). Retry decisions need
    /// only the status and headers.
    pub async fn send_streaming(
        &self,
        provider: &nango_providers::Provider,
        connection: &Connection,
        request: &ProxyRequest,
    ) -> Result<reqwest::Response, ProxyError> {
        let prepared = request::prepare(provider, connection, request)?;
        let mut attempt = 0u32;
        loop {
            let outcome = self.attempt_head(&prepared, request).await;
            let head = outcome.as_ref().map(head_of).map_err(Clone::clone);
            match retry::decide(&head, request, provider, attempt, &self.retry) {
                Some(wait) => {
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                None => return outcome,
            }
        }
    }

    async fn attempt(
        &self,
        prepared: &request::Prepared,
        request: &ProxyRequest,
    ) -> Result<ProxyResponse, ProxyError> {
        let response = self.attempt_head(prepared, request).await?;
        ProxyResponse::read(response).await.map_err(|e| {
            ProxyError::new(
                "network_error",
                format!(
                    "reading the response of {} failed: {}",
                    prepared.display_url,
                    error_chain(&e)
                ),
            )
        })
    }

    /// One attempt, up to the response's headers.
    async fn attempt_head(
        &self,
        prepared: &request::Prepared,
        request: &ProxyRequest,
    ) -> Result<reqwest::Response, ProxyError> {
        let method = reqwest::Method::from_bytes(prepared.method.as_bytes()).map_err(|_| {
            ProxyError::new(
                "invalid_method",
                format!("`{}` is not an HTTP method", prepared.method),
            )
        })?;
        let mut builder = self.http.request(method, &prepared.url);
        for (name, value) in &prepared.headers {
            builder = builder.header(name, value);
        }
        if let Some(body) = &prepared.body {
            builder = builder.body(body.clone());
        }
        if request.decompress == Some(false) {
            builder = builder.header("accept-encoding", "identity");
        }
        builder.send().await.map_err(|e| {
            let kind = if e.is_timeout() {
                "timeout"
            } else if e.is_connect() {
                "connection_failed"
            } else if e.is_builder() {
                // Nothing was sent: a header value (a credential, say) HTTP cannot carry.
                "invalid_request"
            } else {
                "network_error"
            };
            ProxyError::new(
                kind,
                format!(
                    "{} {} failed: {}",
                    prepared.method,
                    prepared.display_url,
                    error_chain(&e)
                ),
            )
        })
    }
}

/// A response's status and headers, without its body.
fn head_of(response: &reqwest::Response) -> ProxyResponse {
    ProxyResponse {
        status: response.status().as_u16(),
        headers: response
            .headers()
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: Vec::new(),
        origin: ResponseOrigin::Live,
    }
}

/// An error and its sources on one line (`error sending request: connection refused`).
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        message = format!("{message}: {inner}");
        source = inner.source();
    }
    message
}
