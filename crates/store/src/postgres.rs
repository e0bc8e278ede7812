//! The PostgreSQL store: the same trait as [`SqliteStore`](crate::SqliteStore), for several
//! server processes sharing one database. Its schema is `migrations/postgres/`, applied at
//! connect.
//!
//! It answers as the SQLite store does, call for call: the rules come from the same
//! backend-neutral modules (`records`, `deploy`, `queue`), text compares bytewise (every
//! column is `COLLATE "C"`), times and JSON are kept as the same text. What differs is how
//! concurrent writers are kept apart: SQLite has one writer at a time, here each kind of write
//! locks only what it touches (a records stream's counter row, a deploying environment's row,
//! claimed queue rows with `SKIP LOCKED`).

use std::collections::HashMap;
use std::str::FromStr;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::{PgPool, Postgres, QueryBuilder, Row};

use crate::model::*;
use crate::records::{self, StoredRecord};
use crate::{Result, Sealer, Store, StoreError, deploy, now, queue};

/// The schema, one file per version in `migrations/postgres/`, compiled in.
///
/// Several processes may start at once against one database: sqlx 0.8.6's PostgreSQL migrator
/// takes a session-level `pg_advisory_lock` (its key derived from the database's name) before
/// it creates `_sqlx_migrations` or reads what was applied, and releases it when done
/// (`Migrator::run_direct` calls `Migrate::lock`, `sqlx-postgres/src/migrate.rs`). So one
/// process applies the files while the others wait, then find them applied. Each file also
/// runs in its own transaction with its bookkeeping row.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The PostgreSQL store.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
    /// Seals records at rest (when there is a key).
    sealer: Sealer,
}

impl PostgresStore {
    /// The same store, sealing the records it writes with `sealer` (and opening them when
    /// read); records stored before, or without a key, are read as they are.
    pub fn sealing_records(self, sealer: Sealer) -> Self {
        Self { sealer, ..self }
    }

