//! Who a request is: `Authorization: Bearer <secret key>` (the SDKs and the CLI), or the
//! dashboard's session cookie with `X-Nango-Environment` naming the environment it looks at.
//! Either way a route sees exactly one environment.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use nango_store::Environment;

use crate::AppState;
use crate::error::ApiError;
use crate::platform::{ErrorCode, PlatformError};

/// The header the dashboard names its environment with (default `dev`).
pub const ENVIRONMENT_HEADER: &str = "x-nango-environment";

/// The environment of the request's secret key, or of the dashboard session's choice.
pub struct Env(pub Environment);

impl FromRequestParts<AppState> for Env {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let unauthorized = |message: &str| ApiError::new(ErrorCode::UnknownAccount, message);
        if !parts.headers.contains_key("authorization") {
            // The dashboard: its cookie (and, for a change, its CSRF token) instead of a key.
            if crate::routes::session_of(state, parts).await?.is_some() {
                return dashboard_environment(state, parts).await.map(Env);
            }
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

/// The environment a dashboard request names (`X-Nango-Environment`, default `dev`).
pub async fn dashboard_environment(
    state: &AppState,
    parts: &Parts,
) -> Result<Environment, ApiError> {
    let name = parts
        .headers
        .get(ENVIRONMENT_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or("dev");
    state
        .store
        .environment_by_name(name)
        .await
        .map_err(PlatformError::from)?
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::UnknownEnvironment,
                format!("no environment named {name:?} (`X-Nango-Environment`)"),
            )
        })
}
