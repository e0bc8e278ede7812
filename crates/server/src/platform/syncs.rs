//! Scheduled syncs: every deployed sync × connection has a schedule; due schedules queue runs;
//! a run executes in the sandbox and writes its records to the cache; a run that fails is
//! retried with backoff. The loop that drives this lives in `crate::workers`.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use nango_runtime::{HostError, RecordOp, RecordSink, RunError, SavedRecord};
use nango_store::{
    ConnectionFilter, JobKind, JobStatus, LogLine, RecordCounts, RecordInput, RecordWrite,
    ScriptKind, SyncJob, SyncRunEnd, SyncSchedule,
};
use serde_json::{Value, json};

use super::retry::while_unavailable;
use super::scripts::{RunKind, SyncContext};
use super::wake::WakeFor;
use super::{ErrorCode, Platform, PlatformError, Result, credentials};

/// The model name records are stored under: the model, or `Model::variant` for a variant.
pub fn stored_model(model: &str, variant: &str) -> String {
    if variant.is_empty() || variant == "base" {
        model.to_string()
    } else {
        format!("{model}::{variant}")
    }
}

/// A sync's `runs` (`every day` when it has none).
pub(super) fn runs(script: Option<&nango_store::Script>) -> &str {
    script
        .and_then(|s| s.config.get("runs"))
        .and_then(Value::as_str)
        .unwrap_or("every day")
}

/// A time `after` from now, as stored.
pub(super) fn later(after: Duration) -> String {
    credentials::format_time(SystemTime::now() + after)
}

/// The channel on which processes wake each other's workers.
pub const WAKE_CHANNEL: &str = "nango_wake";

impl Platform {
    /// New work (a deploy, a connection, a trigger): this process's scheduler looks now, and so
    /// do the workers of every other process on the same database.
    pub(super) async fn wake_workers(&self, why: WakeFor) {
        self.wake.ring(why);
        if let Err(e) = self.store.notify(WAKE_CHANNEL, why.as_payload()).await {
            // They look on their own within their reconcile period anyway.
            tracing::warn!("cannot wake the other processes' workers: {e}");
        }
    }

    /// Every deployed sync has a schedule for every connection of its integration; schedules
    /// of undeployed syncs go.
    pub async fn reconcile_schedules(&self) -> Result<()> {
        let schedules = self.store.all_sync_schedules().await?;
        for environment in self.store.environments().await? {
            let syncs: Vec<_> = self
                .store
                .scripts(environment.id)
                .await?
                .into_iter()
                .filter(|s| s.kind == ScriptKind::Sync)
                .collect();
            let connections = self
                .store
                .connections(environment.id, &ConnectionFilter::default())
                .await?;
            let mut wanted: HashSet<(i64, String)> = HashSet::new();
            for sync in &syncs {
                for connection in connections
                    .iter()
                    .filter(|c| c.provider_config_key == sync.integration_key)
                {
                    wanted.insert((connection.id, sync.name.clone()));
                    let exists = schedules
                        .iter()
                        .any(|s| s.connection == connection.id && s.name == sync.name);
                    if !exists {
                        let auto_start =
                            sync.config.get("auto_start").and_then(Value::as_bool) != Some(false);
                        self.store
                            .ensure_sync_schedule(
                                environment.id,
                                connection.id,
                                &sync.integration_key,
                                &sync.name,
                                "base",
                                !auto_start,
                            )
                            .await?;
                    }
                }
            }
            for schedule in schedules
                .iter()
                .filter(|s| s.environment_id == environment.id)
            {
                if !wanted.contains(&(schedule.connection, schedule.name.clone())) {
                    self.store.delete_sync_schedule(schedule.id).await?;
                }
            }
        }
        Ok(())
    }

    /// Queues a run of every schedule that is due, and moves it to its next time.
    pub async fn queue_due_syncs(&self) -> Result<()> {
        let now = credentials::format_time(SystemTime::now());
        // Only the due ones: this runs at every wake-up (each run's end), and reading every
        // schedule then cost a run as much as there were connections.
        for schedule in self.store.due_sync_schedules(&now).await? {
            let kind = if schedule.last_sync_date.is_some() {
                JobKind::Incremental
            } else {
                JobKind::Initial
            };
            let next = later(Duration::from_secs(self.frequency_secs(&schedule).await?));
            // Of the schedulers that found it due (one per worker process), the one that moves
            // it queues the run: a schedule fires once per period.
            let moved = self
                .store
                .advance_schedule(schedule.id, schedule.next_run_at.as_deref(), Some(&next))
                .await?;
            if moved {
                self.store.queue_sync_job(schedule.id, kind, &now).await?;
            }
        }
        Ok(())
    }

