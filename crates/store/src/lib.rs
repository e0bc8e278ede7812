//! Persistence of the Nango platform: environments and their keys, integrations, connections,
//! deployed scripts and action runs, behind one trait ([`Store`]) so that the server does not
//! know which database it talks to. [`SqliteStore`] is the embedded default; [`PostgresStore`]
//! lets several server processes share one database.
//!
//! The store keeps what it is given: secrets arrive sealed by the server (see its `secrets`
//! module) and leave sealed. JSON values are stored as text and handed back parsed.
//!
//! A backend only writes SQL: the rules that decide what to write are backend-neutral and
//! live beside the trait ([`records`]: change tracking, hashes, `batchUpdate` merges, cursors;
//! [`deploy`]: what a reconciling deploy removes; [`queue`]: sync-run and webhook queue
//! rules), so a second backend cannot drift from the first in behaviour. Each backend owns its
//! schema as migration files (`migrations/sqlite/`, `migrations/postgres/`, run with
//! `sqlx::migrate!`), and one test suite (`suite.rs`) runs against both.
#![deny(missing_docs)]

pub mod deploy;
mod model;
mod postgres;
pub mod queue;
pub mod records;
mod seal;
mod sqlite;
mod sqlite_writes;
#[cfg(test)]
mod suite;

use async_trait::async_trait;
use serde_json::Value;

pub use model::*;
pub use postgres::PostgresStore;
pub use seal::{Sealer, SecretError};
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
    /// The database could not be reached, or the connection was lost mid-statement (a restart,
    /// a failover, a network cut). Nothing was written; the same call may succeed in a moment.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The disk (or the database's quota) is full: nothing was written; reads go on, and
    /// writes succeed again once there is space.
    #[error("the database's storage is full: {0}")]
    StorageFull(String),
    /// The database is read-only (its files, or its file system, cannot be written): nothing
    /// was written; reads go on.
    #[error("the database is read-only: {0}")]
    ReadOnly(String),
}

impl StoreError {
    /// Whether trying the same call again may succeed (see [`StoreError::Unavailable`]).
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}

impl From<SecretError> for StoreError {
    fn from(error: SecretError) -> Self {
        StoreError::Database(format!("a sealed value: {error}"))
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        if connection_lost(&error) {
            return StoreError::Unavailable(error.to_string());
        }
        let code = match &error {
            sqlx::Error::Database(database) => database.code().map(|code| code.to_string()),
            _ => None,
        };
        match code.as_deref().and_then(storage_condition) {
            Some(Storage::Full) => StoreError::StorageFull(error.to_string()),
            Some(Storage::ReadOnly) => StoreError::ReadOnly(error.to_string()),
            None => StoreError::Database(error.to_string()),
        }
    }
}

enum Storage {
    Full,
    ReadOnly,
}

/// A write refused for lack of space or of write access: SQLite's `SQLITE_FULL` (13) and
/// `SQLITE_READONLY` (8), with their extended codes (the primary code is the low byte), and
/// PostgreSQL's `53100 disk_full` and `25006 read_only_sql_transaction` (a standby).
fn storage_condition(code: &str) -> Option<Storage> {
    // PostgreSQL's SQLSTATEs have five characters; SQLite's codes are numbers below 10,000.
    if code.len() == 5 {
        return match code {
            "53100" => Some(Storage::Full),
            "25006" => Some(Storage::ReadOnly),
            _ => None,
        };
    }
    match code.parse::<i32>().ok()? & 0xff {
        13 => Some(Storage::Full),
        8 => Some(Storage::ReadOnly),
        _ => None,
    }
}

