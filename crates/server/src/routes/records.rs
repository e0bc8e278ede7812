//! `GET /records`: a connection's cached records of a model, in change order, page by page.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{ConnectionHeaders, Query};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{ErrorCode, RecordsPage, RecordsQuery};

/// The parameters of `/records` (and of a sync's own endpoint).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecordsParams {
    /// The model (a sync's own endpoint defaults to its first).
    #[param(required = true, min_length = 1)]
    pub model: Option<String>,
    /// The sync variant (`base`).
    pub variant: Option<String>,
    /// Records per page, 1 to 10000 (default 100; empty is the default too, as the node client
    /// sends it).
    #[param(schema_with = limit_schema)]
    pub limit: Option<i64>,
    /// `next_cursor` of the last page, or a record's `_nango_metadata.cursor`.
    pub cursor: Option<String>,
    /// Only records changed after this ISO 8601 date-time (empty: all).
    #[param(schema_with = time_schema)]
    pub modified_after: Option<String>,
    /// The old name of `modified_after`.
    #[param(schema_with = time_schema)]
    pub delta: Option<String>,
    /// `added`, `updated`, `deleted` (comma-separated).
    #[param(
        pattern = r"^\s*((added|updated|deleted|ADDED|UPDATED|DELETED)\s*(,\s*(added|updated|deleted|ADDED|UPDATED|DELETED)\s*)*)?$"
    )]
    pub filter: Option<String>,
    /// Only these ids (comma-separated or repeated; also `ids[]`).
    #[serde(default, alias = "ids[]")]
    pub ids: Vec<String>,
}

fn schema(value: serde_json::Value) -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    serde_json::from_value(value)
        .unwrap_or_else(|_| utoipa::openapi::RefOr::T(utoipa::openapi::schema::Schema::default()))
}

/// `limit`: 1 to 10000, or empty (the node client sends `limit=` when none is given).
fn limit_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    schema(serde_json::json!({ "oneOf": [
        { "type": "integer", "minimum": 1, "maximum": 10000 },
        { "type": "string", "maxLength": 0 }
    ] }))
}

/// A date-time, or empty.
fn time_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    schema(serde_json::json!({ "oneOf": [
        { "type": "string", "format": "date-time" },
        { "type": "string", "maxLength": 0 }
    ] }))
}

impl RecordsParams {
    /// The platform's query, for a model. `delta` is checked even beside `modified_after`
    /// (which wins), so that a bad value is never silently ignored.
    pub fn query(self, model: String) -> ApiResult<RecordsQuery> {
        if let Some(delta) = self.delta.as_deref().filter(|d| !d.is_empty())
            && crate::platform::normalize_time(delta).is_none()
        {
            return Err(ApiError::new(
                ErrorCode::InvalidQuery,
                format!("`delta` {delta:?} is not an ISO 8601 date-time"),
            ));
        }
        Ok(RecordsQuery {
            model,
            variant: self.variant,
            limit: self.limit,
            cursor: self.cursor,
            modified_after: self.modified_after.filter(|v| !v.is_empty()).or(self.delta),
            filter: self.filter,
            ids: self.ids,
        })
    }
}

/// A connection's records of a model, with their `_nango_metadata`, in change order.
#[utoipa::path(get, path = "/records", tag = "records", params(ConnectionHeaders, RecordsParams),
    responses((status = 200, body = RecordsPage), (status = "default", body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Env(env): Env,
    headers: ConnectionHeaders,
    Query(params): Query<RecordsParams>,
) -> ApiResult<Json<RecordsPage>> {
    let connection = state
        .connection(env.id, &headers.provider_config_key, &headers.connection_id)
        .await?;
    let model = params.model.clone().unwrap_or_default();
    Ok(Json(
        state
            .records_page(connection.id, &params.query(model)?)
            .await?,
    ))
}