    /// Removes logs older than the retention.
    pub async fn prune_logs(&self) -> Result<()> {
        let before = credentials::format_time(SystemTime::now() - self.settings.logs_retention);
        self.store.prune_operations(&before).await?;
        Ok(())
    }

    /// How often a schedule runs: its own frequency, else the script's `runs`.
    pub async fn frequency_secs(&self, schedule: &SyncSchedule) -> Result<u64> {
        if let Some(secs) = schedule.frequency_secs {
            return Ok(secs.max(1) as u64);
        }
        let script = self.schedule_script(schedule).await?;
        Ok(nango_config::interval::parse_runs(runs(script.as_ref())).unwrap_or(86_400))
    }

    /// The deployed sync a schedule runs, if it is still deployed.
    pub(super) async fn schedule_script(
        &self,
        schedule: &SyncSchedule,
    ) -> Result<Option<nango_store::Script>> {
        Ok(self
            .store
            .script(
                schedule.environment_id,
                &schedule.integration_key,
                ScriptKind::Sync,
                &schedule.name,
            )
            .await?)
    }

    /// Runs one claimed run to its end: success (and the webhooks it owes), another attempt
    /// later, or failure.
    pub async fn run_sync_job(&self, job: SyncJob) {
        let started = job.started_at.clone().unwrap_or_else(nango_store::now);
        let outcome = self.run_sync(&job).await;
        let worker = self.worker_id.clone();
        let finished = match outcome {
            Ok(result) => {
                let webhooks = self
                    .success_webhooks(&result.schedule, &job, &started, &result.changed)
                    .await
                    .unwrap_or_else(|e| {
                        tracing::error!(
                            "cannot prepare the webhooks of sync run {}: {}",
                            job.id,
                            e.message
                        );
                        Vec::new()
                    });
                let end = SyncRunEnd {
                    status: JobStatus::Success,
                    result: result.counts.clone(),
                    error: None,
                    webhooks,
                };
                while_unavailable("recording the end of a sync run", || {
                    self.store.finish_sync_job(job.id, &worker, &end)
                })
                .await
                .map(|held| held.then_some(result))
            }
            Err(failure) => {
                if job.attempt < self.settings.sync_retries && failure.retryable {
                    let wait =
                        self.settings.sync_retry_base * 2u32.saturating_pow(job.attempt as u32);
                    tracing::warn!(
                        job = job.id,
                        "sync run failed, retried in {wait:?}: {}",
                        failure.message
                    );
                    let at = later(wait);
                    let error = failure.error();
                    while_unavailable("putting a sync run back in the queue", || {
                        self.store.retry_sync_job(job.id, &worker, &at, &error)
                    })
                    .await
                    .map(|_| None)
                } else {
                    tracing::warn!(job = job.id, "sync run failed: {}", failure.message);
                    // A run a user cancelled owes no webhook. The store queues these only if
                    // this worker still holds the run (one that lost it must not report it).
                    let webhooks = if failure.cancelled {
                        Vec::new()
                    } else {
                        self.failure_webhooks(&job, &started, failure.kind, &failure.message)
                            .await
                            .unwrap_or_else(|e| {
                                tracing::error!(
                                    "cannot prepare the failure webhook: {}",
                                    e.message
                                );
                                Vec::new()
                            })
                    };
                    let end = SyncRunEnd {
                        status: JobStatus::Error,
                        result: json!({}),
                        error: Some(failure.error()),
                        webhooks,
                    };
                    while_unavailable("recording the end of a sync run", || {
                        self.store.finish_sync_job(job.id, &worker, &end)
                    })
                    .await
                    .map(|_| None)
                }
            }
        };
        match finished {
            Ok(Some(result)) => {
                if let Err(e) = self.after_success(&started, &result).await {
                    tracing::error!("after sync run {}: {}", job.id, e.message);
                }
            }
            Ok(None) => {}
            Err(e) => tracing::error!("cannot record the end of sync run {}: {e}", job.id),
        }
    }

