//! `/integrations` (and the legacy `/config` of nango@0.60.5 and the node client 0.60).

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, ToSchema};

use super::connect::ServerUrl;
use super::{Body, Query, Success, flag, nullable, success};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiResult, ErrorBody};
use crate::platform::{IntegrationChanges, IntegrationInput, IntegrationView, OAuthApp};

/// `{data: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntegrationList {
    /// The integrations.
    pub data: Vec<IntegrationView>,
}

/// `{data}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntegrationOne {
    /// The integration.
    pub data: IntegrationView,
}

/// An OAuth app: `{type, client_id, client_secret, scopes}`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct OAuthAppInput {
    /// The auth mode (informative: the provider's is used).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Client id.
    pub client_id: String,
    /// Client secret.
    pub client_secret: Option<String>,
    /// Scopes, comma-separated.
    pub scopes: Option<String>,
}

impl From<OAuthAppInput> for OAuthApp {
    fn from(app: OAuthAppInput) -> Self {
        Self {
            client_id: Some(app.client_id),
            client_secret: app.client_secret,
            scopes: app.scopes,
        }
    }
}

/// A new integration.
#[derive(Debug, Deserialize, ToSchema)]
pub struct CreateIntegration {
    /// Its key: 1 to 255 letters, digits, `-`, `_` or `.`.
    #[schema(pattern = r"^[A-Za-z0-9_.\-]{1,255}$")]
    pub unique_key: String,
    /// A provider of the catalog (`GET /providers`).
    #[schema(min_length = 1)]
    pub provider: String,
    /// Shown instead of the provider's name.
    pub display_name: Option<String>,
    /// The OAuth app.
    pub credentials: Option<OAuthAppInput>,
}

/// List integrations.
#[utoipa::path(get, path = "/integrations", tag = "integrations",
    responses((status = 200, body = IntegrationList), (status = "default", body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<IntegrationList>> {
    let integrations = state.integrations(env.id).await?;
    Ok(Json(IntegrationList {
        data: integrations
            .iter()
            .map(|i| state.integration_view(i, &[]))
            .collect(),
    }))
}

/// Create an integration.
#[utoipa::path(post, path = "/integrations", tag = "integrations", request_body = CreateIntegration,
    responses((status = 200, body = IntegrationOne), (status = "default", body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<CreateIntegration>,
) -> ApiResult<Json<IntegrationOne>> {
    let integration = state
        .create_integration(
            env.id,
            IntegrationInput {
                unique_key: body.unique_key,
                provider: body.provider,
                display_name: body.display_name,
                oauth: body.credentials.map(OAuthApp::from),
            },
        )
        .await?;
    Ok(Json(IntegrationOne {
        data: state.integration_view(&integration, &[]),
    }))
}

/// `?include=webhook,credentials` (also `include[]=`).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IncludeQuery {
    /// `webhook`, `credentials` (comma-separated or repeated).
    #[serde(default, alias = "include[]")]
    pub include: Vec<String>,
}

/// One integration.
#[utoipa::path(get, path = "/integrations/{key}", tag = "integrations",
    params(("key" = String, Path, description = "The integration's key"), IncludeQuery),
    responses((status = 200, body = IntegrationOne), (status = "default", body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    Query(query): Query<IncludeQuery>,
    ServerUrl(base_url): ServerUrl,
) -> ApiResult<Json<IntegrationOne>> {
    let integration = state.integration(env.id, &key).await?;
    let include: Vec<String> = query
        .include
        .iter()
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_string())
        .collect();
    Ok(Json(IntegrationOne {
        data: state.integration_view_at(&integration, &include, &base_url),
    }))
}

/// Changes to an integration: a field left out stays.
#[derive(Debug, Deserialize, ToSchema)]
pub struct UpdateIntegration {
    /// A new key.
    #[schema(pattern = r"^[A-Za-z0-9_.\-]{1,255}$")]
    pub unique_key: Option<String>,
    /// A new display name (null removes it).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub display_name: Option<Option<String>>,
    /// A new OAuth app (null removes it).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<OAuthAppInput>)]
    pub credentials: Option<Option<OAuthAppInput>>,
}

/// Change an integration's key, display name or OAuth app.
#[utoipa::path(patch, path = "/integrations/{key}", tag = "integrations",
    params(("key" = String, Path, description = "The integration's key")), request_body = Option<UpdateIntegration>,
    responses((status = 200, body = IntegrationOne), (status = "default", body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    Body(body): Body<UpdateIntegration>,
) -> ApiResult<Json<IntegrationOne>> {
    let integration = state
        .update_integration(
            env.id,
            &key,
            IntegrationChanges {
                unique_key: body.unique_key,
                display_name: body.display_name,
                oauth: body.credentials.map(|c| c.map(OAuthApp::from)),
                ..IntegrationChanges::default()
            },
        )
        .await?;
    Ok(Json(IntegrationOne {
        data: state.integration_view(&integration, &[]),
    }))
}

/// Delete an integration and its connections.
#[utoipa::path(delete, path = "/integrations/{key}", tag = "integrations",
    params(("key" = String, Path, description = "The integration's key")),
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
) -> ApiResult<Json<Success>> {
    state.delete_integration(env.id, &key).await?;
    Ok(success())
}

// ----- legacy `/config`

/// A legacy integration: `{unique_key, provider}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct LegacyConfig {
    /// Its key.
    pub unique_key: String,
    /// Its provider.
    pub provider: String,
}

/// `{configs: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct LegacyConfigList {
    /// The integrations.
    pub configs: Vec<LegacyConfig>,
}

