//! Nango's objects as its clients read them (the API's answers, and what a script's
//! `getConnection`/`getIntegration` return): typed, so the OpenAPI document describes exactly
//! what is sent.

use nango_providers::Provider;
use nango_store::{Connection, Integration};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::Platform;

/// An integration (`GET /integrations`, `/integrations/:key`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationView {
    /// Its key.
    pub unique_key: String,
    /// The catalog's provider.
    pub provider: String,
    /// Its name, else the provider's.
    pub display_name: String,
    /// The provider's logo.
    pub logo: String,
    /// Created (RFC 3339).
    pub created_at: String,
    /// Last changed (RFC 3339).
    pub updated_at: String,
    /// For OAuth integrations: the redirect URL to register in the provider's app
    /// (`<server URL>/oauth/callback`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// With `include=webhook`: where the provider's webhooks go (not served yet: null).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, nullable)]
    pub webhook_url: Option<Option<String>>,
    /// With `include=credentials`: the OAuth app (null without one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<IntegrationCredentials>, nullable)]
    pub credentials: Option<Option<IntegrationCredentials>>,
}

/// An integration's OAuth app.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntegrationCredentials {
    /// The provider's auth mode (`OAUTH2`, …).
    #[serde(rename = "type")]
    pub kind: String,
    /// Client id.
    pub client_id: String,
    /// Client secret.
    pub client_secret: Option<String>,
    /// Scopes, comma-separated.
    pub scopes: Option<String>,
}

/// A connection in a list (no credentials).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectionItem {
    /// Internal id.
    pub id: i64,
    /// Its id.
    pub connection_id: String,
    /// The provider.
    pub provider: String,
    /// Its integration.
    pub provider_config_key: String,
    /// Created.
    pub created: String,
    /// Metadata.
    #[schema(value_type = Object)]
    pub metadata: Value,
    /// Errors (`[{type, log_id}]`).
    #[schema(value_type = Vec<Object>)]
    pub errors: Value,
    /// The end user.
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Value>,
    /// Tags.
    #[schema(value_type = Object)]
    pub tags: Value,
}

/// A connection with its credentials (`GET /connection(s)/:id`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConnectionView {
    /// Internal id.
    pub id: i64,
    /// Its id.
    pub connection_id: String,
    /// Its integration.
    pub provider_config_key: String,
    /// The provider.
    pub provider: String,
    /// Errors (`[{type, log_id}]`).
    #[schema(value_type = Vec<Object>)]
    pub errors: Value,
    /// The end user.
    #[schema(value_type = Option<Object>)]
    pub end_user: Option<Value>,
    /// Metadata.
    #[schema(value_type = Object)]
    pub metadata: Value,
    /// Provider-specific configuration (`subdomain`, …).
    #[schema(value_type = Object)]
    pub connection_config: Value,
    /// Tags.
    #[schema(value_type = Object)]
    pub tags: Value,
    /// Created.
    pub created_at: String,
    /// Last changed.
    pub updated_at: String,
    /// Last time its credentials were read.
    pub last_fetched_at: Option<String>,
    /// Nango's credentials object (`{type: "OAUTH2", access_token, expires_at?, raw}`, …).
    #[schema(value_type = Object)]
    pub credentials: Value,
}

/// A provider of the catalog.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProviderView {
    /// Its name.
    pub name: String,
    /// Its name for people.
    pub display_name: String,
    /// `OAUTH2`, `API_KEY`, …
    pub auth_mode: String,
    /// The OAuth authorization URL (a template).
    pub authorization_url: Option<String>,
    /// The OAuth token URL (a template).
    pub token_url: Option<String>,
    /// Scopes asked for by default.
    pub default_scopes: Vec<String>,
    /// The API's base URL and pagination defaults.
    #[schema(value_type = Option<Object>)]
    pub proxy: Option<Value>,
}

