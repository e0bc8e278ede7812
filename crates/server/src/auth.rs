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
        if !parts.headers.contains_key("authorization") {
            return Err(unauthorized(
                "authentication failed: send `Authorization: Bearer <secret key>` (the key of the environment, see `nango server keys`)",
            ));
        }
        let Some(key) = crate::routes::bearer(&parts.headers) else {
            return Err(unauthorized(
                "authentication failed: the Authorization header must be `Bearer <secret key>`",
            ));
        };
        match state.store.environment_by_key(&key).await? {
            Some(environment) => Ok(Env(environment)),
            None => Err(unauthorized(
                "authentication failed: no environment has this secret key",
            )),
        }
    }
}
