//! Running deployed scripts: a runtime of their own, and the host the sandbox talks to (the
//! connection's provider through the proxy, the store for metadata and variables).

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use axum::http::StatusCode;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunError, RunRequest, Script, ScriptContext, ScriptKind,
    Validation,
};
use nango_store::{Connection, Environment, Integration, LogLine};
use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult};
use crate::{AppState, credentials, present};

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
    ) -> Result<nango_runtime::RunOutput, RunError> {
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

/// One action to run.
pub struct ActionCall {
    /// Environment.
    pub environment: Environment,
    /// Integration.
    pub integration: Integration,
    /// Connection.
    pub connection: Connection,
    /// The action's name.
    pub action_name: String,
    /// Its input.
    pub input: Option<Value>,
    /// How deep in `triggerAction` calls this is.
    pub depth: u8,
}

/// Runs an action: finds it, checks its input, runs it, checks its output.
pub async fn run_action(state: &AppState, call: ActionCall) -> ApiResult<Value> {
    let script = state
        .store
        .script(
            call.environment.id,
            &call.integration.unique_key,
            nango_store::ScriptKind::Action,
            &call.action_name,
        )
        .await?
        .ok_or_else(|| {
            ApiError::not_found(
                "unknown_action",
                format!(
                    "no action `{}` is deployed for integration `{}` in this environment (deploy it with `nango deploy`)",
                    call.action_name, call.integration.unique_key
                ),
            )
        })?;
    let models = state
        .store
        .latest_deployment(call.environment.id)
        .await?
        .and_then(|d| d.json_schema)
        .and_then(|schema| schema.get("definitions").cloned())
        .map(Arc::new);
    let input_model = script.config.get("input").and_then(Value::as_str);
    if let (Some(models), Some(model), Some(input)) = (&models, input_model, &call.input)
        && let Some(problem) = nango_runtime::validate::check(models, model, input)
    {
        return Err(ApiError::bad_request(
            "invalid_action_input",
            format!("the input does not match model `{model}`: {problem}"),
        )
        .with_payload(json!({ "model": model, "problem": problem })));
    }
    let mut connection = call.connection.clone();
    let creds = credentials::current(state, &call.integration, &mut connection, false).await?;
    let provider = state.catalog.get(&call.integration.provider).cloned();
    let logs = Arc::new(Logs::default());
    let host = Host {
        proxy: Arc::new(ConnectionProxy {
            state: state.clone(),
            provider: provider.clone(),
            target: nango_proxy::Connection {
                provider: call.integration.provider.clone(),
                credentials: creds,
                connection_config: connection.connection_config.clone(),
                metadata: connection.metadata.clone(),
            },
        }),
        records: Arc::new(NoRecords),
        connection: Arc::new(ConnectionCalls {
            state: state.clone(),
            environment: call.environment.clone(),
            integration: call.integration.clone(),
            connection: connection.clone(),
            depth: call.depth,
        }),
        logs: logs.clone(),
    };
    let request = RunRequest {
        script: Script {
            name: format!("{}-{}.js", script.name, script.integration_key),
            code: script.js.clone().into(),
            source_map: None,
        },
        kind: ScriptKind::Action,
        input: call.input.clone(),
        context: ScriptContext {
            connection_id: connection.connection_id.clone(),
            provider_config_key: call.integration.unique_key.clone(),
            provider: Some(call.integration.provider.clone()),
            environment_id: Some(call.environment.id),
            environment_name: Some(call.environment.name.clone()),
            nango_connection_id: Some(connection.id),
            pagination_defaults: provider
                .as_ref()
                .and_then(|p| p.proxy.as_ref())
                .and_then(|p| p.paginate.clone()),
            ..ScriptContext::default()
        },
        limits: Limits::action(),
        models: models.clone(),
        validation: Validation::Off,
    };
    let operation = state
        .store
        .start_operation(
            call.environment.id,
            "action",
            Some(&call.integration.unique_key),
            Some(&connection.connection_id),
            Some(&call.action_name),
        )
        .await?;
    let ran = state.scripts.run(request, host).await;
    let status = if ran.is_ok() { "success" } else { "failed" };
    let mut lines = logs.lines();
    if let Err(error) = &ran {
        lines.push(LogLine {
            level: "error".into(),
            message: format!("the action failed: {error}"),
            created_at: nango_store::now(),
        });
    }
    state
        .store
        .finish_operation(operation, status, &lines)
        .await?;
    let output = ran.map_err(action_error)?.output.unwrap_or(Value::Null);
    let output_model = script.models().into_iter().next();
    if let (Some(models), Some(model)) = (&models, output_model.as_deref())
        && let Some(problem) = nango_runtime::validate::check(models, model, &output)
    {
        return Err(ApiError::internal(format!(
            "the action's output does not match model `{model}`: {problem}"
        ))
        .with_code("invalid_action_output"));
    }
    Ok(output)
}

impl ApiError {
    fn with_code(mut self, code: &'static str) -> Self {
        self.code = code;
        self
    }
}

/// How a failed run is answered.
fn action_error(error: RunError) -> ApiError {
    match error {
        RunError::Action { payload } => ApiError::bad_request(
            "action_script_failure",
            payload
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("the action failed")
                .to_string(),
        )
        .with_payload(payload),
        RunError::Http { status, data } => {
            let mut error = ApiError::new(
                StatusCode::FAILED_DEPENDENCY,
                "action_script_http_error",
                format!("the provider answered HTTP {status} and the action did not handle it"),
            )
            .with_payload(json!({ "status": status, "data": data }));
            error.upstream = Some(json!({ "status_code": status, "body": data }));
            error
        }
        RunError::Script {
            name,
            message,
            stack,
        } => ApiError::internal(format!("the action threw {name}: {message}"))
            .with_code("action_script_runtime_error")
            .with_payload(json!({ "name": name, "message": message, "stack": stack })),
        RunError::Limit { message, .. } => {
            ApiError::internal(message).with_code("script_limit_exceeded")
        }
        RunError::InvalidScript(message) => ApiError::internal(message).with_code("invalid_script"),
        RunError::Internal(message) => ApiError::internal(message),
    }
}

/// Requests to the connection's provider.
pub(crate) struct ConnectionProxy {
    pub state: AppState,
    pub provider: Option<nango_providers::Provider>,
    pub target: nango_proxy::Connection,
}

#[async_trait]
impl Proxy for ConnectionProxy {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        let Some(provider) = &self.provider else {
            return Err(HostError::new(
                "unknown_provider",
                format!(
                    "provider `{}` is not in the server's catalog",
                    self.target.provider
                ),
            ));
        };
        self.state
            .http
            .send(provider, &self.target, &request)
            .await
            .map_err(|e| HostError::new(e.code, e.message))
    }
}