    async fn run_sync(&self, job: &SyncJob) -> std::result::Result<RunResult, Failure> {
        // A database that cannot be reached now may be back for the next attempt.
        let db = |e: nango_store::StoreError| {
            if e.is_transient() {
                Failure::retryable(e.to_string())
            } else {
                Failure::fatal(e.to_string())
            }
        };
        let schedule = self
            .store
            .sync_schedule(job.sync_id)
            .await
            .map_err(db)?
            .ok_or_else(|| Failure::fatal("the schedule was removed"))?;
        let environment = self
            .environment_by_id(schedule.environment_id)
            .await
            .map_err(|e| Failure::fatal(e.message))?
            .ok_or_else(|| Failure::fatal("the environment was removed"))?;
        let script = self
            .store
            .script(
                environment.id,
                &schedule.integration_key,
                ScriptKind::Sync,
                &schedule.name,
            )
            .await
            .map_err(db)?
            .ok_or_else(|| Failure::fatal("the sync is no longer deployed"))?;
        let connection = self
            .store
            .connection_by_id(schedule.connection)
            .await
            .map_err(db)?
            .ok_or_else(|| Failure::fatal("the connection was deleted"))?;
        let integration = self
            .store
            .integration(environment.id, &schedule.integration_key)
            .await
            .map_err(db)?
            .ok_or_else(|| Failure::fatal("the integration was deleted"))?;
        let operation = self
            .store
            .start_operation(
                environment.id,
                "sync",
                Some(&integration.unique_key),
                Some(&connection.connection_id),
                Some(&schedule.name),
            )
            .await
            .map_err(db)?;
        let connection_id = connection.id;
        let models = script.models();
        let full = job.kind != JobKind::Incremental
            || script.config.get("sync_type").and_then(Value::as_str) != Some("incremental");
        let track_deletes =
            script.config.get("track_deletes").and_then(Value::as_bool) == Some(true);
        let counts: Arc<Mutex<HashMap<String, RecordCounts>>> = Arc::default();
        let sink = Arc::new(CacheSink {
            platform: self.clone(),
            connection: connection_id,
            variant: schedule.variant.clone(),
            models: models.clone(),
            seen: (track_deletes && full).then(|| Mutex::new(HashMap::new())),
            tracked: Mutex::new(HashMap::new()),
            counts: counts.clone(),
            writes: WriteBehind::start(self.clone(), connection_id, counts),
        });
        let prepared = self
            .prepare_run(
                &environment,
                &integration,
                connection,
                &script,
                RunKind::Sync {
                    records: sink.clone(),
                    context: SyncContext {
                        sync_id: schedule.id,
                        job_id: job.id,
                        last_sync_date: if job.kind == JobKind::Incremental {
                            schedule.last_sync_date.clone()
                        } else {
                            None
                        },
                        variant: schedule.variant.clone(),
                        track_deletes,
                    },
                },
            )
            .await;
        let logs = prepared.as_ref().ok().map(|p| p.logs.clone());
        let result = async {
            let prepared = prepared.map_err(|e| Failure::retryable(e.message))?;
            let cancel = self.running.start(schedule.id);
            let ran = self
                .scripts
                .run_until(prepared.request, prepared.host, &cancel)
                .await;
            self.running.end(schedule.id);
            // The records saved before the end (or the failure) are stored before it counts.
            let settled = sink.writes.settle().await;
            match ran {
                None => {
                    return Err(Failure {
                        kind: "cancelled",
                        message: "cancelled by a user".into(),
                        retryable: false,
                        cancelled: true,
                    });
                }
                Some(Err(e)) => {
                    return Err(Failure {
                        kind: failure_kind(&e),
                        message: describe(&e),
                        // The same script fails the same way again on an invalid bundle or a
                        // limit; a thrown error may be a provider's passing trouble.
                        retryable: !matches!(
                            e,
                            RunError::InvalidScript(_) | RunError::Limit { .. }
                        ),
                        cancelled: false,
                    });
                }
                Some(Ok(_)) => {}
            }
            if let Err(error) = settled {
                return Err(Failure {
                    kind: "records_error",
                    message: error.message,
                    retryable: true,
                    cancelled: false,
                });
            }
            if let Some(seen) = &sink.seen {
                let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
                for model in &models {
                    let ids = seen.get(model).cloned().unwrap_or_default();
                    let deleted = self
                        .store
                        .delete_unseen_records(
                            connection_id,
                            &stored_model(model, &schedule.variant),
                            &ids,
                        )
                        .await
                        .map_err(db)?;
                    sink.counts
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .entry(model.clone())
                        .or_default()
                        .deleted += deleted.len() as u64;
                }
            }
            let counts = sink
                .counts
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone();
            let mut by_model = serde_json::Map::new();
            let mut changed = Vec::new();
            for model in &models {
                let c = counts.get(model).copied().unwrap_or_default();
                by_model.insert(
                    model.clone(),
                    json!({ "added": c.added, "updated": c.updated, "deleted": c.deleted }),
                );
                changed.push((model.clone(), c));
            }
            Ok(RunResult {
                schedule: schedule.clone(),
                counts: Value::Object(by_model),
                changed,
            })
        }
        .await;
        let mut lines = logs.map(|l| l.lines()).unwrap_or_default();
        if let Err(failure) = &result {
            lines.push(LogLine {
                level: "error".into(),
                message: format!("the run failed ({}): {}", failure.kind, failure.message),
                created_at: nango_store::now(),
            });
        }
        let status = if result.is_ok() { "success" } else { "failed" };
        if let Err(e) = self.store.finish_operation(operation, status, &lines).await {
            tracing::error!("cannot record the log of a sync run: {e}");
        }
        result
    }

