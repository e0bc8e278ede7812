//! Sync control: which schedules a request names, triggering runs, pausing and starting,
//! status, frequency and variants.

use std::collections::BTreeMap;
use std::time::Duration;

use nango_store::{JobKind, JobStatus, ScriptKind, SyncSchedule};
use serde::Serialize;
use serde_json::{Value, json};
use utoipa::ToSchema;

use super::syncs::{later, runs, stored_model};
use super::{ErrorCode, Platform, PlatformError, Result};

/// The syncs a control request names.
#[derive(Debug, Clone, Default)]
pub struct SyncSelection {
    /// The integration.
    pub provider_config_key: String,
    /// One connection, else all of the integration's.
    pub connection_id: Option<String>,
    /// `(name, variant)`; empty means every sync of the integration.
    pub syncs: Vec<(String, Option<String>)>,
}

/// How a triggered run treats what was synced before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SyncMode {
    /// From the last sync date.
    #[default]
    Incremental,
    /// From scratch.
    FullRefresh,
    /// From scratch, with the cached records removed first.
    FullRefreshAndClearCache,
}

/// A request to run syncs now.
#[derive(Debug, Clone, Default)]
pub struct TriggerRequest {
    /// Which.
    pub selection: SyncSelection,
    /// How.
    pub mode: SyncMode,
}

/// A new frequency for one sync of one connection.
#[derive(Debug, Clone)]
pub struct FrequencyUpdate {
    /// The sync.
    pub selection: SyncSelection,
    /// `every 5 minutes`, `5m`, …; `None` goes back to the sync's own.
    pub frequency: Option<String>,
}

/// A sync of a connection, as `GET /sync/status` shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SyncStatus {
    /// The schedule's id.
    pub id: String,
    /// The connection.
    pub connection_id: Option<String>,
    /// The sync.
    pub name: String,
    /// Its variant (`base`).
    pub variant: String,
    /// `RUNNING`, `PAUSED`, `SUCCESS`, `ERROR` or `STOPPED`.
    pub status: String,
    /// `INITIAL` or `INCREMENTAL`.
    #[serde(rename = "type")]
    pub kind: String,
    /// When the last run ended.
    #[serde(rename = "finishedAt")]
    pub finished_at: Option<String>,
    /// When it runs next.
    #[serde(rename = "nextScheduledSyncAt")]
    pub next_scheduled_sync_at: Option<String>,
    /// How often it runs.
    pub frequency: String,
    /// Counts of the last successful run, by model.
    #[serde(rename = "latestResult")]
    #[schema(value_type = Option<Object>)]
    pub latest_result: Option<Value>,
    /// Why the last run failed.
    #[serde(rename = "latestError")]
    pub latest_error: Option<String>,
    /// Live records by model.
    #[serde(rename = "recordCount")]
    pub record_count: BTreeMap<String, i64>,
    /// Not kept yet: null.
    #[schema(value_type = Option<Object>)]
    pub checkpoint: Option<Value>,
}

impl Platform {
    /// The schedules a request names: the syncs of an integration, of one connection or all
    /// its connections. Unknown names are `unknown_sync`, listing them.
    pub async fn schedules(
        &self,
        environment: i64,
        selection: &SyncSelection,
    ) -> Result<Vec<SyncSchedule>> {
        let key = &selection.provider_config_key;
        let connection_id = selection.connection_id.as_deref().filter(|c| !c.is_empty());
        let connection = match connection_id {
            Some(id) => Some(self.connection(environment, key, id).await?.id),
            None => None,
        };
        let all: Vec<SyncSchedule> = self
            .store
            .sync_schedules(environment, connection)
            .await?
            .into_iter()
            .filter(|s| s.integration_key == *key)
            .collect();
        if selection.syncs.is_empty() {
            return Ok(all);
        }
        let mut chosen = Vec::new();
        let mut unknown = Vec::new();
        for (name, variant) in &selection.syncs {
            let variant = variant.as_deref().unwrap_or("base");
            let found: Vec<&SyncSchedule> = all
                .iter()
                .filter(|s| s.name == *name && s.variant == variant)
                .collect();
            if found.is_empty() {
                unknown.push(name.clone());
            }
            chosen.extend(found.into_iter().cloned());
        }
        if !unknown.is_empty() {
            return Err(PlatformError::new(
                ErrorCode::UnknownSync,
                format!(
                    "no deployed sync {} for integration `{key}`{}",
                    unknown.join(", "),
                    connection_id
                        .map(|c| format!(" and connection `{c}`"))
                        .unwrap_or_default()
                ),
            ));
        }
        Ok(chosen)
    }

