//! The store's behaviour, as one suite that every backend runs: each test is an
//! `async fn(&dyn Store)`, and [`suite!`] makes one `#[tokio::test]` of it per backend
//! (`suite::sqlite::<test>`, `suite::postgres::<test>`). A backend's own tests (SQLite's
//! migration adoption, PostgreSQL's concurrent writers) stay in its module.
//!
//! SQLite runs on a file in a temporary folder, as the server opens it (WAL, several
//! connections). PostgreSQL runs on a database of its own per test, created on the server of
//! `NANGO_TEST_POSTGRES_URL` (default [`DEFAULT_POSTGRES_URL`]) and dropped afterwards. When
//! that server cannot be reached, the PostgreSQL tests print a note and pass, unless `CI=true`:
//! then they fail.

use std::collections::HashSet;

use serde_json::{Value, json};

use crate::*;

mod cursor_contract;
use cursor_contract::any_interleaving_of_writes_and_readers_keeps_the_cursor_contract;

/// Where the PostgreSQL tests create their databases unless `NANGO_TEST_POSTGRES_URL` says.
pub(crate) const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A database of its own for one test, dropped (`WITH (FORCE)`, whoever is still connected)
/// when this is dropped, also when the test panics.
pub(crate) struct TestDatabase {
    admin_url: String,
    name: String,
    /// The database's URL.
    pub(crate) url: String,
}

impl TestDatabase {
    /// Creates `nango_test_<random hex>`; `None` when the server cannot be reached (outside CI).
    pub(crate) async fn create() -> Option<Self> {
        use sqlx::{Connection, Executor};
        let admin_url = std::env::var("NANGO_TEST_POSTGRES_URL")
            .ok()
            .filter(|url| !url.is_empty())
            .unwrap_or_else(|| DEFAULT_POSTGRES_URL.to_string());
        let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
            Ok(admin) => admin,
            Err(error) => {
                // What follows the credentials only: the URL may hold a password.
                let server = admin_url.rsplit('@').next().unwrap_or(&admin_url);
                let message = format!(
                    "PostgreSQL is not reachable at {server} ({error}). Start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or point NANGO_TEST_POSTGRES_URL at a server where this user may create databases."
                );
                if std::env::var("CI").is_ok_and(|ci| ci == "true") {
                    panic!("{message}");
                }
                eprintln!("note: PostgreSQL test skipped: {message}");
                return None;
            }
        };
        let name = format!("nango_test_{:016x}", random());
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .unwrap();
        admin.close().await.ok();
        let url = database_url(&admin_url, &name);
        Some(Self {
            admin_url,
            name,
            url,
        })
    }

    /// A store on this database (migrated).
    pub(crate) async fn store(&self) -> PostgresStore {
        PostgresStore::connect(&self.url, 4).await.unwrap()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // Drop cannot await, and the test's runtime may be single-threaded: drop the database
        // from a thread with a runtime of its own.
        let admin_url = self.admin_url.clone();
        let statement = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            use sqlx::{Connection, Executor};
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
                admin.execute(statement.as_str()).await?;
                admin.close().await?;
                Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("note: the test database {} was not dropped", self.name);
        }
    }
}

/// 64 random bits, without a dependency: std's hasher keys are random per process, and the
/// counter and clock tell the calls of one process apart.
fn random() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.write_u32(std::process::id());
    hasher.finish()
}

/// `url` with its database (the path) replaced by `name`, its query kept.
fn database_url(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

/// A SQLite store on a file of its own, removed with its folder.
pub(crate) struct SqliteBackend {
    _dir: tempfile::TempDir,
    /// The store.
    pub(crate) store: SqliteStore,
}

impl SqliteBackend {
    pub(crate) async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("nango.db"))
            .await
            .unwrap();
        Self { _dir: dir, store }
    }
}

/// One `#[tokio::test]` per backend for each test function named.
macro_rules! suite {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    let backend = super::SqliteBackend::new().await;
                    super::$test(&backend.store).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $test() {
                    let Some(database) = super::TestDatabase::create().await else {
                        return;
                    };
                    let store = database.store().await;
                    super::$test(&store).await;
                }
            )*
        }
    };
}

suite! {
    integrations_are_listed_in_byte_order_and_keys_are_unique,
    action_runs_are_recorded_until_they_finish,
    schedules_are_ensured_once_and_start_unless_paused,
    a_schedule_keeps_its_checkpoint_until_it_is_cleared,
    a_schedule_has_one_active_run_and_claims_take_due_runs_in_order,
    a_failed_run_is_retried_and_interrupted_runs_are_requeued,
    concurrent_queueing_makes_one_run_per_schedule,
    concurrent_claims_take_each_run_once,
    a_run_whose_worker_died_is_claimed_again_when_its_lease_ends,
    a_schedule_is_advanced_by_one_scheduler,
    webhooks_are_delivered_retried_or_dropped,
    one_connections_webhooks_go_out_in_order_with_their_ids,
    concurrent_webhook_claims_take_each_delivery_once,
    records_are_filtered_by_time_ids_and_action,
    cursors_go_on_after_a_clear,
    concurrent_merges_into_one_record_are_all_kept,
    deleting_a_connection_removes_its_records_and_schedules,
    text_search_ignores_ascii_case_only,
    tag_and_end_user_filters_match_strings_only,
    log_lines_keep_their_order,
    dashboard_sessions_open_until_they_expire_or_end,
    an_oauth_flow_is_taken_once_and_not_after_it_expires,
    expiring_connections_are_found_by_their_token_expiry,
    a_pending_secret_key_opens_its_environment_until_it_is_dropped,
    operations_are_filtered_paged_and_counted_per_time_bucket,
    auth_webhook_settings_default_on_and_can_be_turned_off,
    connect_sessions_are_found_by_token_hash_until_they_expire,
    environments_are_found_by_key_and_names_are_unique,
    connections_are_upserted_filtered_and_cascade_with_their_integration,
    deploys_are_versioned_and_reconcile_within_their_scope,
    records_are_written_only_when_they_change_and_read_in_change_order,
    concurrent_writers_queue_instead_of_failing,
    a_reader_paging_while_a_sync_writes_misses_nothing_and_sees_nothing_twice,
    any_interleaving_of_writes_and_readers_keeps_the_cursor_contract,
    old_operations_are_pruned,
    the_database_answers_and_messages_reach_listeners,
    queued_action_runs_are_claimed_once_with_their_input,
}

/// Records `<batch>-0` to `<batch>-49`.
pub(crate) fn fifty_records(batch: usize) -> Vec<RecordInput> {
    (0..50)
        .map(|i| {
            RecordInput::from_value(
                format!("{batch}-{i}"),
                &json!({ "id": format!("{batch}-{i}") }),
            )
        })
        .collect()
}

/// A `dev` environment with an integration and one connection; its id.
pub(crate) async fn one_connection(store: &dyn Store) -> i64 {
    let dev = store.create_environment("dev", "k").await.unwrap();
    one_connection_in(store, dev.id).await
}

/// An integration `gh` of the environment and one connection `c`; its id.
pub(crate) async fn one_connection_in(store: &dyn Store, environment: i64) -> i64 {
    let integration = store
        .create_integration(
            environment,
            &NewIntegration {
                unique_key: "gh".into(),
                provider: "github".into(),
                ..NewIntegration::default()
            },
        )
        .await
        .unwrap();
    new_connection(store, environment, integration.id, "c").await
}

/// A connection of the integration; its id.
pub(crate) async fn new_connection(
    store: &dyn Store,
    environment: i64,
    integration: i64,
    connection_id: &str,
) -> i64 {
    store
        .upsert_connection(&NewConnection {
            environment_id: environment,
            integration_id: integration,
            connection_id: connection_id.into(),
            credentials: "x".into(),
            connection_config: json!({}),
            metadata: json!({}),
            end_user: None,
            tags: json!({}),
            credentials_expires_at: None,
        })
        .await
        .unwrap()
        .id
}

/// The worker the suite claims runs for, with a lease that does not end.
const WORKER: &str = "w-suite";

/// Claims up to `limit` runs due at `now` for [`WORKER`].
async fn claim(store: &dyn Store, now: &str, limit: i64) -> Vec<SyncJob> {
    store
        .claim_sync_jobs(now, limit, WORKER, "2999-12-31T00:00:00.000Z")
        .await
        .unwrap()
}

/// A schedule `s` (not paused) of a new connection; its id.
async fn one_schedule(store: &dyn Store) -> i64 {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    store
        .ensure_sync_schedule(dev.id, connection, "gh", "s", "base", false)
        .await
        .unwrap()
        .id
}

fn page(connection: i64, model: &str) -> RecordQuery {
    RecordQuery {
        connection,
        model: model.into(),
        limit: 1000,
        ..RecordQuery::default()
    }
}

