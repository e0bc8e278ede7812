//! `/connection(s)`: import, list, get (with token refresh), change, delete, metadata.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use nango_store::ConnectionFilter;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::{IntoParams, ToSchema};

use super::extract::header_value;
use super::{Body, Query, Success, flag, nullable, number, success};
use crate::AppState;
use crate::auth::Env;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::platform::{
    ConnectionImport, ConnectionItem, ConnectionPatch, ConnectionView, ErrorCode,
    ImportedCredentials, MetadataWrite,
};

/// The filters of `GET /connections` (`tags[<key>]=<value>` filters by tag too).
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct ListQuery {
    /// Only this connection id.
    pub connection_id: Option<String>,
    /// Part of the connection id or of the end user's id, email or name.
    pub search: Option<String>,
    /// Only these integrations (comma-separated).
    pub integration_id: Option<String>,
    /// Only this end user.
    pub end_user_id: Option<String>,
    /// Only this end user organization.
    pub end_user_organization_id: Option<String>,
    /// Page size.
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i32>, minimum = 0)]
    pub limit: Option<i32>,
    /// Page (from 0).
    #[serde(default, deserialize_with = "number")]
    #[param(value_type = Option<i32>, minimum = 0)]
    pub page: Option<i32>,
}

/// `{connections: [...]}`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectionList {
    /// Newest first.
    pub connections: Vec<ConnectionItem>,
}

/// List connections.
#[utoipa::path(get, path = "/connections", tag = "connections", params(ListQuery),
    responses((status = 200, body = ConnectionList), (status = "default", body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Env(env): Env,
    Query(query): Query<ListQuery>,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<ConnectionList>> {
    if query.limit.is_some_and(|l| l < 0) || query.page.is_some_and(|p| p < 0) {
        return Err(ApiError::new(
            ErrorCode::InvalidQuery,
            "`limit` and `page` must not be negative",
        ));
    }
    let limit = query.limit.map(i64::from);
    let filter = ConnectionFilter {
        connection_id: query.connection_id,
        search: query.search,
        integrations: query
            .integration_id
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        end_user_id: query.end_user_id,
        end_user_organization_id: query.end_user_organization_id,
        tags: tag_filters(raw.as_deref()),
        limit,
        offset: limit.zip(query.page).map(|(l, p)| l * i64::from(p)),
    };
    let connections = state.connections(env.id, &filter).await?;
    Ok(Json(ConnectionList {
        connections: connections.iter().map(ConnectionItem::of).collect(),
    }))
}

/// `tags[<key>]=<value>` pairs of a query string (keys lowercased).
fn tag_filters(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .filter_map(|(k, v)| {
            let tag = k.strip_prefix("tags[")?.strip_suffix(']')?;
            Some((tag.to_ascii_lowercase(), v.into_owned()))
        })
        .collect()
}

/// A connection to import with its credentials.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ImportConnection {
    /// Its integration.
    #[schema(min_length = 1)]
    pub provider_config_key: String,
    /// Its id (a random one when left out).
    pub connection_id: Option<String>,
    /// The credentials (the fields the provider's auth mode needs).
    #[serde(flatten)]
    pub credentials: ImportedCredentials,
    /// Provider-specific configuration (`subdomain`, …).
    #[schema(value_type = Option<Object>)]
    pub connection_config: Option<Map<String, Value>>,
    /// Metadata.
    #[schema(value_type = Option<Object>)]
    pub metadata: Option<Map<String, Value>>,
    /// The end user (`{id, email, display_name}`).
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Map<String, Value>>,
    /// Tags.
    #[schema(value_type = Option<Object>)]
    pub tags: Option<Map<String, Value>>,
}

/// Import a connection with its credentials.
#[utoipa::path(post, path = "/connections", tag = "connections", request_body = ImportConnection,
    responses(
        (status = 200, body = ConnectionView, links(
            ("GetConnection" = (operation_id = "get_connection", parameters(
                ("id" = "$response.body#/connection_id"),
                ("provider_config_key" = "$response.body#/provider_config_key")))),
            ("PatchConnection" = (operation_id = "patch_connection", parameters(
                ("id" = "$response.body#/connection_id"),
                ("provider_config_key" = "$response.body#/provider_config_key")))),
            ("DeleteConnection" = (operation_id = "delete_connection", parameters(
                ("id" = "$response.body#/connection_id"),
                ("provider_config_key" = "$response.body#/provider_config_key")))),
        )),
        (status = "default", body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<ImportConnection>,
) -> ApiResult<Json<ConnectionView>> {
    let view = state
        .import_connection(
            env.id,
            ConnectionImport {
                provider_config_key: body.provider_config_key,
                connection_id: body.connection_id,
                credentials: body.credentials,
                connection_config: body.connection_config.unwrap_or_default(),
                metadata: body.metadata.unwrap_or_default(),
                end_user: body.end_user,
                tags: body.tags.unwrap_or_default(),
            },
        )
        .await?;
    Ok(Json(view))
}

/// `?provider_config_key=&force_refresh=&refresh_token=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GetQuery {
    /// The connection's integration.
    #[param(required = true, min_length = 1)]
    pub provider_config_key: Option<String>,
    /// Refresh the OAuth token first.
    #[serde(default, deserialize_with = "flag")]
    #[param(value_type = Option<bool>)]
    pub force_refresh: bool,
    /// Include the refresh token.
    #[serde(default, deserialize_with = "flag")]
    #[param(value_type = Option<bool>)]
    pub refresh_token: bool,
}

/// `?provider_config_key=`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KeyQuery {
    /// The connection's integration (the legacy metadata routes also take it as the
    /// `Provider-Config-Key` header).
    #[param(required = true, min_length = 1)]
    pub provider_config_key: Option<String>,
}