    /// Queues a run of each named sync now.
    pub async fn trigger_syncs(&self, environment: i64, request: &TriggerRequest) -> Result<()> {
        let reset = request.mode != SyncMode::Incremental;
        let clear = request.mode == SyncMode::FullRefreshAndClearCache;
        let now = nango_store::now();
        let key = &request.selection.provider_config_key;
        for schedule in self.schedules(environment, &request.selection).await? {
            if clear {
                let script = self
                    .store
                    .script(environment, key, ScriptKind::Sync, &schedule.name)
                    .await?;
                for model in script.iter().flat_map(nango_store::Script::models) {
                    self.store
                        .clear_records(
                            schedule.connection,
                            &stored_model(&model, &schedule.variant),
                        )
                        .await?;
                }
            }
            // A full resync starts over: the script's checkpoint would resume the old pass.
            if reset {
                self.store.set_sync_checkpoint(schedule.id, None).await?;
            }
            let kind = match (reset, schedule.last_sync_date.is_some()) {
                (true, _) => JobKind::Full,
                (false, true) => JobKind::Incremental,
                (false, false) => JobKind::Initial,
            };
            self.store.queue_sync_job(schedule.id, kind, &now).await?;
        }
        self.wake_workers(super::WakeFor::Claim).await;
        Ok(())
    }

    /// Pauses or starts the named syncs; starting a paused sync runs it now, then on its
    /// schedule (as Nango does).
    pub async fn set_syncs_paused(
        &self,
        environment: i64,
        selection: &SyncSelection,
        paused: bool,
    ) -> Result<()> {
        for mut schedule in self.schedules(environment, selection).await? {
            if !paused && schedule.paused {
                schedule.next_run_at = Some(nango_store::now());
            }
            schedule.paused = paused;
            self.store.update_sync_schedule(&schedule).await?;
        }
        self.wake_workers(super::WakeFor::Claim).await;
        Ok(())
    }

    /// The status of the named syncs (`all`: every sync of the integration, or of the
    /// selection's connection).
    pub async fn sync_statuses(
        &self,
        environment: i64,
        selection: &SyncSelection,
    ) -> Result<Vec<SyncStatus>> {
        let mut out = Vec::new();
        for schedule in self.schedules(environment, selection).await? {
            out.push(self.describe(&schedule).await?);
        }
        Ok(out)
    }

