//! `GET /records`: a connection's cached records of a model, in change order, page by page.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{ConnectionHeaders, Query};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiResult, ErrorBody};
use crate::platform::{RecordsPage, RecordsQuery};

/// The parameters of `/records` (and of a sync's own endpoint).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RecordsParams {
    /// The model (a sync's own endpoint defaults to its first).
    #[param(required = true, min_length = 1)]
    pub model: Option<String>,
    /// The sync variant (`base`).
    pub variant: Option<String>,
    /// Records per page, 1 to 10000 (default 100).
    #[param(minimum = 1, maximum = 10000)]
    pub limit: Option<i64>,
    /// `next_cursor` of the last page, or a record's `_nango_metadata.cursor`.
    pub cursor: Option<String>,
    /// Only records changed after this ISO 8601 date-time.
    #[param(format = DateTime)]
    pub modified_after: Option<String>,
    /// The old name of `modified_after`.
    #[param(format = DateTime)]
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

impl RecordsParams {
    /// The platform's query, for a model.
    pub fn query(self, model: String) -> RecordsQuery {
        RecordsQuery {
            model,
            variant: self.variant,
            limit: self.limit,
            cursor: self.cursor,
            modified_after: self.modified_after.filter(|v| !v.is_empty()).or(self.delta),
            filter: self.filter,
            ids: self.ids,
        }
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
            .records_page(connection.id, &params.query(model))
            .await?,
    ))
}