    /// A successful run moves `lastSyncDate` to its start and tells the webhook.
    /// The schedule remembers when its last successful run started.
    async fn after_success(&self, started: &str, result: &RunResult) -> Result<()> {
        let mut schedule = self
            .store
            .sync_schedule(result.schedule.id)
            .await?
            .unwrap_or_else(|| result.schedule.clone());
        schedule.last_sync_date = Some(started.to_string());
        self.store.update_sync_schedule(&schedule).await?;
        Ok(())
    }

    /// A sync's live records of these ids (a script's `getRecordsByIds`).
    pub(super) async fn records_by_ids(
        &self,
        connection: i64,
        model: &str,
        ids: Vec<String>,
    ) -> Result<Vec<Value>> {
        let records = self
            .store
            .records(&nango_store::RecordQuery {
                connection,
                model: model.to_string(),
                limit: ids.len().max(1) as i64,
                ids,
                ..nango_store::RecordQuery::default()
            })
            .await?;
        Ok(records
            .into_iter()
            .filter(|r| r.deleted_at.is_none())
            .map(|r| r.data)
            .collect())
    }
}

/// Records of a run, written to the cache as the script saves them.
struct CacheSink {
    platform: Platform,
    connection: i64,
    variant: String,
    models: Vec<String>,
    /// Ids saved per model, when the run tracks deletes.
    seen: Option<Mutex<HashMap<String, HashSet<String>>>>,
    /// Ids saved per model since the script's `trackDeletesStart(model)`.
    tracked: Mutex<HashMap<String, HashSet<String>>>,
    counts: Arc<Mutex<HashMap<String, RecordCounts>>>,
    /// Batches on their way to the store.
    writes: WriteBehind,
}

/// A run's record writes, made by a task of their own in the order the script made them:
/// `batchSave` returns once its batch is queued (a few batches wait at most, so a script that
/// saves faster than the store writes waits for it), and the script fetches its next page
/// while the last one is written; batches that queued up are written together ([`gather`]).
/// The first failed write fails every later record call and the run; what reads the cache
/// (`trackDeletesEnd`, `getRecordsByIds`, the run's end) waits for the queue to be empty first
/// ([`WriteBehind::settle`]).
struct WriteBehind {
    queue: tokio::sync::mpsc::Sender<Pending>,
    failed: Arc<Mutex<Option<HostError>>>,
}