fn required_key(key: Option<String>) -> ApiResult<String> {
    key.filter(|k| !k.is_empty()).ok_or_else(|| {
        ApiError::new(
            ErrorCode::MissingProviderConfigKey,
            "the `provider_config_key` query parameter is required",
        )
    })
}

/// A connection with its credentials (OAuth 2 tokens refreshed when they expire soon).
#[utoipa::path(get, path = "/connections/{id}", tag = "connections", operation_id = "get_connection",
    params(("id" = String, Path, description = "The connection id"), GetQuery),
    responses((status = 200, body = ConnectionView), (status = "default", body = ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    Query(query): Query<GetQuery>,
) -> ApiResult<Json<ConnectionView>> {
    let key = required_key(query.provider_config_key)?;
    let view = state
        .connection_with_credentials(env.id, &key, &id, query.force_refresh, query.refresh_token)
        .await?;
    Ok(Json(view))
}

/// Delete a connection.
#[utoipa::path(delete, path = "/connections/{id}", tag = "connections", operation_id = "delete_connection",
    params(("id" = String, Path, description = "The connection id"), KeyQuery),
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    Query(query): Query<KeyQuery>,
) -> ApiResult<Json<Success>> {
    let key = required_key(query.provider_config_key)?;
    state.delete_connection(env.id, &key, &id).await?;
    Ok(success())
}

/// Changes to a connection: a field left out stays.
#[derive(Debug, Deserialize, ToSchema)]
pub struct PatchConnection {
    /// The end user (null removes it).
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Option<Value>>,
    /// Tags.
    #[schema(value_type = Option<Object>)]
    pub tags: Option<Map<String, Value>>,
}

/// Change a connection's end user or tags.
#[utoipa::path(patch, path = "/connections/{id}", tag = "connections", operation_id = "patch_connection",
    params(("id" = String, Path, description = "The connection id"), KeyQuery), request_body = Option<PatchConnection>,
    responses((status = 200, body = Success), (status = "default", body = ErrorBody)))]
pub async fn patch(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    Query(query): Query<KeyQuery>,
    Body(body): Body<PatchConnection>,
) -> ApiResult<Json<Success>> {
    let key = required_key(query.provider_config_key)?;
    state
        .patch_connection(
            env.id,
            &key,
            &id,
            ConnectionPatch {
                end_user: body.end_user,
                tags: body.tags,
            },
        )
        .await?;
    Ok(success())
}

/// One connection id or several.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum ConnectionIds {
    /// One.
    One(String),
    /// Several.
    Many(Vec<String>),
}

/// `connection_id`: one id, or a list of at least one.
fn connection_ids_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    serde_json::from_value(serde_json::json!({
        "oneOf": [
            { "type": "string", "minLength": 1 },
            { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }
        ]
    }))
    .unwrap_or_else(|_| utoipa::openapi::RefOr::T(utoipa::openapi::schema::Schema::default()))
}

/// Metadata for connections of an integration.
#[derive(Debug, Deserialize, ToSchema)]
pub struct MetadataRequest {
    /// The connections.
    #[schema(schema_with = connection_ids_schema)]
    pub connection_id: ConnectionIds,
    /// Their integration.
    #[schema(min_length = 1)]
    pub provider_config_key: String,
    /// The metadata.
    #[schema(value_type = Object)]
    pub metadata: Map<String, Value>,
}

