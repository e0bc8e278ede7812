//! Sync control: `/sync/trigger`, `/sync/start`, `/sync/pause`, `/sync/status`,
//! `/sync/update-connection-frequency` and sync variants.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Body, Query, Success, nullable, success};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{
    ErrorCode, FrequencyUpdate, SyncMode, SyncSelection, SyncStatus, TriggerRequest,
};

/// A sync by name, or `{name, variant}`.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum SyncName {
    /// Its name.
    Name(String),
    /// A variant of it.
    Variant {
        /// Its name.
        name: String,
        /// The variant.
        variant: Option<String>,
    },
}

fn names(syncs: Option<Vec<SyncName>>) -> Vec<(String, Option<String>)> {
    syncs
        .unwrap_or_default()
        .into_iter()
        .map(|s| match s {
            SyncName::Name(name) => (name, None),
            SyncName::Variant { name, variant } => (name, variant),
        })
        .collect()
}

/// `sync_mode`.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SyncModeInput {
    /// From the last sync date.
    Incremental,
    /// From scratch.
    FullRefresh,
    /// From scratch, the cache emptied first.
    FullRefreshAndClearCache,
}

/// Older clients' options.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TriggerOpts {
    /// Run from scratch.
    pub reset: Option<bool>,
    /// Empty the cache first.
    pub empty_cache: Option<bool>,
}

/// Syncs to run now.
#[derive(Debug, Deserialize, ToSchema)]
pub struct TriggerSyncs {
    /// The integration.
    pub provider_config_key: String,
    /// One connection (else all of the integration's).
    pub connection_id: Option<String>,
    /// The syncs (none: all of the integration's).
    pub syncs: Option<Vec<SyncName>>,
    /// How.
    pub sync_mode: Option<SyncModeInput>,
    /// nango@0.60's `full_resync`.
    pub full_resync: Option<bool>,
    /// nango@0.71's options.
    pub opts: Option<TriggerOpts>,
}

/// Run syncs now.
#[utoipa::path(post, path = "/sync/trigger", tag = "syncs", request_body = TriggerSyncs,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn trigger(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<TriggerSyncs>,
) -> ApiResult<Json<Success>> {
    let opts = body.opts.unwrap_or_default();
    let mode = match body.sync_mode {
        Some(SyncModeInput::FullRefreshAndClearCache) => SyncMode::FullRefreshAndClearCache,
        _ if opts.empty_cache == Some(true) => SyncMode::FullRefreshAndClearCache,
        Some(SyncModeInput::FullRefresh) => SyncMode::FullRefresh,
        _ if body.full_resync == Some(true) || opts.reset == Some(true) => SyncMode::FullRefresh,
        _ => SyncMode::Incremental,
    };
    let request = TriggerRequest {
        selection: SyncSelection {
            provider_config_key: body.provider_config_key,
            connection_id: body.connection_id,
            syncs: names(body.syncs),
        },
        mode,
    };
    state.trigger_syncs(env.id, &request).await?;
    Ok(success())
}

/// Syncs to start or pause.
#[derive(Debug, Deserialize, ToSchema)]
pub struct SyncsSelection {
    /// The integration.
    pub provider_config_key: String,
    /// One connection (else all of the integration's).
    pub connection_id: Option<String>,
    /// The syncs (none: all of the integration's).
    pub syncs: Option<Vec<SyncName>>,
}

impl From<SyncsSelection> for SyncSelection {
    fn from(body: SyncsSelection) -> Self {
        Self {
            provider_config_key: body.provider_config_key,
            connection_id: body.connection_id,
            syncs: names(body.syncs),
        }
    }
}

/// Start syncs (a paused sync runs now, then on its schedule).
#[utoipa::path(post, path = "/sync/start", tag = "syncs", request_body = SyncsSelection,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<SyncsSelection>,
) -> ApiResult<Json<Success>> {
    state.set_syncs_paused(env.id, &body.into(), false).await?;
    Ok(success())
}

/// Pause syncs.
#[utoipa::path(post, path = "/sync/pause", tag = "syncs", request_body = SyncsSelection,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn pause(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<SyncsSelection>,
) -> ApiResult<Json<Success>> {
    state.set_syncs_paused(env.id, &body.into(), true).await?;
    Ok(success())
}

/// `?provider_config_key=&syncs=&connection_id=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusQuery {
    /// The integration.
    #[param(required = true, min_length = 1)]
    pub provider_config_key: Option<String>,
    /// Comma-separated names (`name::variant` for a variant), or `*` for all.
    #[param(required = true, min_length = 1)]
    pub syncs: Option<String>,
    /// One connection (else all of the integration's).
    pub connection_id: Option<String>,
}

/// `{syncs: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SyncStatuses {
    /// One per sync × connection.
    pub syncs: Vec<SyncStatus>,
}

