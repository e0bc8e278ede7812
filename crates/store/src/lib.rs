//! Persistence of the Nango platform: environments and their keys, integrations, connections,
//! deployed scripts and action runs, behind one trait ([`Store`]) so that the server does not
//! know which database it talks to. [`SqliteStore`] is the embedded default; a PostgreSQL store
//! implements the same trait.
//!
//! The store keeps what it is given: secrets arrive sealed by the server (see its `secrets`
//! module) and leave sealed. JSON values are stored as text and handed back parsed.
#![deny(missing_docs)]

mod model;
mod sqlite;

use async_trait::async_trait;
use serde_json::Value;

pub use model::*;
pub use sqlite::SqliteStore;

/// Why a store call failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A unique name is taken (`what` says which).
    #[error("{0}")]
    Conflict(String),
    /// The database failed.
    #[error("database error: {0}")]
    Database(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        StoreError::Database(error.to_string())
    }
}

/// Store results.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Everything the platform persists.
#[async_trait]
pub trait Store: Send + Sync {
    // ----- environments

    /// Every environment, by id.
    async fn environments(&self) -> Result<Vec<Environment>>;
    /// The environment whose secret key this is.
    async fn environment_by_key(&self, secret_key: &str) -> Result<Option<Environment>>;
    /// The environment of that name.
    async fn environment_by_name(&self, name: &str) -> Result<Option<Environment>>;
    /// Creates an environment (`Conflict` if the name exists).
    async fn create_environment(&self, name: &str, secret_key: &str) -> Result<Environment>;

    /// The environment's variables, by name.
    async fn environment_variables(&self, environment: i64) -> Result<Vec<(String, String)>>;
    /// Sets (or, with `None`, removes) a variable.
    async fn set_environment_variable(
        &self,
        environment: i64,
        name: &str,
        value: Option<&str>,
    ) -> Result<()>;

    // ----- integrations

    /// An environment's integrations, by key.
    async fn integrations(&self, environment: i64) -> Result<Vec<Integration>>;
    /// One integration.
    async fn integration(&self, environment: i64, unique_key: &str) -> Result<Option<Integration>>;
    /// Creates an integration (`Conflict` if the key exists).
    async fn create_integration(
        &self,
        environment: i64,
        integration: &NewIntegration,
    ) -> Result<Integration>;
    /// Saves an integration's fields (found by id; `Conflict` if its new key exists).
    async fn update_integration(&self, integration: &Integration) -> Result<Integration>;
    /// Deletes an integration and its connections; false if there was none.
    async fn delete_integration(&self, environment: i64, unique_key: &str) -> Result<bool>;

    // ----- connections

    /// Connections matching a filter, newest first.
    async fn connections(
        &self,
        environment: i64,
        filter: &ConnectionFilter,
    ) -> Result<Vec<Connection>>;
    /// One connection of an integration.
    async fn connection(
        &self,
        environment: i64,
        provider_config_key: &str,
        connection_id: &str,
    ) -> Result<Option<Connection>>;
    /// Creates a connection, or replaces the credentials and configuration of an existing one
    /// with the same integration and id (an import is idempotent).
    async fn upsert_connection(&self, connection: &NewConnection) -> Result<Connection>;
    /// Saves a connection's mutable fields (credentials, config, metadata, end user, tags,
    /// errors, last fetched).
    async fn update_connection(&self, connection: &Connection) -> Result<()>;
    /// Deletes a connection; false if there was none.
    async fn delete_connection(&self, id: i64) -> Result<bool>;

    // ----- deployments

    /// Deploys scripts in one transaction: the new deployment version, with every script in
    /// `deploy.scripts` active, replacing the same-named ones; with `reconcile`, active
    /// scripts not in the list (within `deploy.scope`) are removed.
    async fn deploy(&self, environment: i64, deploy: &NewDeployment) -> Result<Deployment>;
    /// The environment's active scripts.
    async fn scripts(&self, environment: i64) -> Result<Vec<Script>>;
    /// One active script.
    async fn script(
        &self,
        environment: i64,
        integration_key: &str,
        kind: ScriptKind,
        name: &str,
    ) -> Result<Option<Script>>;
    /// The latest deployment.
    async fn latest_deployment(&self, environment: i64) -> Result<Option<Deployment>>;

    // ----- action runs

    /// Records a started action run.
    async fn create_action_run(&self, run: &ActionRun) -> Result<()>;
    /// Records how it ended.
    async fn finish_action_run(
        &self,
        id: &str,
        status: ActionStatus,
        output: Option<&Value>,
        error: Option<&Value>,
    ) -> Result<()>;
    /// One action run of an environment.
    async fn action_run(&self, environment: i64, id: &str) -> Result<Option<ActionRun>>;
}

/// Now, as the platform writes times: RFC 3339, UTC, milliseconds (`2025-01-01T00:00:00.000Z`).
pub fn now() -> String {
    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()
}