/// Errors that say the connection, not the statement, failed: I/O, a pool that could not
/// connect in time, and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P
/// (the server terminated the session: `pg_terminate_backend`, a shutdown, a restart).
fn connection_lost(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(database) => database
            .code()
            .is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
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
    /// The environment whose secret key (or pending secret key) this is.
    async fn environment_by_key(&self, secret_key: &str) -> Result<Option<Environment>>;
    /// The environment of that name.
    async fn environment_by_name(&self, name: &str) -> Result<Option<Environment>>;
    /// The environment of a public key.
    async fn environment_by_public_key(&self, public_key: &str) -> Result<Option<Environment>>;
    /// Sets an environment's public key.
    async fn set_public_key(&self, environment: i64, public_key: &str) -> Result<()>;
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
    /// A connection by its internal id.
    async fn connection_by_id(&self, id: i64) -> Result<Option<Connection>>;
    /// Connections whose access token expires at or before `before`, soonest first.
    async fn connections_expiring(&self, before: &str, limit: i64) -> Result<Vec<Connection>>;

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
    /// Takes up to `limit` queued action runs, oldest first, and marks them running for
    /// `worker` until `lease_until`: each is taken by one worker.
    async fn claim_action_runs(
        &self,
        worker: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<ActionRun>>;
    /// Extends the lease of an action run `worker` runs; false when it is no longer running.
    async fn renew_action_lease(&self, id: &str, worker: &str, lease_until: &str) -> Result<bool>;
    /// Fails, with `error`, the running action runs whose lease ended before `now` (their worker
    /// died); their ids.
    async fn fail_abandoned_action_runs(&self, now: &str, error: &Value) -> Result<Vec<String>>;

    // ----- connect sessions

    /// Creates a connect session.
    async fn create_connect_session(&self, session: &NewConnectSession) -> Result<ConnectSession>;
    /// The session of a token's hash, if it has not expired at `now`.
    async fn connect_session(&self, token_hash: &str, now: &str) -> Result<Option<ConnectSession>>;
    /// Deletes a session; false if there was none.
    async fn delete_connect_session(&self, id: i64) -> Result<bool>;
    /// Removes sessions that expired before `before`.
    async fn prune_connect_sessions(&self, before: &str) -> Result<u64>;

    /// Keeps an OAuth flow until its callback.
    async fn create_oauth_flow(&self, flow: &OAuthFlow) -> Result<()>;
    /// Takes (removes and returns) the flow of a state's hash, if it has not expired at `now`:
    /// a flow is finished once.
    async fn take_oauth_flow(&self, state_hash: &str, now: &str) -> Result<Option<OAuthFlow>>;
    /// Removes flows that expired before `before`.
    async fn prune_oauth_flows(&self, before: &str) -> Result<u64>;

    // ----- dashboard

    /// A dashboard account by name.
    async fn dashboard_user(&self, username: &str) -> Result<Option<DashboardUser>>;
    /// How many dashboard accounts there are.
    async fn dashboard_user_count(&self) -> Result<i64>;
    /// Creates an account, or sets its password.
    async fn upsert_dashboard_user(
        &self,
        username: &str,
        password_hash: &str,
    ) -> Result<DashboardUser>;
    /// Opens a session.
    async fn create_dashboard_session(
        &self,
        token_hash: &str,
        user: i64,
        csrf_token: &str,
        expires_at: &str,
    ) -> Result<()>;
    /// The session of a cookie's hash, if it has not expired at `now`.
    async fn dashboard_session(
        &self,
        token_hash: &str,
        now: &str,
    ) -> Result<Option<DashboardSession>>;
    /// Ends a session.
    async fn delete_dashboard_session(&self, token_hash: &str) -> Result<()>;
    /// Removes sessions that ended before `before`.
    async fn prune_dashboard_sessions(&self, before: &str) -> Result<u64>;

    // ----- webhooks settings

    /// Saves an environment's settings: its keys (secret, pending), webhook URLs, secret and
    /// which webhooks it sends (`Conflict` if a key is taken).
    async fn update_environment(&self, environment: &Environment) -> Result<()>;

    // ----- sync schedules and runs

    /// Schedules of an environment (all, or one connection's).
    async fn sync_schedules(
        &self,
        environment: i64,
        connection: Option<i64>,
    ) -> Result<Vec<SyncSchedule>>;
    /// Every schedule of every environment (the scheduler's view).
    async fn all_sync_schedules(&self) -> Result<Vec<SyncSchedule>>;
    /// The schedules, of every environment, that are not paused and whose next run is at or
    /// before `now` (what the scheduler queues on each pass, without reading the others).
    async fn due_sync_schedules(&self, now: &str) -> Result<Vec<SyncSchedule>>;
    /// Creates a schedule unless it exists; returns it.
    async fn ensure_sync_schedule(
        &self,
        environment: i64,
        connection: i64,
        integration_key: &str,
        name: &str,
        variant: &str,
        paused: bool,
    ) -> Result<SyncSchedule>;
    /// Saves a schedule's state (paused, frequency, next run, last sync date).
    async fn update_sync_schedule(&self, schedule: &SyncSchedule) -> Result<()>;
    /// A schedule's checkpoint (what its script saved with `nango.saveCheckpoint`), if any.
    async fn sync_checkpoint(&self, schedule: i64) -> Result<Option<Value>>;
    /// Saves (or, with `None`, clears) a schedule's checkpoint.
    async fn set_sync_checkpoint(&self, schedule: i64, checkpoint: Option<&Value>) -> Result<()>;
    /// One schedule.
    async fn sync_schedule(&self, id: i64) -> Result<Option<SyncSchedule>>;
    /// Removes a schedule (its sync was undeployed) and its runs.
    async fn delete_sync_schedule(&self, id: i64) -> Result<()>;

    /// Queues a run, unless one is queued or running for the schedule: then returns that one.
    async fn queue_sync_job(&self, sync_id: i64, kind: JobKind, run_at: &str) -> Result<SyncJob>;
    /// Claims for `worker`, until `lease_until`, up to `limit` runs: queued runs due at `now`,
    /// and running runs whose lease ended before `now` (their worker stopped without ending
    /// them; each is another attempt, with [`queue::ABANDONED_RUN`] as its error). Two workers
    /// never claim one run.
    async fn claim_sync_jobs(
        &self,
        now: &str,
        limit: i64,
        worker: &str,
        lease_until: &str,
    ) -> Result<Vec<SyncJob>>;
    /// Extends the lease of a run `worker` holds (its heartbeat); false when it holds it no
    /// more (its lease ended and another worker claimed the run).
    async fn renew_sync_lease(&self, id: i64, worker: &str, lease_until: &str) -> Result<bool>;
    /// Records how a run ended and queues its webhooks, in one transaction, if `worker` still
    /// holds it; false when it does not (the run belongs to the worker that took it over, and
    /// neither the end nor its webhooks are recorded).
    async fn finish_sync_job(&self, id: i64, worker: &str, end: &SyncRunEnd) -> Result<bool>;
    /// Puts a failed run that `worker` holds back in the queue for another attempt at
    /// `run_at`; false when it holds it no more.
    async fn retry_sync_job(
        &self,
        id: i64,
        worker: &str,
        run_at: &str,
        error: &str,
    ) -> Result<bool>;
    /// A stopping worker puts the runs it holds back in the queue, to be run again at once
    /// (as another attempt, with [`queue::INTERRUPTED_RUN`] as its error).
    async fn release_sync_jobs(&self, worker: &str) -> Result<u64>;
    /// Moves a schedule's next run from `expected` to `next`, only if it is still `expected`:
    /// of several schedulers that find a schedule due, one moves it (true) and queues its run,
    /// so a schedule fires once per period across processes.
    async fn advance_schedule(
        &self,
        id: i64,
        expected: Option<&str>,
        next: Option<&str>,
    ) -> Result<bool>;
    /// A schedule's latest runs, newest first.
    async fn sync_jobs(&self, sync_id: i64, limit: i64) -> Result<Vec<SyncJob>>;

    // ----- records

    /// Applies a batch of records of a model of a connection, in one
    /// transaction: unchanged saves are not rewritten; each change gets a new cursor.
    async fn write_records(
        &self,
        connection: i64,
        model: &str,
        write: RecordWrite,
        records: &[RecordInput],
    ) -> Result<RecordCounts>;
    /// Marks deleted the live records of a model that a full run did not see.
    async fn delete_unseen_records(
        &self,
        connection: i64,
        model: &str,
        seen: &std::collections::HashSet<String>,
    ) -> Result<Vec<String>>;
    /// Reads records in change order.
    async fn records(&self, query: &RecordQuery) -> Result<Vec<CachedRecord>>;
    /// Live records of a model of a connection.
    async fn record_count(&self, connection: i64, model: &str) -> Result<i64>;
    /// Removes a model's records of a connection (a full refresh that empties the cache).
    async fn clear_records(&self, connection: i64, model: &str) -> Result<u64>;

    // ----- keys

    /// Seals again with the store's current key every connection's credentials, OAuth client
    /// secret and record that is not sealed with it (sealed with a previous key, or plain),
    /// each only if it has not changed since it was read: what a server wrote meanwhile is
    /// already sealed with the current key. A server that knows the previous keys serves
    /// throughout (`nango server rotate-key`).
    async fn reseal(&self) -> Result<Resealed>;

    // ----- webhook deliveries

    /// Queues a webhook.
    async fn queue_webhook(&self, webhook: &NewWebhook) -> Result<()>;
    /// Claims up to `limit` deliveries due at `now` until `lease_until`: their next attempt
    /// moves there, so no other worker takes them while this one sends them (and, should it
    /// stop, they are due again then). A delivery queued after another of its ordering key and
    /// URL waits until that one is delivered or dropped.
    async fn claim_webhooks(
        &self,
        now: &str,
        limit: i64,
        lease_until: &str,
    ) -> Result<Vec<WebhookDelivery>>;
    /// A delivery succeeded (removed), or failed (tried again at `next_attempt_at`, or dropped
    /// when `None`).
    async fn webhook_attempted(
        &self,
        id: i64,
        delivered: bool,
        next_attempt_at: Option<&str>,
        error: Option<&str>,
    ) -> Result<()>;
    /// Puts a claimed delivery back in the queue until `next_attempt_at` without counting an
    /// attempt (its receiver's circuit is open).
    async fn postpone_webhook(&self, id: i64, next_attempt_at: &str) -> Result<()>;

    // ----- logs

    /// Starts an operation; returns its id.
    async fn start_operation(
        &self,
        environment: i64,
        kind: &str,
        integration_key: Option<&str>,
        connection_id: Option<&str>,
        name: Option<&str>,
    ) -> Result<i64>;
    /// Ends an operation with its log lines.
    async fn finish_operation(&self, id: i64, status: &str, lines: &[LogLine]) -> Result<()>;
    /// An environment's operations matching a filter, newest first.
    async fn operations(
        &self,
        environment: i64,
        filter: &OperationFilter,
    ) -> Result<Vec<Operation>>;
    /// Operations started since `since`, counted per `bucket_secs` time bucket, kind and status.
    async fn operation_activity(
        &self,
        environment: i64,
        since: &str,
        bucket_secs: i64,
    ) -> Result<Vec<ActivityCount>>;
    /// One operation and its lines.
    async fn operation(
        &self,
        environment: i64,
        id: i64,
    ) -> Result<Option<(Operation, Vec<LogLine>)>>;
    /// Removes operations that ended before `before`.
    async fn prune_operations(&self, before: &str) -> Result<u64>;

    /// Whether the database answers (`GET /health`).
    async fn ping(&self) -> Result<()>;

    // ----- messages between processes

    /// Tells every process listening on `channel` (PostgreSQL `NOTIFY`): workers woken for new
    /// work, results for a browser connected to another process. A one-process backend has
    /// nobody else to tell.
    async fn notify(&self, _channel: &str, _payload: &str) -> Result<()> {
        Ok(())
    }
    /// What other processes send on `channel` (PostgreSQL `LISTEN`), as long as the receiver
    /// is kept; `None` for a one-process backend. A message sent while the listening connection
    /// was being re-established is lost: listeners keep a periodic fallback.
    async fn listen(&self, _channel: &str) -> Result<Option<tokio::sync::mpsc::Receiver<String>>> {
        Ok(None)
    }
}

/// Now, as the platform writes times: RFC 3339, UTC, milliseconds (`2025-01-01T00:00:00.000Z`).
pub fn now() -> String {
    humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_and_read_only_storage_are_told_apart_from_other_failures() {
        let of = |code| match storage_condition(code) {
            Some(Storage::Full) => "full",
            Some(Storage::ReadOnly) => "read-only",
            None => "other",
        };
        // SQLite: SQLITE_FULL, SQLITE_READONLY and its extended codes (READONLY_DBMOVED 1032,
        // READONLY_DIRECTORY 1544), a constraint (2067) and a busy database (5) are not.
        for (code, kind) in [
            ("13", "full"),
            ("8", "read-only"),
            ("1032", "read-only"),
            ("1544", "read-only"),
            ("2067", "other"),
            ("5", "other"),
            // PostgreSQL.
            ("53100", "full"),
            ("25006", "read-only"),
            ("23505", "other"),
            ("22008", "other"),
        ] {
            assert_eq!(of(code), kind, "{code}");
        }
    }
}