/// `{config}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct LegacyConfigOne {
    /// The integration.
    pub config: LegacyConfig,
}

/// `{config}` with the deployed scripts.
#[derive(Debug, Serialize, ToSchema)]
pub struct LegacyConfigDetail {
    /// `{unique_key, provider, syncs, actions, client_id?, client_secret?, scopes?}`.
    #[schema(value_type = Object)]
    pub config: Value,
}

/// Legacy: list integrations.
#[utoipa::path(get, path = "/config", tag = "integrations",
    responses((status = 200, body = LegacyConfigList), (status = "default", body = ErrorBody)))]
pub async fn legacy_list(
    State(state): State<AppState>,
    Env(env): Env,
) -> ApiResult<Json<LegacyConfigList>> {
    let integrations = state.integrations(env.id).await?;
    Ok(Json(LegacyConfigList {
        configs: integrations
            .into_iter()
            .map(|i| LegacyConfig {
                unique_key: i.unique_key,
                provider: i.provider,
            })
            .collect(),
    }))
}

/// `?include_creds=true`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IncludeCreds {
    /// Include the OAuth app's credentials.
    #[serde(default, deserialize_with = "flag")]
    #[param(value_type = Option<bool>)]
    pub include_creds: bool,
}

/// Legacy: one integration with its deployed syncs and actions.
#[utoipa::path(get, path = "/config/{key}", tag = "integrations",
    params(("key" = String, Path, description = "The integration's key"), IncludeCreds),
    responses((status = 200, body = LegacyConfigDetail), (status = "default", body = ErrorBody)))]
pub async fn legacy_get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
    Query(query): Query<IncludeCreds>,
) -> ApiResult<Json<LegacyConfigDetail>> {
    Ok(Json(LegacyConfigDetail {
        config: state
            .legacy_config(env.id, &key, query.include_creds)
            .await?,
    }))
}

/// Legacy: delete an integration.
#[utoipa::path(delete, path = "/config/{key}", tag = "integrations",
    params(("key" = String, Path, description = "The integration's key")),
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn legacy_delete(
    State(state): State<AppState>,
    Env(env): Env,
    Path(key): Path<String>,
) -> ApiResult<Json<Success>> {
    state.delete_integration(env.id, &key).await?;
    Ok(success())
}

/// A legacy integration to create (or change).
#[derive(Debug, Deserialize, ToSchema)]
pub struct LegacyIntegration {
    /// Its key.
    #[schema(pattern = r"^[A-Za-z0-9_.\-]{1,255}$")]
    pub provider_config_key: String,
    /// Its provider (required to create).
    #[schema(min_length = 1)]
    pub provider: Option<String>,
    /// OAuth client id.
    pub oauth_client_id: Option<String>,
    /// OAuth client secret.
    pub oauth_client_secret: Option<String>,
    /// OAuth scopes, comma-separated.
    pub oauth_scopes: Option<String>,
}

impl LegacyIntegration {
    fn app(&self) -> OAuthApp {
        OAuthApp {
            client_id: self.oauth_client_id.clone(),
            client_secret: self.oauth_client_secret.clone(),
            scopes: self.oauth_scopes.clone(),
        }
    }
}

/// Legacy: create an integration.
#[utoipa::path(post, path = "/config", tag = "integrations", request_body = LegacyIntegration,
    responses((status = 200, body = LegacyConfigOne), (status = "default", body = ErrorBody)))]
pub async fn legacy_create(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<LegacyIntegration>,
) -> ApiResult<Json<LegacyConfigOne>> {
    let app = body.app();
    let Some(provider) = body.provider else {
        return Err(crate::error::ApiError::new(
            crate::platform::ErrorCode::InvalidBody,
            "`provider` is required",
        ));
    };
    let integration = state
        .create_integration(
            env.id,
            IntegrationInput {
                unique_key: body.provider_config_key,
                provider,
                display_name: None,
                oauth: Some(app),
            },
        )
        .await?;
    Ok(Json(LegacyConfigOne {
        config: LegacyConfig {
            unique_key: integration.unique_key,
            provider: integration.provider,
        },
    }))
}

/// Legacy: update an integration (the fields given).
#[utoipa::path(put, path = "/config", tag = "integrations", request_body = LegacyIntegration,
    responses((status = 200, body = LegacyConfigOne), (status = "default", body = ErrorBody)))]
pub async fn legacy_update(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<LegacyIntegration>,
) -> ApiResult<Json<LegacyConfigOne>> {
    let integration = state
        .update_integration(
            env.id,
            &body.provider_config_key,
            IntegrationChanges {
                provider: body.provider.clone(),
                oauth_fields: Some(body.app()),
                ..IntegrationChanges::default()
            },
        )
        .await?;
    Ok(Json(LegacyConfigOne {
        config: LegacyConfig {
            unique_key: integration.unique_key,
            provider: integration.provider,
        },
    }))
}