async fn integrations_are_listed_in_byte_order_and_keys_are_unique(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    let new = |key: &str| NewIntegration {
        unique_key: key.into(),
        provider: "github".into(),
        display_name: Some("GitHub".into()),
        ..NewIntegration::default()
    };
    for key in ["beta", "Zeta", "alpha", "_x"] {
        store.create_integration(dev.id, &new(key)).await.unwrap();
    }
    let keys = |list: Vec<Integration>| list.into_iter().map(|i| i.unique_key).collect::<Vec<_>>();
    // Bytewise, as SQLite compares text: upper case before `_`, before lower case.
    assert_eq!(
        keys(store.integrations(dev.id).await.unwrap()),
        ["Zeta", "_x", "alpha", "beta"]
    );
    assert!(matches!(
        store.create_integration(dev.id, &new("beta")).await,
        Err(StoreError::Conflict(_))
    ));
    let mut beta = store.integration(dev.id, "beta").await.unwrap().unwrap();
    assert_eq!(beta.display_name.as_deref(), Some("GitHub"));
    beta.unique_key = "alpha".into();
    assert!(matches!(
        store.update_integration(&beta).await,
        Err(StoreError::Conflict(_))
    ));
    beta.unique_key = "gamma".into();
    beta.oauth_scopes = Some("repo,user".into());
    let updated = store.update_integration(&beta).await.unwrap();
    assert_eq!(
        (updated.unique_key.as_str(), updated.oauth_scopes.as_deref()),
        ("gamma", Some("repo,user"))
    );
    assert!(store.integration(dev.id, "beta").await.unwrap().is_none());
    assert!(store.delete_integration(dev.id, "gamma").await.unwrap());
    assert!(!store.delete_integration(dev.id, "gamma").await.unwrap());
    // Variables too, by name.
    for name in ["b", "B", "a"] {
        store
            .set_environment_variable(dev.id, name, Some("v"))
            .await
            .unwrap();
    }
    let names: Vec<String> = store
        .environment_variables(dev.id)
        .await
        .unwrap()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(names, ["B", "a", "b"]);
}

async fn action_runs_are_recorded_until_they_finish(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    let run = ActionRun {
        id: "run-1".into(),
        environment_id: dev.id,
        connection,
        action_name: "create-issue".into(),
        input: None,
        status: ActionStatus::Running,
        output: None,
        error: None,
        created_at: now(),
        finished_at: None,
        worker: Some("w-1".into()),
        lease_until: Some("2030-01-01T00:00:00.000Z".into()),
    };
    store.create_action_run(&run).await.unwrap();
    assert_eq!(store.action_run(dev.id, "run-1").await.unwrap(), Some(run));
    let output = json!({ "z": 1, "a": [1, 2, { "b": null }] });
    store
        .finish_action_run("run-1", ActionStatus::Success, Some(&output), None)
        .await
        .unwrap();
    let done = store.action_run(dev.id, "run-1").await.unwrap().unwrap();
    assert_eq!(done.status, ActionStatus::Success);
    assert_eq!(done.output, Some(output.clone()));
    // Keys come back in the order they were written.
    assert_eq!(done.output.unwrap().to_string(), output.to_string());
    assert!(done.finished_at.is_some());
    let other = store.create_environment("prod", "k2").await.unwrap();
    assert!(store.action_run(other.id, "run-1").await.unwrap().is_none());
}

async fn a_schedule_keeps_its_checkpoint_until_it_is_cleared(store: &dyn Store) {
    let schedule = one_schedule(store).await;
    assert_eq!(store.sync_checkpoint(schedule).await.unwrap(), None);
    let checkpoint = json!({ "cursor": "abc", "page": 3, "done": false });
    store
        .set_sync_checkpoint(schedule, Some(&checkpoint))
        .await
        .unwrap();
    assert_eq!(
        store.sync_checkpoint(schedule).await.unwrap(),
        Some(checkpoint)
    );
    // Saving the schedule's other state keeps it.
    let mut state = store.sync_schedule(schedule).await.unwrap().unwrap();
    state.paused = true;
    store.update_sync_schedule(&state).await.unwrap();
    assert!(store.sync_checkpoint(schedule).await.unwrap().is_some());
    store.set_sync_checkpoint(schedule, None).await.unwrap();
    assert_eq!(store.sync_checkpoint(schedule).await.unwrap(), None);
    assert_eq!(store.sync_checkpoint(schedule + 1000).await.unwrap(), None);
}

async fn schedules_are_ensured_once_and_start_unless_paused(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    let first = store
        .ensure_sync_schedule(dev.id, connection, "gh", "issues", "base", false)
        .await
        .unwrap();
    assert!(first.next_run_at.is_some());
    assert!(!first.paused);
    let again = store
        .ensure_sync_schedule(dev.id, connection, "gh", "issues", "base", true)
        .await
        .unwrap();
    assert_eq!(again, first, "an existing schedule is returned as it is");
    let paused = store
        .ensure_sync_schedule(dev.id, connection, "gh", "issues", "v2", true)
        .await
        .unwrap();
    assert!(paused.paused);
    assert_eq!(paused.next_run_at, None);
    let mut changed = paused.clone();
    changed.paused = false;
    changed.frequency_secs = Some(3600);
    changed.next_run_at = Some("2030-01-01T00:00:00.000Z".into());
    changed.last_sync_date = Some("2029-01-01T00:00:00.000Z".into());
    store.update_sync_schedule(&changed).await.unwrap();
    assert_eq!(
        store.sync_schedule(paused.id).await.unwrap(),
        Some(changed.clone())
    );
    assert_eq!(
        store.sync_schedules(dev.id, None).await.unwrap(),
        [first.clone(), changed.clone()]
    );
    assert_eq!(
        store
            .sync_schedules(dev.id, Some(connection))
            .await
            .unwrap(),
        [first.clone(), changed.clone()]
    );
    assert!(
        store
            .sync_schedules(dev.id, Some(connection + 1000))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.all_sync_schedules().await.unwrap().len(), 2);
    // Due: not paused, and its next run at or before the time asked about (`first` runs now).
    let due = |at: &'static str| async move { store.due_sync_schedules(at).await.unwrap() };
    assert_eq!(
        due("2030-01-01T00:00:00.000Z").await,
        [first.clone(), changed.clone()]
    );
    assert_eq!(
        due("2029-12-31T23:59:59.999Z").await,
        std::slice::from_ref(&first)
    );
    assert!(due("2000-01-01T00:00:00.000Z").await.is_empty());
    let mut paused_again = changed.clone();
    paused_again.paused = true;
    store.update_sync_schedule(&paused_again).await.unwrap();
    assert_eq!(
        due("2031-01-01T00:00:00.000Z").await,
        std::slice::from_ref(&first)
    );
    store.update_sync_schedule(&changed).await.unwrap();
    store.delete_sync_schedule(first.id).await.unwrap();
    assert!(store.sync_schedule(first.id).await.unwrap().is_none());
    assert_eq!(store.all_sync_schedules().await.unwrap(), [changed]);
}

async fn a_schedule_has_one_active_run_and_claims_take_due_runs_in_order(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    let mut schedules = Vec::new();
    for name in ["a", "b", "c"] {
        let schedule = store
            .ensure_sync_schedule(dev.id, connection, "gh", name, "base", false)
            .await
            .unwrap();
        schedules.push(schedule.id);
    }
    let at = |second: u32| format!("2030-01-01T00:00:{second:02}.000Z");
    let first = store
        .queue_sync_job(schedules[0], JobKind::Initial, &at(5))
        .await
        .unwrap();
    assert_eq!(
        (first.status, first.kind, first.attempt),
        (JobStatus::Queued, JobKind::Initial, 0)
    );
    // Queued again: the same run.
    let again = store
        .queue_sync_job(schedules[0], JobKind::Full, &at(1))
        .await
        .unwrap();
    assert_eq!(again, first);
    let second = store
        .queue_sync_job(schedules[1], JobKind::Incremental, &at(2))
        .await
        .unwrap();
    let third = store
        .queue_sync_job(schedules[2], JobKind::Full, &at(9))
        .await
        .unwrap();
    // Nothing is due before its time.
    assert!(claim(store, &at(0), 10).await.is_empty());
    // The soonest due first (whatever the ids' order); a claim's runs come in no set order.
    let mut claimed = claim(store, &at(6), 1).await;
    assert_eq!(
        claimed.iter().map(|j| j.id).collect::<Vec<_>>(),
        [second.id]
    );
    claimed.extend(claim(store, &at(6), 10).await);
    assert_eq!(
        claimed.iter().map(|j| j.id).collect::<Vec<_>>(),
        [second.id, first.id],
    );
    assert!(
        claimed
            .iter()
            .all(|j| j.status == JobStatus::Running && j.started_at.is_some())
    );
    // Running: still the schedule's active run, and not claimed twice.
    assert_eq!(
        store
            .queue_sync_job(schedules[0], JobKind::Incremental, &at(0))
            .await
            .unwrap()
            .id,
        first.id
    );
    assert!(claim(store, &at(6), 10).await.is_empty());
    assert_eq!(claim(store, &at(30), 1).await[0].id, third.id);
    let result = json!({ "Issue": { "added": 2, "updated": 0, "deleted": 0 } });
    assert!(
        store
            .finish_sync_job(
                first.id,
                WORKER,
                &run_end(JobStatus::Success, result.clone(), None, vec![])
            )
            .await
            .unwrap()
    );
    let runs = store.sync_jobs(schedules[0], 10).await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(
        (runs[0].status, &runs[0].result),
        (JobStatus::Success, &result)
    );
    assert!(runs[0].finished_at.is_some());
    // Ended: the next one is a new run.
    let next = store
        .queue_sync_job(schedules[0], JobKind::Incremental, &at(40))
        .await
        .unwrap();
    assert_ne!(next.id, first.id);
    assert_eq!(
        store
            .sync_jobs(schedules[0], 10)
            .await
            .unwrap()
            .iter()
            .map(|j| j.id)
            .collect::<Vec<_>>(),
        [next.id, first.id],
        "newest first"
    );
    assert_eq!(store.sync_jobs(schedules[0], 1).await.unwrap().len(), 1);
    // A removed schedule takes its runs along.
    store.delete_sync_schedule(schedules[0]).await.unwrap();
    assert!(store.sync_jobs(schedules[0], 10).await.unwrap().is_empty());
}

