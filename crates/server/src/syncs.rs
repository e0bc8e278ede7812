//! Scheduled syncs: every deployed sync × connection has a schedule; due schedules queue runs;
//! workers run them in the sandbox and write their records to the cache; a run that fails is
//! retried with backoff; runs left by a stopped server are queued again at start.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use nango_runtime::{
    Host, HostError, Limits, RecordOp, RecordSink, RunError, RunRequest, Script, ScriptContext,
    ScriptKind as RunKind, Validation,
};
use nango_store::{
    ConnectionFilter, JobKind, JobStatus, RecordCounts, RecordWrite, ScriptKind, SyncJob,
    SyncSchedule,
};
use serde_json::{Value, json};

use crate::runner::{ConnectionCalls, ConnectionProxy, Logs};
use crate::{AppState, credentials, webhooks};

/// The model name records are stored under: the model, or `Model::variant` for a variant.
pub fn stored_model(model: &str, variant: &str) -> String {
    if variant.is_empty() || variant == "base" {
        model.to_string()
    } else {
        format!("{model}::{variant}")
    }
}

/// A time `after` from now, as stored.
pub fn later(after: Duration) -> String {
    credentials::format_time(SystemTime::now() + after)
}

/// The scheduler loop (and the webhook deliverer): runs until the process ends.
pub fn start(state: AppState) {
    let scheduler = state.clone();
    tokio::spawn(async move {
        match scheduler.store.requeue_running_jobs().await {
            Ok(0) => {}
            Ok(n) => {
                tracing::warn!("{n} sync run(s) interrupted by the last stop are queued again")
            }
            Err(e) => tracing::error!("cannot requeue interrupted runs: {e}"),
        }
        let mut ticks: u64 = 0;
        // Schedules follow deploys and connections: they are brought in line when something
        // wakes the scheduler (a deploy, an import, a trigger) and every 30 ticks, not on every
        // tick (which would list every connection once a second).
        let mut woken = true;
        loop {
            if let Err(e) = tick(&scheduler, ticks, woken || ticks.is_multiple_of(30)).await {
                tracing::error!("scheduler: {}", e.message);
            }
            ticks += 1;
            woken = tokio::select! {
                () = tokio::time::sleep(scheduler.settings.scheduler_tick) => false,
                () = scheduler.wake.notified() => true,
            };
        }
    });
    tokio::spawn(webhooks::deliver_forever(state));
}

/// One pass: schedules in line with what is deployed, due runs queued, queued runs started.
async fn tick(state: &AppState, ticks: u64, reconcile_now: bool) -> Result<(), crate::ApiError> {
    if reconcile_now {
        reconcile(state).await?;
    }
    let now = credentials::format_time(SystemTime::now());
    for schedule in state.store.all_sync_schedules().await? {
        let due = !schedule.paused
            && schedule
                .next_run_at
                .as_deref()
                .is_some_and(|at| at <= now.as_str());
        if !due {
            continue;
        }
        let kind = if schedule.last_sync_date.is_some() {
            JobKind::Incremental
        } else {
            JobKind::Initial
        };
        state.store.queue_sync_job(schedule.id, kind, &now).await?;
        let mut next = schedule.clone();
        next.next_run_at = Some(later(Duration::from_secs(
            frequency_secs(state, &schedule).await?,
        )));
        state.store.update_sync_schedule(&next).await?;
    }
    let running = state.running_syncs.load(Ordering::Relaxed);
    let free = state.settings.max_concurrent_syncs.saturating_sub(running);
    if free > 0 {
        for job in state.store.claim_sync_jobs(&now, free as i64).await? {
            state.running_syncs.fetch_add(1, Ordering::Relaxed);
            let state = state.clone();
            tokio::spawn(async move {
                run_job(&state, job).await;
                state.running_syncs.fetch_sub(1, Ordering::Relaxed);
                state.wake.notify_one();
            });
        }
    }
    // Every 600 ticks (ten minutes at the default tick): logs older than the retention go.
    if ticks.is_multiple_of(600) {
        let before = credentials::format_time(SystemTime::now() - state.settings.logs_retention);
        state.store.prune_operations(&before).await?;
    }
    Ok(())
}

/// Every deployed sync has a schedule for every connection of its integration; schedules of
/// undeployed syncs go.
async fn reconcile(state: &AppState) -> Result<(), crate::ApiError> {
    let schedules = state.store.all_sync_schedules().await?;
    for environment in state.store.environments().await? {
        let syncs: Vec<_> = state
            .store
            .scripts(environment.id)
            .await?
            .into_iter()
            .filter(|s| s.kind == ScriptKind::Sync)
            .collect();
        let connections = state
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
                    state
                        .store
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
                state.store.delete_sync_schedule(schedule.id).await?;
            }
        }
    }
    Ok(())
}

