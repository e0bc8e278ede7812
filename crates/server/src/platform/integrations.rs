//! Integrations (an environment's configured providers) and the lookups every other rule
//! starts from.

use nango_store::{Connection, Integration, NewIntegration, ScriptKind};
use serde_json::{Value, json};

use super::{ErrorCode, Platform, PlatformError, Result};

/// A new integration.
#[derive(Debug, Clone, Default)]
pub struct IntegrationInput {
    /// Its key (`unique_key`, `provider_config_key`).
    pub unique_key: String,
    /// The catalog's provider.
    pub provider: String,
    /// Shown instead of the provider's name.
    pub display_name: Option<String>,
    /// The OAuth app.
    pub oauth: Option<OAuthApp>,
}

/// An OAuth app's credentials (open; the platform seals the secret).
#[derive(Debug, Clone, Default)]
pub struct OAuthApp {
    /// Client id.
    pub client_id: Option<String>,
    /// Client secret.
    pub client_secret: Option<String>,
    /// Scopes, comma-separated.
    pub scopes: Option<String>,
}

/// Changes to an integration: `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct IntegrationChanges {
    /// A new key.
    pub unique_key: Option<String>,
    /// A new provider.
    pub provider: Option<String>,
    /// A new display name (`Some(None)` removes it).
    pub display_name: Option<Option<String>>,
    /// A new OAuth app (`Some(None)` removes it).
    pub oauth: Option<Option<OAuthApp>>,
    /// Only the fields of the app that are given (the legacy `/config` form).
    pub oauth_fields: Option<OAuthApp>,
}

impl Platform {
    /// The integration of a key, or `unknown_provider_config`.
    pub async fn integration(&self, environment: i64, key: &str) -> Result<Integration> {
        self.store
            .integration(environment, key)
            .await?
            .ok_or_else(|| unknown_integration(key))
    }

    /// A connection of an integration, or `unknown_connection`.
    pub async fn connection(&self, environment: i64, key: &str, id: &str) -> Result<Connection> {
        self.store
            .connection(environment, key, id)
            .await?
            .ok_or_else(|| {
                PlatformError::new(
                    ErrorCode::UnknownConnection,
                    format!("no connection `{id}` for integration `{key}` in this environment"),
                )
            })
    }

    /// An integration and one of its connections.
    pub async fn integration_and_connection(
        &self,
        environment: i64,
        key: &str,
        id: &str,
    ) -> Result<(Integration, Connection)> {
        let integration = self.integration(environment, key).await?;
        let connection = self.connection(environment, key, id).await?;
        Ok((integration, connection))
    }

    /// An environment's integrations.
    pub async fn integrations(&self, environment: i64) -> Result<Vec<Integration>> {
        Ok(self.store.integrations(environment).await?)
    }

    /// Creates an integration (its key checked, its provider in the catalog).
    pub async fn create_integration(
        &self,
        environment: i64,
        input: IntegrationInput,
    ) -> Result<Integration> {
        check_key(&input.unique_key)?;
        self.check_provider(&input.provider)?;
        let mut new = NewIntegration {
            unique_key: input.unique_key,
            provider: input.provider,
            display_name: input.display_name,
            ..NewIntegration::default()
        };
        if let Some(app) = input.oauth {
            new.oauth_client_id = app.client_id;
            new.oauth_client_secret = app.client_secret.map(|s| self.sealer.seal(&s));
            new.oauth_scopes = app.scopes;
        }
        Ok(self.store.create_integration(environment, &new).await?)
    }

