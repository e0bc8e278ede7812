//! The embedded store: one SQLite file (WAL), migrated on open.

use std::path::Path;
use std::str::FromStr;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::model::*;
use crate::{Result, Store, StoreError, now};

/// Schema versions, applied in order; `PRAGMA user_version` remembers how many ran.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE environments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    secret_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE environment_variables (
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (environment_id, name)
);
CREATE TABLE integrations (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    unique_key TEXT NOT NULL,
    provider TEXT NOT NULL,
    display_name TEXT,
    oauth_client_id TEXT,
    oauth_client_secret TEXT,
    oauth_scopes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (environment_id, unique_key)
);
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    integration_id INTEGER NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    connection_id TEXT NOT NULL,
    credentials TEXT NOT NULL,
    connection_config TEXT NOT NULL,
    metadata TEXT NOT NULL,
    end_user TEXT,
    tags TEXT NOT NULL,
    errors TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_fetched_at TEXT,
    UNIQUE (integration_id, connection_id)
);
CREATE INDEX connections_by_id ON connections (environment_id, connection_id);
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    json_schema TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (environment_id, version)
);
CREATE TABLE scripts (
    id INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    integration_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    version TEXT NOT NULL,
    config TEXT NOT NULL,
    js TEXT NOT NULL,
    ts TEXT,
    deployment_id INTEGER NOT NULL REFERENCES deployments(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (environment_id, integration_key, kind, name)
);
CREATE TABLE action_runs (
    id TEXT PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    connection INTEGER NOT NULL,
    action_name TEXT NOT NULL,
    status TEXT NOT NULL,
    output TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
"#];

/// The SQLite store.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating it if needed) the database file and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true);
        Self::with_options(options, 4).await
    }

    /// Opens a `sqlite:` URL (`DATABASE_URL`).
    pub async fn open_url(url: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?.create_if_missing(true);
        Self::with_options(options, 4).await
    }

    /// A private in-memory database (tests).
    pub async fn memory() -> Result<Self> {
        // Every connection to `:memory:` is a new database: keep to one.
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?;
        Self::with_options(options, 1).await
    }

    async fn with_options(options: SqliteConnectOptions, connections: u32) -> Result<Self> {
        let options = options
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(std::time::Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(connections)
            .connect_with(options)
            .await?;
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        let applied: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&mut *tx)
            .await?;
        let applied = usize::try_from(applied).unwrap_or(0);
        if applied > MIGRATIONS.len() {
            return Err(StoreError::Database(format!(
                "the database schema (version {applied}) is newer than this nango ({}): upgrade nango",
                MIGRATIONS.len()
            )));
        }
        for migration in &MIGRATIONS[applied..] {
            sqlx::raw_sql(migration).execute(&mut *tx).await?;
        }
        sqlx::raw_sql(&format!("PRAGMA user_version = {}", MIGRATIONS.len()))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

fn environment(row: &sqlx::sqlite::SqliteRow) -> Environment {
    Environment {
        id: row.get("id"),
        name: row.get("name"),
        secret_key: row.get("secret_key"),
        created_at: row.get("created_at"),
    }
}

fn integration(row: &sqlx::sqlite::SqliteRow) -> Integration {
    Integration {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        unique_key: row.get("unique_key"),
        provider: row.get("provider"),
        display_name: row.get("display_name"),
        oauth_client_id: row.get("oauth_client_id"),
        oauth_client_secret: row.get("oauth_client_secret"),
        oauth_scopes: row.get("oauth_scopes"),
        created_at: row.get("created_at"),
        updated_at: row.get("updated_at"),
    }
}

const CONNECTION_COLUMNS: &str = "c.id, c.environment_id, c.integration_id, i.unique_key, i.provider, c.connection_id, c.credentials, c.connection_config, c.metadata, c.end_user, c.tags, c.errors, c.created_at, c.updated_at, c.last_fetched_at";

fn connection(row: &sqlx::sqlite::SqliteRow) -> Connection {
    Connection {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        integration_id: row.get("integration_id"),
        provider_config_key: row.get("unique_key"),
        provider: row.get("provider"),
        connection_id: row.get("connection_id"),
        credentials: row.get("credentials"),
        connection_config: json(row.get("connection_config")),
        metadata: json(row.get("metadata")),
        end_user: row
            .get::<Option<String>, _>("end_user")
            .map(|text| json(&text)),
        tags: json(row.get("tags")),
        errors: json(row.get("errors")),
        created_at: row.get("created_at"),
        updated_at: row.get("updated_at"),
        last_fetched_at: row.get("last_fetched_at"),
    }
}

fn script(row: &sqlx::sqlite::SqliteRow) -> Script {
    Script {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        integration_key: row.get("integration_key"),
        name: row.get("name"),
        kind: ScriptKind::parse(row.get("kind")).unwrap_or(ScriptKind::Action),
        version: row.get("version"),
        config: json(row.get("config")),
        js: row.get("js"),
        ts: row.get("ts"),
        deployment_id: row.get("deployment_id"),
        created_at: row.get("created_at"),
        updated_at: row.get("updated_at"),
    }
}

fn deployment(row: &sqlx::sqlite::SqliteRow) -> Deployment {
    Deployment {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        version: row.get("version"),
        json_schema: row
            .get::<Option<String>, _>("json_schema")
            .map(|text| json(&text)),
        created_at: row.get("created_at"),
    }
}

fn action_run(row: &sqlx::sqlite::SqliteRow) -> ActionRun {
    ActionRun {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        connection: row.get("connection"),
        action_name: row.get("action_name"),
        status: ActionStatus::parse(row.get("status")),
        output: row.get::<Option<String>, _>("output").map(|t| json(&t)),
        error: row.get::<Option<String>, _>("error").map(|t| json(&t)),
        created_at: row.get("created_at"),
        finished_at: row.get("finished_at"),
    }
}

/// `%text%` for LIKE, with the wildcards of `text` escaped.
fn like(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

#[async_trait]
impl Store for SqliteStore {
    async fn environments(&self) -> Result<Vec<Environment>> {
        let rows = sqlx::query("SELECT * FROM environments ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(environment).collect())
    }

    async fn environment_by_key(&self, secret_key: &str) -> Result<Option<Environment>> {
        let row = sqlx::query("SELECT * FROM environments WHERE secret_key = ?")
            .bind(secret_key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn environment_by_name(&self, name: &str) -> Result<Option<Environment>> {
        let row = sqlx::query("SELECT * FROM environments WHERE name = ?")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn create_environment(&self, name: &str, secret_key: &str) -> Result<Environment> {
        let row = sqlx::query(
            "INSERT INTO environments (name, secret_key, created_at) VALUES (?, ?, ?) RETURNING *",
        )
        .bind(name)
        .bind(secret_key)
        .bind(now())
        .fetch_one(&self.pool)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::Conflict(format!(
                    "an environment named `{name}` (or with that key) exists"
                ))
            } else {
                e.into()
            }
        })?;
        Ok(environment(&row))
    }

    async fn environment_variables(&self, environment: i64) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT name, value FROM environment_variables WHERE environment_id = ? ORDER BY name",
        )
        .bind(environment)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|row| (row.get("name"), row.get("value")))
            .collect())
    }

    async fn set_environment_variable(
        &self,
        environment: i64,
        name: &str,
        value: Option<&str>,
    ) -> Result<()> {
        match value {
            Some(value) => {
                sqlx::query("INSERT INTO environment_variables (environment_id, name, value) VALUES (?, ?, ?) ON CONFLICT (environment_id, name) DO UPDATE SET value = excluded.value")
                    .bind(environment)
                    .bind(name)
                    .bind(value)
                    .execute(&self.pool)
                    .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM environment_variables WHERE environment_id = ? AND name = ?",
                )
                .bind(environment)
                .bind(name)
                .execute(&self.pool)
                .await?;
            }
        }
        Ok(())
    }

    async fn integrations(&self, environment: i64) -> Result<Vec<Integration>> {
        let rows =
            sqlx::query("SELECT * FROM integrations WHERE environment_id = ? ORDER BY unique_key")
                .bind(environment)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.iter().map(integration).collect())
    }

    async fn integration(&self, environment: i64, unique_key: &str) -> Result<Option<Integration>> {
        let row =
            sqlx::query("SELECT * FROM integrations WHERE environment_id = ? AND unique_key = ?")
                .bind(environment)
                .bind(unique_key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.as_ref().map(integration))
    }

    async fn create_integration(
        &self,
        environment: i64,
        new: &NewIntegration,
    ) -> Result<Integration> {
        let at = now();
        let row = sqlx::query("INSERT INTO integrations (environment_id, unique_key, provider, display_name, oauth_client_id, oauth_client_secret, oauth_scopes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *")
            .bind(environment)
            .bind(&new.unique_key)
            .bind(&new.provider)
            .bind(&new.display_name)
            .bind(&new.oauth_client_id)
            .bind(&new.oauth_client_secret)
            .bind(&new.oauth_scopes)
            .bind(&at)
            .bind(&at)
            .fetch_one(&self.pool)
            .await
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Conflict(format!("an integration with key `{}` exists", new.unique_key))
                } else {
                    e.into()
                }
            })?;
        Ok(integration(&row))
    }

    async fn update_integration(&self, changed: &Integration) -> Result<Integration> {
        let row = sqlx::query("UPDATE integrations SET unique_key = ?, provider = ?, display_name = ?, oauth_client_id = ?, oauth_client_secret = ?, oauth_scopes = ?, updated_at = ? WHERE id = ? RETURNING *")
            .bind(&changed.unique_key)
            .bind(&changed.provider)
            .bind(&changed.display_name)
            .bind(&changed.oauth_client_id)
            .bind(&changed.oauth_client_secret)
            .bind(&changed.oauth_scopes)
            .bind(now())
            .bind(changed.id)
            .fetch_one(&self.pool)
            .await
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Conflict(format!("an integration with key `{}` exists", changed.unique_key))
                } else {
                    e.into()
                }
            })?;
        Ok(integration(&row))
    }

    async fn delete_integration(&self, environment: i64, unique_key: &str) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM integrations WHERE environment_id = ? AND unique_key = ?")
                .bind(environment)
                .bind(unique_key)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn connections(
        &self,
        environment: i64,
        filter: &ConnectionFilter,
    ) -> Result<Vec<Connection>> {
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(format!(
            "SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.environment_id = "
        ));
        query.push_bind(environment);
        if let Some(id) = &filter.connection_id {
            query.push(" AND c.connection_id = ").push_bind(id.clone());
        }
        if let Some(search) = &filter.search {
            let pattern = like(search);
            query
                .push(" AND (c.connection_id LIKE ")
                .push_bind(pattern.clone())
                .push(" ESCAPE '\\' OR COALESCE(c.end_user, '') LIKE ")
                .push_bind(pattern)
                .push(" ESCAPE '\\')");
        }
        if !filter.integrations.is_empty() {
            query.push(" AND i.unique_key IN (");
            let mut list = query.separated(", ");
            for key in &filter.integrations {
                list.push_bind(key.clone());
            }
            query.push(")");
        }
        if let Some(user) = &filter.end_user_id {
            query
                .push(" AND json_extract(c.end_user, '$.id') = ")
                .push_bind(user.clone());
        }
        if let Some(organization) = &filter.end_user_organization_id {
            query
                .push(" AND json_extract(c.end_user, '$.organization.id') = ")
                .push_bind(organization.clone());
        }
        for (key, value) in &filter.tags {
            query
                .push(" AND json_extract(c.tags, ")
                .push_bind(format!("$.\"{}\"", key.replace('"', "")))
                .push(") = ")
                .push_bind(value.clone());
        }
        query.push(" ORDER BY c.id DESC");
        if let Some(limit) = filter.limit {
            query.push(" LIMIT ").push_bind(limit);
            if let Some(offset) = filter.offset {
                query.push(" OFFSET ").push_bind(offset);
            }
        }
        let rows = query.build().fetch_all(&self.pool).await?;
        Ok(rows.iter().map(connection).collect())
    }

    async fn connection(
        &self,
        environment: i64,
        provider_config_key: &str,
        connection_id: &str,
    ) -> Result<Option<Connection>> {
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.environment_id = ? AND i.unique_key = ? AND c.connection_id = ?"))
            .bind(environment)
            .bind(provider_config_key)
            .bind(connection_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(connection))
    }

    async fn upsert_connection(&self, new: &NewConnection) -> Result<Connection> {
        let at = now();
        let id: i64 = sqlx::query_scalar("INSERT INTO connections (environment_id, integration_id, connection_id, credentials, connection_config, metadata, end_user, tags, errors, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?) ON CONFLICT (integration_id, connection_id) DO UPDATE SET credentials = excluded.credentials, connection_config = excluded.connection_config, metadata = excluded.metadata, end_user = COALESCE(excluded.end_user, connections.end_user), tags = excluded.tags, errors = '[]', updated_at = excluded.updated_at RETURNING id")
            .bind(new.environment_id)
            .bind(new.integration_id)
            .bind(&new.connection_id)
            .bind(&new.credentials)
            .bind(new.connection_config.to_string())
            .bind(new.metadata.to_string())
            .bind(new.end_user.as_ref().map(Value::to_string))
            .bind(new.tags.to_string())
            .bind(&at)
            .bind(&at)
            .fetch_one(&self.pool)
            .await?;
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.id = ?"))
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        Ok(connection(&row))
    }

    async fn update_connection(&self, changed: &Connection) -> Result<()> {
        sqlx::query("UPDATE connections SET credentials = ?, connection_config = ?, metadata = ?, end_user = ?, tags = ?, errors = ?, updated_at = ?, last_fetched_at = ? WHERE id = ?")
            .bind(&changed.credentials)
            .bind(changed.connection_config.to_string())
            .bind(changed.metadata.to_string())
            .bind(changed.end_user.as_ref().map(Value::to_string))
            .bind(changed.tags.to_string())
            .bind(changed.errors.to_string())
            .bind(now())
            .bind(&changed.last_fetched_at)
            .bind(changed.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_connection(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM connections WHERE id = ?")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn deploy(&self, environment: i64, deploy: &NewDeployment) -> Result<Deployment> {
        let mut tx = self.pool.begin().await?;
        let at = now();
        let version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM deployments WHERE environment_id = ?",
        )
        .bind(environment)
        .fetch_one(&mut *tx)
        .await?;
        let row = sqlx::query("INSERT INTO deployments (environment_id, version, json_schema, created_at) VALUES (?, ?, ?, ?) RETURNING *")
            .bind(environment)
            .bind(version)
            .bind(deploy.json_schema.as_ref().map(Value::to_string))
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
        let deployment = deployment(&row);
        if deploy.reconcile {
            // Remove what the scope had and the deploy does not bring.
            let existing = sqlx::query(
                "SELECT id, integration_key, kind, name FROM scripts WHERE environment_id = ?",
            )
            .bind(environment)
            .fetch_all(&mut *tx)
            .await?;
            for row in existing {
                let key: String = row.get("integration_key");
                let kind: String = row.get("kind");
                let name: String = row.get("name");
                let in_scope = match &deploy.scope {
                    DeployScope::Environment => true,
                    DeployScope::Integration(scope) => *scope == key,
                    DeployScope::Scripts => false,
                };
                let kept = deploy
                    .scripts
                    .iter()
                    .any(|s| s.integration_key == key && s.kind.as_str() == kind && s.name == name);
                if in_scope && !kept {
                    sqlx::query("DELETE FROM scripts WHERE id = ?")
                        .bind(row.get::<i64, _>("id"))
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        for script in &deploy.scripts {
            sqlx::query("INSERT INTO scripts (environment_id, integration_key, name, kind, version, config, js, ts, deployment_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (environment_id, integration_key, kind, name) DO UPDATE SET version = excluded.version, config = excluded.config, js = excluded.js, ts = excluded.ts, deployment_id = excluded.deployment_id, updated_at = excluded.updated_at")
                .bind(environment)
                .bind(&script.integration_key)
                .bind(&script.name)
                .bind(script.kind.as_str())
                .bind(&script.version)
                .bind(script.config.to_string())
                .bind(&script.js)
                .bind(&script.ts)
                .bind(deployment.id)
                .bind(&at)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(deployment)
    }

    async fn scripts(&self, environment: i64) -> Result<Vec<Script>> {
        let rows = sqlx::query(
            "SELECT * FROM scripts WHERE environment_id = ? ORDER BY integration_key, kind, name",
        )
        .bind(environment)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(script).collect())
    }

    async fn script(
        &self,
        environment: i64,
        integration_key: &str,
        kind: ScriptKind,
        name: &str,
    ) -> Result<Option<Script>> {
        let row = sqlx::query("SELECT * FROM scripts WHERE environment_id = ? AND integration_key = ? AND kind = ? AND name = ?")
            .bind(environment)
            .bind(integration_key)
            .bind(kind.as_str())
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(script))
    }

    async fn latest_deployment(&self, environment: i64) -> Result<Option<Deployment>> {
        let row = sqlx::query(
            "SELECT * FROM deployments WHERE environment_id = ? ORDER BY version DESC LIMIT 1",
        )
        .bind(environment)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(deployment))
    }

    async fn create_action_run(&self, run: &ActionRun) -> Result<()> {
        sqlx::query("INSERT INTO action_runs (id, environment_id, connection, action_name, status, output, error, created_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(&run.id)
            .bind(run.environment_id)
            .bind(run.connection)
            .bind(&run.action_name)
            .bind(run.status.name())
            .bind(run.output.as_ref().map(Value::to_string))
            .bind(run.error.as_ref().map(Value::to_string))
            .bind(&run.created_at)
            .bind(&run.finished_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn finish_action_run(
        &self,
        id: &str,
        status: ActionStatus,
        output: Option<&Value>,
        error: Option<&Value>,
    ) -> Result<()> {
        sqlx::query("UPDATE action_runs SET status = ?, output = ?, error = ?, finished_at = ? WHERE id = ?")
            .bind(status.name())
            .bind(output.map(Value::to_string))
            .bind(error.map(Value::to_string))
            .bind(now())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn action_run(&self, environment: i64, id: &str) -> Result<Option<ActionRun>> {
        let row = sqlx::query("SELECT * FROM action_runs WHERE environment_id = ? AND id = ?")
            .bind(environment)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(action_run))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    async fn store() -> SqliteStore {
        SqliteStore::memory().await.unwrap()
    }

    #[tokio::test]
    async fn environments_are_found_by_key_and_names_are_unique() {
        let store = store().await;
        let dev = store.create_environment("dev", "key-dev").await.unwrap();
        assert_eq!(
            store.environment_by_key("key-dev").await.unwrap(),
            Some(dev.clone())
        );
        assert_eq!(store.environment_by_key("nope").await.unwrap(), None);
        assert!(matches!(
            store.create_environment("dev", "other").await,
            Err(StoreError::Conflict(_))
        ));
        store
            .set_environment_variable(dev.id, "A", Some("1"))
            .await
            .unwrap();
        store
            .set_environment_variable(dev.id, "A", Some("2"))
            .await
            .unwrap();
        assert_eq!(
            store.environment_variables(dev.id).await.unwrap(),
            [("A".to_string(), "2".to_string())]
        );
        store
            .set_environment_variable(dev.id, "A", None)
            .await
            .unwrap();
        assert!(
            store
                .environment_variables(dev.id)
                .await
                .unwrap()
                .is_empty()
        );
    }

    #[tokio::test]
    async fn connections_are_upserted_filtered_and_cascade_with_their_integration() {
        let store = store().await;
        let dev = store.create_environment("dev", "k1").await.unwrap();
        let prod = store.create_environment("prod", "k2").await.unwrap();
        let github = store
            .create_integration(
                dev.id,
                &NewIntegration {
                    unique_key: "github".into(),
                    provider: "github".into(),
                    ..NewIntegration::default()
                },
            )
            .await
            .unwrap();
        let new = |id: &str, user: &str| NewConnection {
            environment_id: dev.id,
            integration_id: github.id,
            connection_id: id.into(),
            credentials: "sealed".into(),
            connection_config: json!({}),
            metadata: json!({ "n": 1 }),
            end_user: Some(json!({ "id": user, "email": format!("{user}@x.test") })),
            tags: json!({ "team": "a" }),
        };
        store.upsert_connection(&new("c1", "u1")).await.unwrap();
        let second = store.upsert_connection(&new("c2", "u2")).await.unwrap();
        assert_eq!(second.provider_config_key, "github");
        // An import of the same id replaces its credentials.
        let mut again = new("c2", "u2");
        again.credentials = "sealed-2".into();
        let replaced = store.upsert_connection(&again).await.unwrap();
        assert_eq!(replaced.id, second.id);
        assert_eq!(replaced.credentials, "sealed-2");

        let list = |filter: ConnectionFilter| {
            let store = store.clone();
            async move {
                store
                    .connections(dev.id, &filter)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|c| c.connection_id)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(list(ConnectionFilter::default()).await, ["c2", "c1"]);
        let search = |s: &str| ConnectionFilter {
            search: Some(s.into()),
            ..ConnectionFilter::default()
        };
        assert_eq!(list(search("u1@")).await, ["c1"]);
        assert_eq!(list(search("%")).await, Vec::<String>::new());
        assert_eq!(
            list(ConnectionFilter {
                end_user_id: Some("u2".into()),
                tags: vec![("team".into(), "a".into())],
                ..ConnectionFilter::default()
            })
            .await,
            ["c2"]
        );
        assert!(
            store
                .connections(prod.id, &ConnectionFilter::default())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(store.delete_integration(dev.id, "github").await.unwrap());
        assert_eq!(
            list(ConnectionFilter::default()).await,
            Vec::<String>::new()
        );
    }

    #[tokio::test]
    async fn deploys_are_versioned_and_reconcile_within_their_scope() {
        let store = store().await;
        let dev = store.create_environment("dev", "k").await.unwrap();
        let script = |key: &str, name: &str| NewScript {
            integration_key: key.into(),
            name: name.into(),
            kind: ScriptKind::Sync,
            version: "1".into(),
            config: json!({}),
            js: format!("// {name}"),
            ts: None,
        };
        let deploy = |scripts, scope, reconcile| NewDeployment {
            scripts,
            scope,
            reconcile,
            json_schema: None,
        };
        let names = |scripts: Vec<Script>| {
            scripts
                .into_iter()
                .map(|s| format!("{}/{}", s.integration_key, s.name))
                .collect::<Vec<_>>()
        };
        let first = store
            .deploy(
                dev.id,
                &deploy(
                    vec![script("a", "one"), script("a", "two"), script("b", "three")],
                    DeployScope::Environment,
                    true,
                ),
            )
            .await
            .unwrap();
        assert_eq!(first.version, 1);
        let second = store
            .deploy(
                dev.id,
                &deploy(
                    vec![script("a", "one")],
                    DeployScope::Integration("a".into()),
                    true,
                ),
            )
            .await
            .unwrap();
        assert_eq!(second.version, 2);
        assert_eq!(
            names(store.scripts(dev.id).await.unwrap()),
            ["a/one", "b/three"]
        );
        store
            .deploy(
                dev.id,
                &deploy(vec![script("c", "four")], DeployScope::Scripts, true),
            )
            .await
            .unwrap();
        assert_eq!(
            names(store.scripts(dev.id).await.unwrap()),
            ["a/one", "b/three", "c/four"]
        );
        store
            .deploy(dev.id, &deploy(vec![], DeployScope::Environment, true))
            .await
            .unwrap();
        assert!(store.scripts(dev.id).await.unwrap().is_empty());
        assert_eq!(
            store
                .latest_deployment(dev.id)
                .await
                .unwrap()
                .unwrap()
                .version,
            4
        );
    }

    #[tokio::test]
    async fn a_file_database_survives_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        {
            let store = SqliteStore::open(&path).await.unwrap();
            store.create_environment("dev", "k").await.unwrap();
        }
        let store = SqliteStore::open(&path).await.unwrap();
        assert_eq!(store.environments().await.unwrap().len(), 1);
    }
}