/// How often a schedule runs: its own frequency, else the script's `runs`.
pub async fn frequency_secs(
    state: &AppState,
    schedule: &SyncSchedule,
) -> Result<u64, crate::ApiError> {
    if let Some(secs) = schedule.frequency_secs {
        return Ok(secs.max(1) as u64);
    }
    let script = state
        .store
        .script(
            schedule.environment_id,
            &schedule.integration_key,
            ScriptKind::Sync,
            &schedule.name,
        )
        .await?;
    let runs = script
        .as_ref()
        .and_then(|s| s.config.get("runs"))
        .and_then(Value::as_str)
        .unwrap_or("every day");
    Ok(nango_config::interval::parse_runs(runs).unwrap_or(86_400))
}

/// Records of a run, written to the cache as the script saves them.
struct CacheSink {
    state: AppState,
    connection: i64,
    variant: String,
    models: Vec<String>,
    /// Ids saved per model, when the run tracks deletes.
    seen: Option<Mutex<HashMap<String, HashSet<String>>>>,
    counts: Mutex<HashMap<String, RecordCounts>>,
}

#[async_trait]
impl RecordSink for CacheSink {
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<Value>,
    ) -> Result<(), HostError> {
        if !self.models.iter().any(|m| m == model) {
            return Err(HostError::new(
                "unknown_model",
                format!(
                    "`{model}` is not an output of this sync (its models: {})",
                    self.models.join(", ")
                ),
            ));
        }
        let records: Vec<(String, Value)> = records
            .into_iter()
            .map(|record| {
                let id = match &record["id"] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (id, record)
            })
            .collect();
        if op == RecordOp::Save
            && let Some(seen) = &self.seen
        {
            let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
            let ids = seen.entry(model.to_string()).or_default();
            ids.extend(records.iter().map(|(id, _)| id.clone()));
        }
        let write = match op {
            RecordOp::Save => RecordWrite::Save,
            RecordOp::Update => RecordWrite::Update,
            RecordOp::Delete => RecordWrite::Delete,
        };
        let counts = self
            .state
            .store
            .write_records(
                self.connection,
                &stored_model(model, &self.variant),
                write,
                &records,
            )
            .await
            .map_err(|e| HostError::new("records_not_saved", e.to_string()))?;
        self.counts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(model.to_string())
            .or_default()
            .add(counts);
        Ok(())
    }
}

/// Runs one queued run to its end (success, retry or failure).
async fn run_job(state: &AppState, job: SyncJob) {
    let started = job.started_at.clone().unwrap_or_else(nango_store::now);
    let outcome = run(state, &job).await;
    let finished = match outcome {
        Ok(result) => state
            .store
            .finish_sync_job(job.id, JobStatus::Success, &result.counts, None)
            .await
            .map(|()| Some(result)),
        Err(failure) => {
            if job.attempt < state.settings.sync_retries && failure.retryable {
                let wait = state.settings.sync_retry_base * 2u32.saturating_pow(job.attempt as u32);
                tracing::warn!(
                    job = job.id,
                    "sync run failed, retried in {wait:?}: {}",
                    failure.message
                );
                state
                    .store
                    .retry_sync_job(job.id, &later(wait), &failure.message)
                    .await
                    .map(|()| None)
            } else {
                tracing::warn!(job = job.id, "sync run failed: {}", failure.message);
                if let Err(e) = webhooks::sync_failed(state, &job, &started, &failure.message).await
                {
                    tracing::error!("cannot queue the failure webhook: {}", e.message);
                }
                state
                    .store
                    .finish_sync_job(job.id, JobStatus::Error, &json!({}), Some(&failure.message))
                    .await
                    .map(|()| None)
            }
        }
    };
    match finished {
        Ok(Some(result)) => {
            if let Err(e) = after_success(state, &job, &started, &result).await {
                tracing::error!("after sync run {}: {}", job.id, e.message);
            }
        }
        Ok(None) => {}
        Err(e) => tracing::error!("cannot record the end of sync run {}: {e}", job.id),
    }
}

struct RunResult {
    schedule: SyncSchedule,
    /// `{Model: {added, updated, deleted}}`.
    counts: Value,
    changed: Vec<(String, RecordCounts)>,
}

struct Failure {
    message: String,
    /// Worth another attempt (the script failed), unlike a sync that no longer exists.
    retryable: bool,
}

impl Failure {
    fn fatal(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            retryable: false,
        }
    }
}