/// What was written.
#[derive(Debug, Serialize, ToSchema)]
pub struct MetadataAnswer {
    /// The metadata sent.
    #[schema(value_type = Object)]
    pub metadata: Map<String, Value>,
    /// Their integration.
    pub provider_config_key: String,
    /// The connections.
    pub connection_id: ConnectionIds,
}

async fn write_metadata(
    state: &AppState,
    environment: i64,
    body: MetadataRequest,
    merge: bool,
) -> ApiResult<Json<MetadataAnswer>> {
    let connection_ids = match &body.connection_id {
        ConnectionIds::One(id) => vec![id.clone()],
        ConnectionIds::Many(ids) => ids.clone(),
    };
    state
        .write_metadata(
            environment,
            &MetadataWrite {
                provider_config_key: body.provider_config_key.clone(),
                connection_ids,
                metadata: body.metadata.clone(),
                merge,
            },
        )
        .await?;
    Ok(Json(MetadataAnswer {
        metadata: body.metadata,
        provider_config_key: body.provider_config_key,
        connection_id: body.connection_id,
    }))
}

/// Replace the metadata of connections.
#[utoipa::path(post, path = "/connections/metadata", tag = "connections", request_body = MetadataRequest,
    responses((status = 200, body = MetadataAnswer), (status = "default", body = ErrorBody)))]
pub async fn set_metadata(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<MetadataRequest>,
) -> ApiResult<Json<MetadataAnswer>> {
    write_metadata(&state, env.id, body, false).await
}

/// Merge into the metadata of connections.
#[utoipa::path(patch, path = "/connections/metadata", tag = "connections", request_body = MetadataRequest,
    responses((status = 200, body = MetadataAnswer), (status = "default", body = ErrorBody)))]
pub async fn update_metadata(
    State(state): State<AppState>,
    Env(env): Env,
    Body(body): Body<MetadataRequest>,
) -> ApiResult<Json<MetadataAnswer>> {
    write_metadata(&state, env.id, body, true).await
}

/// The legacy form's body: the metadata itself.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct MetadataObject(pub Map<String, Value>);

/// The legacy form's integration: the `Provider-Config-Key` header or `provider_config_key`.
// Only describes the headers for the document: the handler reads them from the header map.
#[allow(dead_code)]
#[derive(Debug, IntoParams)]
#[into_params(parameter_in = Header)]
pub struct LegacyKeyHeader {
    /// The connection's integration (else the `provider_config_key` query parameter).
    #[param(rename = "Provider-Config-Key", value_type = String, required = false)]
    pub provider_config_key: Option<String>,
}

async fn legacy_metadata(
    state: &AppState,
    environment: i64,
    id: String,
    query: KeyQuery,
    headers: &HeaderMap,
    metadata: Map<String, Value>,
    merge: bool,
) -> ApiResult<Json<MetadataAnswer>> {
    let key = required_key(
        query
            .provider_config_key
            .filter(|k| !k.is_empty())
            .or_else(|| header_value(headers, "provider-config-key")),
    )?;
    write_metadata(
        state,
        environment,
        MetadataRequest {
            connection_id: ConnectionIds::One(id),
            provider_config_key: key,
            metadata,
        },
        merge,
    )
    .await
}

/// Legacy: replace one connection's metadata (the body is the metadata).
#[utoipa::path(post, path = "/connection/{id}/metadata", tag = "connections",
    params(("id" = String, Path, description = "The connection id"), KeyQuery, LegacyKeyHeader),
    request_body = MetadataObject,
    responses((status = 200, body = MetadataAnswer), (status = "default", body = ErrorBody)))]
pub async fn set_metadata_legacy(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    Query(query): Query<KeyQuery>,
    headers: HeaderMap,
    Body(MetadataObject(metadata)): Body<MetadataObject>,
) -> ApiResult<Json<MetadataAnswer>> {
    legacy_metadata(&state, env.id, id, query, &headers, metadata, false).await
}

/// Legacy: merge into one connection's metadata.
#[utoipa::path(patch, path = "/connection/{id}/metadata", tag = "connections",
    params(("id" = String, Path, description = "The connection id"), KeyQuery, LegacyKeyHeader),
    request_body = MetadataObject,
    responses((status = 200, body = MetadataAnswer), (status = "default", body = ErrorBody)))]
pub async fn update_metadata_legacy(
    State(state): State<AppState>,
    Env(env): Env,
    Path(id): Path<String>,
    Query(query): Query<KeyQuery>,
    headers: HeaderMap,
    Body(MetadataObject(metadata)): Body<MetadataObject>,
) -> ApiResult<Json<MetadataAnswer>> {
    legacy_metadata(&state, env.id, id, query, &headers, metadata, true).await
}