    /// Changes an integration.
    pub async fn update_integration(
        &self,
        environment: i64,
        key: &str,
        changes: IntegrationChanges,
    ) -> Result<Integration> {
        let mut integration = self.integration(environment, key).await?;
        if let Some(new_key) = changes.unique_key {
            check_key(&new_key)?;
            integration.unique_key = new_key;
        }
        if let Some(provider) = changes.provider {
            self.check_provider(&provider)?;
            integration.provider = provider;
        }
        if let Some(display_name) = changes.display_name {
            integration.display_name = display_name;
        }
        match changes.oauth {
            Some(Some(app)) => {
                integration.oauth_client_id = app.client_id;
                // A secret left out is kept (a form that changes the scopes need not ask for
                // it again); `credentials: null` removes the whole app.
                if let Some(secret) = app.client_secret {
                    integration.oauth_client_secret = Some(self.sealer.seal(&secret));
                }
                integration.oauth_scopes = app.scopes;
            }
            Some(None) => {
                integration.oauth_client_id = None;
                integration.oauth_client_secret = None;
                integration.oauth_scopes = None;
            }
            None => {}
        }
        if let Some(app) = changes.oauth_fields {
            if let Some(id) = app.client_id {
                integration.oauth_client_id = Some(id);
            }
            if let Some(secret) = app.client_secret {
                integration.oauth_client_secret = Some(self.sealer.seal(&secret));
            }
            if let Some(scopes) = app.scopes {
                integration.oauth_scopes = Some(scopes);
            }
        }
        Ok(self.store.update_integration(&integration).await?)
    }

    /// Deletes an integration and its connections.
    pub async fn delete_integration(&self, environment: i64, key: &str) -> Result<()> {
        if self.store.delete_integration(environment, key).await? {
            Ok(())
        } else {
            Err(unknown_integration(key))
        }
    }

    /// An integration's OAuth client secret, open.
    pub fn client_secret(&self, integration: &Integration) -> Option<String> {
        integration
            .oauth_client_secret
            .as_deref()
            .and_then(|s| self.sealer.open(s).ok())
    }

    /// The legacy `/config/:key` view: the integration with its deployed syncs and actions
    /// (and, when asked, its OAuth app).
    pub async fn legacy_config(
        &self,
        environment: i64,
        key: &str,
        with_credentials: bool,
    ) -> Result<Value> {
        let integration = self.integration(environment, key).await?;
        let scripts = self.store.scripts(environment).await?;
        let names = |kind: ScriptKind| -> Vec<Value> {
            scripts
                .iter()
                .filter(|s| s.integration_key == key && s.kind == kind)
                .map(|s| {
                    let mut config = s.config.clone();
                    config["name"] = json!(s.name);
                    config["version"] = json!(s.version);
                    config
                })
                .collect()
        };
        let mut config = json!({
            "unique_key": integration.unique_key,
            "provider": integration.provider,
            "syncs": names(ScriptKind::Sync),
            "actions": names(ScriptKind::Action),
        });
        if with_credentials {
            config["client_id"] = json!(integration.oauth_client_id);
            config["client_secret"] = json!(self.client_secret(&integration));
            config["scopes"] = json!(integration.oauth_scopes);
        }
        Ok(config)
    }

    fn check_provider(&self, provider: &str) -> Result<()> {
        if self.catalog.get(provider).is_some() {
            return Ok(());
        }
        let mut close: Vec<&str> = self
            .catalog
            .names()
            .filter(|name| name.contains(provider) || provider.contains(*name))
            .take(5)
            .collect();
        close.sort_unstable();
        let hint = if close.is_empty() {
            String::new()
        } else {
            format!(" (did you mean {}?)", close.join(", "))
        };
        Err(PlatformError::new(
            ErrorCode::InvalidProvider,
            format!(
                "unknown provider `{provider}`{hint}: see GET /providers, or add it with NANGO_PROVIDERS_FILE"
            ),
        ))
    }
}

fn unknown_integration(key: &str) -> PlatformError {
    PlatformError::new(
        ErrorCode::UnknownProviderConfig,
        format!("no integration with key `{key}` in this environment (see GET /integrations)"),
    )
}

/// Keys are 1 to 255 letters, digits, `-`, `_` or `.`.
fn check_key(key: &str) -> Result<()> {
    let valid = !key.is_empty()
        && key.len() <= 255
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if valid {
        Ok(())
    } else {
        Err(PlatformError::invalid_body(format!(
            "`unique_key` {key:?} must be 1 to 255 letters, digits, `-`, `_` or `.`"
        )))
    }
}