enum Pending {
    Write {
        model: String,
        stored_model: String,
        write: RecordWrite,
        records: Vec<RecordInput>,
    },
    /// Answered once every write queued before it is done.
    Settle(tokio::sync::oneshot::Sender<()>),
}

impl WriteBehind {
    fn start(
        platform: Platform,
        connection: i64,
        counts: Arc<Mutex<HashMap<String, RecordCounts>>>,
    ) -> Self {
        let (queue, mut pending) = tokio::sync::mpsc::channel::<Pending>(QUEUED_BATCHES);
        let failed: Arc<Mutex<Option<HostError>>> = Arc::default();
        let failure = failed.clone();
        tokio::spawn(async move {
            // A message taken from the queue while gathering a write, to be handled next.
            let mut held: Option<Pending> = None;
            loop {
                let next = match held.take() {
                    Some(next) => next,
                    None => match pending.recv().await {
                        Some(next) => next,
                        None => break,
                    },
                };
                match next {
                    Pending::Settle(done) => {
                        let _ = done.send(());
                    }
                    // After a failure, nothing more is written: the run fails.
                    Pending::Write { .. }
                        if failure.lock().unwrap_or_else(|e| e.into_inner()).is_some() => {}
                    Pending::Write {
                        model,
                        stored_model,
                        write,
                        mut records,
                    } => {
                        held = gather(&mut pending, &stored_model, write, &mut records);
                        // One transaction, hash-gated: a write whose connection was cut left
                        // nothing behind, and writing it again is what it would have done.
                        let written = while_unavailable("saving records", || {
                            platform
                                .store
                                .write_records(connection, &stored_model, write, &records)
                        })
                        .await;
                        match written {
                            Ok(done) => counts
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .entry(model)
                                .or_default()
                                .add(done),
                            Err(error) => {
                                *failure.lock().unwrap_or_else(|e| e.into_inner()) =
                                    Some(PlatformError::from(error).into());
                            }
                        }
                    }
                }
            }
        });
        Self { queue, failed }
    }

    fn failure(&self) -> std::result::Result<(), HostError> {
        match self
            .failed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    async fn push(&self, pending: Pending) -> std::result::Result<(), HostError> {
        self.failure()?;
        self.queue
            .send(pending)
            .await
            .map_err(|_| HostError::new("internal", "the record writer stopped"))
    }

    /// Waits until every batch queued so far is written; the first write that failed.
    async fn settle(&self) -> std::result::Result<(), HostError> {
        let (done, written) = tokio::sync::oneshot::channel();
        self.push(Pending::Settle(done)).await?;
        written
            .await
            .map_err(|_| HostError::new("internal", "the record writer stopped"))?;
        self.failure()
    }
}

/// Batches that may wait for the record writer: while it writes one, a script that saves
/// faster goes on until this many are queued, and the writer then takes them together.
const QUEUED_BATCHES: usize = 8;

/// At most this many records go in one transaction when queued batches are taken together.
const GATHERED_RECORDS: usize = 2_000;

/// Appends to `records` the batches queued behind it that can go in the same transaction: same
/// model and kind of write, and no id in common (so each record is counted as its own batch
/// would have counted it). Returns the first message that cannot, to be handled next.
fn gather(
    pending: &mut tokio::sync::mpsc::Receiver<Pending>,
    stored_model: &str,
    write: RecordWrite,
    records: &mut Vec<RecordInput>,
) -> Option<Pending> {
    let mut ids: Option<HashSet<String>> = None;
    while records.len() < GATHERED_RECORDS {
        let next = pending.try_recv().ok()?;
        let ids = ids.get_or_insert_with(|| records.iter().map(|r| r.id.clone()).collect());
        match next {
            Pending::Write {
                stored_model: next_model,
                write: next_write,
                records: more,
                ..
            } if next_model == stored_model
                && next_write == write
                && more.iter().all(|r| !ids.contains(&r.id)) =>
            {
                ids.extend(more.iter().map(|r| r.id.clone()));
                records.extend(more);
            }
            other => return Some(other),
        }
    }
    None
}

impl CacheSink {
    fn known_model(&self, model: &str) -> std::result::Result<(), HostError> {
        if self.models.iter().any(|m| m == model) {
            return Ok(());
        }
        Err(PlatformError::new(
            ErrorCode::UnknownModel,
            format!(
                "`{model}` is not an output of this sync (its models: {})",
                self.models.join(", ")
            ),
        )
        .into())
    }
}

#[async_trait]
impl RecordSink for CacheSink {
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<SavedRecord>,
    ) -> std::result::Result<(), HostError> {
        self.known_model(model)?;
        let records: Vec<RecordInput> = records
            .into_iter()
            .map(|SavedRecord { id, json }| RecordInput { id, json })
            .collect();
        if op == RecordOp::Save
            && let Some(seen) = &self.seen
        {
            let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
            let ids = seen.entry(model.to_string()).or_default();
            ids.extend(records.iter().map(|record| record.id.clone()));
        }
        if op == RecordOp::Save
            && let Some(ids) = self
                .tracked
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get_mut(model)
        {
            ids.extend(records.iter().map(|record| record.id.clone()));
        }
        let write = match op {
            RecordOp::Save => RecordWrite::Save,
            RecordOp::Update => RecordWrite::Update,
            RecordOp::Delete => RecordWrite::Delete,
        };
        self.writes
            .push(Pending::Write {
                model: model.to_string(),
                stored_model: stored_model(model, &self.variant),
                write,
                records,
            })
            .await
    }