impl ProviderView {
    /// The view of a provider.
    pub fn of(provider: &Provider) -> Self {
        Self {
            name: provider.name.clone(),
            display_name: provider
                .display_name
                .clone()
                .unwrap_or_else(|| provider.name.clone()),
            auth_mode: provider.auth_mode.as_str().to_string(),
            authorization_url: provider.authorization_url.clone(),
            token_url: provider.token_url.clone(),
            default_scopes: provider.default_scopes.clone(),
            proxy: provider
                .proxy
                .as_ref()
                .map(|p| serde_json::json!({ "base_url": p.base_url, "paginate": p.paginate })),
        }
    }
}

impl Platform {
    /// An integration as the API shows it; `include` may ask for `webhook` and `credentials`.
    /// The view of an integration as the API shows it, with its OAuth callback URL for a
    /// server reached at `base_url`.
    pub fn integration_view_at(
        &self,
        integration: &Integration,
        include: &[String],
        base_url: &str,
    ) -> IntegrationView {
        let mut view = self.integration_view(integration, include);
        let oauth = self.catalog.get(&integration.provider).is_some_and(|p| {
            matches!(
                p.auth_mode,
                nango_providers::AuthMode::OAuth2
                    | nango_providers::AuthMode::OAuth1
                    | nango_providers::AuthMode::Custom
            )
        });
        if oauth {
            view.callback_url = Some(self.callback_url(base_url));
        }
        view
    }

    /// The view of an integration (no callback URL: see [`Platform::integration_view_at`]).
    pub fn integration_view(
        &self,
        integration: &Integration,
        include: &[String],
    ) -> IntegrationView {
        let provider = self.catalog.get(&integration.provider);
        let display_name = integration
            .display_name
            .clone()
            .or_else(|| provider.and_then(|p| p.display_name.clone()))
            .unwrap_or_else(|| integration.provider.clone());
        let wants = |what: &str| include.iter().any(|i| i == what);
        IntegrationView {
            unique_key: integration.unique_key.clone(),
            provider: integration.provider.clone(),
            display_name,
            logo: format!("/images/template-logos/{}.svg", integration.provider),
            created_at: integration.created_at.clone(),
            updated_at: integration.updated_at.clone(),
            callback_url: None,
            webhook_url: wants("webhook").then_some(None),
            credentials: wants("credentials").then(|| {
                integration
                    .oauth_client_id
                    .as_ref()
                    .map(|client_id| IntegrationCredentials {
                        kind: provider
                            .map_or("OAUTH2", |p| p.auth_mode.as_str())
                            .to_string(),
                        client_id: client_id.clone(),
                        client_secret: self.client_secret(integration),
                        scopes: integration.oauth_scopes.clone(),
                    })
            }),
        }
    }
}

impl ConnectionItem {
    /// A connection in a list.
    pub fn of(connection: &Connection) -> Self {
        Self {
            id: connection.id,
            connection_id: connection.connection_id.clone(),
            provider: connection.provider.clone(),
            provider_config_key: connection.provider_config_key.clone(),
            created: connection.created_at.clone(),
            metadata: connection.metadata.clone(),
            errors: connection.errors.clone(),
            end_user: connection.end_user.clone(),
            tags: connection.tags.clone(),
        }
    }
}

impl ConnectionView {
    /// A connection with the credentials to show.
    pub fn of(connection: &Connection, credentials: Value) -> Self {
        Self {
            id: connection.id,
            connection_id: connection.connection_id.clone(),
            provider_config_key: connection.provider_config_key.clone(),
            provider: connection.provider.clone(),
            errors: connection.errors.clone(),
            end_user: connection.end_user.clone(),
            metadata: connection.metadata.clone(),
            connection_config: connection.connection_config.clone(),
            tags: connection.tags.clone(),
            created_at: connection.created_at.clone(),
            updated_at: connection.updated_at.clone(),
            last_fetched_at: connection.last_fetched_at.clone(),
            credentials,
        }
    }
}