/// Actions have no records.
struct NoRecords;

#[async_trait]
impl RecordSink for NoRecords {
    async fn records(&self, _: RecordOp, _: &str, _: Vec<Value>) -> Result<(), HostError> {
        Err(HostError::new(
            "not_a_sync",
            "records can only be saved by syncs",
        ))
    }
}

/// A run's log lines, kept for its operation in the logs.
#[derive(Default)]
pub struct Logs {
    lines: Mutex<Vec<LogLine>>,
}

impl Logs {
    /// The lines so far.
    pub fn lines(&self) -> Vec<LogLine> {
        self.lines.lock().unwrap_or_else(|e| e.into_inner()).clone()
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
        self.lines
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(LogLine {
                level: level.to_string(),
                message: message.to_string(),
                created_at: nango_store::now(),
            });
    }
}

/// Connection, metadata and environment calls of a script.
pub(crate) struct ConnectionCalls {
    pub state: AppState,
    pub environment: Environment,
    pub integration: Integration,
    pub connection: Connection,
    pub depth: u8,
}

#[async_trait]
impl ConnectionSource for ConnectionCalls {
    async fn call(&self, call: HostCall) -> Result<Value, HostError> {
        let state = &self.state;
        let failed = |e: ApiError| HostError::new(e.code, e.message);
        match call {
            HostCall::GetConnection {
                provider_config_key,
                connection_id,
                force_refresh,
            } => {
                let key =
                    provider_config_key.unwrap_or_else(|| self.integration.unique_key.clone());
                let id = connection_id.unwrap_or_else(|| self.connection.connection_id.clone());
                let (integration, mut connection) = self.lookup(&key, &id).await.map_err(failed)?;
                let creds =
                    credentials::current(state, &integration, &mut connection, force_refresh)
                        .await
                        .map_err(failed)?;
                Ok(present::connection_full(
                    &connection,
                    credentials::present(&creds, false),
                ))
            }
            HostCall::SetMetadata { metadata } | HostCall::UpdateMetadata { metadata }
                if !metadata.is_object() =>
            {
                Err(HostError::new(
                    "invalid_metadata",
                    "metadata must be an object",
                ))
            }
            HostCall::SetMetadata { metadata } => self.write_metadata(metadata, false).await,
            HostCall::UpdateMetadata { metadata } => self.write_metadata(metadata, true).await,
            HostCall::EnvironmentVariables => {
                let variables = state
                    .store
                    .environment_variables(self.environment.id)
                    .await
                    .map_err(|e| failed(e.into()))?;
                Ok(Value::Array(
                    variables
                        .into_iter()
                        .map(|(name, value)| json!({ "name": name, "value": value }))
                        .collect(),
                ))
            }
            HostCall::GetIntegration { include } => Ok(present::integration_full(
                state,
                &self.integration,
                &include,
            )),
            HostCall::TriggerAction {
                provider_config_key,
                connection_id,
                action_name,
                input,
            } => {
                if self.depth >= MAX_NESTING {
                    return Err(HostError::new(
                        "too_deep",
                        format!("triggerAction nests more than {MAX_NESTING} deep"),
                    ));
                }
                let (integration, connection) = self
                    .lookup(&provider_config_key, &connection_id)
                    .await
                    .map_err(failed)?;
                run_action(
                    state,
                    ActionCall {
                        environment: self.environment.clone(),
                        integration,
                        connection,
                        action_name,
                        input,
                        depth: self.depth + 1,
                    },
                )
                .await
                .map_err(failed)
            }
            HostCall::RecordsByIds { ids, model } => {
                let ids: Vec<String> = ids
                    .iter()
                    .map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_string))
                    .collect();
                let records = state
                    .store
                    .records(&nango_store::RecordQuery {
                        connection: self.connection.id,
                        model,
                        limit: ids.len().max(1) as i64,
                        ids,
                        ..nango_store::RecordQuery::default()
                    })
                    .await
                    .map_err(|e| HostError::new("server_error", e.to_string()))?;
                Ok(Value::Array(
                    records
                        .into_iter()
                        .filter(|r| r.deleted_at.is_none())
                        .map(|r| r.data)
                        .collect(),
                ))
            }
            HostCall::SetMergingStrategy { .. } => Ok(Value::Null),
        }
    }
}

impl ConnectionCalls {
    async fn lookup(&self, key: &str, id: &str) -> ApiResult<(Integration, Connection)> {
        let integration =
            crate::routes::find_integration(&self.state, self.environment.id, key).await?;
        let connection =
            crate::routes::find_connection(&self.state, self.environment.id, key, id).await?;
        Ok((integration, connection))
    }

    async fn write_metadata(&self, metadata: Value, merge: bool) -> Result<Value, HostError> {
        let mut connection = self
            .lookup(&self.integration.unique_key, &self.connection.connection_id)
            .await
            .map_err(|e| HostError::new(e.code, e.message))?
            .1;
        match (
            merge,
            connection.metadata.as_object_mut(),
            metadata.as_object(),
        ) {
            (true, Some(existing), Some(new)) => {
                for (k, v) in new {
                    existing.insert(k.clone(), v.clone());
                }
            }
            _ => connection.metadata = metadata.clone(),
        }
        self.state
            .store
            .update_connection(&connection)
            .await
            .map_err(|e| HostError::new("server_error", e.to_string()))?;
        Ok(json!({
            "metadata": metadata,
            "provider_config_key": self.integration.unique_key,
            "connection_id": self.connection.connection_id,
        }))
    }
}
