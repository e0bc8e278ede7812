//! Running deployed scripts: a runtime of their own, the host the sandbox talks to (the
//! connection's provider through the proxy, the platform for metadata, variables, other
//! connections and nested actions), and [`Platform::prepare_run`], the one place a run of an
//! action or a sync is assembled.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunError, RunRequest, SavedRecord, Script, ScriptContext,
    ScriptKind, Validation,
};
use nango_store::{Connection, Environment, Integration, LogLine};
use serde_json::{Value, json};

use super::connections::metadata_object;
use super::{ActionCall, ErrorCode, MetadataWrite, Platform, PlatformError, Result};

/// How deep `triggerAction` may nest (an action calling an action calling…).
const MAX_NESTING: u8 = 3;

/// A multi-threaded runtime that only runs scripts: a script busy in JavaScript blocks its
/// worker until its time limit interrupts it, and must not block the API's.
pub struct ScriptPool {
    runtime: Option<tokio::runtime::Runtime>,
}

impl ScriptPool {
    /// A pool of `workers` threads.
    pub fn new(workers: usize) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers.max(1))
            .thread_name("nango-script")
            .enable_all()
            .build()
            .ok();
        Self { runtime }
    }

    /// Runs one script to completion on the pool.
    pub async fn run(
        &self,
        request: RunRequest,
        host: Host,
    ) -> std::result::Result<nango_runtime::RunOutput, RunError> {
        let Some(runtime) = &self.runtime else {
            return Err(RunError::Internal(
                "the script runtime could not be started".into(),
            ));
        };
        runtime
            .spawn(nango_runtime::run(request, host))
            .await
            .unwrap_or_else(|e| Err(RunError::Internal(format!("the script task failed: {e}"))))
    }

    /// Runs one script on the pool until it ends or `cancel` is notified: then the run is
    /// aborted (at its next await: a call to the platform or a timer) and `None` answered.
    pub async fn run_until(
        &self,
        request: RunRequest,
        host: Host,
        cancel: &tokio::sync::Notify,
    ) -> Option<std::result::Result<nango_runtime::RunOutput, RunError>> {
        let Some(runtime) = &self.runtime else {
            return Some(Err(RunError::Internal(
                "the script runtime could not be started".into(),
            )));
        };
        let mut task = runtime.spawn(nango_runtime::run(request, host));
        tokio::select! {
            ended = &mut task => Some(ended.unwrap_or_else(|e| {
                Err(RunError::Internal(format!("the script task failed: {e}")))
            })),
            () = cancel.notified() => {
                task.abort();
                None
            }
        }
    }
}