    async fn settle(&self) -> std::result::Result<(), HostError> {
        self.writes.settle().await
    }

    async fn track_deletes(
        &self,
        model: &str,
        step: nango_runtime::TrackStep,
    ) -> std::result::Result<Vec<String>, HostError> {
        self.known_model(model)?;
        let since = match step {
            nango_runtime::TrackStep::Start => {
                self.tracked
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(model.to_string(), HashSet::new());
                return Ok(Vec::new());
            }
            nango_runtime::TrackStep::End => self
                .tracked
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(model)
                .ok_or_else(|| {
                    HostError::new(
                        "track_deletes_not_started",
                        format!("nango.trackDeletesEnd('{model}') without nango.trackDeletesStart('{model}') before it: the records to keep are those saved in between"),
                    )
                })?,
            // What this run saved: since `trackDeletesStart`, or the whole run of a sync that
            // tracks deletes.
            nango_runtime::TrackStep::Previous => {
                let tracked = self
                    .tracked
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(model);
                let seen = self.seen.as_ref().map(|seen| {
                    seen.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .get(model)
                        .cloned()
                        .unwrap_or_default()
                });
                tracked.or(seen).ok_or_else(|| {
                    HostError::new(
                        "track_deletes_not_started",
                        format!("nango.deleteRecordsFromPreviousExecutions('{model}') needs the run's saved records: call nango.trackDeletesStart('{model}') before saving them"),
                    )
                })?
            }
        };
        self.writes.settle().await?;
        let stored = stored_model(model, &self.variant);
        let deleted =
            while_unavailable("deleting records not saved since trackDeletesStart", || {
                self.platform
                    .store
                    .delete_unseen_records(self.connection, &stored, &since)
            })
            .await
            .map_err(PlatformError::from)?;
        self.counts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(model.to_string())
            .or_default()
            .deleted += deleted.len() as u64;
        Ok(deleted)
    }
}

struct RunResult {
    schedule: SyncSchedule,
    /// `{Model: {added, updated, deleted}}`.
    counts: Value,
    changed: Vec<(String, RecordCounts)>,
}

struct Failure {
    /// What kind of failure, as the run's error and its webhook name it: `script_error`,
    /// `script_http_error`, `script_limit_exceeded`, `invalid_script`, `records_error`,
    /// `cancelled` or `run_error` (the run could not be prepared).
    kind: &'static str,
    message: String,
    /// Worth another attempt (the script failed), unlike a sync that no longer exists.
    retryable: bool,
    /// Stopped by a user: no retry, no failure webhook.
    cancelled: bool,
}

impl Failure {
    /// The run's error as its status shows it: the kind, then what happened (`latestError`).
    fn error(&self) -> String {
        format!("{}: {}", self.kind, self.message)
    }

    fn fatal(message: impl Into<String>) -> Self {
        Self {
            kind: "run_error",
            message: message.into(),
            retryable: false,
            cancelled: false,
        }
    }

