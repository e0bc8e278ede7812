//! The API's errors: one JSON shape (`{"error": {"code", "message", "payload"?, "upstream"?,
//! "request_id"?}}`), the HTTP status of every [`ErrorCode`] (here and nowhere else), and the
//! rule that a 500 never carries the server's own text: it says `internal_error` with the
//! request's id, and the server's log line carries the same id and the details.

use axum::Json;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::RngCore;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use crate::platform::{ErrorCode, PlatformError};

/// The HTTP status of a code.
pub fn status(code: ErrorCode) -> StatusCode {
    use ErrorCode::*;
    match code {
        UnknownAccount | InvalidConnectSessionToken | InvalidPublicKey | InvalidLogin => {
            StatusCode::UNAUTHORIZED
        }
        InvalidCsrfToken => StatusCode::FORBIDDEN,
        TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        InvalidBody
        | InvalidQuery
        | InvalidHeader
        | MissingConnectionId
        | MissingProviderConfigKey
        | NamedUnknownProviderConfig
        | InvalidProvider
        | MissingCredentials
        | InvalidActionInput
        | ActionScriptFailure
        | InvalidFrequency
        | InvalidVariant
        | MissingModel
        | InvalidCursor
        | ProxyFailed
        | InvalidMetadata
        | NotASync
        | UnknownModel
        | TooDeep
        | IntegrationNotAllowed
        | InvalidAuthMode
        | UnsupportedAuthMode
        | MissingOAuthApp
        | MissingConnectionConfig
        | InvalidOAuthState
        | OAuthDenied => StatusCode::BAD_REQUEST,
        UnknownProviderConfig
        | UnknownConnection
        | UnknownProvider
        | UnknownAction
        | ActionNotFinished
        | UnknownSync
        | UnknownOperation
        | UnknownEnvironment
        | UnknownRoute => StatusCode::NOT_FOUND,
        Duplicate | SyncNotRunning | InvalidKeyRotation => StatusCode::CONFLICT,
        RefreshTokenExternalError | ActionScriptHttpError | TokenExchangeFailed => {
            StatusCode::FAILED_DEPENDENCY
        }
        ProviderUnreachable => StatusCode::BAD_GATEWAY,
        WorkerStopped | DatabaseUnavailable | StorageReadOnly => StatusCode::SERVICE_UNAVAILABLE,
        StorageFull => StatusCode::INSUFFICIENT_STORAGE,
        NotImplemented => StatusCode::NOT_IMPLEMENTED,
        // The script's own failures: the caller sees them (its script, its stack), unlike the
        // server's.
        InvalidActionOutput
        | ActionScriptRuntimeError
        | ScriptLimitExceeded
        | InvalidScript
        | Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The error body.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code (`unknown_connection`, `invalid_body`, …).
    pub code: String,
    /// What happened and what to do.
    pub message: String,
    /// Details: a script's error payload, the path of a bad field…
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub payload: Option<Value>,
    /// What the provider answered, when a call to it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub upstream: Option<Value>,
    /// The request's id, for `internal_error` (the server's log line has the same).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// An error answered to an API client.
#[derive(Debug, Clone)]
pub struct ApiError(pub PlatformError);

impl ApiError {
    /// An error with a code and a message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self(PlatformError::new(code, message))
    }

    /// With details.
    pub fn with_payload(self, payload: Value) -> Self {
        Self(self.0.with_payload(payload))
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        status(self.0.code)
    }

    /// The body, for errors that are not the server's own (those get theirs from
    /// [`request_ids`]).
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: self.0.code.as_str().to_string(),
                message: self.0.message.clone(),
                payload: self.0.payload.clone(),
                upstream: self.0.upstream.clone(),
                request_id: None,
            },
        }
    }
}

impl From<PlatformError> for ApiError {
    fn from(error: PlatformError) -> Self {
        Self(error)
    }
}

impl From<nango_store::StoreError> for ApiError {
    fn from(error: nango_store::StoreError) -> Self {
        Self(error.into())
    }
}

/// The details of a server failure, handed from the response to [`request_ids`], which logs
/// them with the request's id and answers without them.
#[derive(Clone)]
struct InternalFailure(String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.0.code == ErrorCode::Internal {
            let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
            response
                .extensions_mut()
                .insert(InternalFailure(self.0.message));
            return response;
        }
        (self.status(), Json(self.body())).into_response()
    }
}

/// Handler results.
pub type ApiResult<T> = Result<T, ApiError>;

/// Gives every request an id (`X-Request-Id`, the client's if it sent a sane one), and turns a
/// server failure into `internal_error` with that id, logging its details once.
pub async fn request_ids(request: Request, next: Next) -> Response {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .map_or_else(new_request_id, str::to_string);
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    if let Some(InternalFailure(details)) = response.extensions_mut().remove::<InternalFailure>() {
        tracing::error!(request_id = id, %method, path, "internal error: {details}");
        let body = ErrorBody {
            error: ErrorDetail {
                code: ErrorCode::Internal.as_str().to_string(),
                message: format!(
                    "the server failed on this request; its log has the details under request id {id}"
                ),
                payload: None,
                upstream: None,
                request_id: Some(id.clone()),
            },
        };
        response = (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response();
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

fn new_request_id() -> String {
    let mut bytes = [0u8; 8];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_server_failure_answers_internal_error_with_the_request_id_and_no_details() {
        use tower::ServiceExt as _;
        let app = axum::Router::new()
            .route(
                "/fails",
                axum::routing::get(|| async {
                    ApiError(PlatformError::internal(
                        "SELECT secret FROM keys: disk I/O error",
                    ))
                }),
            )
            .layer(axum::middleware::from_fn(request_ids));
        let request = axum::http::Request::builder()
            .uri("/fails")
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), 500);
        let id = response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_string();
        let body = axum::body::to_bytes(response.into_body(), 1 << 16)
            .await
            .unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "internal_error");
        assert_eq!(body["error"]["request_id"], id.as_str());
        let text = body.to_string();
        assert!(text.contains(&id), "{text}");
        assert!(!text.contains("SELECT") && !text.contains("disk"), "{text}");
    }

    #[test]
    fn every_code_has_a_status_and_only_the_servers_own_hide_their_text() {
        for code in ErrorCode::ALL {
            let status = status(code);
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{code}"
            );
        }
        let response = ApiError(PlatformError::internal("SELECT * FROM secrets")).into_response();
        assert_eq!(response.status(), 500);
        assert!(response.extensions().get::<InternalFailure>().is_some());
    }
}