    /// A schedule's state: `RUNNING`, `PAUSED`, `SUCCESS`, `ERROR` or `STOPPED` (never run).
    pub(super) async fn sync_state(&self, schedule: &SyncSchedule) -> Result<&'static str> {
        Ok(state_of(
            schedule,
            &self.store.sync_jobs(schedule.id, 20).await?,
        ))
    }

    pub(super) async fn describe(&self, schedule: &SyncSchedule) -> Result<SyncStatus> {
        let jobs = self.store.sync_jobs(schedule.id, 20).await?;
        let finished = jobs
            .iter()
            .find(|j| matches!(j.status, JobStatus::Success | JobStatus::Error));
        let status = state_of(schedule, &jobs);
        let kind = match jobs.first().map(|j| j.kind) {
            Some(JobKind::Incremental) => "INCREMENTAL",
            _ => "INITIAL",
        };
        let script = self.schedule_script(schedule).await?;
        let mut record_count = BTreeMap::new();
        for model in script.iter().flat_map(nango_store::Script::models) {
            let count = self
                .store
                .record_count(
                    schedule.connection,
                    &stored_model(&model, &schedule.variant),
                )
                .await?;
            record_count.insert(model, count);
        }
        let frequency = match schedule.frequency_secs {
            Some(secs) => describe_frequency(secs as u64),
            None => runs(script.as_ref()).to_string(),
        };
        let connection = self.store.connection_by_id(schedule.connection).await?;
        Ok(SyncStatus {
            id: schedule.id.to_string(),
            connection_id: connection.map(|c| c.connection_id),
            name: schedule.name.clone(),
            variant: schedule.variant.clone(),
            status: status.to_string(),
            kind: kind.to_string(),
            finished_at: finished.and_then(|j| j.finished_at.clone()),
            next_scheduled_sync_at: if schedule.paused {
                None
            } else {
                schedule.next_run_at.clone()
            },
            frequency,
            latest_result: jobs
                .iter()
                .find(|j| j.status == JobStatus::Success)
                .map(|j| j.result.clone()),
            latest_error: jobs
                .iter()
                .find(|j| j.status == JobStatus::Queued && j.attempt > 0)
                .or(finished.filter(|j| j.status == JobStatus::Error))
                .and_then(|j| j.error.clone()),
            record_count,
            checkpoint: None,
        })
    }

    /// Sets how often one sync of one connection runs; answers the frequency as shown.
    pub async fn update_frequency(
        &self,
        environment: i64,
        update: &FrequencyUpdate,
    ) -> Result<String> {
        let mut schedule = self.one_schedule(environment, &update.selection).await?;
        let frequency = match &update.frequency {
            Some(text) => {
                let text = text.trim();
                let normalized = if text.starts_with("every ") {
                    text.to_string()
                } else {
                    format!("every {text}")
                };
                let secs = nango_config::interval::parse_runs(&normalized)
                    .map_err(|e| PlatformError::new(ErrorCode::InvalidFrequency, e))?;
                schedule.frequency_secs = Some(secs as i64);
                Some(text.to_string())
            }
            None => {
                schedule.frequency_secs = None;
                None
            }
        };
        let secs = self.frequency_secs(&schedule).await?;
        if !schedule.paused {
            schedule.next_run_at = Some(later(Duration::from_secs(secs)));
        }
        self.store.update_sync_schedule(&schedule).await?;
        Ok(frequency.unwrap_or_else(|| describe_frequency(secs)))
    }

    /// Adds a variant of a sync for a connection; answers `{id, name, variant}`.
    pub async fn create_variant(
        &self,
        environment: i64,
        selection: &SyncSelection,
        variant: &str,
    ) -> Result<Value> {
        if variant == "base" || variant.is_empty() {
            return Err(PlatformError::new(
                ErrorCode::InvalidVariant,
                "a variant needs a name other than `base`",
            ));
        }
        let base = self.one_schedule(environment, selection).await?;
        let created = self
            .store
            .ensure_sync_schedule(
                environment,
                base.connection,
                &selection.provider_config_key,
                &base.name,
                variant,
                base.paused,
            )
            .await?;
        self.wake_workers(super::WakeFor::Reschedule).await;
        Ok(json!({ "id": created.id.to_string(), "name": base.name, "variant": variant }))
    }

    /// Removes a variant of a sync for a connection.
    pub async fn delete_variant(&self, environment: i64, selection: &SyncSelection) -> Result<()> {
        let schedule = self.one_schedule(environment, selection).await?;
        self.store.delete_sync_schedule(schedule.id).await?;
        Ok(())
    }

    async fn one_schedule(
        &self,
        environment: i64,
        selection: &SyncSelection,
    ) -> Result<SyncSchedule> {
        self.schedules(environment, selection)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| PlatformError::new(ErrorCode::UnknownSync, "no such sync"))
    }
}

/// A schedule's state from its latest runs (newest first).
fn state_of(schedule: &SyncSchedule, jobs: &[nango_store::SyncJob]) -> &'static str {
    if jobs.iter().any(|j| j.status == JobStatus::Running) {
        return "RUNNING";
    }
    if schedule.paused {
        return "PAUSED";
    }
    // A run waiting for a worker (just triggered) is as good as running; one waiting to be
    // tried again after a failure has failed until it succeeds.
    if let Some(queued) = jobs.iter().find(|j| j.status == JobStatus::Queued) {
        return if queued.attempt > 0 {
            "ERROR"
        } else {
            "RUNNING"
        };
    }
    let finished = jobs
        .iter()
        .find(|j| matches!(j.status, JobStatus::Success | JobStatus::Error));
    match finished.map(|j| j.status) {
        Some(JobStatus::Success) => "SUCCESS",
        Some(JobStatus::Error) => "ERROR",
        _ => "STOPPED",
    }
}

/// `every 5 minutes` from seconds.
fn describe_frequency(secs: u64) -> String {
    let (n, unit) = if secs.is_multiple_of(86_400) {
        (secs / 86_400, "day")
    } else if secs.is_multiple_of(3600) {
        (secs / 3600, "hour")
    } else if secs.is_multiple_of(60) {
        (secs / 60, "minute")
    } else {
        (secs, "second")
    };
    format!("every {n} {unit}{}", if n == 1 { "" } else { "s" })
}