async fn a_failed_run_is_retried_and_interrupted_runs_are_requeued(store: &dyn Store) {
    let schedule = one_schedule(store).await;
    let start = "2030-01-01T00:00:00.000Z";
    let job = store
        .queue_sync_job(schedule, JobKind::Initial, start)
        .await
        .unwrap();
    claim(store, start, 1).await;
    // Only the holder retries it.
    assert!(
        !store
            .retry_sync_job(job.id, "another", "2030-01-01T00:01:00.000Z", "HTTP 502")
            .await
            .unwrap()
    );
    assert!(
        store
            .retry_sync_job(job.id, WORKER, "2030-01-01T00:01:00.000Z", "HTTP 502")
            .await
            .unwrap()
    );
    let retried = store.sync_jobs(schedule, 1).await.unwrap().remove(0);
    assert_eq!(
        (
            retried.status,
            retried.attempt,
            retried.run_at.as_str(),
            retried.error.as_deref(),
            retried.started_at.as_deref()
        ),
        (
            JobStatus::Queued,
            1,
            "2030-01-01T00:01:00.000Z",
            Some("HTTP 502"),
            None
        )
    );
    assert!(claim(store, start, 1).await.is_empty());
    let claimed = claim(store, "2030-01-01T00:01:00.000Z", 1).await;
    assert_eq!(claimed[0].id, job.id);
    // A stopping worker puts its runs back (another worker's are not its to release).
    assert_eq!(store.release_sync_jobs("another").await.unwrap(), 0);
    assert_eq!(store.release_sync_jobs(WORKER).await.unwrap(), 1);
    assert_eq!(store.release_sync_jobs(WORKER).await.unwrap(), 0);
    let requeued = store.sync_jobs(schedule, 1).await.unwrap().remove(0);
    assert_eq!(
        (
            requeued.status,
            requeued.attempt,
            requeued.error.as_deref(),
            requeued.started_at
        ),
        (JobStatus::Queued, 2, Some(queue::INTERRUPTED_RUN), None)
    );
    claim(store, "2999-01-01T00:00:00.000Z", 1).await;
    assert!(
        !store
            .finish_sync_job(
                job.id,
                "another",
                &run_end(JobStatus::Error, json!({}), Some("x"), vec![])
            )
            .await
            .unwrap(),
        "only the holder ends a run"
    );
    assert!(
        store
            .finish_sync_job(
                job.id,
                WORKER,
                &run_end(JobStatus::Error, json!({}), Some("gave up"), vec![])
            )
            .await
            .unwrap()
    );
    let failed = store.sync_jobs(schedule, 1).await.unwrap().remove(0);
    assert_eq!(
        (failed.status, failed.error.as_deref()),
        (JobStatus::Error, Some("gave up"))
    );
    assert!(
        !store
            .finish_sync_job(
                job.id,
                WORKER,
                &run_end(JobStatus::Success, json!({}), None, vec![])
            )
            .await
            .unwrap(),
        "an ended run does not end twice"
    );
}