async fn run(state: &AppState, job: &SyncJob) -> Result<RunResult, Failure> {
    let db = |e: nango_store::StoreError| Failure::fatal(e.to_string());
    let schedule = state
        .store
        .sync_schedule(job.sync_id)
        .await
        .map_err(db)?
        .ok_or_else(|| Failure::fatal("the schedule was removed"))?;
    let environment = state
        .store
        .environments()
        .await
        .map_err(db)?
        .into_iter()
        .find(|e| e.id == schedule.environment_id)
        .ok_or_else(|| Failure::fatal("the environment was removed"))?;
    let script = state
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
    let mut connection = state
        .store
        .connection_by_id(schedule.connection)
        .await
        .map_err(db)?
        .ok_or_else(|| Failure::fatal("the connection was deleted"))?;
    let integration = state
        .store
        .integration(environment.id, &schedule.integration_key)
        .await
        .map_err(db)?
        .ok_or_else(|| Failure::fatal("the integration was deleted"))?;
    let operation = state
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
    let logs = Arc::new(Logs::default());
    let result = async {
        let creds = credentials::current(state, &integration, &mut connection, false)
            .await
            .map_err(|e| Failure {
                message: e.message,
                retryable: true,
            })?;
        let provider = state.catalog.get(&integration.provider).cloned();
        let models = script.models();
        let full = job.kind != JobKind::Incremental
            || script.config.get("sync_type").and_then(Value::as_str) != Some("incremental");
        let track_deletes =
            script.config.get("track_deletes").and_then(Value::as_bool) == Some(true);
        let sink = Arc::new(CacheSink {
            state: state.clone(),
            connection: connection.id,
            variant: schedule.variant.clone(),
            models: models.clone(),
            seen: (track_deletes && full).then(|| Mutex::new(HashMap::new())),
            counts: Mutex::new(HashMap::new()),
        });
        let host = Host {
            proxy: Arc::new(ConnectionProxy {
                state: state.clone(),
                provider: provider.clone(),
                target: nango_proxy::Connection {
                    provider: integration.provider.clone(),
                    credentials: creds,
                    connection_config: connection.connection_config.clone(),
                    metadata: connection.metadata.clone(),
                },
            }),
            records: sink.clone(),
            connection: Arc::new(ConnectionCalls {
                state: state.clone(),
                environment: environment.clone(),
                integration: integration.clone(),
                connection: connection.clone(),
                depth: 0,
            }),
            logs: logs.clone(),
        };
        let models_schema = state
            .store
            .latest_deployment(environment.id)
            .await
            .ok()
            .flatten()
            .and_then(|d| d.json_schema)
            .and_then(|s| s.get("definitions").cloned())
            .map(Arc::new);
        let request = RunRequest {
            script: Script {
                name: format!("{}-{}.js", script.name, script.integration_key),
                code: script.js.clone().into(),
                source_map: None,
            },
            kind: RunKind::Sync,
            input: None,
            context: ScriptContext {
                connection_id: connection.connection_id.clone(),
                provider_config_key: integration.unique_key.clone(),
                provider: Some(integration.provider.clone()),
                environment_id: Some(environment.id),
                environment_name: Some(environment.name.clone()),
                sync_id: Some(schedule.id.to_string()),
                sync_job_id: Some(job.id),
                nango_connection_id: Some(connection.id),
                last_sync_date: if job.kind == JobKind::Incremental {
                    schedule.last_sync_date.clone()
                } else {
                    None
                },
                variant: Some(schedule.variant.clone()),
                track_deletes,
                pagination_defaults: provider
                    .as_ref()
                    .and_then(|p| p.proxy.as_ref())
                    .and_then(|p| p.paginate.clone()),
                ..ScriptContext::default()
            },
            limits: Limits::sync(),
            models: models_schema,
            validation: Validation::Log,
        };
        state
            .scripts
            .run(request, host)
            .await
            .map_err(|e| Failure {
                message: describe(&e),
                retryable: !matches!(e, RunError::InvalidScript(_)),
            })?;
        if let Some(seen) = &sink.seen {
            let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
            for model in &models {
                let ids = seen.get(model).cloned().unwrap_or_default();
                let deleted = state
                    .store
                    .delete_unseen_records(
                        connection.id,
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
                    .deleted += deleted;
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
    let lines = logs.lines();
    let status = if result.is_ok() { "success" } else { "failed" };
    if let Err(e) = state
        .store
        .finish_operation(operation, status, &lines)
        .await
    {
        tracing::error!("cannot record the log of a sync run: {e}");
    }
    result
}

/// A successful run moves `lastSyncDate` to its start and tells the webhook.
async fn after_success(
    state: &AppState,
    job: &SyncJob,
    started: &str,
    result: &RunResult,
) -> Result<(), crate::ApiError> {
    let mut schedule = state
        .store
        .sync_schedule(result.schedule.id)
        .await?
        .unwrap_or_else(|| result.schedule.clone());
    schedule.last_sync_date = Some(started.to_string());
    state.store.update_sync_schedule(&schedule).await?;
    webhooks::sync_succeeded(state, &schedule, job, started, &result.changed).await
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