impl Drop for ScriptPool {
    fn drop(&mut self) {
        // Dropping a runtime from async code panics; letting it wind down in the background
        // does not.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// What differs between runs: an action's input and nesting, a sync's job and records.
pub(super) enum RunKind {
    /// An action.
    Action {
        /// Its input.
        input: Option<Value>,
        /// How deep in `triggerAction` calls this is.
        depth: u8,
    },
    /// A sync run.
    Sync {
        /// Where its records go.
        records: Arc<dyn RecordSink>,
        /// The `nango` object's sync fields.
        context: SyncContext,
    },
}

/// A sync run's fields of the `nango` object.
pub(super) struct SyncContext {
    pub sync_id: i64,
    pub job_id: i64,
    pub last_sync_date: Option<String>,
    pub variant: String,
    pub track_deletes: bool,
}

/// A run ready to start, and where its log lines go.
pub(super) struct PreparedRun {
    pub request: RunRequest,
    pub host: Host,
    pub logs: Arc<Logs>,
}

impl Platform {
    /// The models of the environment's latest deploy (`definitions` of its JSON schema).
    pub(super) async fn models_schema(&self, environment: i64) -> Result<Option<Arc<Value>>> {
        Ok(self
            .store
            .latest_deployment(environment)
            .await?
            .and_then(|d| d.json_schema)
            .and_then(|schema| schema.get("definitions").cloned())
            .map(Arc::new))
    }

    /// Assembles a run of a deployed script on a connection: its credentials (refreshed when
    /// they expire), the host with the proxy, records, connection calls and logs, and the
    /// request with the `nango` object's fields, the models and the limits of its kind.
    pub(super) async fn prepare_run(
        &self,
        environment: &Environment,
        integration: &Integration,
        mut connection: Connection,
        script: &nango_store::Script,
        kind: RunKind,
    ) -> Result<PreparedRun> {
        let creds = self
            .credentials(integration, &mut connection, false)
            .await?;
        let provider = self.catalog.get(&integration.provider).cloned();
        let models = self.models_schema(environment.id).await?;
        let logs = Arc::new(Logs::default());
        let mut context = ScriptContext {
            connection_id: connection.connection_id.clone(),
            provider_config_key: integration.unique_key.clone(),
            provider: Some(integration.provider.clone()),
            environment_id: Some(environment.id),
            environment_name: Some(environment.name.clone()),
            nango_connection_id: Some(connection.id),
            pagination_defaults: provider
                .as_ref()
                .and_then(|p| p.proxy.as_ref())
                .and_then(|p| p.paginate.clone()),
            ..ScriptContext::default()
        };
        let proxy = Arc::new(ConnectionProxy {
            provider: provider.clone(),
            http: self.http.clone(),
            target: nango_proxy::Connection {
                provider: integration.provider.clone(),
                oauth1: self.oauth1_keys(integration, &creds)?,
                credentials: creds,
                connection_config: connection.connection_config.clone(),
                metadata: connection.metadata.clone(),
            },
        });
        let (records, run_kind, input, limits, validation, depth, schedule): (
            Arc<dyn RecordSink>,
            _,
            _,
            _,
            _,
            _,
            _,
        ) = match kind {
            RunKind::Action { input, depth } => (
                Arc::new(NoRecords),
                ScriptKind::Action,
                input,
                with_time_limit(Limits::action(), environment.action_time_limit_secs),
                Validation::Off,
                depth,
                None,
            ),
            RunKind::Sync {
                records,
                context: sync,
            } => {
                context.sync_id = Some(sync.sync_id.to_string());
                context.sync_job_id = Some(sync.job_id);
                context.last_sync_date = sync.last_sync_date;
                context.variant = Some(sync.variant);
                context.track_deletes = sync.track_deletes;
                (
                    records,
                    ScriptKind::Sync,
                    None,
                    with_time_limit(Limits::sync(), environment.sync_time_limit_secs),
                    Validation::Log,
                    0,
                    Some(sync.sync_id),
                )
            }
        };
        let host = Host {
            proxy,
            records: records.clone(),
            connection: Arc::new(ConnectionCalls {
                platform: self.clone(),
                environment: environment.clone(),
                integration: integration.clone(),
                connection,
                depth,
                schedule,
                records,
            }),
            logs: logs.clone(),
        };
        let request = RunRequest {
            script: Script {
                name: format!("{}-{}.js", script.name, script.integration_key),
                code: script.js.clone().into(),
                source_map: None,
            },
            kind: run_kind,
            input,
            context,
            limits,
            models,
            validation,
        };
        Ok(PreparedRun {
            request,
            host,
            logs,
        })
    }
}

/// Requests to the connection's provider.
struct ConnectionProxy {
    provider: Option<nango_providers::Provider>,
    http: nango_proxy::ProviderClient,
    target: nango_proxy::Connection,
}

#[async_trait]
impl Proxy for ConnectionProxy {
    async fn request(
        &self,
        request: ProxyRequest,
    ) -> std::result::Result<ProxyResponse, HostError> {
        let Some(provider) = &self.provider else {
            return Err(HostError::new(
                ErrorCode::UnknownProvider.as_str(),
                format!(
                    "provider `{}` is not in the server's catalog",
                    self.target.provider
                ),
            ));
        };
        self.http
            .send(provider, &self.target, &request)
            .await
            .map_err(|e| HostError::new(e.code, e.message))
    }
}

/// Actions have no records.
struct NoRecords;

#[async_trait]
impl RecordSink for NoRecords {
    async fn records(
        &self,
        _: RecordOp,
        _: &str,
        _: Vec<SavedRecord>,
    ) -> std::result::Result<(), HostError> {
        Err(PlatformError::new(ErrorCode::NotASync, "records can only be saved by syncs").into())
    }
}

/// The log lines a run keeps for its operation; the ones after are counted, not kept (a
/// run's own limit, [`Limits::log_lines`], stops a script that logs without end).
pub(super) const KEPT_LOG_LINES: usize = 10_000;

/// A run's log lines, kept for its operation in the logs.
#[derive(Default)]
pub(super) struct Logs {
    lines: Mutex<KeptLines>,
}

#[derive(Default)]
struct KeptLines {
    kept: Vec<LogLine>,
    dropped: usize,
}

impl Logs {
    /// The lines so far, and one that says how many more were written when some were not kept.
    pub fn lines(&self) -> Vec<LogLine> {
        let lines = self.lines.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = lines.kept.clone();
        if lines.dropped > 0 {
            out.push(LogLine {
                level: "warn".into(),
                message: format!(
                    "{} more log lines were written and not kept (a run keeps its first {KEPT_LOG_LINES})",
                    lines.dropped
                ),
                created_at: nango_store::now(),
            });
        }
        out
    }
}

impl LogSink for Logs {
    fn log(&self, level: LogLevel, message: &str) {
        tracing::debug!(target: "nango::script", ?level, "{message}");
        let level = match level {
            LogLevel::Debug => "debug",
            LogLevel::Info => "info",
            LogLevel::Warn => "warn",
            LogLevel::Error => "error",
        };
        let mut lines = self.lines.lock().unwrap_or_else(|e| e.into_inner());
        if lines.kept.len() >= KEPT_LOG_LINES {
            lines.dropped += 1;
            return;
        }
        lines.kept.push(LogLine {
            level: level.to_string(),
            message: message.to_string(),
            created_at: nango_store::now(),
        });
    }
}

/// A script's connection, metadata and environment calls: each is a platform call.
struct ConnectionCalls {
    platform: Platform,
    environment: Environment,
    integration: Integration,
    connection: Connection,
    depth: u8,
    /// The sync schedule the run belongs to (its checkpoint); `None` for an action.
    schedule: Option<i64>,
    /// Where the run's records go: settled before the cache is read back.
    records: Arc<dyn RecordSink>,
}

#[async_trait]
impl ConnectionSource for ConnectionCalls {
    async fn call(&self, call: HostCall) -> std::result::Result<Value, HostError> {
        if matches!(
            call,
            HostCall::RecordsByIds { .. } | HostCall::ListRecords { .. }
        ) {
            self.records.settle().await?;
        }
        self.answer(call).await.map_err(HostError::from)
    }
}

impl ConnectionCalls {
    async fn answer(&self, call: HostCall) -> Result<Value> {
        let platform = &self.platform;
        let environment = self.environment.id;
        match call {
            HostCall::GetConnection {
                provider_config_key,
                connection_id,
                force_refresh,
            } => {
                let key =
                    provider_config_key.unwrap_or_else(|| self.integration.unique_key.clone());
                let id = connection_id.unwrap_or_else(|| self.connection.connection_id.clone());
                let view = platform
                    .connection_with_credentials(environment, &key, &id, force_refresh, false)
                    .await?;
                to_value(&view)
            }
            HostCall::SetMetadata { metadata } => self.write_metadata(metadata, false).await,
            HostCall::UpdateMetadata { metadata } => self.write_metadata(metadata, true).await,
            HostCall::EnvironmentVariables => {
                let variables = platform.environment_variables(environment).await?;
                Ok(Value::Array(
                    variables
                        .into_iter()
                        .map(|(name, value)| json!({ "name": name, "value": value }))
                        .collect(),
                ))
            }
            HostCall::GetIntegration { include } => {
                to_value(&platform.integration_view(&self.integration, &include))
            }
            HostCall::TriggerAction {
                provider_config_key,
                connection_id,
                action_name,
                input,
            } => {
                if self.depth >= MAX_NESTING {
                    return Err(PlatformError::new(
                        ErrorCode::TooDeep,
                        format!("triggerAction nests more than {MAX_NESTING} deep"),
                    ));
                }
                let (integration, connection) = platform
                    .integration_and_connection(environment, &provider_config_key, &connection_id)
                    .await?;
                platform
                    .run_action(ActionCall {
                        environment: self.environment.clone(),
                        integration,
                        connection,
                        action_name,
                        input,
                        depth: self.depth + 1,
                    })
                    .await
            }
            HostCall::RecordsByIds { ids, model } => {
                let ids: Vec<String> = ids
                    .iter()
                    .map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_string))
                    .collect();
                let records = platform
                    .records_by_ids(self.connection.id, &model, ids)
                    .await?;
                Ok(Value::Array(records))
            }
            HostCall::SetMergingStrategy { .. } => Ok(Value::Null),
            // The cache as `/records` serves it, live records only.
            HostCall::ListRecords { model, cursor } => {
                let page = platform
                    .records_page(
                        self.connection.id,
                        &super::RecordsQuery {
                            model,
                            variant: None,
                            limit: Some(100),
                            cursor,
                            modified_after: None,
                            filter: None,
                            ids: Vec::new(),
                        },
                    )
                    .await?;
                let live: Vec<Value> = page
                    .records
                    .into_iter()
                    .filter(|r| r["_nango_metadata"]["deleted_at"].is_null())
                    .collect();
                Ok(json!({ "records": live, "nextCursor": page.next_cursor }))
            }
            // A sync's checkpoint lasts from run to run; an action's only for its run (the SDK
            // keeps it), as an action has no schedule to keep it with.
            HostCall::GetCheckpoint => match self.schedule {
                Some(schedule) => Ok(platform
                    .store
                    .sync_checkpoint(schedule)
                    .await?
                    .unwrap_or(Value::Null)),
                None => Ok(Value::Null),
            },
            HostCall::SaveCheckpoint { checkpoint } => {
                if let Some(schedule) = self.schedule {
                    let checkpoint = Some(&checkpoint).filter(|c| !c.is_null());
                    platform
                        .store
                        .set_sync_checkpoint(schedule, checkpoint)
                        .await?;
                }
                Ok(Value::Null)
            }
        }
    }

    async fn write_metadata(&self, metadata: Value, merge: bool) -> Result<Value> {
        let metadata = metadata_object(metadata)?;
        self.platform
            .write_metadata(
                self.environment.id,
                &MetadataWrite {
                    provider_config_key: self.integration.unique_key.clone(),
                    connection_ids: vec![self.connection.connection_id.clone()],
                    metadata: metadata.clone(),
                    merge,
                },
            )
            .await?;
        Ok(json!({
            "metadata": metadata,
            "provider_config_key": self.integration.unique_key,
            "connection_id": self.connection.connection_id,
        }))
    }
}

fn to_value(view: &impl serde::Serialize) -> Result<Value> {
    serde_json::to_value(view).map_err(|e| PlatformError::internal(format!("a view: {e}")))
}

/// A run's limits with the environment's own time limit, when it has one.
fn with_time_limit(limits: Limits, environment_secs: Option<i64>) -> Limits {
    match environment_secs.and_then(|secs| u64::try_from(secs).ok()) {
        Some(secs) => Limits {
            wall_time: std::time::Duration::from_secs(secs),
            ..limits
        },
        None => limits,
    }
}