async fn a_run_whose_worker_died_is_claimed_again_when_its_lease_ends(store: &dyn Store) {
    let schedule = one_schedule(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    let owed = vec![NewWebhook {
        environment_id: dev.id,
        url: "https://x.test/hook".into(),
        body: r#"{"run":"ended"}"#.into(),
        delivery_id: "d-ended".into(),
        ordering_key: Some("gh/c".into()),
    }];
    let start = "2030-01-01T00:00:00.000Z";
    let job = store
        .queue_sync_job(schedule, JobKind::Initial, start)
        .await
        .unwrap();
    let mine = store
        .claim_sync_jobs(start, 5, "w-dead", "2030-01-01T00:00:30.000Z")
        .await
        .unwrap();
    assert_eq!(mine.len(), 1);
    // Its heartbeat keeps it while the worker lives.
    assert!(
        store
            .renew_sync_lease(job.id, "w-dead", "2030-01-01T00:00:40.000Z")
            .await
            .unwrap()
    );
    assert!(
        !store
            .renew_sync_lease(job.id, "w-other", "2030-01-01T00:09:00.000Z")
            .await
            .unwrap()
    );
    // Before the lease ends nobody else takes it; after, another worker does, as another
    // attempt that says why.
    let before = store
        .claim_sync_jobs(
            "2030-01-01T00:00:39.000Z",
            5,
            "w-2",
            "2030-01-01T00:01:00.000Z",
        )
        .await
        .unwrap();
    assert!(before.is_empty());
    let after = store
        .claim_sync_jobs(
            "2030-01-01T00:00:41.000Z",
            5,
            "w-2",
            "2030-01-01T00:01:11.000Z",
        )
        .await
        .unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(
        (after[0].id, after[0].attempt, after[0].error.as_deref()),
        (job.id, 1, Some(queue::ABANDONED_RUN))
    );
    // The dead worker's late end, heartbeat or retry changes nothing: the run is w-2's.
    assert!(
        !store
            .renew_sync_lease(job.id, "w-dead", "2030-01-01T00:09:00.000Z")
            .await
            .unwrap()
    );
    assert!(
        !store
            .finish_sync_job(
                job.id,
                "w-dead",
                &run_end(JobStatus::Success, json!({}), None, owed.clone())
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .retry_sync_job(job.id, "w-dead", start, "late")
            .await
            .unwrap()
    );
    assert!(
        store
            .finish_sync_job(
                job.id,
                "w-2",
                &run_end(JobStatus::Success, json!({}), None, owed.clone())
            )
            .await
            .unwrap()
    );
    assert_eq!(
        store.sync_jobs(schedule, 1).await.unwrap()[0].status,
        JobStatus::Success
    );
    // The webhook came with the end that was recorded, and only with it.
    let queued = store
        .claim_webhooks("2980-01-01T00:00:00.000Z", 10, "2990-01-01T00:00:00.000Z")
        .await
        .unwrap();
    assert_eq!(
        queued.iter().map(|d| d.body.as_str()).collect::<Vec<_>>(),
        [r#"{"run":"ended"}"#]
    );
}

/// How a run ended, for [`Store::finish_sync_job`].
fn run_end(
    status: JobStatus,
    result: serde_json::Value,
    error: Option<&str>,
    webhooks: Vec<NewWebhook>,
) -> SyncRunEnd {
    SyncRunEnd {
        status,
        result,
        error: error.map(str::to_string),
        webhooks,
    }
}

async fn a_schedule_is_advanced_by_one_scheduler(store: &dyn Store) {
    let schedule = one_schedule(store).await;
    let due = store
        .sync_schedule(schedule)
        .await
        .unwrap()
        .unwrap()
        .next_run_at;
    let next = "2999-01-01T00:00:00.000Z";
    // Eight schedulers find it due at once: one moves it.
    let moves = futures_util::future::join_all(
        (0..8).map(|_| store.advance_schedule(schedule, due.as_deref(), Some(next))),
    )
    .await;
    let won = moves.into_iter().filter(|m| *m.as_ref().unwrap()).count();
    assert_eq!(won, 1);
    assert_eq!(
        store
            .sync_schedule(schedule)
            .await
            .unwrap()
            .unwrap()
            .next_run_at
            .as_deref(),
        Some(next)
    );
    // From no time (a paused schedule) too.
    assert!(
        store
            .advance_schedule(schedule, Some(next), None)
            .await
            .unwrap()
    );
    assert!(
        !store
            .advance_schedule(schedule, Some(next), None)
            .await
            .unwrap()
    );
    assert!(
        store
            .advance_schedule(schedule, None, Some(next))
            .await
            .unwrap()
    );
}

async fn concurrent_queueing_makes_one_run_per_schedule(store: &dyn Store) {
    let schedule = one_schedule(store).await;
    let runs =
        futures_util::future::join_all((0..8).map(|_| {
            store.queue_sync_job(schedule, JobKind::Incremental, "2030-01-01T00:00:00.000Z")
        }))
        .await;
    let ids: HashSet<i64> = runs.into_iter().map(|run| run.unwrap().id).collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(store.sync_jobs(schedule, 10).await.unwrap().len(), 1);
}

async fn concurrent_claims_take_each_run_once(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    let at = "2030-01-01T00:00:00.000Z";
    for n in 0..20 {
        let schedule = store
            .ensure_sync_schedule(dev.id, connection, "gh", &format!("s{n}"), "base", false)
            .await
            .unwrap();
        store
            .queue_sync_job(schedule.id, JobKind::Initial, at)
            .await
            .unwrap();
    }
    let workers: Vec<String> = (0..6).map(|n| format!("w-{n}")).collect();
    let claims = futures_util::future::join_all(
        workers
            .iter()
            .map(|worker| store.claim_sync_jobs(at, 4, worker, "2999-01-01T00:00:00.000Z")),
    )
    .await;
    let mut claimed: Vec<i64> = claims
        .into_iter()
        .flat_map(|claim| claim.unwrap())
        .map(|job| job.id)
        .collect();
    let count = claimed.len();
    claimed.sort_unstable();
    claimed.dedup();
    assert_eq!((count, claimed.len()), (20, 20), "each run once");
    assert!(claim(store, at, 10).await.is_empty());
}

/// A webhook `{"n": n}` to `https://x.test/hook`, its delivery id `d<n>`.
fn hook(environment: i64, ordering_key: Option<&str>, n: usize) -> NewWebhook {
    NewWebhook {
        environment_id: environment,
        url: "https://x.test/hook".into(),
        body: format!("{{\"n\":{n}}}"),
        delivery_id: format!("d{n}"),
        ordering_key: ordering_key.map(str::to_string),
    }
}

async fn one_connections_webhooks_go_out_in_order_with_their_ids(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    // Two connections' deliveries interleaved, and one without an order.
    for (n, key) in [Some("a"), Some("b"), Some("a"), None, Some("b"), Some("a")]
        .into_iter()
        .enumerate()
    {
        store.queue_webhook(&hook(dev.id, key, n)).await.unwrap();
    }
    let lease = "2990-01-01T00:00:00.000Z";
    let claim = async |at: &str| -> Vec<String> {
        store
            .claim_webhooks(at, 10, lease)
            .await
            .unwrap()
            .into_iter()
            .map(|d| format!("{}:{}", d.id, d.delivery_id))
            .collect()
    };
    let ids = |claimed: &[String]| -> Vec<String> {
        claimed
            .iter()
            .map(|c| c.split(':').nth(1).unwrap().to_string())
            .collect()
    };
    let row = |claimed: &[String], delivery: &str| -> i64 {
        claimed
            .iter()
            .find(|c| c.ends_with(&format!(":{delivery}")))
            .unwrap()
            .split(':')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    // Only the first of each connection (and the unordered one).
    let first = claim("2980-01-01T00:00:00.000Z").await;
    assert_eq!(ids(&first), ["d0", "d1", "d3"]);
    // a's first delivered: a's second is next; b's first failed and waits: b's second too,
    // even once due; a postponed delivery keeps its attempts.
    store
        .webhook_attempted(row(&first, "d0"), true, None, None)
        .await
        .unwrap();
    store
        .webhook_attempted(
            row(&first, "d1"),
            false,
            Some("2995-01-01T00:00:00.000Z"),
            Some("HTTP 503"),
        )
        .await
        .unwrap();
    store
        .webhook_attempted(row(&first, "d3"), true, None, None)
        .await
        .unwrap();
    let second = claim("2994-01-01T00:00:00.000Z").await;
    assert_eq!(ids(&second), ["d2"]);
    store
        .postpone_webhook(row(&second, "d2"), "2996-01-01T00:00:00.000Z")
        .await
        .unwrap();
    let third = store
        .claim_webhooks("2996-01-01T00:00:00.000Z", 10, lease)
        .await
        .unwrap();
    let summary: Vec<(&str, i64)> = third
        .iter()
        .map(|d| (d.delivery_id.as_str(), d.attempts))
        .collect();
    assert_eq!(summary, [("d1", 1), ("d2", 0)]);
    // b's first dropped: its second goes.
    store
        .webhook_attempted(third[0].id, false, None, Some("HTTP 503"))
        .await
        .unwrap();
    store
        .webhook_attempted(third[1].id, true, None, None)
        .await
        .unwrap();
    assert_eq!(ids(&claim("2996-01-01T00:00:00.000Z").await), ["d4", "d5"]);
}

async fn webhooks_are_delivered_retried_or_dropped(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    for n in 0..3 {
        store.queue_webhook(&hook(dev.id, None, n)).await.unwrap();
    }
    let lease = "2990-01-01T00:00:00.000Z";
    assert!(
        store
            .claim_webhooks("2000-01-01T00:00:00.000Z", 10, lease)
            .await
            .unwrap()
            .is_empty()
    );
    let two = store
        .claim_webhooks("2980-01-01T00:00:00.000Z", 2, lease)
        .await
        .unwrap();
    assert_eq!(
        two.iter().map(|d| d.body.as_str()).collect::<Vec<_>>(),
        [r#"{"n":0}"#, r#"{"n":1}"#]
    );
    // Claimed: not due again before the lease ends.
    let third = store
        .claim_webhooks("2980-01-01T00:00:00.000Z", 10, lease)
        .await
        .unwrap();
    assert_eq!(
        third.iter().map(|d| d.body.as_str()).collect::<Vec<_>>(),
        [r#"{"n":2}"#]
    );
    let due: Vec<WebhookDelivery> = two.into_iter().chain(third).collect();
    store
        .webhook_attempted(due[0].id, true, Some("2999-01-01T00:00:00.000Z"), None)
        .await
        .unwrap();
    store
        .webhook_attempted(
            due[1].id,
            false,
            Some("2500-01-01T00:00:00.000Z"),
            Some("HTTP 500"),
        )
        .await
        .unwrap();
    store
        .webhook_attempted(due[2].id, false, None, Some("HTTP 500"))
        .await
        .unwrap();
    assert!(
        store
            .claim_webhooks("2499-01-01T00:00:00.000Z", 10, lease)
            .await
            .unwrap()
            .is_empty()
    );
    let left = store
        .claim_webhooks("2999-01-01T00:00:00.000Z", 10, "3000-01-01T00:00:00.000Z")
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(
        (
            left[0].id,
            left[0].attempts,
            left[0].next_attempt_at.as_str()
        ),
        (due[1].id, 1, "3000-01-01T00:00:00.000Z")
    );
}

async fn concurrent_webhook_claims_take_each_delivery_once(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    for n in 0..20 {
        store.queue_webhook(&hook(dev.id, None, n)).await.unwrap();
    }
    let claims =
        futures_util::future::join_all((0..6).map(|_| {
            store.claim_webhooks("2999-01-01T00:00:00.000Z", 4, "3000-01-01T00:00:00.000Z")
        }))
        .await;
    let mut claimed: Vec<i64> = claims
        .into_iter()
        .flat_map(|claim| claim.unwrap())
        .map(|delivery| delivery.id)
        .collect();
    let count = claimed.len();
    claimed.sort_unstable();
    claimed.dedup();
    assert_eq!((count, claimed.len()), (20, 20), "each delivery once");
}

async fn records_are_filtered_by_time_ids_and_action(store: &dyn Store) {
    let connection = one_connection(store).await;
    store
        .write_records(connection, "User", RecordWrite::Save, &fifty_records(0))
        .await
        .unwrap();
    let all = store.records(&page(connection, "User")).await.unwrap();
    assert_eq!(all.len(), 50);
    assert!(all.windows(2).all(|w| w[0].cursor < w[1].cursor));
    assert!(
        all.iter()
            .all(|r| r.last_action == "ADDED" && r.first_seen_at == r.last_modified_at)
    );
    // Another model, or another connection's, is another stream.
    assert!(
        store
            .records(&page(connection, "Other"))
            .await
            .unwrap()
            .is_empty()
    );
    let later = all[0].last_modified_at.clone();
    let some = store
        .records(&RecordQuery {
            ids: vec!["0-3".into(), "0-7".into(), "nope".into()],
            ..page(connection, "User")
        })
        .await
        .unwrap();
    assert_eq!(
        some.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["0-3", "0-7"]
    );
    assert_eq!(
        store
            .records(&RecordQuery {
                limit: 5,
                ..page(connection, "User")
            })
            .await
            .unwrap()
            .len(),
        5
    );
    assert!(
        store
            .records(&RecordQuery {
                modified_after: Some("2999-01-01T00:00:00.000Z".into()),
                ..page(connection, "User")
            })
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .records(&RecordQuery {
                modified_after: Some(later),
                ..page(connection, "User")
            })
            .await
            .unwrap()
            .len(),
        50
    );
    store
        .write_records(
            connection,
            "User",
            RecordWrite::Update,
            &[RecordInput::from_value("0-1", &json!({ "name": "n" }))],
        )
        .await
        .unwrap();
    let updated = store
        .records(&RecordQuery {
            actions: vec!["UPDATED".into(), "DELETED".into()],
            ..page(connection, "User")
        })
        .await
        .unwrap();
    assert_eq!(updated.len(), 1);
    assert_eq!(updated[0].data, json!({ "id": "0-1", "name": "n" }));
    assert_eq!(updated[0].first_seen_at, all[1].first_seen_at);
    assert!(updated[0].cursor > all[49].cursor);
    // Unchanged saves rewrite nothing: same cursors.
    let counts = store
        .write_records(
            connection,
            "User",
            RecordWrite::Save,
            &fifty_records(0)[2..],
        )
        .await
        .unwrap();
    assert_eq!(counts.unchanged, 48);
    // `0-1` moved to the end when it was updated; the others are as they were.
    assert_eq!(
        store.records(&page(connection, "User")).await.unwrap()[1..49],
        all[2..50]
    );
    assert_eq!(store.record_count(connection, "User").await.unwrap(), 50);
}

async fn cursors_go_on_after_a_clear(store: &dyn Store) {
    let connection = one_connection(store).await;
    store
        .write_records(connection, "M", RecordWrite::Save, &fifty_records(0))
        .await
        .unwrap();
    let before = store.records(&page(connection, "M")).await.unwrap();
    assert_eq!(store.clear_records(connection, "M").await.unwrap(), 50);
    assert_eq!(store.record_count(connection, "M").await.unwrap(), 0);
    assert_eq!(store.clear_records(connection, "M").await.unwrap(), 0);
    store
        .write_records(connection, "M", RecordWrite::Save, &fifty_records(0))
        .await
        .unwrap();
    let after = store.records(&page(connection, "M")).await.unwrap();
    assert_eq!(after.len(), 50);
    // A reader that paged before the clear still sees what came after it.
    assert!(after[0].cursor > before[49].cursor);
    assert!(after.iter().all(|r| r.last_action == "ADDED"));
}

async fn concurrent_merges_into_one_record_are_all_kept(store: &dyn Store) {
    let connection = one_connection(store).await;
    let ids: Vec<String> = (0..20).map(|i| format!("r{i}")).collect();
    let base: Vec<RecordInput> = ids
        .iter()
        .map(|id| RecordInput::from_value(id, &json!({ "id": id })))
        .collect();
    store
        .write_records(connection, "M", RecordWrite::Save, &base)
        .await
        .unwrap();
    let field_updates = |field: usize| -> Vec<RecordInput> {
        ids.iter()
            .map(|id| RecordInput::from_value(id, &json!({ format!("f{field}"): field })))
            .collect()
    };
    let batches: Vec<Vec<RecordInput>> = (0..6).map(field_updates).collect();
    let counts = futures_util::future::join_all(
        batches
            .iter()
            .map(|batch| store.write_records(connection, "M", RecordWrite::Update, batch)),
    )
    .await;
    for counts in counts {
        assert_eq!(counts.unwrap().updated, 20);
    }
    for record in store.records(&page(connection, "M")).await.unwrap() {
        let fields = record.data.as_object().unwrap();
        assert_eq!(fields.len(), 7, "every merge kept: {}", record.data);
    }
}

async fn deleting_a_connection_removes_its_records_and_schedules(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    store
        .write_records(connection, "M", RecordWrite::Save, &fifty_records(0))
        .await
        .unwrap();
    let schedule = store
        .ensure_sync_schedule(dev.id, connection, "gh", "s", "base", false)
        .await
        .unwrap();
    store
        .queue_sync_job(schedule.id, JobKind::Initial, &now())
        .await
        .unwrap();
    assert!(store.delete_connection(connection).await.unwrap());
    assert!(!store.delete_connection(connection).await.unwrap());
    assert!(store.connection_by_id(connection).await.unwrap().is_none());
    assert_eq!(store.record_count(connection, "M").await.unwrap(), 0);
    assert!(store.sync_schedule(schedule.id).await.unwrap().is_none());
    assert!(store.sync_jobs(schedule.id, 10).await.unwrap().is_empty());
    // Its records cannot be written any more.
    assert!(
        store
            .write_records(connection, "M", RecordWrite::Save, &fifty_records(1))
            .await
            .is_err()
    );
}

async fn text_search_ignores_ascii_case_only(store: &dyn Store) {
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
    for id in ["Acme-Main", "été-Shop"] {
        new_connection(store, dev.id, integration.id, id).await;
    }
    let search = |text: &str| {
        let filter = ConnectionFilter {
            search: Some(text.into()),
            ..ConnectionFilter::default()
        };
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
    assert_eq!(search("acme-MAIN").await, ["Acme-Main"]);
    assert_eq!(search("été-shop").await, ["été-Shop"]);
    // Only ASCII letters are folded, as SQLite's LIKE does.
    assert!(search("ÉTÉ").await.is_empty());
    assert!(search("_").await.is_empty(), "`_` is a character");
    let id = store
        .start_operation(dev.id, "proxy", Some("gh"), Some("c"), Some("GET /Users"))
        .await
        .unwrap();
    let found = store
        .operations(
            dev.id,
            &OperationFilter {
                search: Some("get /users".into()),
                limit: 10,
                ..OperationFilter::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(found.iter().map(|o| o.id).collect::<Vec<_>>(), [id]);
}

async fn tag_and_end_user_filters_match_strings_only(store: &dyn Store) {
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
    let connection = |id: &str, tags: Value, end_user: Option<Value>| NewConnection {
        environment_id: dev.id,
        integration_id: integration.id,
        connection_id: id.into(),
        credentials: "x".into(),
        connection_config: json!({}),
        metadata: json!({}),
        end_user,
        tags,
        credentials_expires_at: None,
    };
    store
        .upsert_connection(&connection(
            "strings",
            json!({ "n": "1", "team.name": "a" }),
            Some(json!({ "id": "7", "organization": { "id": "o1" } })),
        ))
        .await
        .unwrap();
    store
        .upsert_connection(&connection(
            "numbers",
            json!({ "n": 1 }),
            Some(json!({ "id": 7, "organization": { "id": 1 } })),
        ))
        .await
        .unwrap();
    store
        .upsert_connection(&connection("none", json!({}), None))
        .await
        .unwrap();
    let list = |filter: ConnectionFilter| async move {
        store
            .connections(dev.id, &filter)
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.connection_id)
            .collect::<Vec<_>>()
    };
    let tag = |key: &str, value: &str| ConnectionFilter {
        tags: vec![(key.into(), value.into())],
        ..ConnectionFilter::default()
    };
    assert_eq!(list(tag("n", "1")).await, ["strings"]);
    assert_eq!(list(tag("team.name", "a")).await, ["strings"]);
    assert!(list(tag("n", "2")).await.is_empty());
    assert_eq!(
        list(ConnectionFilter {
            end_user_id: Some("7".into()),
            ..ConnectionFilter::default()
        })
        .await,
        ["strings"]
    );
    assert_eq!(
        list(ConnectionFilter {
            end_user_organization_id: Some("o1".into()),
            ..ConnectionFilter::default()
        })
        .await,
        ["strings"]
    );
    assert_eq!(
        list(ConnectionFilter {
            integrations: vec!["gh".into(), "other".into()],
            limit: Some(2),
            offset: Some(1),
            ..ConnectionFilter::default()
        })
        .await,
        ["numbers", "strings"]
    );
    assert_eq!(
        list(ConnectionFilter {
            connection_id: Some("none".into()),
            ..ConnectionFilter::default()
        })
        .await,
        ["none"]
    );
}

async fn log_lines_keep_their_order(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    let id = store
        .start_operation(dev.id, "sync", Some("gh"), Some("c"), Some("s"))
        .await
        .unwrap();
    let lines: Vec<LogLine> = (0..2500)
        .map(|n| LogLine {
            level: if n % 2 == 0 { "info" } else { "http" }.into(),
            message: format!("line {n}"),
            created_at: "2030-01-01T00:00:00.000Z".into(),
        })
        .collect();
    store.finish_operation(id, "success", &lines).await.unwrap();
    let (operation, stored) = store.operation(dev.id, id).await.unwrap().unwrap();
    assert_eq!(operation.status, "success");
    assert!(operation.finished_at.is_some());
    assert_eq!(stored, lines);
}

async fn dashboard_sessions_open_until_they_expire_or_end(store: &dyn Store) {
    assert_eq!(store.dashboard_user_count().await.unwrap(), 0);
    let user = store.upsert_dashboard_user("admin", "h1").await.unwrap();
    let again = store.upsert_dashboard_user("admin", "h2").await.unwrap();
    assert_eq!((again.id, again.password_hash.as_str()), (user.id, "h2"));
    assert_eq!(store.dashboard_user_count().await.unwrap(), 1);
    store
        .create_dashboard_session("t1", user.id, "csrf", "2030-01-01T00:00:00.000Z")
        .await
        .unwrap();
    let session = store
        .dashboard_session("t1", "2029-01-01T00:00:00.000Z")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (session.user.username.as_str(), session.csrf_token.as_str()),
        ("admin", "csrf")
    );
    assert!(
        store
            .dashboard_session("t1", "2031-01-01T00:00:00.000Z")
            .await
            .unwrap()
            .is_none()
    );
    store.delete_dashboard_session("t1").await.unwrap();
    assert!(
        store
            .dashboard_session("t1", "2029-01-01T00:00:00.000Z")
            .await
            .unwrap()
            .is_none()
    );
}

async fn an_oauth_flow_is_taken_once_and_not_after_it_expires(store: &dyn Store) {
    store.create_environment("dev", "k").await.unwrap();
    let flow = |hash: &str, expires: &str| OAuthFlow {
        state_hash: hash.into(),
        environment_id: 1,
        flow: json!({ "integration": "gh", "connection_id": "c1" }),
        expires_at: expires.into(),
    };
    store
        .create_oauth_flow(&flow("s1", "2030-01-01T00:00:00.000Z"))
        .await
        .unwrap();
    store
        .create_oauth_flow(&flow("s2", "2000-01-01T00:00:00.000Z"))
        .await
        .unwrap();
    let now = "2029-01-01T00:00:00.000Z";
    let taken = store.take_oauth_flow("s1", now).await.unwrap().unwrap();
    assert_eq!(taken.flow["connection_id"], "c1");
    assert_eq!(store.take_oauth_flow("s1", now).await.unwrap(), None);
    assert_eq!(store.take_oauth_flow("s2", now).await.unwrap(), None);
    assert_eq!(store.take_oauth_flow("nope", now).await.unwrap(), None);
    store
        .create_oauth_flow(&flow("s3", "2000-01-01T00:00:00.000Z"))
        .await
        .unwrap();
    assert_eq!(
        store
            .prune_oauth_flows("2001-01-01T00:00:00.000Z")
            .await
            .unwrap(),
        1
    );
}

async fn expiring_connections_are_found_by_their_token_expiry(store: &dyn Store) {
    let id = one_connection(store).await;
    let mut connection = store.connection_by_id(id).await.unwrap().unwrap();
    assert!(
        store
            .connections_expiring("2100-01-01T00:00:00.000Z", 10)
            .await
            .unwrap()
            .is_empty()
    );
    connection.credentials_expires_at = Some("2030-01-01T00:00:00.000Z".into());
    store.update_connection(&connection).await.unwrap();
    let due = store
        .connections_expiring("2030-01-01T00:00:00.000Z", 10)
        .await
        .unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(
        due[0].credentials_expires_at.as_deref(),
        Some("2030-01-01T00:00:00.000Z")
    );
    assert!(
        store
            .connections_expiring("2029-12-31T23:59:59.000Z", 10)
            .await
            .unwrap()
            .is_empty()
    );
}

async fn a_pending_secret_key_opens_its_environment_until_it_is_dropped(store: &dyn Store) {
    let dev = store.create_environment("dev", "old").await.unwrap();
    let prod = store.create_environment("prod", "other").await.unwrap();
    let rotating = Environment {
        pending_secret_key: Some("new".into()),
        ..dev.clone()
    };
    store.update_environment(&rotating).await.unwrap();
    for key in ["old", "new"] {
        let found = store.environment_by_key(key).await.unwrap().unwrap();
        assert_eq!(found.id, dev.id, "{key}");
    }
    // Another environment's key cannot become this one's.
    let clash = Environment {
        pending_secret_key: Some("other".into()),
        ..dev.clone()
    };
    assert!(matches!(
        store.update_environment(&clash).await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(
        store.environment_by_key("other").await.unwrap().unwrap().id,
        prod.id
    );
    store
        .update_environment(&Environment {
            secret_key: "new".into(),
            pending_secret_key: None,
            ..dev.clone()
        })
        .await
        .unwrap();
    assert!(store.environment_by_key("old").await.unwrap().is_none());
    assert_eq!(
        store.environment_by_key("new").await.unwrap().unwrap().id,
        dev.id
    );
}

async fn operations_are_filtered_paged_and_counted_per_time_bucket(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    let prod = store.create_environment("prod", "k2").await.unwrap();
    let mut ids = Vec::new();
    for (kind, key, connection, name, status) in [
        ("sync", "github", "c1", "issues", "success"),
        ("action", "github", "c1", "create-issue", "failed"),
        ("proxy", "slack", "c2", "GET /users", "success"),
        ("sync", "slack", "c2", "messages_100%", "failed"),
    ] {
        let id = store
            .start_operation(dev.id, kind, Some(key), Some(connection), Some(name))
            .await
            .unwrap();
        store.finish_operation(id, status, &[]).await.unwrap();
        ids.push(id);
    }
    store
        .start_operation(prod.id, "sync", Some("github"), Some("c1"), Some("issues"))
        .await
        .unwrap();
    let list = |filter: OperationFilter| async move {
        store
            .operations(
                dev.id,
                &OperationFilter {
                    limit: if filter.limit == 0 { 100 } else { filter.limit },
                    ..filter
                },
            )
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        list(OperationFilter::default()).await,
        vec![ids[3], ids[2], ids[1], ids[0]]
    );
    let syncs = OperationFilter {
        kind: Some("sync".into()),
        ..Default::default()
    };
    assert_eq!(list(syncs).await, vec![ids[3], ids[0]]);
    let failed_github = OperationFilter {
        status: Some("failed".into()),
        integration_key: Some("github".into()),
        ..Default::default()
    };
    assert_eq!(list(failed_github).await, vec![ids[1]]);
    let c2 = OperationFilter {
        connection_id: Some("c2".into()),
        ..Default::default()
    };
    assert_eq!(list(c2).await, vec![ids[3], ids[2]]);
    // Search escapes LIKE's wildcards: `%` is a character, not "anything".
    let percent = OperationFilter {
        search: Some("100%".into()),
        ..Default::default()
    };
    assert_eq!(list(percent).await, vec![ids[3]]);
    let users = OperationFilter {
        search: Some("users".into()),
        ..Default::default()
    };
    assert_eq!(list(users).await, vec![ids[2]]);
    let page = OperationFilter {
        before: Some(ids[2]),
        limit: 1,
        ..Default::default()
    };
    assert_eq!(list(page).await, vec![ids[1]]);
    let newer = OperationFilter {
        after: Some(ids[1]),
        ..Default::default()
    };
    assert_eq!(list(newer).await, vec![ids[3], ids[2]]);
    let future = OperationFilter {
        since: Some("2999-01-01T00:00:00.000Z".into()),
        ..Default::default()
    };
    assert!(list(future).await.is_empty());
    let past = OperationFilter {
        until: Some("2000-01-01T00:00:00.000Z".into()),
        ..Default::default()
    };
    assert!(list(past).await.is_empty());

    let activity = store
        .operation_activity(dev.id, "2000-01-01T00:00:00.000Z", 3600)
        .await
        .unwrap();
    let total: i64 = activity.iter().map(|a| a.count).sum();
    assert_eq!(total, 4, "{activity:?}");
    let failed_syncs: i64 = activity
        .iter()
        .filter(|a| a.kind == "sync" && a.status == "failed")
        .map(|a| a.count)
        .sum();
    assert_eq!(failed_syncs, 1);
    assert!(activity.iter().all(|a| a.bucket % 3600 == 0));
}

async fn auth_webhook_settings_default_on_and_can_be_turned_off(store: &dyn Store) {
    store.create_environment("dev", "k").await.unwrap();
    let environment = store.environments().await.unwrap().remove(0);
    assert!(environment.webhook_on_auth_creation);
    assert!(environment.webhook_on_auth_refresh_error);
    assert!(environment.webhook_on_sync_error);
    assert!(!environment.webhook_on_sync_success_always);
    store
        .update_environment(&Environment {
            webhook_on_auth_creation: false,
            webhook_url_secondary: Some("https://b.test".into()),
            sync_time_limit_secs: Some(30),
            ..environment.clone()
        })
        .await
        .unwrap();
    let environment = store.environments().await.unwrap().remove(0);
    assert!(!environment.webhook_on_auth_creation);
    assert_eq!(environment.sync_time_limit_secs, Some(30));
    assert_eq!(environment.action_time_limit_secs, None);
    assert_eq!(
        environment.webhook_url_secondary.as_deref(),
        Some("https://b.test")
    );
    assert!(environment.webhook_on_auth_refresh_error);
    store.set_public_key(environment.id, "pk-1").await.unwrap();
    assert_eq!(
        store
            .environment_by_public_key("pk-1")
            .await
            .unwrap()
            .map(|e| e.name),
        Some("dev".into())
    );
    assert!(
        store
            .environment_by_public_key("pk-2")
            .await
            .unwrap()
            .is_none()
    );
}

async fn connect_sessions_are_found_by_token_hash_until_they_expire(store: &dyn Store) {
    let connection = one_connection(store).await;
    let session = store
        .create_connect_session(&NewConnectSession {
            environment_id: 1,
            token_hash: "h1".into(),
            end_user: json!({ "id": "u1" }),
            organization: Some(json!({ "id": "o1" })),
            allowed_integrations: Some(vec!["gh".into()]),
            integrations_config_defaults: json!({ "gh": { "user_scopes": "repo" } }),
            tags: json!({ "plan": "pro" }),
            connection: Some(connection),
            expires_at: "2030-01-01T00:00:00.000Z".into(),
        })
        .await
        .unwrap();
    let found = store
        .connect_session("h1", "2029-12-31T23:59:59.000Z")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found, session);
    assert_eq!(found.allowed_integrations, Some(vec!["gh".to_string()]));
    assert_eq!(found.connection, Some(connection));
    // Expired, or another token: not found.
    assert!(
        store
            .connect_session("h1", "2030-01-01T00:00:00.001Z")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .connect_session("h2", "2000-01-01T00:00:00.000Z")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .prune_connect_sessions("2020-01-01T00:00:00.000Z")
            .await
            .unwrap(),
        0
    );
    assert!(store.delete_connect_session(session.id).await.unwrap());
    assert!(!store.delete_connect_session(session.id).await.unwrap());
}

async fn environments_are_found_by_key_and_names_are_unique(store: &dyn Store) {
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

async fn connections_are_upserted_filtered_and_cascade_with_their_integration(store: &dyn Store) {
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
        credentials_expires_at: None,
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

    let list = |filter: ConnectionFilter| async move {
        store
            .connections(dev.id, &filter)
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.connection_id)
            .collect::<Vec<_>>()
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

async fn deploys_are_versioned_and_reconcile_within_their_scope(store: &dyn Store) {
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

async fn records_are_written_only_when_they_change_and_read_in_change_order(store: &dyn Store) {
    let connection = one_connection(store).await;
    let record =
        |id: &str, name: &str| RecordInput::from_value(id, &json!({ "id": id, "name": name }));
    let write = |op, batch: Vec<RecordInput>| async move {
        store
            .write_records(connection, "User", op, &batch)
            .await
            .unwrap()
    };
    let counts = write(
        RecordWrite::Save,
        vec![record("1", "a"), record("2", "b"), record("2", "b2")],
    )
    .await;
    assert_eq!((counts.added, counts.updated, counts.unchanged), (2, 0, 0));
    let counts = write(RecordWrite::Save, vec![record("1", "a"), record("2", "B")]).await;
    assert_eq!((counts.added, counts.updated, counts.unchanged), (0, 1, 1));
    let counts = write(
        RecordWrite::Update,
        vec![
            RecordInput::from_value("1", &json!({ "email": "a@x" })),
            RecordInput::from_value("9", &json!({ "email": "z" })),
        ],
    )
    .await;
    assert_eq!((counts.updated, counts.unchanged), (1, 0));
    let counts = write(
        RecordWrite::Delete,
        vec![RecordInput::from_value("2", &json!({ "id": "2" }))],
    )
    .await;
    assert_eq!(counts.deleted, 1);
    let read = |query: RecordQuery| async move { store.records(&query).await.unwrap() };
    let all = read(RecordQuery {
        connection,
        model: "User".into(),
        limit: 100,
        ..RecordQuery::default()
    })
    .await;
    // Change order: 2 (deleted last), after 1 (updated before).
    assert_eq!(
        all.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["1", "2"]
    );
    assert_eq!(
        all[0].data,
        json!({ "id": "1", "name": "a", "email": "a@x" })
    );
    assert_eq!(all[0].last_action, "UPDATED");
    assert_eq!(
        (all[1].last_action.as_str(), all[1].deleted_at.is_some()),
        ("DELETED", true)
    );
    assert!(all[0].cursor < all[1].cursor);
    let after = read(RecordQuery {
        connection,
        model: "User".into(),
        after_cursor: Some(all[0].cursor),
        limit: 100,
        ..RecordQuery::default()
    })
    .await;
    assert_eq!(after.len(), 1);
    let deleted = read(RecordQuery {
        connection,
        model: "User".into(),
        actions: vec!["DELETED".into()],
        limit: 100,
        ..RecordQuery::default()
    })
    .await;
    assert_eq!(deleted[0].id, "2");
    assert_eq!(store.record_count(connection, "User").await.unwrap(), 1);
    // Saved again after a delete: added back.
    let counts = write(RecordWrite::Save, vec![record("2", "back")]).await;
    assert_eq!(counts.added, 1);
    // A full run that saw only 2 deletes 1.
    let seen = std::collections::HashSet::from(["2".to_string()]);
    assert_eq!(
        store
            .delete_unseen_records(connection, "User", &seen)
            .await
            .unwrap(),
        ["1"]
    );
    assert_eq!(store.record_count(connection, "User").await.unwrap(), 1);
}

async fn concurrent_writers_queue_instead_of_failing(store: &dyn Store) {
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
    for writer in 0..8 {
        connections
            .push(new_connection(store, dev.id, integration.id, &format!("c{writer}")).await);
    }
    // Eight writers at once, each on a connection of its own, each batch in its own
    // transaction: they wait for each other where they must, and none fails.
    let counts = futures_util::future::join_all(connections.iter().map(|&connection| async move {
        for batch in 0..20 {
            let records = fifty_records(batch);
            store
                .write_records(connection, "M", RecordWrite::Save, &records)
                .await
                .unwrap();
        }
        store.record_count(connection, "M").await.unwrap()
    }))
    .await;
    assert_eq!(counts, [1000; 8]);
}

async fn a_reader_paging_while_a_sync_writes_misses_nothing_and_sees_nothing_twice(
    store: &dyn Store,
) {
    let connection = one_connection(store).await;
    let finished = std::cell::Cell::new(false);
    let writer = async {
        for batch in 0..40 {
            let records = fifty_records(batch);
            store
                .write_records(connection, "M", RecordWrite::Save, &records)
                .await
                .unwrap();
            tokio::task::yield_now().await;
        }
        finished.set(true);
    };
    let reader = async {
        let mut seen = Vec::new();
        let mut after = None;
        let mut done = false;
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
            if let Some(last) = page.last() {
                after = Some(last.cursor);
            }
            let empty = page.is_empty();
            seen.extend(page.into_iter().map(|r| r.id));
            if empty && done {
                break;
            }
            // Read once more after the writer is done.
            done = finished.get();
            tokio::task::yield_now().await;
        }
        seen
    };
    let ((), seen) = tokio::join!(writer, reader);
    let unique: HashSet<&String> = seen.iter().collect();
    assert_eq!(seen.len(), 2000, "every record once");
    assert_eq!(unique.len(), 2000);
}

async fn old_operations_are_pruned(store: &dyn Store) {
    let dev = store.create_environment("dev", "k").await.unwrap();
    let id = store
        .start_operation(dev.id, "sync", Some("gh"), Some("c"), Some("s"))
        .await
        .unwrap();
    let line = LogLine {
        level: "info".into(),
        message: "hello".into(),
        created_at: now(),
    };
    store
        .finish_operation(id, "success", &[line])
        .await
        .unwrap();
    assert_eq!(
        store
            .prune_operations("2000-01-01T00:00:00.000Z")
            .await
            .unwrap(),
        0
    );
    let (operation, lines) = store.operation(dev.id, id).await.unwrap().unwrap();
    assert_eq!((operation.status.as_str(), lines.len()), ("success", 1));
    assert_eq!(
        store
            .prune_operations("2999-01-01T00:00:00.000Z")
            .await
            .unwrap(),
        1
    );
    assert!(store.operation(dev.id, id).await.unwrap().is_none());
}

async fn the_database_answers_and_messages_reach_listeners(store: &dyn Store) {
    store.ping().await.unwrap();
    // A backend of one process has nobody to tell; one shared by processes delivers what is
    // sent on a channel to its listeners, and nothing of other channels.
    let Some(mut messages) = store.listen("suite_channel").await.unwrap() else {
        store.notify("suite_channel", "x").await.unwrap();
        return;
    };
    store.notify("other_channel", "not for us").await.unwrap();
    store.notify("suite_channel", "wake up").await.unwrap();
    let got = tokio::time::timeout(std::time::Duration::from_secs(5), messages.recv())
        .await
        .expect("the message arrives")
        .unwrap();
    assert_eq!(got, "wake up");
}

async fn queued_action_runs_are_claimed_once_with_their_input(store: &dyn Store) {
    let connection = one_connection(store).await;
    let dev = store.environment_by_name("dev").await.unwrap().unwrap();
    for n in 0..12 {
        store
            .create_action_run(&ActionRun {
                id: format!("q-{n:02}"),
                environment_id: dev.id,
                connection,
                action_name: "create-issue".into(),
                input: Some(json!({ "n": n })),
                status: ActionStatus::Queued,
                output: None,
                error: None,
                created_at: format!("2030-01-01T00:00:{n:02}.000Z"),
                finished_at: None,
                worker: None,
                lease_until: None,
            })
            .await
            .unwrap();
    }
    let workers: Vec<String> = (0..4).map(|n| format!("w-{n}")).collect();
    let claims = futures_util::future::join_all(
        workers
            .iter()
            .map(|worker| store.claim_action_runs(worker, 5, "2030-01-01T00:10:00.000Z")),
    )
    .await;
    let mut claimed: Vec<ActionRun> = claims.into_iter().flat_map(|c| c.unwrap()).collect();
    assert_eq!(claimed.len(), 12, "each run once");
    claimed.sort_by(|a, b| a.id.cmp(&b.id));
    claimed.dedup_by(|a, b| a.id == b.id);
    assert_eq!(claimed.len(), 12);
    assert!(claimed.iter().all(|r| r.status == ActionStatus::Running));
    assert_eq!(claimed[3].input, Some(json!({ "n": 3 })));
    assert!(
        store
            .claim_action_runs("w-0", 5, "2030-01-01T00:10:00.000Z")
            .await
            .unwrap()
            .is_empty()
    );
    // Its worker's heartbeat keeps a run; a run whose lease ended is failed (not run again),
    // once.
    let kept = &claimed[0];
    let mut renewed = 0;
    for n in 0..4 {
        if store
            .renew_action_lease(&kept.id, &format!("w-{n}"), "2031-01-01T00:00:00.000Z")
            .await
            .unwrap()
        {
            renewed += 1;
        }
    }
    assert_eq!(renewed, 1, "only its worker renews it");
    let error = json!({ "error": { "code": "worker_stopped", "message": "gone" } });
    let failed = store
        .fail_abandoned_action_runs("2030-06-01T00:00:00.000Z", &error)
        .await
        .unwrap();
    assert_eq!(failed.len(), 11, "all but the renewed one: {failed:?}");
    assert!(!failed.contains(&kept.id));
    let gone = store.action_run(dev.id, &failed[0]).await.unwrap().unwrap();
    assert_eq!(
        (gone.status, gone.error),
        (ActionStatus::Error, Some(error.clone()))
    );
    assert!(
        store
            .fail_abandoned_action_runs("2030-06-01T00:00:00.000Z", &error)
            .await
            .unwrap()
            .is_empty()
    );
}

/// The key the sealed-records tests seal with.
pub(crate) const SEALING_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// Records sealed at rest, on one database seen through a store with the key (`sealed`) and
/// one without (`plain`): `raw` reads the `data` column as stored. A sealed row holds none of
/// its text; a save that changes nothing is still unchanged; updates merge into the opened
/// record; a record stored before the key was set stays readable; without the key a sealed
/// record is refused with a clear error, not read as garbage.
pub(crate) async fn sealed_records_hold_no_plain_text(
    sealed: &dyn Store,
    plain: &dyn Store,
    connection: i64,
    raw: impl AsyncFn() -> Vec<String>,
) {
    let before =
        RecordInput::from_value("old", &json!({ "id": "old", "email": "old@example.com" }));
    plain
        .write_records(connection, "M", RecordWrite::Save, &[before])
        .await
        .unwrap();
    let record = |n: u32| {
        RecordInput::from_value(
            format!("r{n}"),
            &json!({ "id": format!("r{n}"), "email": format!("person{n}@example.com") }),
        )
    };
    let batch: Vec<RecordInput> = (0..20).map(record).collect();
    let counts = sealed
        .write_records(connection, "M", RecordWrite::Save, &batch)
        .await
        .unwrap();
    assert_eq!(counts.added, 20);
    let again = sealed
        .write_records(connection, "M", RecordWrite::Save, &batch)
        .await
        .unwrap();
    assert_eq!(
        (again.unchanged, again.updated),
        (20, 0),
        "hashed before sealing"
    );
    let merge = [RecordInput::from_value("r3", &json!({ "name": "Three" }))];
    let merged = sealed
        .write_records(connection, "M", RecordWrite::Update, &merge)
        .await
        .unwrap();
    assert_eq!(merged.updated, 1);
    sealed
        .write_records(connection, "M", RecordWrite::Delete, &[record(4)])
        .await
        .unwrap();

    let stored = raw().await;
    assert_eq!(stored.len(), 21);
    for text in &stored {
        if text.contains("old@example.com") {
            continue;
        }
        assert!(text.starts_with("v1:"), "{text}");
        assert!(!text.contains("example.com"), "{text}");
    }
    let read = sealed.records(&page(connection, "M")).await.unwrap();
    assert_eq!(read.len(), 21);
    let by_id = |id: &str| read.iter().find(|r| r.id == id).unwrap().data.clone();
    assert_eq!(by_id("old")["email"], "old@example.com");
    assert_eq!(
        by_id("r3"),
        json!({ "id": "r3", "email": "person3@example.com", "name": "Three" })
    );
    assert_eq!(
        by_id("r4")["email"],
        "person4@example.com",
        "a deleted record keeps its data"
    );
    let refused = plain.records(&page(connection, "M")).await.unwrap_err();
    assert!(
        refused.to_string().contains("cannot be decrypted"),
        "{refused}"
    );
}

/// The key a rotation replaces [`SEALING_KEY`] with.
pub(crate) const NEW_SEALING_KEY: &str = "MTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTE=";

/// A key rotation on one database: `old` seals with [`SEALING_KEY`], `rotating` with
/// [`NEW_SEALING_KEY`] and opens the old key's too, `new` knows only the new key. After
/// `rotating.reseal()`, everything opens with the new key alone; a second pass has nothing
/// left to do.
pub(crate) async fn a_rotation_seals_everything_again_under_the_new_key(
    old: &dyn Store,
    rotating: &dyn Store,
    new: &dyn Store,
) {
    let old_sealer = Sealer::new(Some(SEALING_KEY)).unwrap();
    let new_sealer = Sealer::new(Some(NEW_SEALING_KEY)).unwrap();
    let dev = old.create_environment("dev", "k").await.unwrap();
    let integration = old
        .create_integration(
            dev.id,
            &NewIntegration {
                unique_key: "gh".into(),
                provider: "github".into(),
                oauth_client_secret: Some(old_sealer.seal("client-secret")),
                ..NewIntegration::default()
            },
        )
        .await
        .unwrap();
    let connection = new_connection(old, dev.id, integration.id, "c").await;
    let mut stored = old.connection_by_id(connection).await.unwrap().unwrap();
    stored.credentials = old_sealer.seal(r#"{"access_token":"tok"}"#);
    old.update_connection(&stored).await.unwrap();
    let records: Vec<RecordInput> = (0..1200)
        .map(|n| {
            RecordInput::from_value(format!("r{n}"), &json!({ "id": format!("r{n}"), "n": n }))
        })
        .collect();
    old.write_records(connection, "M", RecordWrite::Save, &records)
        .await
        .unwrap();

    let done = rotating.reseal().await.unwrap();
    assert_eq!(
        done,
        Resealed {
            credentials: 1,
            client_secrets: 1,
            records: 1200
        }
    );
    assert_eq!(rotating.reseal().await.unwrap(), Resealed::default());

    let connection_now = new.connection_by_id(connection).await.unwrap().unwrap();
    assert_eq!(
        new_sealer.open(&connection_now.credentials).unwrap(),
        r#"{"access_token":"tok"}"#
    );
    let integration_now = new.integration(dev.id, "gh").await.unwrap().unwrap();
    assert_eq!(
        new_sealer
            .open(integration_now.oauth_client_secret.as_deref().unwrap())
            .unwrap(),
        "client-secret"
    );
    let read = new
        .records(&RecordQuery {
            limit: 2000,
            ..page(connection, "M")
        })
        .await
        .unwrap();
    assert_eq!(read.len(), 1200);
    assert!(read.iter().all(|r| r.data["id"] == r.id.as_str()));
    // A rotation changes no record's place in the change order.
    assert!(read.windows(2).all(|w| w[0].cursor < w[1].cursor));
}