    /// Connects to a `postgres://` (or `postgresql://`) URL with a pool of up to
    /// `max_connections`, and brings the schema up to date.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect_with(options)
            .await?;
        let store = Self {
            pool,
            sealer: Sealer::none(),
        };
        if let Err(error) = store.migrate().await {
            // sqlx returns early on a failed migration without releasing its advisory lock,
            // and the connection that holds it would go back to the pool: closing the pool
            // ends that session, which releases the lock for the other processes.
            store.pool.close().await;
            return Err(error);
        }
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        MIGRATOR.run(&self.pool).await.map_err(|error| match error {
            sqlx::migrate::MigrateError::VersionMissing(version) => StoreError::Database(format!(
                "the database schema (version {version}) is newer than this nango ({}): upgrade nango",
                MIGRATOR.iter().count()
            )),
            error => StoreError::Database(format!("migrating the database: {error}")),
        })
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// A `LIMIT`: SQLite reads a negative one as "no limit", PostgreSQL refuses it and reads
/// `NULL` so.
fn row_limit(limit: i64) -> Option<i64> {
    (limit >= 0).then_some(limit)
}

/// `%text%` for LIKE, with the wildcards of `text` escaped, and its ASCII letters in lower case
/// (see [`folded`]).
fn like(text: &str) -> String {
    let escaped = text
        .to_ascii_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// `column` with its ASCII letters in lower case, to compare with a [`like`] pattern: SQLite's
/// LIKE ignores the case of ASCII letters only (not of `É`), where PostgreSQL's is case
/// sensitive and its ILIKE folds every letter. `translate` does exactly what SQLite does.
fn folded(column: &str) -> String {
    format!("translate({column}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")
}

/// A condition that the JSON text in `column` has, at `path` (`{a,b}`), a string equal to the
/// next bound value. As SQLite's `json_extract(column, '$.a.b') = ?`: a number or a boolean
/// there is not equal to any text. (`json`, not `jsonb`: it reads the stored text as it is.)
fn json_string_at(column: &str, path: &str) -> String {
    format!("json_typeof({column}::json #> '{path}') = 'string' AND {column}::json #>> '{path}' = ")
}

fn environment(row: &PgRow) -> Environment {
    Environment {
        id: row.get("id"),
        name: row.get("name"),
        secret_key: row.get("secret_key"),
        webhook_url: row.get("webhook_url"),
        webhook_secret: row.get("webhook_secret"),
        public_key: row.get("public_key"),
        webhook_on_auth_creation: row.get("webhook_on_auth_creation"),
        webhook_on_auth_refresh_error: row.get("webhook_on_auth_refresh_error"),
        webhook_url_secondary: row.get("webhook_url_secondary"),
        webhook_on_sync_error: row.get("webhook_on_sync_error"),
        webhook_on_sync_success_always: row.get("webhook_on_sync_success_always"),
        pending_secret_key: row.get("pending_secret_key"),
        sync_time_limit_secs: row.get("sync_time_limit_secs"),
        action_time_limit_secs: row.get("action_time_limit_secs"),
        created_at: row.get("created_at"),
    }
}

fn integration(row: &PgRow) -> Integration {
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

const CONNECTION_COLUMNS: &str = "c.id, c.environment_id, c.integration_id, i.unique_key, i.provider, c.connection_id, c.credentials, c.connection_config, c.metadata, c.end_user, c.tags, c.errors, c.created_at, c.updated_at, c.last_fetched_at, c.credentials_expires_at";

fn connection(row: &PgRow) -> Connection {
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
        credentials_expires_at: row.get("credentials_expires_at"),
    }
}

fn script(row: &PgRow) -> Script {
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

fn deployment(row: &PgRow) -> Deployment {
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

fn action_run(row: &PgRow) -> ActionRun {
    ActionRun {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        connection: row.get("connection"),
        action_name: row.get("action_name"),
        input: row.get::<Option<String>, _>("input").map(|t| json(&t)),
        status: ActionStatus::parse(row.get("status")),
        output: row.get::<Option<String>, _>("output").map(|t| json(&t)),
        error: row.get::<Option<String>, _>("error").map(|t| json(&t)),
        created_at: row.get("created_at"),
        finished_at: row.get("finished_at"),
        worker: row.get("worker"),
        lease_until: row.get("lease_until"),
    }
}

fn connect_session(row: &PgRow) -> ConnectSession {
    ConnectSession {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        token_hash: row.get("token_hash"),
        end_user: json(row.get("end_user")),
        organization: row
            .get::<Option<String>, _>("organization")
            .map(|t| json(&t)),
        allowed_integrations: row
            .get::<Option<String>, _>("allowed_integrations")
            .and_then(|t| serde_json::from_str(&t).ok()),
        integrations_config_defaults: json(row.get("integrations_config_defaults")),
        tags: json(row.get("tags")),
        connection: row.get("connection"),
        expires_at: row.get("expires_at"),
        created_at: row.get("created_at"),
    }
}

fn dashboard_user(row: &PgRow) -> DashboardUser {
    DashboardUser {
        id: row.get("id"),
        username: row.get("username"),
        password_hash: row.get("password_hash"),
    }
}

fn sync_schedule(row: &PgRow) -> SyncSchedule {
    SyncSchedule {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        connection: row.get("connection"),
        integration_key: row.get("integration_key"),
        name: row.get("name"),
        variant: row.get("variant"),
        paused: row.get("paused"),
        frequency_secs: row.get("frequency_secs"),
        next_run_at: row.get("next_run_at"),
        last_sync_date: row.get("last_sync_date"),
        created_at: row.get("created_at"),
    }
}

fn sync_job(row: &PgRow) -> SyncJob {
    SyncJob {
        id: row.get("id"),
        sync_id: row.get("sync_id"),
        kind: JobKind::parse(row.get("kind")),
        status: JobStatus::parse(row.get("status")),
        attempt: row.get("attempt"),
        run_at: row.get("run_at"),
        started_at: row.get("started_at"),
        finished_at: row.get("finished_at"),
        result: json(row.get("result")),
        error: row.get("error"),
    }
}

fn operation(row: &PgRow) -> Operation {
    Operation {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        kind: row.get("kind"),
        integration_key: row.get("integration_key"),
        connection_id: row.get("connection_id"),
        name: row.get("name"),
        status: row.get("status"),
        started_at: row.get("started_at"),
        finished_at: row.get("finished_at"),
    }
}

fn cached_record(row: &PgRow, sealer: &Sealer) -> Result<CachedRecord> {
    Ok(CachedRecord {
        id: row.get("external_id"),
        data: json(&sealer.open_record(row.get("data"))?),
        first_seen_at: row.get("first_seen_at"),
        last_modified_at: row.get("last_modified_at"),
        last_action: row.get("last_action"),
        deleted_at: row.get("deleted_at"),
        cursor: row.get("cursor"),
    })
}

fn webhook_delivery(row: &PgRow) -> WebhookDelivery {
    WebhookDelivery {
        id: row.get("id"),
        environment_id: row.get("environment_id"),
        url: row.get("url"),
        body: row.get("body"),
        attempts: row.get("attempts"),
        next_attempt_at: row.get("next_attempt_at"),
        delivery_id: row
            .get::<Option<String>, _>("delivery_id")
            .unwrap_or_else(|| WebhookDelivery::legacy_delivery_id(row.get("id"))),
        ordering_key: row.get("ordering_key"),
    }
}

#[async_trait]
impl Store for PostgresStore {
    async fn environments(&self) -> Result<Vec<Environment>> {
        let rows = sqlx::query("SELECT * FROM environments ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(environment).collect())
    }

    async fn environment_by_key(&self, secret_key: &str) -> Result<Option<Environment>> {
        let row = sqlx::query(
            "SELECT * FROM environments WHERE secret_key = $1 OR pending_secret_key = $1 LIMIT 1",
        )
        .bind(secret_key)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn environment_by_name(&self, name: &str) -> Result<Option<Environment>> {
        let row = sqlx::query("SELECT * FROM environments WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn environment_by_public_key(&self, public_key: &str) -> Result<Option<Environment>> {
        let row = sqlx::query("SELECT * FROM environments WHERE public_key = $1")
            .bind(public_key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn set_public_key(&self, environment: i64, public_key: &str) -> Result<()> {
        sqlx::query("UPDATE environments SET public_key = $1 WHERE id = $2")
            .bind(public_key)
            .bind(environment)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn create_environment(&self, name: &str, secret_key: &str) -> Result<Environment> {
        let row = sqlx::query(
            "INSERT INTO environments (name, secret_key, created_at) VALUES ($1, $2, $3) RETURNING *",
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
            "SELECT name, value FROM environment_variables WHERE environment_id = $1 ORDER BY name",
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
                sqlx::query("INSERT INTO environment_variables (environment_id, name, value) VALUES ($1, $2, $3) ON CONFLICT (environment_id, name) DO UPDATE SET value = excluded.value")
                    .bind(environment)
                    .bind(name)
                    .bind(value)
                    .execute(&self.pool)
                    .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM environment_variables WHERE environment_id = $1 AND name = $2",
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
            sqlx::query("SELECT * FROM integrations WHERE environment_id = $1 ORDER BY unique_key")
                .bind(environment)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.iter().map(integration).collect())
    }

    async fn integration(&self, environment: i64, unique_key: &str) -> Result<Option<Integration>> {
        let row =
            sqlx::query("SELECT * FROM integrations WHERE environment_id = $1 AND unique_key = $2")
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
        let row = sqlx::query("INSERT INTO integrations (environment_id, unique_key, provider, display_name, oauth_client_id, oauth_client_secret, oauth_scopes, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *")
            .bind(environment)
            .bind(&new.unique_key)
            .bind(&new.provider)
            .bind(&new.display_name)
            .bind(&new.oauth_client_id)
            .bind(&new.oauth_client_secret)
            .bind(&new.oauth_scopes)
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
        let row = sqlx::query("UPDATE integrations SET unique_key = $1, provider = $2, display_name = $3, oauth_client_id = $4, oauth_client_secret = $5, oauth_scopes = $6, updated_at = $7 WHERE id = $8 RETURNING *")
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
            sqlx::query("DELETE FROM integrations WHERE environment_id = $1 AND unique_key = $2")
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
        let mut query = QueryBuilder::<Postgres>::new(format!(
            "SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.environment_id = "
        ));
        query.push_bind(environment);
        if let Some(id) = &filter.connection_id {
            query.push(" AND c.connection_id = ").push_bind(id.clone());
        }
        if let Some(search) = &filter.search {
            let pattern = like(search);
            query
                .push(format!(" AND ({} LIKE ", folded("c.connection_id")))
                .push_bind(pattern.clone())
                .push(format!(
                    " ESCAPE '\\' OR {} LIKE ",
                    folded("COALESCE(c.end_user, '')")
                ))
                .push_bind(pattern)
                .push(" ESCAPE '\\')");
        }
        if !filter.integrations.is_empty() {
            query
                .push(" AND i.unique_key = ANY(")
                .push_bind(filter.integrations.clone())
                .push(")");
        }
        if let Some(user) = &filter.end_user_id {
            query
                .push(" AND ")
                .push(json_string_at("c.end_user", "{id}"))
                .push_bind(user.clone());
        }
        if let Some(organization) = &filter.end_user_organization_id {
            query
                .push(" AND ")
                .push(json_string_at("c.end_user", "{organization,id}"))
                .push_bind(organization.clone());
        }
        for (key, value) in &filter.tags {
            // SQLite's path is `$."key"` with the key's quotes removed: the same key here.
            let key = key.replace('"', "");
            query
                .push(" AND json_typeof(c.tags::json -> ")
                .push_bind(key.clone())
                .push(") = 'string' AND c.tags::json ->> ")
                .push_bind(key)
                .push(" = ")
                .push_bind(value.clone());
        }
        query.push(" ORDER BY c.id DESC");
        if let Some(limit) = filter.limit {
            query.push(" LIMIT ").push_bind(row_limit(limit));
            if let Some(offset) = filter.offset {
                // SQLite reads a negative offset as none; PostgreSQL refuses it.
                query.push(" OFFSET ").push_bind(offset.max(0));
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
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.environment_id = $1 AND i.unique_key = $2 AND c.connection_id = $3"))
            .bind(environment)
            .bind(provider_config_key)
            .bind(connection_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(connection))
    }

    async fn upsert_connection(&self, new: &NewConnection) -> Result<Connection> {
        let at = now();
        let id: i64 = sqlx::query_scalar("INSERT INTO connections (environment_id, integration_id, connection_id, credentials, connection_config, metadata, end_user, tags, errors, created_at, updated_at, credentials_expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '[]', $9, $9, $10) ON CONFLICT (integration_id, connection_id) DO UPDATE SET credentials = excluded.credentials, connection_config = excluded.connection_config, metadata = excluded.metadata, end_user = COALESCE(excluded.end_user, connections.end_user), tags = excluded.tags, errors = '[]', updated_at = excluded.updated_at, credentials_expires_at = excluded.credentials_expires_at RETURNING id")
            .bind(new.environment_id)
            .bind(new.integration_id)
            .bind(&new.connection_id)
            .bind(&new.credentials)
            .bind(new.connection_config.to_string())
            .bind(new.metadata.to_string())
            .bind(new.end_user.as_ref().map(Value::to_string))
            .bind(new.tags.to_string())
            .bind(&at)
            .bind(&new.credentials_expires_at)
            .fetch_one(&self.pool)
            .await?;
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.id = $1"))
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        Ok(connection(&row))
    }

    async fn update_connection(&self, changed: &Connection) -> Result<()> {
        sqlx::query("UPDATE connections SET credentials = $1, connection_config = $2, metadata = $3, end_user = $4, tags = $5, errors = $6, updated_at = $7, last_fetched_at = $8, credentials_expires_at = $9 WHERE id = $10")
            .bind(&changed.credentials)
            .bind(changed.connection_config.to_string())
            .bind(changed.metadata.to_string())
            .bind(changed.end_user.as_ref().map(Value::to_string))
            .bind(changed.tags.to_string())
            .bind(changed.errors.to_string())
            .bind(now())
            .bind(&changed.last_fetched_at)
            .bind(&changed.credentials_expires_at)
            .bind(changed.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_connection(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM connections WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn connection_by_id(&self, id: i64) -> Result<Option<Connection>> {
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(connection))
    }

    async fn connections_expiring(&self, before: &str, limit: i64) -> Result<Vec<Connection>> {
        let rows = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.credentials_expires_at IS NOT NULL AND c.credentials_expires_at <= $1 ORDER BY c.credentials_expires_at LIMIT $2"))
            .bind(before)
            .bind(row_limit(limit))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(connection).collect())
    }

    async fn deploy(&self, environment: i64, deploy: &NewDeployment) -> Result<Deployment> {
        let mut tx = self.pool.begin().await?;
        // Deploys of one environment take turns: each reads the latest version and the active
        // scripts, then writes the next (SQLite's single writer does the same for every
        // deploy). NO KEY UPDATE: rows that only reference the environment (a new connection,
        // an operation) are not held up.
        sqlx::query("SELECT id FROM environments WHERE id = $1 FOR NO KEY UPDATE")
            .bind(environment)
            .fetch_optional(&mut *tx)
            .await?;
        let at = now();
        let version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM deployments WHERE environment_id = $1",
        )
        .bind(environment)
        .fetch_one(&mut *tx)
        .await?;
        let row = sqlx::query("INSERT INTO deployments (environment_id, version, json_schema, created_at) VALUES ($1, $2, $3, $4) RETURNING *")
            .bind(environment)
            .bind(version)
            .bind(deploy.json_schema.as_ref().map(Value::to_string))
            .bind(&at)
            .fetch_one(&mut *tx)
            .await?;
        let deployment = deployment(&row);
        if deploy.reconcile {
            let existing = sqlx::query(
                "SELECT id, integration_key, kind, name FROM scripts WHERE environment_id = $1",
            )
            .bind(environment)
            .fetch_all(&mut *tx)
            .await?;
            let removed: Vec<i64> = existing
                .iter()
                .filter(|row| {
                    deploy::removes(
                        deploy,
                        row.get("integration_key"),
                        row.get("kind"),
                        row.get("name"),
                    )
                })
                .map(|row| row.get("id"))
                .collect();
            if !removed.is_empty() {
                sqlx::query("DELETE FROM scripts WHERE id = ANY($1)")
                    .bind(&removed)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        // One statement per script, as SQLite: a deploy that names a script twice keeps the
        // last (one multi-row upsert would refuse to touch a row twice). Deploys bring a
        // handful of scripts, not thousands.
        for script in &deploy.scripts {
            sqlx::query("INSERT INTO scripts (environment_id, integration_key, name, kind, version, config, js, ts, deployment_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (environment_id, integration_key, kind, name) DO UPDATE SET version = excluded.version, config = excluded.config, js = excluded.js, ts = excluded.ts, deployment_id = excluded.deployment_id, updated_at = excluded.updated_at")
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
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(deployment)
    }

    async fn scripts(&self, environment: i64) -> Result<Vec<Script>> {
        let rows = sqlx::query(
            "SELECT * FROM scripts WHERE environment_id = $1 ORDER BY integration_key, kind, name",
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
        let row = sqlx::query("SELECT * FROM scripts WHERE environment_id = $1 AND integration_key = $2 AND kind = $3 AND name = $4")
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
            "SELECT * FROM deployments WHERE environment_id = $1 ORDER BY version DESC LIMIT 1",
        )
        .bind(environment)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(deployment))
    }

    async fn create_action_run(&self, run: &ActionRun) -> Result<()> {
        sqlx::query("INSERT INTO action_runs (id, environment_id, connection, action_name, input, status, output, error, created_at, finished_at, worker, lease_until) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
            .bind(&run.id)
            .bind(run.environment_id)
            .bind(run.connection)
            .bind(&run.action_name)
            .bind(run.input.as_ref().map(Value::to_string))
            .bind(run.status.name())
            .bind(run.output.as_ref().map(Value::to_string))
            .bind(run.error.as_ref().map(Value::to_string))
            .bind(&run.created_at)
            .bind(&run.finished_at)
            .bind(&run.worker)
            .bind(&run.lease_until)
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
        sqlx::query("UPDATE action_runs SET status = $1, output = $2, error = $3, finished_at = $4 WHERE id = $5")
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
        let row = sqlx::query("SELECT * FROM action_runs WHERE environment_id = $1 AND id = $2")
            .bind(environment)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(action_run))
    }

    async fn claim_action_runs(
        &self,
        worker: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<ActionRun>> {
        let rows = sqlx::query("WITH due AS (SELECT id FROM action_runs WHERE status = 'queued' ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) UPDATE action_runs SET status = 'running', worker = $1, lease_until = $3 FROM due WHERE action_runs.id = due.id RETURNING action_runs.*")
            .bind(worker)
            .bind(row_limit(limit))
            .bind(lease_until)
            .fetch_all(&self.pool)
            .await?;
        let mut runs: Vec<ActionRun> = rows.iter().map(action_run).collect();
        runs.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
        Ok(runs)
    }

    async fn renew_action_lease(&self, id: &str, worker: &str, lease_until: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE action_runs SET lease_until = $1 WHERE id = $2 AND worker = $3 AND status = 'running'")
            .bind(lease_until)
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn fail_abandoned_action_runs(&self, now_at: &str, error: &Value) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("UPDATE action_runs SET status = 'error', error = $1, finished_at = $2 WHERE status = 'running' AND lease_until IS NOT NULL AND lease_until < $3 RETURNING id")
            .bind(error.to_string())
            .bind(now())
            .bind(now_at)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn create_connect_session(&self, session: &NewConnectSession) -> Result<ConnectSession> {
        let row = sqlx::query(
            "INSERT INTO connect_sessions (environment_id, token_hash, end_user, organization, allowed_integrations, integrations_config_defaults, tags, connection, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *",
        )
        .bind(session.environment_id)
        .bind(&session.token_hash)
        .bind(session.end_user.to_string())
        .bind(session.organization.as_ref().map(Value::to_string))
        .bind(
            session
                .allowed_integrations
                .as_ref()
                .map(|list| Value::from(list.clone()).to_string()),
        )
        .bind(session.integrations_config_defaults.to_string())
        .bind(session.tags.to_string())
        .bind(session.connection)
        .bind(&session.expires_at)
        .bind(now())
        .fetch_one(&self.pool)
        .await?;
        Ok(connect_session(&row))
    }

    async fn connect_session(&self, token_hash: &str, now: &str) -> Result<Option<ConnectSession>> {
        let row =
            sqlx::query("SELECT * FROM connect_sessions WHERE token_hash = $1 AND expires_at > $2")
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.as_ref().map(connect_session))
    }

    async fn delete_connect_session(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM connect_sessions WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn prune_connect_sessions(&self, before: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM connect_sessions WHERE expires_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn create_oauth_flow(&self, flow: &OAuthFlow) -> Result<()> {
        sqlx::query("INSERT INTO oauth_flows (state_hash, environment_id, flow, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(&flow.state_hash)
            .bind(flow.environment_id)
            .bind(flow.flow.to_string())
            .bind(&flow.expires_at)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn take_oauth_flow(&self, state_hash: &str, now: &str) -> Result<Option<OAuthFlow>> {
        // One statement: of two callbacks with the same state, one deletes the row and gets
        // the flow; the other waits for its row lock and then finds nothing.
        let row = sqlx::query("DELETE FROM oauth_flows WHERE state_hash = $1 RETURNING *")
            .bind(state_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row
            .map(|row| OAuthFlow {
                state_hash: row.get("state_hash"),
                environment_id: row.get("environment_id"),
                flow: json(row.get("flow")),
                expires_at: row.get("expires_at"),
            })
            .filter(|flow| flow.expires_at.as_str() > now))
    }

    async fn prune_oauth_flows(&self, before: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM oauth_flows WHERE expires_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn dashboard_user(&self, username: &str) -> Result<Option<DashboardUser>> {
        let row = sqlx::query("SELECT * FROM dashboard_users WHERE username = $1")
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(dashboard_user))
    }

    async fn dashboard_user_count(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM dashboard_users")
            .fetch_one(&self.pool)
            .await?)
    }

    async fn upsert_dashboard_user(
        &self,
        username: &str,
        password_hash: &str,
    ) -> Result<DashboardUser> {
        let row = sqlx::query("INSERT INTO dashboard_users (username, password_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash RETURNING *")
            .bind(username)
            .bind(password_hash)
            .bind(now())
            .fetch_one(&self.pool)
            .await?;
        Ok(dashboard_user(&row))
    }

    async fn create_dashboard_session(
        &self,
        token_hash: &str,
        user: i64,
        csrf_token: &str,
        expires_at: &str,
    ) -> Result<()> {
        sqlx::query("INSERT INTO dashboard_sessions (token_hash, user_id, csrf_token, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(user)
            .bind(csrf_token)
            .bind(expires_at)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn dashboard_session(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<DashboardSession>> {
        let row = sqlx::query("SELECT s.token_hash, s.csrf_token, s.expires_at, u.id, u.username, u.password_hash FROM dashboard_sessions s JOIN dashboard_users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2")
            .bind(token_hash)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|row| DashboardSession {
            token_hash: row.get("token_hash"),
            user: dashboard_user(&row),
            csrf_token: row.get("csrf_token"),
            expires_at: row.get("expires_at"),
        }))
    }

    async fn delete_dashboard_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM dashboard_sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn prune_dashboard_sessions(&self, before: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM dashboard_sessions WHERE expires_at < $1")
            .bind(before)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn update_environment(&self, environment: &Environment) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        // A key opens one environment only: neither key may be another environment's key,
        // current or pending. The unique indexes cover one column each, so this is a check
        // and a write; the lock keeps two processes from both passing the check (it lets
        // reads through, and conflicts with itself and with other writes to the table).
        sqlx::query("LOCK TABLE environments IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut *tx)
            .await?;
        let keys = [
            Some(environment.secret_key.as_str()),
            environment.pending_secret_key.as_deref(),
        ];
        for key in keys.into_iter().flatten() {
            let taken: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM environments WHERE id != $1 AND (secret_key = $2 OR pending_secret_key = $2)",
            )
            .bind(environment.id)
            .bind(key)
            .fetch_one(&mut *tx)
            .await?;
            if taken > 0 {
                return Err(StoreError::Conflict(
                    "another environment has this key".into(),
                ));
            }
        }
        sqlx::query("UPDATE environments SET secret_key = $1, pending_secret_key = $2, webhook_url = $3, webhook_url_secondary = $4, webhook_secret = $5, webhook_on_auth_creation = $6, webhook_on_auth_refresh_error = $7, webhook_on_sync_error = $8, webhook_on_sync_success_always = $9, sync_time_limit_secs = $10, action_time_limit_secs = $11 WHERE id = $12")
            .bind(&environment.secret_key)
            .bind(&environment.pending_secret_key)
            .bind(&environment.webhook_url)
            .bind(&environment.webhook_url_secondary)
            .bind(&environment.webhook_secret)
            .bind(environment.webhook_on_auth_creation)
            .bind(environment.webhook_on_auth_refresh_error)
            .bind(environment.webhook_on_sync_error)
            .bind(environment.webhook_on_sync_success_always)
            .bind(environment.sync_time_limit_secs)
            .bind(environment.action_time_limit_secs)
            .bind(environment.id)
            .execute(&mut *tx)
            .await
            .map_err(|e| {
                if is_unique_violation(&e) {
                    StoreError::Conflict("another environment has this key".into())
                } else {
                    e.into()
                }
            })?;
        tx.commit().await?;
        Ok(())
    }

    async fn sync_schedules(
        &self,
        environment: i64,
        connection: Option<i64>,
    ) -> Result<Vec<SyncSchedule>> {
        let rows = sqlx::query("SELECT * FROM sync_schedules WHERE environment_id = $1 AND ($2::BIGINT IS NULL OR connection = $2) ORDER BY id")
            .bind(environment)
            .bind(connection)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(sync_schedule).collect())
    }

    async fn all_sync_schedules(&self) -> Result<Vec<SyncSchedule>> {
        let rows = sqlx::query("SELECT * FROM sync_schedules ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(sync_schedule).collect())
    }

    async fn due_sync_schedules(&self, now: &str) -> Result<Vec<SyncSchedule>> {
        let rows = sqlx::query(
            "SELECT * FROM sync_schedules WHERE paused = FALSE AND next_run_at <= $1 ORDER BY id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(sync_schedule).collect())
    }

    async fn ensure_sync_schedule(
        &self,
        environment: i64,
        connection: i64,
        integration_key: &str,
        name: &str,
        variant: &str,
        paused: bool,
    ) -> Result<SyncSchedule> {
        sqlx::query("INSERT INTO sync_schedules (environment_id, connection, integration_key, name, variant, paused, next_run_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (connection, name, variant) DO NOTHING")
            .bind(environment)
            .bind(connection)
            .bind(integration_key)
            .bind(name)
            .bind(variant)
            .bind(paused)
            .bind(queue::first_run_at(paused, &now()))
            .bind(now())
            .execute(&self.pool)
            .await?;
        let row = sqlx::query(
            "SELECT * FROM sync_schedules WHERE connection = $1 AND name = $2 AND variant = $3",
        )
        .bind(connection)
        .bind(name)
        .bind(variant)
        .fetch_one(&self.pool)
        .await?;
        Ok(sync_schedule(&row))
    }

    async fn sync_checkpoint(&self, schedule: i64) -> Result<Option<Value>> {
        let text: Option<Option<String>> =
            sqlx::query_scalar("SELECT checkpoint FROM sync_schedules WHERE id = $1")
                .bind(schedule)
                .fetch_optional(&self.pool)
                .await?;
        Ok(text
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok()))
    }

    async fn set_sync_checkpoint(&self, schedule: i64, checkpoint: Option<&Value>) -> Result<()> {
        sqlx::query("UPDATE sync_schedules SET checkpoint = $1 WHERE id = $2")
            .bind(checkpoint.map(Value::to_string))
            .bind(schedule)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn update_sync_schedule(&self, schedule: &SyncSchedule) -> Result<()> {
        sqlx::query("UPDATE sync_schedules SET paused = $1, frequency_secs = $2, next_run_at = $3, last_sync_date = $4 WHERE id = $5")
            .bind(schedule.paused)
            .bind(schedule.frequency_secs)
            .bind(&schedule.next_run_at)
            .bind(&schedule.last_sync_date)
            .bind(schedule.id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn sync_schedule(&self, id: i64) -> Result<Option<SyncSchedule>> {
        let row = sqlx::query("SELECT * FROM sync_schedules WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(sync_schedule))
    }

    async fn delete_sync_schedule(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM sync_schedules WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn queue_sync_job(&self, sync_id: i64, kind: JobKind, run_at: &str) -> Result<SyncJob> {
        // The partial unique index `sync_jobs_active` allows one queued or running run per
        // schedule. Of two processes queueing at once, the second insert waits for the
        // first's, then does nothing; it then reads the first's run. Should that run end
        // between the two statements, there is room again: try again.
        for _ in 0..16 {
            let queued = sqlx::query("INSERT INTO sync_jobs (sync_id, kind, status, run_at) VALUES ($1, $2, 'queued', $3) ON CONFLICT (sync_id) WHERE status IN ('queued', 'running') DO NOTHING RETURNING *")
                .bind(sync_id)
                .bind(kind.as_str())
                .bind(run_at)
                .fetch_optional(&self.pool)
                .await?;
            if let Some(row) = queued {
                return Ok(sync_job(&row));
            }
            let active = sqlx::query("SELECT * FROM sync_jobs WHERE sync_id = $1 AND status IN ('queued', 'running') ORDER BY id LIMIT 1")
                .bind(sync_id)
                .fetch_optional(&self.pool)
                .await?;
            if let Some(row) = active {
                return Ok(sync_job(&row));
            }
        }
        Err(StoreError::Database(format!(
            "sync {sync_id}: its runs kept ending while a run was queued"
        )))
    }

    async fn claim_sync_jobs(
        &self,
        now_at: &str,
        limit: i64,
        worker: &str,
        lease_until: &str,
    ) -> Result<Vec<SyncJob>> {
        // SKIP LOCKED: processes claiming at once take different runs, none waits for
        // another's claim, and a run is claimed once (the row stays locked until the claim
        // commits, and a claimed run then holds a lease that has not ended). A running run
        // whose lease ended is claimed again: its worker died. (Every SET expression reads the
        // row as it was, so `status = 'running'` there means "reclaimed".)
        let rows = sqlx::query("WITH due AS (SELECT id FROM sync_jobs WHERE (status = 'queued' AND run_at <= $2) OR (status = 'running' AND (lease_until IS NULL OR lease_until < $2)) ORDER BY run_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) UPDATE sync_jobs SET attempt = sync_jobs.attempt + CASE WHEN sync_jobs.status = 'running' THEN 1 ELSE 0 END, error = CASE WHEN sync_jobs.status = 'running' THEN $6 ELSE sync_jobs.error END, status = 'running', started_at = $1, lease_owner = $4, lease_until = $5 FROM due WHERE sync_jobs.id = due.id RETURNING sync_jobs.*")
            .bind(now())
            .bind(now_at)
            .bind(row_limit(limit))
            .bind(worker)
            .bind(lease_until)
            .bind(queue::ABANDONED_RUN)
            .fetch_all(&self.pool)
            .await?;
        let mut jobs: Vec<SyncJob> = rows.iter().map(sync_job).collect();
        // RETURNING has no order: hand them back in the order they were due.
        jobs.sort_by(|a, b| (&a.run_at, a.id).cmp(&(&b.run_at, b.id)));
        Ok(jobs)
    }

    async fn renew_sync_lease(&self, id: i64, worker: &str, lease_until: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE sync_jobs SET lease_until = $1 WHERE id = $2 AND status = 'running' AND lease_owner = $3")
            .bind(lease_until)
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn finish_sync_job(&self, id: i64, worker: &str, end: &SyncRunEnd) -> Result<bool> {
        let mut tx = self.pool.begin().await?;
        let at = now();
        let done = sqlx::query(
            "UPDATE sync_jobs SET status = $1, result = $2, error = $3, finished_at = $4, lease_until = NULL WHERE id = $5 AND status = 'running' AND lease_owner = $6",
        )
        .bind(end.status.as_str())
        .bind(end.result.to_string())
        .bind(end.error.as_deref())
        .bind(&at)
        .bind(id)
        .bind(worker)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        if !end.webhooks.is_empty() {
            let environments: Vec<i64> = end.webhooks.iter().map(|w| w.environment_id).collect();
            let urls: Vec<&str> = end.webhooks.iter().map(|w| w.url.as_str()).collect();
            let bodies: Vec<&str> = end.webhooks.iter().map(|w| w.body.as_str()).collect();
            let ids: Vec<&str> = end
                .webhooks
                .iter()
                .map(|w| w.delivery_id.as_str())
                .collect();
            let keys: Vec<Option<&str>> = end
                .webhooks
                .iter()
                .map(|w| w.ordering_key.as_deref())
                .collect();
            // WITH ORDINALITY: the ids follow the batch's order, which the delivery order is.
            sqlx::query("INSERT INTO webhook_deliveries (environment_id, url, body, next_attempt_at, delivery_id, ordering_key) SELECT e, u, b, $4, d, k FROM UNNEST($1::bigint[], $2::text[], $3::text[], $5::text[], $6::text[]) WITH ORDINALITY AS w(e, u, b, d, k, n) ORDER BY n")
                .bind(&environments)
                .bind(&urls)
                .bind(&bodies)
                .bind(&at)
                .bind(&ids)
                .bind(&keys)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn retry_sync_job(
        &self,
        id: i64,
        worker: &str,
        run_at: &str,
        error: &str,
    ) -> Result<bool> {
        let done = sqlx::query("UPDATE sync_jobs SET status = 'queued', attempt = attempt + 1, run_at = $1, error = $2, started_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = $3 AND status = 'running' AND lease_owner = $4")
            .bind(run_at)
            .bind(error)
            .bind(id)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn release_sync_jobs(&self, worker: &str) -> Result<u64> {
        let done = sqlx::query("UPDATE sync_jobs SET status = 'queued', attempt = attempt + 1, run_at = $1, started_at = NULL, error = $2, lease_owner = NULL, lease_until = NULL WHERE status = 'running' AND lease_owner = $3")
            .bind(now())
            .bind(queue::INTERRUPTED_RUN)
            .bind(worker)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn advance_schedule(
        &self,
        id: i64,
        expected: Option<&str>,
        next: Option<&str>,
    ) -> Result<bool> {
        // Compare-and-set: the row lock makes a second scheduler wait, then see the moved time
        // and change nothing.
        let done = sqlx::query("UPDATE sync_schedules SET next_run_at = $1 WHERE id = $2 AND next_run_at IS NOT DISTINCT FROM $3")
            .bind(next)
            .bind(id)
            .bind(expected)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn sync_jobs(&self, sync_id: i64, limit: i64) -> Result<Vec<SyncJob>> {
        let rows =
            sqlx::query("SELECT * FROM sync_jobs WHERE sync_id = $1 ORDER BY id DESC LIMIT $2")
                .bind(sync_id)
                .bind(row_limit(limit))
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.iter().map(sync_job).collect())
    }

    async fn write_records(
        &self,
        connection: i64,
        model: &str,
        write: RecordWrite,
        records: &[RecordInput],
    ) -> Result<RecordCounts> {
        if records.is_empty() {
            return Ok(RecordCounts::default());
        }
        let mut tx = self.pool.begin().await?;
        // First, lock the stream's counter row (creating it at 0 the first time), and hold it
        // until commit. Writers of one stream (a model of a connection) take turns from here,
        // as SQLite's single writer makes every writer do:
        //
        // * the stored rows read next are the last writer's, so hashes gate against what is
        //   stored and `batchUpdate` merges into it: two writers that planned from the same
        //   rows would lose one's merge, or count one record added twice;
        // * the cursors are gap-free and in commit order: a batch takes the next cursors
        //   (`last + n`) only once the writer before it has committed, so a writer that
        //   commits late can never leave a lower cursor behind a reader that already read a
        //   higher one (the reader pages by `cursor > last seen` and would skip it).
        //
        // Writers of other streams lock other rows and do not wait. The connection's row is
        // held FOR KEY SHARE, so deleting the connection waits for the batch rather than
        // deadlocking with it, as with SQLite's writer; once the connection is gone, nothing
        // is locked and a batch with changes fails below.
        sqlx::query("WITH owner AS (SELECT id FROM connections WHERE id = $1 FOR KEY SHARE) INSERT INTO record_cursors (connection, model, last) SELECT id, $2, 0 FROM owner ON CONFLICT (connection, model) DO UPDATE SET last = record_cursors.last")
            .bind(connection)
            .bind(model)
            .execute(&mut *tx)
            .await?;
        // What is stored of the batch's ids, in one statement. A save only compares hashes:
        // the stored data is not read (see `records::needs_stored_data`).
        //
        // One primary-key probe per id, whatever the statistics say. `external_id = ANY($3)`
        // is planned as a scan of the whole stream when the statistics are missing or predate
        // the stream (a new connection's first sync in a big table), and so is a join with
        // `UNNEST($3)` (a hash join over the stream): measured at 90,000 records of a stream
        // the statistics did not know, 61 ms per batch of 1,000 for the join against 3 ms for
        // this form, as a custom and as a generic plan.
        let ids: Vec<&str> = records.iter().map(|record| record.id.as_str()).collect();
        let rows = sqlx::query(if records::needs_stored_data(write) {
            "SELECT external_id, hash, deleted_at IS NOT NULL AS deleted, data FROM records WHERE (connection, model, external_id) IN (SELECT $1, $2, UNNEST($3::text[]))"
        } else {
            "SELECT external_id, hash, deleted_at IS NOT NULL AS deleted, '' AS data FROM records WHERE (connection, model, external_id) IN (SELECT $1, $2, UNNEST($3::text[]))"
        })
        .bind(connection)
        .bind(model)
        .bind(&ids)
        .fetch_all(&mut *tx)
        .await?;
        let stored: HashMap<String, StoredRecord> = rows
            .iter()
            .map(|row| {
                Ok((
                    row.get("external_id"),
                    StoredRecord {
                        hash: row.get("hash"),
                        deleted: row.get("deleted"),
                        data: self.sealer.open_record(row.get("data"))?.into_owned(),
                    },
                ))
            })
            .collect::<Result<_>>()?;
        let at = now();
        let plan = records::plan(write, records, stored, &at);
        let changes = plan.changes;
        if !changes.is_empty() {
            let count = i64::try_from(changes.len()).unwrap_or(i64::MAX);
            let last: Option<i64> = sqlx::query_scalar(
                "UPDATE record_cursors SET last = last + $3 WHERE connection = $1 AND model = $2 RETURNING last",
            )
            .bind(connection)
            .bind(model)
            .bind(count)
            .fetch_optional(&mut *tx)
            .await?;
            let Some(last) = last else {
                return Err(StoreError::Database(format!(
                    "records of connection {connection}: the connection does not exist"
                )));
            };
            let cursors: Vec<i64> = records::cursors(last, changes.len()).collect();
            // Every change in one statement: one array per column, unnested into rows.
            let mut ids = Vec::with_capacity(changes.len());
            let mut data = Vec::with_capacity(changes.len());
            let mut hashes = Vec::with_capacity(changes.len());
            let mut actions = Vec::with_capacity(changes.len());
            let mut deleted_at = Vec::with_capacity(changes.len());
            let sealed: Vec<_> = changes
                .iter()
                .map(|change| self.sealer.seal_record(&change.data))
                .collect();
            for (change, sealed) in changes.iter().zip(&sealed) {
                ids.push(change.id.as_str());
                data.push(sealed.as_ref());
                hashes.push(change.hash.as_str());
                actions.push(change.action.as_str());
                deleted_at.push(change.deleted_at.as_deref());
            }
            sqlx::query("INSERT INTO records (connection, model, external_id, data, hash, first_seen_at, last_modified_at, last_action, deleted_at, cursor) SELECT $1, $2, change.id, change.data, change.hash, $3, $3, change.action, change.deleted_at, change.cursor FROM UNNEST($4::TEXT[], $5::TEXT[], $6::TEXT[], $7::TEXT[], $8::TEXT[], $9::BIGINT[]) AS change (id, data, hash, action, deleted_at, cursor) ON CONFLICT (connection, model, external_id) DO UPDATE SET data = excluded.data, hash = excluded.hash, last_modified_at = excluded.last_modified_at, last_action = excluded.last_action, deleted_at = excluded.deleted_at, cursor = excluded.cursor")
                .bind(connection)
                .bind(model)
                .bind(&at)
                .bind(&ids)
                .bind(&data)
                .bind(&hashes)
                .bind(&actions)
                .bind(&deleted_at)
                .bind(&cursors)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(plan.counts)
    }

    async fn delete_unseen_records(
        &self,
        connection: i64,
        model: &str,
        seen: &std::collections::HashSet<String>,
    ) -> Result<Vec<String>> {
        let live: Vec<String> = sqlx::query_scalar(
            "SELECT external_id FROM records WHERE connection = $1 AND model = $2 AND deleted_at IS NULL",
        )
        .bind(connection)
        .bind(model)
        .fetch_all(&self.pool)
        .await?;
        let gone = records::unseen(live, seen);
        self.write_records(connection, model, RecordWrite::Delete, &gone)
            .await?;
        Ok(gone.into_iter().map(|record| record.id).collect())
    }

    async fn records(&self, q: &RecordQuery) -> Result<Vec<CachedRecord>> {
        let mut query = QueryBuilder::<Postgres>::new(
            "SELECT external_id, data, first_seen_at, last_modified_at, last_action, deleted_at, cursor FROM records WHERE connection = ",
        );
        query
            .push_bind(q.connection)
            .push(" AND model = ")
            .push_bind(q.model.clone());
        if let Some(cursor) = q.after_cursor {
            query.push(" AND cursor > ").push_bind(cursor);
        }
        if let Some(after) = &q.modified_after {
            query
                .push(" AND last_modified_at >= ")
                .push_bind(after.clone());
        }
        if !q.actions.is_empty() {
            query
                .push(" AND last_action = ANY(")
                .push_bind(q.actions.clone())
                .push(")");
        }
        if !q.ids.is_empty() {
            query
                .push(" AND external_id = ANY(")
                .push_bind(q.ids.clone())
                .push(")");
        }
        query
            .push(" ORDER BY cursor LIMIT ")
            .push_bind(row_limit(q.limit));
        let rows = query.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| cached_record(row, &self.sealer))
            .collect()
    }

    async fn record_count(&self, connection: i64, model: &str) -> Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM records WHERE connection = $1 AND model = $2 AND deleted_at IS NULL")
            .bind(connection)
            .bind(model)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn clear_records(&self, connection: i64, model: &str) -> Result<u64> {
        let mut tx = self.pool.begin().await?;
        // A writer of the stream in progress finishes first (it holds this row): otherwise it
        // could write, after the clear, what it planned from rows the clear removed. The row
        // itself stays: see `record_cursors` in the schema.
        sqlx::query(
            "SELECT last FROM record_cursors WHERE connection = $1 AND model = $2 FOR UPDATE",
        )
        .bind(connection)
        .bind(model)
        .fetch_optional(&mut *tx)
        .await?;
        let done = sqlx::query("DELETE FROM records WHERE connection = $1 AND model = $2")
            .bind(connection)
            .bind(model)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    async fn reseal(&self) -> Result<Resealed> {
        let mut done = Resealed::default();
        let secrets: [(&str, &str, &mut u64); 2] = [
            (
                "SELECT id, credentials AS sealed FROM connections",
                "UPDATE connections SET credentials = $1 WHERE id = $2 AND credentials = $3",
                &mut done.credentials,
            ),
            (
                "SELECT id, oauth_client_secret AS sealed FROM integrations WHERE oauth_client_secret IS NOT NULL",
                "UPDATE integrations SET oauth_client_secret = $1 WHERE id = $2 AND oauth_client_secret = $3",
                &mut done.client_secrets,
            ),
        ];
        for (select, update, count) in secrets {
            let rows = sqlx::query(select).fetch_all(&self.pool).await?;
            for row in rows {
                let (id, stored): (i64, String) = (row.get("id"), row.get("sealed"));
                let Some(resealed) = self.sealer.reseal(&stored)? else {
                    continue;
                };
                *count += sqlx::query(update)
                    .bind(resealed)
                    .bind(id)
                    .bind(&stored)
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
            }
        }
        // Records, 500 at a time in key order, each chunk in one transaction.
        let mut after: (i64, String, String) = (i64::MIN, String::new(), String::new());
        loop {
            let rows = sqlx::query("SELECT connection, model, external_id, data FROM records WHERE (connection, model, external_id) > ($1, $2, $3) ORDER BY connection, model, external_id LIMIT 500")
                .bind(after.0)
                .bind(&after.1)
                .bind(&after.2)
                .fetch_all(&self.pool)
                .await?;
            let Some(last) = rows.last() else {
                break;
            };
            after = (
                last.get("connection"),
                last.get("model"),
                last.get("external_id"),
            );
            let mut tx = self.pool.begin().await?;
            for row in &rows {
                let stored: String = row.get("data");
                let Some(resealed) = self.sealer.reseal_record(&stored)? else {
                    continue;
                };
                done.records += sqlx::query("UPDATE records SET data = $1 WHERE connection = $2 AND model = $3 AND external_id = $4 AND data = $5")
                    .bind(resealed)
                    .bind(row.get::<i64, _>("connection"))
                    .bind(row.get::<String, _>("model"))
                    .bind(row.get::<String, _>("external_id"))
                    .bind(&stored)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            tx.commit().await?;
        }
        Ok(done)
    }

    async fn queue_webhook(&self, webhook: &NewWebhook) -> Result<()> {
        sqlx::query("INSERT INTO webhook_deliveries (environment_id, url, body, next_attempt_at, delivery_id, ordering_key) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(webhook.environment_id)
            .bind(&webhook.url)
            .bind(&webhook.body)
            .bind(now())
            .bind(&webhook.delivery_id)
            .bind(&webhook.ordering_key)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn claim_webhooks(
        &self,
        now_at: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<WebhookDelivery>> {
        let rows = sqlx::query("WITH due AS (SELECT id FROM webhook_deliveries AS w WHERE next_attempt_at <= $1 AND NOT EXISTS (SELECT 1 FROM webhook_deliveries AS e WHERE e.url = w.url AND e.ordering_key = w.ordering_key AND e.id < w.id) ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED) UPDATE webhook_deliveries SET next_attempt_at = $3 FROM due WHERE webhook_deliveries.id = due.id RETURNING webhook_deliveries.*")
            .bind(now_at)
            .bind(row_limit(limit))
            .bind(lease_until)
            .fetch_all(&self.pool)
            .await?;
        let mut deliveries: Vec<WebhookDelivery> = rows.iter().map(webhook_delivery).collect();
        deliveries.sort_by_key(|d| d.id);
        Ok(deliveries)
    }

    async fn webhook_attempted(
        &self,
        id: i64,
        delivered: bool,
        next_attempt_at: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        match queue::next_attempt(delivered, next_attempt_at) {
            Some(next) => {
                sqlx::query("UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2 WHERE id = $3")
                    .bind(next)
                    .bind(error)
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
            }
            None => {
                sqlx::query("DELETE FROM webhook_deliveries WHERE id = $1")
                    .bind(id)
                    .execute(&self.pool)
                    .await?;
            }
        }
        Ok(())
    }

    async fn postpone_webhook(&self, id: i64, next_attempt_at: &str) -> Result<()> {
        sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE id = $2")
            .bind(next_attempt_at)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn start_operation(
        &self,
        environment: i64,
        kind: &str,
        integration_key: Option<&str>,
        connection_id: Option<&str>,
        name: Option<&str>,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar("INSERT INTO operations (environment_id, kind, integration_key, connection_id, name, status, started_at) VALUES ($1, $2, $3, $4, $5, 'running', $6) RETURNING id")
            .bind(environment)
            .bind(kind)
            .bind(integration_key)
            .bind(connection_id)
            .bind(name)
            .bind(now())
            .fetch_one(&self.pool)
            .await?)
    }

    async fn finish_operation(&self, id: i64, status: &str, lines: &[LogLine]) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE operations SET status = $1, finished_at = $2 WHERE id = $3")
            .bind(status)
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if !lines.is_empty() {
            let levels: Vec<&str> = lines.iter().map(|l| l.level.as_str()).collect();
            let messages: Vec<&str> = lines.iter().map(|l| l.message.as_str()).collect();
            let times: Vec<&str> = lines.iter().map(|l| l.created_at.as_str()).collect();
            // In the lines' order: their ids are what `operation` sorts them by.
            sqlx::query("INSERT INTO log_lines (operation_id, level, message, created_at) SELECT $1, line.level, line.message, line.created_at FROM UNNEST($2::TEXT[], $3::TEXT[], $4::TEXT[]) WITH ORDINALITY AS line (level, message, created_at, position) ORDER BY line.position")
                .bind(id)
                .bind(&levels)
                .bind(&messages)
                .bind(&times)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn operations(
        &self,
        environment: i64,
        filter: &OperationFilter,
    ) -> Result<Vec<Operation>> {
        let mut query =
            QueryBuilder::<Postgres>::new("SELECT * FROM operations WHERE environment_id = ");
        query.push_bind(environment);
        let equal = [
            ("kind", &filter.kind),
            ("status", &filter.status),
            ("integration_key", &filter.integration_key),
            ("connection_id", &filter.connection_id),
        ];
        for (column, value) in equal {
            if let Some(value) = value {
                query
                    .push(format!(" AND {column} = "))
                    .push_bind(value.clone());
            }
        }
        if let Some(since) = &filter.since {
            query.push(" AND started_at >= ").push_bind(since.clone());
        }
        if let Some(until) = &filter.until {
            query.push(" AND started_at < ").push_bind(until.clone());
        }
        if let Some(search) = filter.search.as_deref().filter(|s| !s.is_empty()) {
            let pattern = like(search);
            query
                .push(format!(" AND ({} LIKE ", folded("name")))
                .push_bind(pattern.clone())
                .push(format!(
                    " ESCAPE '\\' OR {} LIKE ",
                    folded("integration_key")
                ))
                .push_bind(pattern.clone())
                .push(format!(" ESCAPE '\\' OR {} LIKE ", folded("connection_id")))
                .push_bind(pattern)
                .push(" ESCAPE '\\')");
        }
        if let Some(before) = filter.before {
            query.push(" AND id < ").push_bind(before);
        }
        if let Some(after) = filter.after {
            query.push(" AND id > ").push_bind(after);
        }
        query
            .push(" ORDER BY id DESC LIMIT ")
            .push_bind(filter.limit.max(0));
        let rows = query.build().fetch_all(&self.pool).await?;
        Ok(rows.iter().map(operation).collect())
    }

    async fn operation_activity(
        &self,
        environment: i64,
        since: &str,
        bucket_secs: i64,
    ) -> Result<Vec<ActivityCount>> {
        let bucket_secs = bucket_secs.max(1);
        // Whole seconds since the epoch, as SQLite's `strftime('%s', …)`; integer division
        // rounds toward zero in both.
        let rows = sqlx::query("SELECT (floor(extract(epoch FROM started_at::timestamptz))::BIGINT / $1) * $1 AS bucket, kind, status, COUNT(*) AS count FROM operations WHERE environment_id = $2 AND started_at >= $3 GROUP BY 1, kind, status ORDER BY bucket, kind, status")
            .bind(bucket_secs)
            .bind(environment)
            .bind(since)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .map(|row| ActivityCount {
                bucket: row.get("bucket"),
                kind: row.get("kind"),
                status: row.get("status"),
                count: row.get("count"),
            })
            .collect())
    }

    async fn operation(
        &self,
        environment: i64,
        id: i64,
    ) -> Result<Option<(Operation, Vec<LogLine>)>> {
        let Some(row) =
            sqlx::query("SELECT * FROM operations WHERE environment_id = $1 AND id = $2")
                .bind(environment)
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
        else {
            return Ok(None);
        };
        let lines = sqlx::query(
            "SELECT level, message, created_at FROM log_lines WHERE operation_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| LogLine {
            level: row.get("level"),
            message: row.get("message"),
            created_at: row.get("created_at"),
        })
        .collect();
        Ok(Some((operation(&row), lines)))
    }

    async fn prune_operations(&self, before: &str) -> Result<u64> {
        let done = sqlx::query(
            "DELETE FROM operations WHERE finished_at IS NOT NULL AND finished_at < $1",
        )
        .bind(before)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected())
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn notify(&self, channel: &str, payload: &str) -> Result<()> {
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(channel)
            .bind(payload)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn listen(&self, channel: &str) -> Result<Option<tokio::sync::mpsc::Receiver<String>>> {
        let mut listener = sqlx::postgres::PgListener::connect_with(&self.pool).await?;
        listener.listen(channel).await?;
        let (sender, receiver) = tokio::sync::mpsc::channel(256);
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(message) => {
                        if sender.send(message.payload().to_string()).await.is_err() {
                            return;
                        }
                    }
                    // The connection was lost: `recv` connects again (and listens again) on
                    // the next call; wait a little so that a database that is down is not
                    // hammered.
                    Err(_) => {
                        if sender.is_closed() {
                            return;
                        }
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(Some(receiver))
    }
}

#[cfg(test)]
mod tests {
    //! What only PostgreSQL has: several processes at once. The behaviour shared with SQLite
    //! is `suite.rs`'s.
    use std::collections::{HashMap, HashSet};
    use std::time::{Duration, Instant};

    use serde_json::json;

    use super::*;
    use crate::suite::{
        NEW_SEALING_KEY, SEALING_KEY, TestDatabase,
        a_rotation_seals_everything_again_under_the_new_key, one_connection,
        sealed_records_hold_no_plain_text,
    };

    #[tokio::test]
    async fn a_key_rotation_seals_everything_again() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        let sealer = |key: &str, previous: &[&str]| {
            let previous: Vec<String> = previous.iter().map(|k| k.to_string()).collect();
            Sealer::rotating(Some(key), &previous).unwrap()
        };
        let old = database
            .store()
            .await
            .sealing_records(sealer(SEALING_KEY, &[]));
        let rotating = database
            .store()
            .await
            .sealing_records(sealer(NEW_SEALING_KEY, &[SEALING_KEY]));
        let new = database
            .store()
            .await
            .sealing_records(sealer(NEW_SEALING_KEY, &[]));
        a_rotation_seals_everything_again_under_the_new_key(&old, &rotating, &new).await;
    }

    #[tokio::test]
    async fn records_are_sealed_at_rest_with_a_key() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        let plain = database.store().await;
        let sealed = database
            .store()
            .await
            .sealing_records(Sealer::new(Some(SEALING_KEY)).unwrap());
        let connection = one_connection(&plain).await;
        sealed_records_hold_no_plain_text(&sealed, &plain, connection, async || {
            sqlx::query_scalar("SELECT data FROM records")
                .fetch_all(&plain.pool)
                .await
                .unwrap()
        })
        .await;
    }

    #[tokio::test]
    async fn processes_starting_at_once_migrate_the_database_once() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        // Each store is a pool of its own, as each process would have.
        let stores = futures_util::future::join_all(
            (0..4).map(|_| PostgresStore::connect(&database.url, 2)),
        )
        .await;
        let stores: Vec<PostgresStore> = stores.into_iter().map(Result::unwrap).collect();
        let applied: Vec<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
                .fetch_all(&stores[0].pool)
                .await
                .unwrap();
        let known: Vec<(i64, Vec<u8>)> = MIGRATOR
            .iter()
            .map(|m| (m.version, m.checksum.to_vec()))
            .collect();
        assert_eq!(applied, known);
        stores[1].create_environment("dev", "k").await.unwrap();
        assert_eq!(stores[3].environments().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_database_newer_than_this_nango_is_refused() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        let store = database.store().await;
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99, 'later', TRUE, '\\x00', 0)")
            .execute(&store.pool)
            .await
            .unwrap();
        store.pool.close().await;
        let error = PostgresStore::connect(&database.url, 2)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("(version 99) is newer than this nango"),
            "{error}"
        );
    }

    /// Three writers save batches into one stream from their own connections, each batch
    /// changing records the others change too, while a reader pages by cursor as a client of
    /// `/records` does. SQLite cannot have this (one writer at a time); here it is what the
    /// counter row's lock is for.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_reader_paging_while_three_writers_save_sees_every_change_once() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        let store = PostgresStore::connect(&database.url, 8).await.unwrap();
        let connection = one_connection(&store).await;
        let writers: Vec<_> = (0..3)
            .map(|writer| {
                let store = store.clone();
                tokio::spawn(async move {
                    let mut changes = 0;
                    for batch in 0..80 {
                        // 50 of 200 ids, a different 50 each time, overlapping the others'.
                        let records: Vec<RecordInput> = (0..50)
                            .map(|i| {
                                let id = format!("r{}", (batch * 37 + i * 7 + writer * 61) % 200);
                                let value = json!({ "id": id, "writer": writer, "batch": batch });
                                RecordInput::from_value(id, &value)
                            })
                            .collect();
                        let counts = store
                            .write_records(connection, "M", RecordWrite::Save, &records)
                            .await
                            .unwrap();
                        changes += counts.added + counts.updated;
                    }
                    changes
                })
            })
            .collect();
        let mut seen: Vec<(String, i64)> = Vec::new();
        let mut after = None;
        let mut finished = false;
        loop {
            let page = store
                .records(&RecordQuery {
                    connection,
                    model: "M".into(),
                    after_cursor: after,
                    limit: 37,
                    ..RecordQuery::default()
                })
                .await
                .unwrap();
            for record in &page {
                assert!(
                    after.is_none_or(|after| record.cursor > after),
                    "cursor {} after {after:?}",
                    record.cursor
                );
                after = Some(record.cursor);
                seen.push((record.id.clone(), record.cursor));
            }
            if page.is_empty() && finished {
                break;
            }
            // Read once more after the writers are done.
            finished = writers.iter().all(|writer| writer.is_finished());
        }
        let mut changes = 0;
        for writer in writers {
            changes += writer.await.unwrap();
        }
        let last: HashMap<String, i64> = store
            .records(&RecordQuery {
                connection,
                model: "M".into(),
                limit: 10_000,
                ..RecordQuery::default()
            })
            .await
            .unwrap()
            .into_iter()
            .map(|record| (record.id, record.cursor))
            .collect();
        assert_eq!(last.len(), 200);
        let seen_set: HashSet<(String, i64)> = seen.iter().cloned().collect();
        assert_eq!(seen_set.len(), seen.len(), "no change seen twice");
        for (id, cursor) in &last {
            assert!(
                seen_set.contains(&(id.clone(), *cursor)),
                "{id}'s last change (cursor {cursor}) was skipped"
            );
        }
        // Gap-free: one cursor per change, 1 to the number of changes.
        let top: i64 = sqlx::query_scalar(
            "SELECT last FROM record_cursors WHERE connection = $1 AND model = 'M'",
        )
        .bind(connection)
        .fetch_one(&store.pool)
        .await
        .unwrap();
        assert_eq!(top, i64::try_from(changes).unwrap());
        assert_eq!(last.values().max(), Some(&top));
    }

    /// What the concurrent test above relies on, shown without a race: a batch waits while
    /// another transaction holds its stream's counter row, and a batch of another stream does
    /// not.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_batch_waits_for_the_writer_of_its_stream_only() {
        let Some(database) = TestDatabase::create().await else {
            return;
        };
        let store = database.store().await;
        let connection = one_connection(&store).await;
        let batch = crate::suite::fifty_records(0);
        store
            .write_records(connection, "M", RecordWrite::Save, &batch)
            .await
            .unwrap();
        let mut holder = store.pool.begin().await.unwrap();
        sqlx::query(
            "SELECT last FROM record_cursors WHERE connection = $1 AND model = 'M' FOR UPDATE",
        )
        .bind(connection)
        .execute(&mut *holder)
        .await
        .unwrap();
        let other = tokio::time::timeout(
            Duration::from_secs(5),
            store.write_records(connection, "Other", RecordWrite::Save, &batch),
        )
        .await;
        assert_eq!(
            other.unwrap().unwrap().added,
            50,
            "another stream does not wait"
        );
        let waiting = {
            let store = store.clone();
            let batch = crate::suite::fifty_records(1);
            tokio::spawn(async move {
                store
                    .write_records(connection, "M", RecordWrite::Save, &batch)
                    .await
            })
        };
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(!waiting.is_finished(), "the stream's second writer waits");
        holder.commit().await.unwrap();
        assert_eq!(waiting.await.unwrap().unwrap().added, 50);
    }

    /// The records table with Nango's layout: hash-partitioned by connection in 256 parts.
    const PARTITIONED_RECORDS: &str = r#"
        DROP TABLE records;
        CREATE TABLE records (
            connection BIGINT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
            model TEXT COLLATE "C" NOT NULL,
            external_id TEXT COLLATE "C" NOT NULL,
            data TEXT COLLATE "C" NOT NULL,
            hash TEXT COLLATE "C" NOT NULL,
            first_seen_at TEXT COLLATE "C" NOT NULL,
            last_modified_at TEXT COLLATE "C" NOT NULL,
            last_action TEXT COLLATE "C" NOT NULL,
            deleted_at TEXT COLLATE "C",
            cursor BIGINT NOT NULL,
            PRIMARY KEY (connection, model, external_id)
        ) PARTITION BY HASH (connection);
        CREATE UNIQUE INDEX records_by_cursor ON records (connection, model, cursor);
        DO $$ BEGIN
            FOR part IN 0..255 LOOP
                EXECUTE format('CREATE TABLE records_%s PARTITION OF records FOR VALUES WITH (MODULUS 256, REMAINDER %s)', part, part);
            END LOOP;
        END $$;
    "#;

    /// Measures the records table plain and partitioned (run with `--ignored --nocapture`):
    /// 200,000 records of 20 connections written in batches of 1,000 by two writers (the
    /// machine's cores), saved again unchanged and with a tenth changed, then read by pages.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[ignore = "a measurement, not a test: minutes, and it prints figures"]
    async fn records_plain_and_partitioned_measured() {
        // Twice each, alternating: the machine is shared, and a figure seen once may be
        // another process's doing.
        for layout in ["plain", "partitioned", "plain", "partitioned"] {
            let Some(database) = TestDatabase::create().await else {
                return;
            };
            let store = PostgresStore::connect(&database.url, 4).await.unwrap();
            if layout == "partitioned" {
                sqlx::raw_sql(PARTITIONED_RECORDS)
                    .execute(&store.pool)
                    .await
                    .unwrap();
            }
            let dev = store.create_environment("dev", "k").await.unwrap();
            let integration = store
                .create_integration(
                    dev.id,
                    &NewIntegration {
                        unique_key: "gh".into(),
                        provider: "github".into(),
                        ..NewIntegration::default()
                    },
                )
                .await
                .unwrap();
            let mut connections = Vec::new();
            for n in 0..20 {
                let id =
                    crate::suite::new_connection(&store, dev.id, integration.id, &format!("c{n}"))
                        .await;
                connections.push(id);
            }
            let record = |n: usize, version: usize| {
                let id = format!("{n:08}");
                let value = json!({
                    "id": id,
                    "name": format!("Contact {n}"),
                    "email": format!("contact{n}@example.com"),
                    "company": "Example Corporation",
                    "title": "Head of Things",
                    "phone": "+1 555 0100",
                    "tags": ["customer", "newsletter"],
                    "version": version,
                });
                RecordInput::from_value(id, &value)
            };
            // Two writers (one per core), each taking every other connection.
            let pass = |version: fn(usize) -> usize| {
                let connections = connections.clone();
                let store = store.clone();
                async move {
                    let started = Instant::now();
                    let writers: Vec<_> = (0..2)
                        .map(|writer| {
                            let store = store.clone();
                            let connections: Vec<i64> = connections
                                .iter()
                                .copied()
                                .skip(writer)
                                .step_by(2)
                                .collect();
                            tokio::spawn(async move {
                                for connection in connections {
                                    for batch in 0..10 {
                                        let records: Vec<RecordInput> = (batch * 1000
                                            ..(batch + 1) * 1000)
                                            .map(|n| record(n, version(n)))
                                            .collect();
                                        store
                                            .write_records(
                                                connection,
                                                "Contact",
                                                RecordWrite::Save,
                                                &records,
                                            )
                                            .await
                                            .unwrap();
                                    }
                                }
                            })
                        })
                        .collect();
                    for writer in writers {
                        writer.await.unwrap();
                    }
                    started.elapsed()
                }
            };
            let ingest = pass(|_| 0).await;
            let unchanged = pass(|_| 0).await;
            let tenth = pass(|n| usize::from(n % 10 == 0)).await;
            sqlx::query("ANALYZE records")
                .execute(&store.pool)
                .await
                .unwrap();
            // A whole connection by pages of 100, as a client catching up.
            let started = Instant::now();
            let mut after = None;
            let mut pages = 0;
            loop {
                let page = store
                    .records(&RecordQuery {
                        connection: connections[7],
                        model: "Contact".into(),
                        after_cursor: after,
                        limit: 100,
                        ..RecordQuery::default()
                    })
                    .await
                    .unwrap();
                let Some(last) = page.last() else { break };
                after = Some(last.cursor);
                pages += 1;
            }
            let paging = started.elapsed();
            // One page from the middle, many times.
            let middle = store
                .records(&RecordQuery {
                    connection: connections[13],
                    model: "Contact".into(),
                    limit: 5000,
                    ..RecordQuery::default()
                })
                .await
                .unwrap()
                .last()
                .unwrap()
                .cursor;
            let started = Instant::now();
            for _ in 0..200 {
                store
                    .records(&RecordQuery {
                        connection: connections[13],
                        model: "Contact".into(),
                        after_cursor: Some(middle),
                        limit: 100,
                        ..RecordQuery::default()
                    })
                    .await
                    .unwrap();
            }
            let page = started.elapsed() / 200;
            let size: String = sqlx::query_scalar(
                "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c WHERE c.relkind = 'r' AND c.relname LIKE 'records%'",
            )
            .fetch_one(&store.pool)
            .await
            .unwrap();
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            eprintln!(
                "{layout:>11}: ingest 200k {:.0} ms, unchanged 200k {:.0} ms, 10% changed {:.0} ms, one connection in {pages} pages {:.0} ms, a middle page {:.2} ms, size {size}",
                ms(ingest),
                ms(unchanged),
                ms(tenth),
                ms(paging),
                ms(page)
            );
        }
    }
}