/// The status of syncs.
#[utoipa::path(get, path = "/sync/status", tag = "syncs", params(StatusQuery),
    responses((status = 200, body = SyncStatuses), (status = "default", body = ErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    Env(env): Env,
    Query(query): Query<StatusQuery>,
) -> ApiResult<Json<SyncStatuses>> {
    let key = query
        .provider_config_key
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::MissingProviderConfigKey,
                "the `provider_config_key` query parameter is required",
            )
        })?;
    let list = query.syncs.filter(|s| !s.is_empty()).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidQuery,
            "`syncs` is required: comma-separated names (`name::variant` for a variant), or *",
        )
    })?;
    let syncs = if list == "*" {
        Vec::new()
    } else {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| match s.split_once("::") {
                Some((name, variant)) => (name.to_string(), Some(variant.to_string())),
                None => (s.to_string(), None),
            })
            .collect()
    };
    let selection = SyncSelection {
        provider_config_key: key,
        connection_id: query.connection_id,
        syncs,
    };
    Ok(Json(SyncStatuses {
        syncs: state.sync_statuses(env.id, &selection).await?,
    }))
}

/// A new frequency for one sync of one connection.
#[derive(Debug, Deserialize, ToSchema)]
pub struct FrequencyRequest {
    /// The integration.
    pub provider_config_key: String,
    /// The sync.
    pub sync_name: String,
    /// Its variant.
    pub sync_variant: Option<String>,
    /// The connection.
    pub connection_id: String,
    /// `every 5 minutes`, `5m`…; null goes back to the sync's own.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub frequency: Option<Option<String>>,
}

/// The frequency as it now is.
#[derive(Debug, Serialize, ToSchema)]
pub struct FrequencyAnswer {
    /// E.g. `every 5 minutes`.
    pub frequency: String,
}

/// Change how often a sync runs for a connection.
#[utoipa::path(put, path = "/sync/update-connection-frequency", tag = "syncs", request_body = FrequencyRequest,
    responses((status = 200, body = FrequencyAnswer), (status = "default", body = ErrorBody)))]
pub async fn update_frequency(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<FrequencyRequest>,
) -> ApiResult<Json<FrequencyAnswer>> {
    let update = FrequencyUpdate {
        selection: SyncSelection {
            provider_config_key: body.provider_config_key,
            connection_id: Some(body.connection_id),
            syncs: vec![(body.sync_name, body.sync_variant)],
        },
        frequency: body.frequency.flatten(),
    };
    Ok(Json(FrequencyAnswer {
        frequency: state.update_frequency(env.id, &update).await?,
    }))
}

/// The connection of a variant.
#[derive(Debug, Deserialize, ToSchema)]
pub struct VariantRequest {
    /// The integration.
    pub provider_config_key: String,
    /// The connection.
    pub connection_id: String,
}

/// A variant.
#[derive(Debug, Serialize, ToSchema)]
pub struct VariantAnswer {
    /// Its schedule's id.
    pub id: String,
    /// The sync.
    pub name: String,
    /// The variant.
    pub variant: String,
}

/// Add a variant of a sync for a connection.
#[utoipa::path(post, path = "/sync/{name}/variant/{variant}", tag = "syncs",
    params(("name" = String, Path, description = "The sync"), ("variant" = String, Path, description = "The variant")),
    request_body = VariantRequest,
    responses((status = 200, body = VariantAnswer), (status = "default", body = ErrorBody)))]
pub async fn create_variant(
    State(state): State<AppState>,
    Env(env): Env,
    Path((name, variant)): Path<(String, String)>,
    Body(body): Body<VariantRequest>,
) -> ApiResult<Json<serde_json::Value>> {
    let selection = SyncSelection {
        provider_config_key: body.provider_config_key,
        connection_id: Some(body.connection_id),
        syncs: vec![(name, None)],
    };
    Ok(Json(
        state.create_variant(env.id, &selection, &variant).await?,
    ))
}

/// Remove a variant of a sync for a connection.
#[utoipa::path(delete, path = "/sync/{name}/variant/{variant}", tag = "syncs",
    params(("name" = String, Path, description = "The sync"), ("variant" = String, Path, description = "The variant")),
    request_body = VariantRequest,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn delete_variant(
    State(state): State<AppState>,
    Env(env): Env,
    Path((name, variant)): Path<(String, String)>,
    Body(body): Body<VariantRequest>,
) -> ApiResult<Json<Success>> {
    let selection = SyncSelection {
        provider_config_key: body.provider_config_key,
        connection_id: Some(body.connection_id),
        syncs: vec![(name, Some(variant))],
    };
    state.delete_variant(env.id, &selection).await?;
    Ok(success())
}
