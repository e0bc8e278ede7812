//! Connections: import, list, read with fresh credentials, change, delete, and metadata
//! writes (one merge rule for the API and for scripts).

use nango_store::{Connection, ConnectionFilter, NewConnection};
use serde_json::{Map, Value};

use super::credentials::{self, ImportedCredentials};
use super::{ConnectionView, ErrorCode, Platform, PlatformError, Result};

/// A connection to import with its credentials.
#[derive(Debug, Clone, Default)]
pub struct ConnectionImport {
    /// Its integration.
    pub provider_config_key: String,
    /// Its id (a random one when `None`).
    pub connection_id: Option<String>,
    /// The credentials.
    pub credentials: ImportedCredentials,
    /// Provider-specific configuration.
    pub connection_config: Map<String, Value>,
    /// Metadata.
    pub metadata: Map<String, Value>,
    /// The end user.
    pub end_user: Option<Map<String, Value>>,
    /// Tags.
    pub tags: Map<String, Value>,
}

/// Changes to a connection: `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ConnectionPatch {
    /// A new end user (`Some(None)` removes it).
    pub end_user: Option<Option<Value>>,
    /// New tags.
    pub tags: Option<Map<String, Value>>,
}

/// Metadata for one or several connections of an integration.
#[derive(Debug, Clone)]
pub struct MetadataWrite {
    /// The integration.
    pub provider_config_key: String,
    /// The connections.
    pub connection_ids: Vec<String>,
    /// The metadata.
    pub metadata: Map<String, Value>,
    /// Merge into what is there (`PATCH`, `updateMetadata`) instead of replacing it.
    pub merge: bool,
}

impl Platform {
    /// Connections matching a filter, newest first.
    pub async fn connections(
        &self,
        environment: i64,
        filter: &ConnectionFilter,
    ) -> Result<Vec<Connection>> {
        Ok(self.store.connections(environment, filter).await?)
    }

    /// Imports a connection (or replaces the credentials of an existing one with the same id);
    /// answers it with its credentials (without the refresh token).
    pub async fn import_connection(
        &self,
        environment: i64,
        import: ConnectionImport,
    ) -> Result<ConnectionView> {
        let integration = self
            .integration(environment, &import.provider_config_key)
            .await?;
        let connection_id = match import.connection_id {
            None => crate::generate_secret_key(),
            Some(id) if !id.trim().is_empty() => id,
            Some(_) => {
                return Err(PlatformError::invalid_body(
                    "`connection_id` must be a non-empty string",
                ));
            }
        };
        let auth_mode = self
            .catalog
            .get(&integration.provider)
            .map(|p| p.auth_mode.clone())
            .unwrap_or(nango_providers::AuthMode::None);
        let creds = credentials::from_import(&import.credentials, &auth_mode)?;
        let connection = self
            .store
            .upsert_connection(&NewConnection {
                environment_id: environment,
                integration_id: integration.id,
                connection_id,
                credentials: self.sealer.seal(&creds.to_string()),
                credentials_expires_at: credentials::refreshable_expiry(&creds),
                connection_config: Value::Object(import.connection_config),
                metadata: Value::Object(import.metadata),
                end_user: import.end_user.map(Value::Object),
                tags: Value::Object(import.tags),
            })
            .await?;
        self.wake_workers(super::WakeFor::Reschedule).await;
        Ok(ConnectionView::of(
            &connection,
            credentials::present(&creds, false),
        ))
    }

    /// A connection with its credentials, OAuth 2 tokens refreshed when they expire soon (or
    /// when `force_refresh`); the refresh token only when asked for.
    pub async fn connection_with_credentials(
        &self,
        environment: i64,
        key: &str,
        id: &str,
        force_refresh: bool,
        with_refresh_token: bool,
    ) -> Result<ConnectionView> {
        let (integration, mut connection) = self
            .integration_and_connection(environment, key, id)
            .await?;
        let creds = self
            .credentials(&integration, &mut connection, force_refresh)
            .await?;
        Ok(ConnectionView::of(
            &connection,
            credentials::present(&creds, with_refresh_token),
        ))
    }

    /// A connection's credentials (open), refreshed first when they expire soon or `forced`.
    pub async fn credentials(
        &self,
        integration: &nango_store::Integration,
        connection: &mut Connection,
        forced: bool,
    ) -> Result<Value> {
        credentials::current(self, integration, connection, forced).await
    }

    /// Deletes a connection.
    pub async fn delete_connection(&self, environment: i64, key: &str, id: &str) -> Result<()> {
        let connection = self.connection(environment, key, id).await?;
        self.store.delete_connection(connection.id).await?;
        Ok(())
    }

    /// Changes a connection's end user or tags.
    pub async fn patch_connection(
        &self,
        environment: i64,
        key: &str,
        id: &str,
        patch: ConnectionPatch,
    ) -> Result<()> {
        let mut connection = self.connection(environment, key, id).await?;
        if let Some(end_user) = patch.end_user {
            connection.end_user = end_user.filter(|v| !v.is_null());
        }
        if let Some(tags) = patch.tags {
            connection.tags = Value::Object(tags);
        }
        self.store.update_connection(&connection).await?;
        Ok(())
    }

    /// Sets (or merges into) the metadata of connections: all are found before any changes.
    pub async fn write_metadata(&self, environment: i64, write: &MetadataWrite) -> Result<()> {
        if write.connection_ids.is_empty() {
            return Err(PlatformError::invalid_body(
                "`connection_id` must be a string or a non-empty list of strings",
            ));
        }
        let mut connections = Vec::new();
        for id in &write.connection_ids {
            connections.push(
                self.connection(environment, &write.provider_config_key, id)
                    .await?,
            );
        }
        for connection in &mut connections {
            merge_metadata(&mut connection.metadata, &write.metadata, write.merge);
            self.store.update_connection(connection).await?;
        }
        Ok(())
    }
}

/// The one metadata rule: a merge sets the given keys over what is there (an existing value
/// that is not an object is replaced); otherwise the metadata is replaced.
pub fn merge_metadata(existing: &mut Value, new: &Map<String, Value>, merge: bool) {
    match existing.as_object_mut() {
        Some(object) if merge => {
            for (k, v) in new {
                object.insert(k.clone(), v.clone());
            }
        }
        _ => *existing = Value::Object(new.clone()),
    }
}

/// `metadata must be an object`, for scripts.
pub fn metadata_object(metadata: Value) -> Result<Map<String, Value>> {
    match metadata {
        Value::Object(object) => Ok(object),
        _ => Err(PlatformError::new(
            ErrorCode::InvalidMetadata,
            "metadata must be an object",
        )),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn metadata_merges_keys_or_replaces_the_whole() {
        let new = json!({ "b": 2 }).as_object().unwrap().clone();
        let mut merged = json!({ "a": 1, "b": 1 });
        super::merge_metadata(&mut merged, &new, true);
        assert_eq!(merged, json!({ "a": 1, "b": 2 }));
        let mut replaced = json!({ "a": 1 });
        super::merge_metadata(&mut replaced, &new, false);
        assert_eq!(replaced, json!({ "b": 2 }));
        let mut not_an_object = json!("x");
        super::merge_metadata(&mut not_an_object, &new, true);
        assert_eq!(not_an_object, json!({ "b": 2 }));
    }
}
