//! The embedded store: one SQLite file (WAL), migrated on open.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use async_trait::async_trait;
use serde_json::Value;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, SqlitePool};

use crate::model::*;
use crate::records;
use crate::sqlite_writes::RecordWriter;
use crate::{Result, Sealer, Store, StoreError, deploy, now, queue};

/// The schema, one file per version in `migrations/sqlite/`, compiled in. Applied versions
/// are recorded in sqlx's `_sqlx_migrations` table (with a checksum of each file, so a file
/// edited after release is caught); see [`SqliteStore::adopt_legacy_schema`] for databases
/// made before that.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// The SQLite store.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// SQLite has one writer at a time, so every statement that writes runs on this pool of
    /// one connection: writers queue here, in order, and `pool` only reads. A write on a
    /// reading connection would wait for the file lock in SQLite's busy handler instead, which
    /// sleeps (1, 2, 5, 10… up to 100 ms) and retries: with records being written, the end of
    /// each sync run waited ~30 ms that way, and 100 short runs at once ran at half the rate of
    /// one long run. Transactions that read before they write would also fail with "database
    /// is locked" when interleaved (a stale read snapshot cannot be upgraded). Being the only
    /// connection that writes, it also keeps its page cache: another connection's write would
    /// make it read the pages again.
    writer: SqlitePool,
    /// Record writes, committed in groups on `writer` (see [`RecordWriter`]).
    records: RecordWriter,
    /// Seals records at rest (when there is a key).
    sealer: Arc<Sealer>,
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

    /// The same store, sealing the records it writes with `sealer` (and opening them when
    /// read); records stored before, or without a key, are read as they are.
    pub fn sealing_records(self, sealer: Sealer) -> Self {
        let sealer = Arc::new(sealer);
        Self {
            records: self.records.sealing_with(sealer.clone()),
            sealer,
            ..self
        }
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
            .busy_timeout(std::time::Duration::from_secs(10))
            // A larger page cache than the default 2 MiB: a batch's hash lookups touch the
            // records index all over.
            .pragma("cache_size", "-16384");
        // A private in-memory database lives in its one connection: the writer shares it, and
        // it is never replaced.
        let pool = if connections == 1 {
            SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .connect_with(options.clone())
                .await?
        } else {
            pool_options(connections)
                .connect_with(options.clone())
                .await?
        };
        let writer = if connections == 1 {
            pool.clone()
        } else {
            pool_options(1).connect_with(options).await?
        };
        let records = RecordWriter::start(writer.clone());
        let store = Self {
            pool,
            writer,
            records,
            sealer: Arc::new(Sealer::none()),
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        self.adopt_legacy_schema().await?;
        MIGRATOR.run(&self.pool).await.map_err(|error| match error {
            sqlx::migrate::MigrateError::VersionMissing(version) => StoreError::Database(format!(
                "the database schema (version {version}) is newer than this nango ({}): upgrade nango",
                MIGRATOR.iter().count()
            )),
            error => StoreError::Database(format!("migrating the database: {error}")),
        })
    }

    /// Databases made before the migrations were files count the migrations they ran in
    /// `PRAGMA user_version` and have no `_sqlx_migrations` table. The first files hold those
    /// same migrations, in order: record that many as applied, with the checksums sqlx
    /// expects, so that the migrator runs only the ones after. `user_version` is left as it
    /// was and not read again.
    async fn adopt_legacy_schema(&self) -> Result<()> {
        use sqlx::migrate::Migrate;
        // IMMEDIATE: two processes opening the same old file adopt it once.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let legacy: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&mut *tx)
            .await?;
        let adopted: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations')",
        )
        .fetch_one(&mut *tx)
        .await?;
        if legacy <= 0 || adopted {
            return Ok(());
        }
        // The old scheme ended at its second migration: later ones only ever ran through sqlx.
        let known: Vec<&sqlx::migrate::Migration> = MIGRATOR
            .iter()
            .filter(|m| !m.migration_type.is_down_migration())
            .take(LEGACY_MIGRATIONS)
            .collect();
        let Some(applied) = usize::try_from(legacy).ok().and_then(|n| known.get(..n)) else {
            return Err(StoreError::Database(format!(
                "the database schema (version {legacy}) is newer than this nango ({}): upgrade nango",
                known.len()
            )));
        };
        tx.ensure_migrations_table()
            .await
            .map_err(|error| StoreError::Database(error.to_string()))?;
        for migration in applied {
            // As sqlx's own `apply` records a migration (an execution time of -1: not measured).
            sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (?, ?, TRUE, ?, -1)")
                .bind(migration.version)
                .bind(&*migration.description)
                .bind(&*migration.checksum)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// How many migrations the `PRAGMA user_version` scheme had when migrations became files.
const LEGACY_MIGRATIONS: usize = 2;

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

const CONNECTION_COLUMNS: &str = "c.id, c.environment_id, c.integration_id, i.unique_key, i.provider, c.connection_id, c.credentials, c.connection_config, c.metadata, c.end_user, c.tags, c.errors, c.created_at, c.updated_at, c.last_fetched_at, c.credentials_expires_at";

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
        credentials_expires_at: row.get("credentials_expires_at"),
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

fn dashboard_user(row: &sqlx::sqlite::SqliteRow) -> DashboardUser {
    DashboardUser {
        id: row.get("id"),
        username: row.get("username"),
        password_hash: row.get("password_hash"),
    }
}

fn action_run(row: &sqlx::sqlite::SqliteRow) -> ActionRun {
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

fn connect_session(row: &sqlx::sqlite::SqliteRow) -> ConnectSession {
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

fn sync_schedule(row: &sqlx::sqlite::SqliteRow) -> SyncSchedule {
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

fn sync_job(row: &sqlx::sqlite::SqliteRow) -> SyncJob {
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

fn operation(row: &sqlx::sqlite::SqliteRow) -> Operation {
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

/// `%text%` for LIKE, with the wildcards of `text` escaped.
fn like(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A pool of connections to a database file. A connection that sqlx still believes inside a
/// transaction is replaced rather than handed out: SQLite rolls a transaction back on its own
/// when a write fails for lack of space (`SQLITE_FULL`) or an I/O error, sqlx's `ROLLBACK` then
/// fails, and the connection would refuse every later `BEGIN` (the server would not write again
/// until restarted, even once the disk has room).
fn pool_options(connections: u32) -> SqlitePoolOptions {
    SqlitePoolOptions::new()
        .max_connections(connections)
        // A connection to a file in this process does not go stale: no ping before each use
        // (a round trip to the connection's thread that measured 3% of a busy server).
        .test_before_acquire(false)
        .before_acquire(|connection, _| {
            use sqlx::Connection;
            let healthy = !connection.is_in_transaction();
            if !healthy {
                tracing::warn!(
                    "a database connection left inside a failed transaction is replaced"
                );
            }
            Box::pin(async move { Ok(healthy) })
        })
}

/// A webhook delivery due `at`, queued alone or with a run's end (in its transaction).
async fn insert_webhook<'e>(
    executor: impl sqlx::SqliteExecutor<'e>,
    webhook: &NewWebhook,
    at: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO webhook_deliveries (environment_id, url, body, next_attempt_at, delivery_id, ordering_key) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(webhook.environment_id)
        .bind(&webhook.url)
        .bind(&webhook.body)
        .bind(at)
        .bind(&webhook.delivery_id)
        .bind(&webhook.ordering_key)
        .execute(executor)
        .await?;
    Ok(())
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
        let row = sqlx::query(
            "SELECT * FROM environments WHERE secret_key = ? OR pending_secret_key = ? LIMIT 1",
        )
        .bind(secret_key)
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
        .fetch_one(&self.writer)
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
                    .execute(&self.writer)
                    .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM environment_variables WHERE environment_id = ? AND name = ?",
                )
                .bind(environment)
                .bind(name)
                .execute(&self.writer)
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
            .fetch_one(&self.writer)
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
            .fetch_one(&self.writer)
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
                .execute(&self.writer)
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
        let id: i64 = sqlx::query_scalar("INSERT INTO connections (environment_id, integration_id, connection_id, credentials, connection_config, metadata, end_user, tags, errors, created_at, updated_at, credentials_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?) ON CONFLICT (integration_id, connection_id) DO UPDATE SET credentials = excluded.credentials, connection_config = excluded.connection_config, metadata = excluded.metadata, end_user = COALESCE(excluded.end_user, connections.end_user), tags = excluded.tags, errors = '[]', updated_at = excluded.updated_at, credentials_expires_at = excluded.credentials_expires_at RETURNING id")
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
            .bind(&new.credentials_expires_at)
            .fetch_one(&self.writer)
            .await?;
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.id = ?"))
            .bind(id)
            .fetch_one(&self.writer)
            .await?;
        Ok(connection(&row))
    }

    async fn update_connection(&self, changed: &Connection) -> Result<()> {
        sqlx::query("UPDATE connections SET credentials = ?, connection_config = ?, metadata = ?, end_user = ?, tags = ?, errors = ?, updated_at = ?, last_fetched_at = ?, credentials_expires_at = ? WHERE id = ?")
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
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn connection_by_id(&self, id: i64) -> Result<Option<Connection>> {
        let row = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(connection))
    }

    async fn connections_expiring(&self, before: &str, limit: i64) -> Result<Vec<Connection>> {
        let rows = sqlx::query(&format!("SELECT {CONNECTION_COLUMNS} FROM connections c JOIN integrations i ON i.id = c.integration_id WHERE c.credentials_expires_at IS NOT NULL AND c.credentials_expires_at <= ? ORDER BY c.credentials_expires_at LIMIT ?"))
            .bind(before)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(connection).collect())
    }

    async fn delete_connection(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM connections WHERE id = ?")
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn deploy(&self, environment: i64, deploy: &NewDeployment) -> Result<Deployment> {
        let mut tx = self.writer.begin_with("BEGIN IMMEDIATE").await?;
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
            let existing = sqlx::query(
                "SELECT id, integration_key, kind, name FROM scripts WHERE environment_id = ?",
            )
            .bind(environment)
            .fetch_all(&mut *tx)
            .await?;
            for row in existing {
                if deploy::removes(
                    deploy,
                    row.get("integration_key"),
                    row.get("kind"),
                    row.get("name"),
                ) {
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
        sqlx::query("INSERT INTO action_runs (id, environment_id, connection, action_name, input, status, output, error, created_at, finished_at, worker, lease_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
            .execute(&self.writer)
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
            .execute(&self.writer)
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

    async fn claim_action_runs(
        &self,
        worker: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<ActionRun>> {
        let rows = sqlx::query("UPDATE action_runs SET status = 'running', worker = ?, lease_until = ? WHERE id IN (SELECT id FROM action_runs WHERE status = 'queued' ORDER BY created_at, id LIMIT ?) RETURNING *")
            .bind(worker)
            .bind(lease_until)
            .bind(limit)
            .fetch_all(&self.writer)
            .await?;
        let mut runs: Vec<ActionRun> = rows.iter().map(action_run).collect();
        runs.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
        Ok(runs)
    }

    async fn renew_action_lease(&self, id: &str, worker: &str, lease_until: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE action_runs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running'")
            .bind(lease_until)
            .bind(id)
            .bind(worker)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn fail_abandoned_action_runs(&self, now_at: &str, error: &Value) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar("UPDATE action_runs SET status = 'error', error = ?, finished_at = ? WHERE status = 'running' AND lease_until IS NOT NULL AND lease_until < ? RETURNING id")
            .bind(error.to_string())
            .bind(now())
            .bind(now_at)
            .fetch_all(&self.writer)
            .await?)
    }
    async fn create_connect_session(&self, session: &NewConnectSession) -> Result<ConnectSession> {
        let row = sqlx::query(
            "INSERT INTO connect_sessions (environment_id, token_hash, end_user, organization, allowed_integrations, integrations_config_defaults, tags, connection, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
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
        .fetch_one(&self.writer)
        .await?;
        Ok(connect_session(&row))
    }

    async fn connect_session(&self, token_hash: &str, now: &str) -> Result<Option<ConnectSession>> {
        let row =
            sqlx::query("SELECT * FROM connect_sessions WHERE token_hash = ? AND expires_at > ?")
                .bind(token_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.as_ref().map(connect_session))
    }

    async fn delete_connect_session(&self, id: i64) -> Result<bool> {
        let done = sqlx::query("DELETE FROM connect_sessions WHERE id = ?")
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    async fn prune_connect_sessions(&self, before: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM connect_sessions WHERE expires_at < ?")
            .bind(before)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }

    async fn dashboard_user(&self, username: &str) -> Result<Option<DashboardUser>> {
        let row = sqlx::query("SELECT * FROM dashboard_users WHERE username = ?")
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
        let row = sqlx::query("INSERT INTO dashboard_users (username, password_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash RETURNING *")
            .bind(username)
            .bind(password_hash)
            .bind(now())
            .fetch_one(&self.writer)
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
        sqlx::query("INSERT INTO dashboard_sessions (token_hash, user_id, csrf_token, expires_at, created_at) VALUES (?, ?, ?, ?, ?)")
            .bind(token_hash)
            .bind(user)
            .bind(csrf_token)
            .bind(expires_at)
            .bind(now())
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn dashboard_session(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<DashboardSession>> {
        let row = sqlx::query("SELECT s.token_hash, s.csrf_token, s.expires_at, u.id, u.username, u.password_hash FROM dashboard_sessions s JOIN dashboard_users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?")
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
        sqlx::query("DELETE FROM dashboard_sessions WHERE token_hash = ?")
            .bind(token_hash)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn prune_dashboard_sessions(&self, before: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM dashboard_sessions WHERE expires_at < ?")
            .bind(before)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }

    async fn create_oauth_flow(&self, flow: &OAuthFlow) -> Result<()> {
        sqlx::query("INSERT INTO oauth_flows (state_hash, environment_id, flow, expires_at, created_at) VALUES (?, ?, ?, ?, ?)")
            .bind(&flow.state_hash)
            .bind(flow.environment_id)
            .bind(flow.flow.to_string())
            .bind(&flow.expires_at)
            .bind(now())
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn take_oauth_flow(&self, state_hash: &str, now: &str) -> Result<Option<OAuthFlow>> {
        // One statement: of two callbacks with the same state, one gets the flow.
        let row = sqlx::query("DELETE FROM oauth_flows WHERE state_hash = ? RETURNING *")
            .bind(state_hash)
            .fetch_optional(&self.writer)
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
        let done = sqlx::query("DELETE FROM oauth_flows WHERE expires_at < ?")
            .bind(before)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }

    async fn environment_by_public_key(&self, public_key: &str) -> Result<Option<Environment>> {
        let row = sqlx::query("SELECT * FROM environments WHERE public_key = ?")
            .bind(public_key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(environment))
    }

    async fn set_public_key(&self, environment: i64, public_key: &str) -> Result<()> {
        sqlx::query("UPDATE environments SET public_key = ? WHERE id = ?")
            .bind(public_key)
            .bind(environment)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn update_environment(&self, environment: &Environment) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        // A key opens one environment only: neither key may be another environment's key,
        // current or pending (the unique indexes cover one column each).
        let keys = [
            Some(environment.secret_key.as_str()),
            environment.pending_secret_key.as_deref(),
        ];
        for key in keys.into_iter().flatten() {
            let taken: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM environments WHERE id != ? AND (secret_key = ? OR pending_secret_key = ?)",
            )
            .bind(environment.id)
            .bind(key)
            .bind(key)
            .fetch_one(&mut *tx)
            .await?;
            if taken > 0 {
                return Err(StoreError::Conflict(
                    "another environment has this key".into(),
                ));
            }
        }
        sqlx::query("UPDATE environments SET secret_key = ?, pending_secret_key = ?, webhook_url = ?, webhook_url_secondary = ?, webhook_secret = ?, webhook_on_auth_creation = ?, webhook_on_auth_refresh_error = ?, webhook_on_sync_error = ?, webhook_on_sync_success_always = ?, sync_time_limit_secs = ?, action_time_limit_secs = ? WHERE id = ?")
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
        let rows = sqlx::query("SELECT * FROM sync_schedules WHERE environment_id = ? AND (? IS NULL OR connection = ?) ORDER BY id")
            .bind(environment)
            .bind(connection)
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
            "SELECT * FROM sync_schedules WHERE paused = 0 AND next_run_at <= ? ORDER BY id",
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
        sqlx::query("INSERT INTO sync_schedules (environment_id, connection, integration_key, name, variant, paused, next_run_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (connection, name, variant) DO NOTHING")
            .bind(environment)
            .bind(connection)
            .bind(integration_key)
            .bind(name)
            .bind(variant)
            .bind(paused)
            .bind(queue::first_run_at(paused, &now()))
            .bind(now())
            .execute(&self.writer)
            .await?;
        let row = sqlx::query(
            "SELECT * FROM sync_schedules WHERE connection = ? AND name = ? AND variant = ?",
        )
        .bind(connection)
        .bind(name)
        .bind(variant)
        .fetch_one(&self.writer)
        .await?;
        Ok(sync_schedule(&row))
    }

    async fn sync_checkpoint(&self, schedule: i64) -> Result<Option<Value>> {
        let text: Option<Option<String>> =
            sqlx::query_scalar("SELECT checkpoint FROM sync_schedules WHERE id = ?")
                .bind(schedule)
                .fetch_optional(&self.pool)
                .await?;
        Ok(text
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok()))
    }

    async fn set_sync_checkpoint(&self, schedule: i64, checkpoint: Option<&Value>) -> Result<()> {
        sqlx::query("UPDATE sync_schedules SET checkpoint = ? WHERE id = ?")
            .bind(checkpoint.map(Value::to_string))
            .bind(schedule)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn update_sync_schedule(&self, schedule: &SyncSchedule) -> Result<()> {
        sqlx::query("UPDATE sync_schedules SET paused = ?, frequency_secs = ?, next_run_at = ?, last_sync_date = ? WHERE id = ?")
            .bind(schedule.paused)
            .bind(schedule.frequency_secs)
            .bind(&schedule.next_run_at)
            .bind(&schedule.last_sync_date)
            .bind(schedule.id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn sync_schedule(&self, id: i64) -> Result<Option<SyncSchedule>> {
        let row = sqlx::query("SELECT * FROM sync_schedules WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(sync_schedule))
    }

    async fn delete_sync_schedule(&self, id: i64) -> Result<()> {
        sqlx::query("DELETE FROM sync_schedules WHERE id = ?")
            .bind(id)
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn queue_sync_job(&self, sync_id: i64, kind: JobKind, run_at: &str) -> Result<SyncJob> {
        let mut tx = self.writer.begin_with("BEGIN IMMEDIATE").await?;
        let active = sqlx::query("SELECT * FROM sync_jobs WHERE sync_id = ? AND status IN ('queued', 'running') ORDER BY id LIMIT 1")
            .bind(sync_id)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(row) = active {
            return Ok(sync_job(&row));
        }
        let row = sqlx::query("INSERT INTO sync_jobs (sync_id, kind, status, run_at) VALUES (?, ?, 'queued', ?) RETURNING *")
            .bind(sync_id)
            .bind(kind.as_str())
            .bind(run_at)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(sync_job(&row))
    }

    async fn claim_sync_jobs(
        &self,
        now_at: &str,
        limit: i64,
        worker: &str,
        lease_until: &str,
    ) -> Result<Vec<SyncJob>> {
        // One statement, so one claim at a time. A running run whose lease ended is claimed
        // again: its worker stopped. (SET expressions read the row as it was: `status =
        // 'running'` there means "reclaimed".)
        let rows = sqlx::query("UPDATE sync_jobs SET attempt = attempt + CASE WHEN status = 'running' THEN 1 ELSE 0 END, error = CASE WHEN status = 'running' THEN ? ELSE error END, status = 'running', started_at = ?, lease_owner = ?, lease_until = ? WHERE id IN (SELECT id FROM sync_jobs WHERE (status = 'queued' AND run_at <= ?) OR (status = 'running' AND (lease_until IS NULL OR lease_until < ?)) ORDER BY run_at, id LIMIT ?) RETURNING *")
            .bind(queue::ABANDONED_RUN)
            .bind(now())
            .bind(worker)
            .bind(lease_until)
            .bind(now_at)
            .bind(now_at)
            .bind(limit)
            .fetch_all(&self.writer)
            .await?;
        let mut jobs: Vec<SyncJob> = rows.iter().map(sync_job).collect();
        jobs.sort_by(|a, b| (&a.run_at, a.id).cmp(&(&b.run_at, b.id)));
        Ok(jobs)
    }

    async fn renew_sync_lease(&self, id: i64, worker: &str, lease_until: &str) -> Result<bool> {
        let done = sqlx::query("UPDATE sync_jobs SET lease_until = ? WHERE id = ? AND status = 'running' AND lease_owner = ?")
            .bind(lease_until)
            .bind(id)
            .bind(worker)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn finish_sync_job(&self, id: i64, worker: &str, end: &SyncRunEnd) -> Result<bool> {
        let mut tx = self.writer.begin().await?;
        let at = now();
        let done = sqlx::query(
            "UPDATE sync_jobs SET status = ?, result = ?, error = ?, finished_at = ?, lease_until = NULL WHERE id = ? AND status = 'running' AND lease_owner = ?",
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
        for webhook in &end.webhooks {
            insert_webhook(&mut *tx, webhook, &at).await?;
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
        let done = sqlx::query("UPDATE sync_jobs SET status = 'queued', attempt = attempt + 1, run_at = ?, error = ?, started_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'running' AND lease_owner = ?")
            .bind(run_at)
            .bind(error)
            .bind(id)
            .bind(worker)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn release_sync_jobs(&self, worker: &str) -> Result<u64> {
        let done = sqlx::query("UPDATE sync_jobs SET status = 'queued', attempt = attempt + 1, run_at = ?, started_at = NULL, error = ?, lease_owner = NULL, lease_until = NULL WHERE status = 'running' AND lease_owner = ?")
            .bind(now())
            .bind(queue::INTERRUPTED_RUN)
            .bind(worker)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }

    async fn advance_schedule(
        &self,
        id: i64,
        expected: Option<&str>,
        next: Option<&str>,
    ) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE sync_schedules SET next_run_at = ? WHERE id = ? AND next_run_at IS ?",
        )
        .bind(next)
        .bind(id)
        .bind(expected)
        .execute(&self.writer)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn sync_jobs(&self, sync_id: i64, limit: i64) -> Result<Vec<SyncJob>> {
        let rows =
            sqlx::query("SELECT * FROM sync_jobs WHERE sync_id = ? ORDER BY id DESC LIMIT ?")
                .bind(sync_id)
                .bind(limit)
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
        self.records.write(connection, model, write, records).await
    }

    async fn delete_unseen_records(
        &self,
        connection: i64,
        model: &str,
        seen: &std::collections::HashSet<String>,
    ) -> Result<Vec<String>> {
        let live: Vec<String> = sqlx::query_scalar(
            "SELECT external_id FROM records WHERE connection = ? AND model = ? AND deleted_at IS NULL",
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
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
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
            query.push(" AND last_action IN (");
            let mut list = query.separated(", ");
            for action in &q.actions {
                list.push_bind(action.clone());
            }
            query.push(")");
        }
        if !q.ids.is_empty() {
            query.push(" AND external_id IN (");
            let mut list = query.separated(", ");
            for id in &q.ids {
                list.push_bind(id.clone());
            }
            query.push(")");
        }
        query.push(" ORDER BY cursor LIMIT ").push_bind(q.limit);
        let rows = query.build().fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                Ok(CachedRecord {
                    id: row.get("external_id"),
                    data: json(&self.sealer.open_record(row.get("data"))?),
                    first_seen_at: row.get("first_seen_at"),
                    last_modified_at: row.get("last_modified_at"),
                    last_action: row.get("last_action"),
                    deleted_at: row.get("deleted_at"),
                    cursor: row.get("cursor"),
                })
            })
            .collect()
    }

    async fn record_count(&self, connection: i64, model: &str) -> Result<i64> {
        // From the small partial index: the planner, without statistics, would walk the
        // table's (large) rows by primary key instead.
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM records INDEXED BY records_live WHERE connection = ? AND model = ? AND deleted_at IS NULL")
            .bind(connection)
            .bind(model)
            .fetch_one(&self.pool)
            .await?)
    }

    async fn clear_records(&self, connection: i64, model: &str) -> Result<u64> {
        let done = sqlx::query("DELETE FROM records WHERE connection = ? AND model = ?")
            .bind(connection)
            .bind(model)
            .execute(&self.writer)
            .await?;
        Ok(done.rows_affected())
    }

    async fn reseal(&self) -> Result<Resealed> {
        let mut done = Resealed::default();
        let secrets: [(&str, &str, &mut u64); 2] = [
            (
                "SELECT id, credentials AS sealed FROM connections",
                "UPDATE connections SET credentials = ? WHERE id = ? AND credentials = ?",
                &mut done.credentials,
            ),
            (
                "SELECT id, oauth_client_secret AS sealed FROM integrations WHERE oauth_client_secret IS NOT NULL",
                "UPDATE integrations SET oauth_client_secret = ? WHERE id = ? AND oauth_client_secret = ?",
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
                    .execute(&self.writer)
                    .await?
                    .rows_affected();
            }
        }
        // Records, 500 at a time in key order, each chunk in one transaction.
        let mut after: (i64, String, String) = (i64::MIN, String::new(), String::new());
        loop {
            let rows = sqlx::query("SELECT connection, model, external_id, data FROM records WHERE (connection, model, external_id) > (?, ?, ?) ORDER BY connection, model, external_id LIMIT 500")
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
            let mut tx = self.writer.begin().await?;
            for row in &rows {
                let stored: String = row.get("data");
                let Some(resealed) = self.sealer.reseal_record(&stored)? else {
                    continue;
                };
                done.records += sqlx::query("UPDATE records SET data = ? WHERE connection = ? AND model = ? AND external_id = ? AND data = ?")
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
        insert_webhook(&self.writer, webhook, &now()).await
    }

    async fn claim_webhooks(
        &self,
        now_at: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<WebhookDelivery>> {
        let rows = sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id IN (SELECT id FROM webhook_deliveries AS w WHERE next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM webhook_deliveries AS e WHERE e.url = w.url AND e.ordering_key = w.ordering_key AND e.id < w.id) ORDER BY id LIMIT ?) RETURNING *")
            .bind(lease_until)
            .bind(now_at)
            .bind(limit)
            .fetch_all(&self.writer)
            .await?;
        let mut deliveries: Vec<WebhookDelivery> = rows
            .iter()
            .map(|row| WebhookDelivery {
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
            })
            .collect();
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
                sqlx::query("UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?")
                    .bind(next)
                    .bind(error)
                    .bind(id)
                    .execute(&self.writer)
                    .await?;
            }
            None => {
                sqlx::query("DELETE FROM webhook_deliveries WHERE id = ?")
                    .bind(id)
                    .execute(&self.writer)
                    .await?;
            }
        }
        Ok(())
    }

    async fn postpone_webhook(&self, id: i64, next_attempt_at: &str) -> Result<()> {
        sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
            .bind(next_attempt_at)
            .bind(id)
            .execute(&self.writer)
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
        Ok(sqlx::query_scalar("INSERT INTO operations (environment_id, kind, integration_key, connection_id, name, status, started_at) VALUES (?, ?, ?, ?, ?, 'running', ?) RETURNING id")
            .bind(environment)
            .bind(kind)
            .bind(integration_key)
            .bind(connection_id)
            .bind(name)
            .bind(now())
            .fetch_one(&self.writer)
            .await?)
    }

    async fn finish_operation(&self, id: i64, status: &str, lines: &[LogLine]) -> Result<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("UPDATE operations SET status = ?, finished_at = ? WHERE id = ?")
            .bind(status)
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        for chunk in lines.chunks(1000) {
            let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO log_lines (operation_id, level, message, created_at) ",
            );
            query.push_values(chunk, |mut row, line| {
                row.push_bind(id)
                    .push_bind(line.level.as_str())
                    .push_bind(line.message.as_str())
                    .push_bind(line.created_at.as_str());
            });
            query.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn operations(
        &self,
        environment: i64,
        filter: &OperationFilter,
    ) -> Result<Vec<Operation>> {
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "SELECT * FROM operations WHERE environment_id = ",
        );
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
                .push(" AND (name LIKE ")
                .push_bind(pattern.clone())
                .push(" ESCAPE '\\' OR integration_key LIKE ")
                .push_bind(pattern.clone())
                .push(" ESCAPE '\\' OR connection_id LIKE ")
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
        let rows = sqlx::query("SELECT (CAST(strftime('%s', started_at) AS INTEGER) / ?) * ? AS bucket, kind, status, COUNT(*) AS count FROM operations WHERE environment_id = ? AND started_at >= ? GROUP BY bucket, kind, status ORDER BY bucket")
            .bind(bucket_secs)
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
        let Some(row) = sqlx::query("SELECT * FROM operations WHERE environment_id = ? AND id = ?")
            .bind(environment)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let lines = sqlx::query("SELECT level, message, created_at FROM log_lines WHERE operation_id = ? ORDER BY rowid")
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
        let done =
            sqlx::query("DELETE FROM operations WHERE finished_at IS NOT NULL AND finished_at < ?")
                .bind(before)
                .execute(&self.writer)
                .await?;
        Ok(done.rows_affected())
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! What only SQLite has: its files, and the databases of the `PRAGMA user_version` scheme.
    //! The behaviour shared with PostgreSQL is `suite.rs`'s, which runs on both.
    use super::*;
    use crate::suite::{
        NEW_SEALING_KEY, SEALING_KEY, a_rotation_seals_everything_again_under_the_new_key,
        fifty_records, one_connection, one_connection_in, sealed_records_hold_no_plain_text,
    };

    #[tokio::test]
    async fn a_key_rotation_seals_everything_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        let sealer = |key: &str, previous: &[&str]| {
            let previous: Vec<String> = previous.iter().map(|k| k.to_string()).collect();
            Sealer::rotating(Some(key), &previous).unwrap()
        };
        let old = SqliteStore::open(&path)
            .await
            .unwrap()
            .sealing_records(sealer(SEALING_KEY, &[]));
        let rotating = SqliteStore::open(&path)
            .await
            .unwrap()
            .sealing_records(sealer(NEW_SEALING_KEY, &[SEALING_KEY]));
        let new = SqliteStore::open(&path)
            .await
            .unwrap()
            .sealing_records(sealer(NEW_SEALING_KEY, &[]));
        a_rotation_seals_everything_again_under_the_new_key(&old, &rotating, &new).await;
    }

    #[tokio::test]
    async fn records_are_sealed_at_rest_with_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        let plain = SqliteStore::open(&path).await.unwrap();
        let sealed = SqliteStore::open(&path)
            .await
            .unwrap()
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

    async fn store() -> SqliteStore {
        SqliteStore::memory().await.unwrap()
    }

    /// A database as nango made it before its migrations were files: the first `version`
    /// migrations run in one transaction and counted in `PRAGMA user_version`, no
    /// `_sqlx_migrations` table; with an environment `dev` in it.
    async fn legacy_database(path: &Path, version: usize) {
        const OLD_MIGRATIONS: [&str; 2] = [
            include_str!("../migrations/sqlite/0001_initial.sql"),
            include_str!("../migrations/sqlite/0002_sync_schedules_records_webhooks_logs.sql"),
        ];
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .unwrap();
        let mut tx = pool.begin().await.unwrap();
        for migration in OLD_MIGRATIONS.iter().take(version) {
            sqlx::raw_sql(migration).execute(&mut *tx).await.unwrap();
        }
        sqlx::raw_sql(&format!("PRAGMA user_version = {version}"))
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query("INSERT INTO environments (name, secret_key, created_at) VALUES ('dev', 'k', '2025-01-01T00:00:00.000Z')")
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        pool.close().await;
    }

    /// The versions and checksums `_sqlx_migrations` holds.
    async fn applied_migrations(store: &SqliteStore) -> Vec<(i64, Vec<u8>)> {
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&store.pool)
            .await
            .unwrap()
    }

    fn known_migrations() -> Vec<(i64, Vec<u8>)> {
        MIGRATOR
            .iter()
            .map(|m| (m.version, m.checksum.to_vec()))
            .collect()
    }

    #[tokio::test]
    async fn a_new_database_records_its_migrations_for_sqlx() {
        let store = store().await;
        assert_eq!(applied_migrations(&store).await, known_migrations());
        assert_eq!(known_migrations().len(), 11);
    }

    #[tokio::test]
    async fn records_cached_before_the_rowid_table_keep_their_data_and_cursors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        {
            // The schema as the first nine migrations leave it, with one record in it.
            let options = SqliteConnectOptions::new()
                .filename(&path)
                .create_if_missing(true)
                .foreign_keys(false);
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await
                .unwrap();
            let mut before = sqlx::migrate::Migrator::new(std::path::Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/migrations/sqlite"
            )))
            .await
            .unwrap();
            before.migrations = before.migrations[..9].to_vec().into();
            before.run(&pool).await.unwrap();
            sqlx::query("INSERT INTO connections (id, environment_id, integration_id, connection_id, credentials, connection_config, metadata, tags, errors, created_at, updated_at) VALUES (7, 1, 1, 'c', '{}', '{}', '{}', '[]', '[]', 't', 't')")
                .execute(&pool)
                .await
                .unwrap();
            sqlx::query("INSERT INTO records (connection, model, external_id, data, hash, first_seen_at, last_modified_at, last_action, deleted_at, cursor) VALUES (7, 'M', 'a', '{\"id\":\"a\"}', 'h', 't0', 't1', 'UPDATED', NULL, 42)")
                .execute(&pool)
                .await
                .unwrap();
            pool.close().await;
        }
        let store = SqliteStore::open(&path).await.unwrap();
        let row: (i64, String, String, String, i64, String) = sqlx::query_as(
            "SELECT connection, external_id, data, hash, cursor, last_action FROM records",
        )
        .fetch_one(&store.pool)
        .await
        .unwrap();
        assert_eq!(
            row,
            (
                7,
                "a".into(),
                r#"{"id":"a"}"#.into(),
                "h".into(),
                42,
                "UPDATED".into()
            )
        );
        assert_eq!(store.record_count(7, "M").await.unwrap(), 1);
    }

    #[tokio::test]
    async fn a_database_of_the_user_version_scheme_is_adopted_with_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        legacy_database(&path, 2).await;
        let store = SqliteStore::open(&path).await.unwrap();
        assert_eq!(applied_migrations(&store).await, known_migrations());
        let dev = store.environment_by_name("dev").await.unwrap().unwrap();
        // The second migration's tables and columns are there (and were not created twice).
        store
            .update_environment(&Environment {
                webhook_url: Some("https://x.test".into()),
                ..dev.clone()
            })
            .await
            .unwrap();
        let connection = one_connection_in(&store, dev.id).await;
        store
            .write_records(connection, "M", RecordWrite::Save, &fifty_records(0))
            .await
            .unwrap();
        drop(store);
        // Opened again: nothing left to adopt or apply.
        let store = SqliteStore::open(&path).await.unwrap();
        assert_eq!(applied_migrations(&store).await, known_migrations());
        assert_eq!(store.record_count(connection, "M").await.unwrap(), 50);
        let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&store.pool)
            .await
            .unwrap();
        assert_eq!(journal, "wal");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn batches_written_at_once_are_counted_each_and_a_failing_one_fails_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("nango.db"))
            .await
            .unwrap();
        let dev = store.create_environment("dev", "k").await.unwrap();
        let connection = one_connection_in(&store, dev.id).await;
        // 30 batches queued at once (so that they are committed in groups), one of them for a
        // connection that does not exist (its rows break a foreign key).
        let write = |connection: i64, batch: usize| {
            let store = store.clone();
            async move {
                store
                    .write_records(connection, "M", RecordWrite::Save, &fifty_records(batch))
                    .await
            }
        };
        let mut writes = tokio::task::JoinSet::new();
        for batch in 0..30 {
            let to = if batch == 17 {
                connection + 1000
            } else {
                connection
            };
            writes.spawn(write(to, batch));
        }
        let mut added = 0;
        let mut failed = 0;
        while let Some(written) = writes.join_next().await {
            match written.unwrap() {
                Ok(counts) => {
                    assert_eq!((counts.added, counts.updated), (50, 0));
                    added += counts.added;
                }
                Err(_) => failed += 1,
            }
        }
        assert_eq!((added, failed), (29 * 50, 1));
        assert_eq!(store.record_count(connection, "M").await.unwrap(), 29 * 50);
        // Written again at once, with a batch of the same ids twice in a row: the second
        // reads what the first wrote before it in the same group.
        let mut writes = tokio::task::JoinSet::new();
        for batch in [0, 0, 1, 2] {
            writes.spawn(write(connection, batch));
        }
        while let Some(written) = writes.join_next().await {
            let counts = written.unwrap().unwrap();
            assert_eq!((counts.added, counts.updated, counts.deleted), (0, 0, 0));
        }
        // Every change got its own cursor.
        let cursors: Vec<i64> = sqlx::query_scalar("SELECT cursor FROM records ORDER BY cursor")
            .fetch_all(&store.pool)
            .await
            .unwrap();
        let distinct: std::collections::BTreeSet<_> = cursors.iter().collect();
        assert_eq!(distinct.len(), 29 * 50);
    }

    #[tokio::test]
    async fn a_database_halfway_through_the_user_version_scheme_gets_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        legacy_database(&path, 1).await;
        let store = SqliteStore::open(&path).await.unwrap();
        assert_eq!(applied_migrations(&store).await, known_migrations());
        let dev = store.environment_by_name("dev").await.unwrap().unwrap();
        assert_eq!(dev.webhook_url, None);
        let connection = one_connection_in(&store, dev.id).await;
        let schedule = store
            .ensure_sync_schedule(dev.id, connection, "gh", "s", "base", false)
            .await
            .unwrap();
        assert!(schedule.next_run_at.is_some());
    }

    #[tokio::test]
    async fn a_database_newer_than_this_nango_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nango.db");
        legacy_database(&path, 2).await;
        {
            let pool = SqlitePoolOptions::new()
                .connect_with(SqliteConnectOptions::new().filename(&path))
                .await
                .unwrap();
            sqlx::raw_sql("PRAGMA user_version = 3")
                .execute(&pool)
                .await
                .unwrap();
            pool.close().await;
        }
        let error = SqliteStore::open(&path).await.unwrap_err().to_string();
        assert!(error.contains("newer than this nango (2)"), "{error}");
        // Nor is one whose `_sqlx_migrations` has a version this nango does not know.
        let other = dir.path().join("other.db");
        drop(SqliteStore::open(&other).await.unwrap());
        let pool = SqlitePoolOptions::new()
            .connect_with(SqliteConnectOptions::new().filename(&other))
            .await
            .unwrap();
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99, 'later', TRUE, x'00', 0)")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
        let error = SqliteStore::open(&other).await.unwrap_err().to_string();
        assert!(
            error.contains("(version 99) is newer than this nango"),
            "{error}"
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
