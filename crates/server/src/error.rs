//! API errors: one type, one JSON shape (`{"error": {"code", "message", "payload"?}}`), mapped to
//! a response in one place.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// An error answered to an API client.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code (`unknown_connection`, `invalid_body`, …).
    pub code: &'static str,
    /// What happened and what to do.
    pub message: String,
    /// Details (a script's error payload, validation problems…).
    pub payload: Option<Value>,
    /// What an upstream provider answered, for proxied failures.
    pub upstream: Option<Value>,
}

impl ApiError {
    /// An error with a status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            payload: None,
            upstream: None,
        }
    }

    /// 400 `invalid_body` / other bad-request codes.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 404.
    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, message)
    }

    /// 500 `server_error`.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "server_error", message)
    }

    /// With a payload.
    pub fn with_payload(mut self, payload: Value) -> Self {
        self.payload = Some(payload);
        self
    }

    /// The body.
    pub fn body(&self) -> Value {
        let mut error = json!({ "code": self.code, "message": self.message });
        if let Some(payload) = &self.payload {
            error["payload"] = payload.clone();
        }
        if let Some(upstream) = &self.upstream {
            error["upstream"] = upstream.clone();
        }
        json!({ "error": error })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body())).into_response()
    }
}

impl From<nango_store::StoreError> for ApiError {
    fn from(error: nango_store::StoreError) -> Self {
        match error {
            nango_store::StoreError::Conflict(message) => {
                ApiError::new(StatusCode::CONFLICT, "duplicate", message)
            }
            nango_store::StoreError::Database(message) => {
                tracing::error!("store: {message}");
                ApiError::internal("the server's database failed; see its log")
            }
        }
    }
}

/// Handler results.
pub type ApiResult<T> = Result<T, ApiError>;