    fn retryable(message: impl Into<String>) -> Self {
        Self {
            kind: "run_error",
            message: message.into(),
            retryable: true,
            cancelled: false,
        }
    }
}

/// The sync runs going on in this process, so that a user can cancel one.
#[derive(Default)]
pub struct RunningSyncs {
    runs: Mutex<HashMap<i64, Arc<tokio::sync::Notify>>>,
}

impl RunningSyncs {
    /// A run of a schedule starts: what cancels it.
    fn start(&self, schedule: i64) -> Arc<tokio::sync::Notify> {
        let cancel = Arc::new(tokio::sync::Notify::new());
        self.runs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(schedule, cancel.clone());
        cancel
    }

    fn end(&self, schedule: i64) {
        self.runs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&schedule);
    }

    /// How many runs go on in this process.
    pub fn count(&self) -> usize {
        self.runs.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Cancels the running run of a schedule; false when none runs here.
    pub fn cancel(&self, schedule: i64) -> bool {
        let runs = self.runs.lock().unwrap_or_else(|e| e.into_inner());
        match runs.get(&schedule) {
            // `notify_one` keeps the permit if the run is not waiting yet.
            Some(cancel) => {
                cancel.notify_one();
                true
            }
            None => false,
        }
    }
}

/// The kind of a failed script run, as [`Failure::kind`] names it.
fn failure_kind(error: &RunError) -> &'static str {
    match error {
        RunError::Script { .. } | RunError::Action { .. } => "script_error",
        RunError::Http { .. } => "script_http_error",
        RunError::Limit { .. } => "script_limit_exceeded",
        RunError::InvalidScript(_) => "invalid_script",
        RunError::Internal(_) => "run_error",
    }
}

fn describe(error: &RunError) -> String {
    match error {
        RunError::Script {
            name,
            message,
            stack,
        } => format!(
            "{name}: {message}{}",
            stack
                .first()
                .map(|f| format!(" ({})", f.trim()))
                .unwrap_or_default()
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(model: &str, write: RecordWrite, ids: &[&str]) -> Pending {
        Pending::Write {
            model: model.into(),
            stored_model: model.into(),
            write,
            records: ids.iter().map(|id| RecordInput::new(*id, "{}")).collect(),
        }
    }

    fn ids(records: &[RecordInput]) -> Vec<&str> {
        records.iter().map(|r| r.id.as_str()).collect()
    }

    #[tokio::test]
    async fn queued_batches_of_one_model_with_distinct_ids_are_written_together() {
        let (queue, mut pending) = tokio::sync::mpsc::channel(QUEUED_BATCHES);
        for batch in [
            write("M", RecordWrite::Save, &["b", "b"]),
            write("M", RecordWrite::Save, &["c"]),
            // `a` again: counted as its own batch would count it, so not gathered.
            write("M", RecordWrite::Save, &["a", "d"]),
            write("M", RecordWrite::Save, &["e"]),
        ] {
            queue.send(batch).await.unwrap();
        }
        let mut records = vec![RecordInput::new("a", "{}")];
        let held = gather(&mut pending, "M", RecordWrite::Save, &mut records);
        assert_eq!(ids(&records), ["a", "b", "b", "c"]);
        let Some(Pending::Write { records: next, .. }) = held else {
            panic!("the batch with `a` is handled next");
        };
        assert_eq!(ids(&next), ["a", "d"]);

        // Another model, another kind of write, or a settle end the gathering. (`e`, still
        // queued from above, joins the first of these.)
        for (stop, gathered) in [
            (write("N", RecordWrite::Save, &["x"]), &["z", "e"][..]),
            (write("M", RecordWrite::Delete, &["x"]), &["z"]),
            (Pending::Settle(tokio::sync::oneshot::channel().0), &["z"]),
        ] {
            let mut records = vec![RecordInput::new("z", "{}")];
            queue.send(stop).await.unwrap();
            let held = gather(&mut pending, "M", RecordWrite::Save, &mut records);
            assert!(held.is_some());
            assert_eq!(ids(&records), gathered);
        }
        let mut records = vec![RecordInput::new("z", "{}")];
        assert!(gather(&mut pending, "M", RecordWrite::Save, &mut records).is_none());
        assert_eq!(ids(&records), ["z"]);
    }
}
