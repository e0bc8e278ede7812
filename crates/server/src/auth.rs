//! `Authorization: Bearer <secret key>`: every API route sees only the key's environment.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use nango_store::Environment;

use crate::AppState;
use crate::error::ApiError;
use crate::platform::ErrorCode;

/// The environment of the request's secret key.
pub struct Env(pub Environment);

impl FromRequestParts<AppState> for Env {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let unauthorized = |message: &str| ApiError::new(ErrorCode::UnknownAccount, message);
        let Some(header) = parts.headers.get("authorization") else {
            return Err(unauthorized(
                "authentication failed: send `Authorization: Bearer <secret key>` (the key of the environment, see `nango server keys`)",
            ));
        };
        let key = header
            .to_str()
            .ok()
            .and_then(|h| {
                h.strip_prefix("Bearer ")
                    .or_else(|| h.strip_prefix("bearer "))
            })
            .map(str::trim)
            .unwrap_or_default();
        if key.is_empty() {
            return Err(unauthorized(
                "authentication failed: the Authorization header must be `Bearer <secret key>`",
            ));
        }
        match state.store.environment_by_key(key).await? {
            Some(environment) => Ok(Env(environment)),
            None => Err(unauthorized(
                "authentication failed: no environment has this secret key",
            )),
        }
    }
}
