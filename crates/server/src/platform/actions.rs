//! Actions: run one now (checking its input and output against its models), or in the
//! background with its result kept for `GET /action/:id`.

use nango_runtime::RunError;
use nango_store::{ActionRun, ActionStatus, Connection, Environment, Integration, LogLine};
use rand::RngCore;
use serde_json::{Value, json};

use super::scripts::RunKind;
use super::{ErrorCode, Platform, PlatformError, Result};

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

/// Where a background action run is.
#[derive(Debug)]
pub enum ActionOutcome {
    /// Still running.
    Running,
    /// Its output.
    Success(Value),
    /// Why it failed.
    Failed(PlatformError),
}

/// The channel on which a worker tells the API processes that an action run ended.
pub const ACTION_CHANNEL: &str = "nango_action";

/// The action runs this process queued and waits for, by id: a worker of any process runs
/// them, and its `NOTIFY` (or, should that be lost, a look at the store every second) ends the
/// wait.
#[derive(Default)]
pub struct ActionWaiters {
    waiting:
        std::sync::Mutex<std::collections::HashMap<String, Vec<tokio::sync::oneshot::Sender<()>>>>,
}

impl ActionWaiters {
    fn wait(&self, id: &str) -> tokio::sync::oneshot::Receiver<()> {
        let (sender, receiver) = tokio::sync::oneshot::channel();
        self.waiting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(id.to_string())
            .or_default()
            .push(sender);
        receiver
    }

    /// A run ended (a worker said so).
    pub fn ended(&self, id: &str) {
        let senders = self
            .waiting
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(id);
        for sender in senders.into_iter().flatten() {
            let _ = sender.send(());
        }
    }
}

/// The longest an API process waits for a queued action: its time limit, and some.
const ACTION_WAIT: std::time::Duration = std::time::Duration::from_secs(16 * 60);

impl Platform {
    /// Runs an action where this process's role says: here when it runs scripts, else on a
    /// worker (queued with its input), waiting for its result.
    pub async fn trigger_action(&self, call: ActionCall) -> Result<Value> {
        if self.settings.role.works() {
            return self.run_action(call).await;
        }
        let environment = call.environment.id;
        let id = self.queue_action(&call).await?;
        let started = std::time::Instant::now();
        loop {
            // Listening first, then looking: an end between the two is not missed.
            let ended = self.action_waiters.wait(&id);
            match self.action_outcome(environment, &id).await? {
                ActionOutcome::Success(output) => return Ok(output),
                ActionOutcome::Failed(error) => return Err(error),
                ActionOutcome::Running => {}
            }
            if started.elapsed() > ACTION_WAIT {
                return Err(PlatformError::internal(format!(
                    "action run {id} did not end within {ACTION_WAIT:?}: are the workers running?"
                )));
            }
            let _ = tokio::time::timeout(std::time::Duration::from_secs(1), ended).await;
        }
    }

    /// Queues an action for a worker; its run's id.
    async fn queue_action(&self, call: &ActionCall) -> Result<String> {
        let id = run_id();
        self.store
            .create_action_run(&ActionRun {
                id: id.clone(),
                environment_id: call.environment.id,
                connection: call.connection.id,
                action_name: call.action_name.clone(),
                input: call.input.clone(),
                status: ActionStatus::Queued,
                output: None,
                error: None,
                created_at: nango_store::now(),
                finished_at: None,
                worker: None,
                lease_until: None,
            })
            .await?;
        self.wake_workers(super::WakeFor::Claim).await;
        Ok(id)
    }

    /// A worker runs an action that an API process queued, keeps its result and tells the
    /// API processes.
    pub async fn run_queued_action(&self, run: ActionRun) {
        let outcome = async {
            let environment = self
                .environment_by_id(run.environment_id)
                .await?
                .ok_or_else(|| PlatformError::internal("the environment was removed"))?;
            let connection = self
                .store
                .connection_by_id(run.connection)
                .await?
                .ok_or_else(|| {
                    PlatformError::new(
                        ErrorCode::UnknownConnection,
                        "the connection was deleted before the action ran",
                    )
                })?;
            let integration = self
                .integration(environment.id, &connection.provider_config_key)
                .await?;
            self.run_action(ActionCall {
                environment,
                integration,
                connection,
                action_name: run.action_name.clone(),
                input: run.input.clone(),
                depth: 0,
            })
            .await
        }
        .await;
        self.record_action_end(&run.id, outcome).await;
        if let Err(e) = self.store.notify(ACTION_CHANNEL, &run.id).await {
            tracing::warn!(
                "cannot tell the API processes that action run {} ended: {e}",
                run.id
            );
        }
    }

    /// Queued action runs whose worker died (their lease ended) fail, and whoever waits for
    /// them hears it. They are not run again: an action may have had effects.
    pub async fn fail_abandoned_actions(&self) -> Result<()> {
        let error = stored_error(&PlatformError::new(
            ErrorCode::WorkerStopped,
            "the worker running the action stopped before it ended; the action was not run again (it may have had effects): trigger it again if it is safe",
        ));
        let failed = self
            .store
            .fail_abandoned_action_runs(&nango_store::now(), &error)
            .await?;
        for id in failed {
            tracing::warn!("action run {id} failed: its worker stopped");
            self.action_waiters.ended(&id);
            if let Err(e) = self.store.notify(ACTION_CHANNEL, &id).await {
                tracing::warn!("cannot tell the API processes that action run {id} failed: {e}");
            }
        }
        Ok(())
    }

    async fn record_action_end(&self, id: &str, outcome: Result<Value>) {
        let (status, output, error) = match outcome {
            Ok(output) => (ActionStatus::Success, Some(output), None),
            Err(error) => (ActionStatus::Error, None, Some(stored_error(&error))),
        };
        if let Err(e) = self
            .store
            .finish_action_run(id, status, output.as_ref(), error.as_ref())
            .await
        {
            tracing::error!("cannot record the end of action run {id}: {e}");
        }
    }

    /// Runs an action: finds it, checks its input, runs it (logged as an operation), checks
    /// its output.
    pub async fn run_action(&self, call: ActionCall) -> Result<Value> {
        let script = self
            .store
            .script(
                call.environment.id,
                &call.integration.unique_key,
                nango_store::ScriptKind::Action,
                &call.action_name,
            )
            .await?
            .ok_or_else(|| {
                PlatformError::new(
                    ErrorCode::UnknownAction,
                    format!(
                        "no action `{}` is deployed for integration `{}` in this environment (deploy it with `nango deploy`)",
                        call.action_name, call.integration.unique_key
                    ),
                )
            })?;
        let models = self.models_schema(call.environment.id).await?;
        let input_model = script.config.get("input").and_then(Value::as_str);
        if let (Some(models), Some(model), Some(input)) = (&models, input_model, &call.input)
            && let Some(problem) = nango_runtime::validate::check(models, model, input)
        {
            return Err(PlatformError::new(
                ErrorCode::InvalidActionInput,
                format!("the input does not match model `{model}`: {problem}"),
            )
            .with_payload(json!({ "model": model, "problem": problem })));
        }
        let connection_id = call.connection.connection_id.clone();
        let run = self
            .prepare_run(
                &call.environment,
                &call.integration,
                call.connection,
                &script,
                RunKind::Action {
                    input: call.input,
                    depth: call.depth,
                },
            )
            .await?;
        let operation = self
            .store
            .start_operation(
                call.environment.id,
                "action",
                Some(&call.integration.unique_key),
                Some(&connection_id),
                Some(&call.action_name),
            )
            .await?;
        let ran = self
            .scripts
            .run(run.request, run.host)
            .await
            .map_err(action_error);
        let status = if ran.is_ok() { "success" } else { "failed" };
        let mut lines = run.logs.lines();
        if let Err(error) = &ran {
            lines.push(LogLine {
                level: "error".into(),
                message: format!(
                    "the action failed ({}): {}",
                    error.code.as_str(),
                    error.message
                ),
                created_at: nango_store::now(),
            });
        }
        self.store
            .finish_operation(operation, status, &lines)
            .await?;
        let output = ran?.output.unwrap_or(Value::Null);
        let output_model = script.models().into_iter().next();
        if let (Some(models), Some(model)) = (&models, output_model.as_deref())
            && let Some(problem) = nango_runtime::validate::check(models, model, &output)
        {
            return Err(PlatformError::new(
                ErrorCode::InvalidActionOutput,
                format!("the action's output does not match model `{model}`: {problem}"),
            ));
        }
        Ok(output)
    }

    /// Starts an action in the background (here, or queued for a worker when this process runs
    /// no scripts); its id is for [`Platform::action_outcome`], from any process.
    pub async fn start_action(&self, call: ActionCall) -> Result<String> {
        if !self.settings.role.works() {
            return self.queue_action(&call).await;
        }
        let id = run_id();
        self.store
            .create_action_run(&ActionRun {
                id: id.clone(),
                environment_id: call.environment.id,
                connection: call.connection.id,
                action_name: call.action_name.clone(),
                input: None,
                status: ActionStatus::Running,
                output: None,
                error: None,
                created_at: nango_store::now(),
                finished_at: None,
                // Held by this process as a queued run is by its worker: should the process
                // die, the run fails when the lease ends instead of running forever.
                worker: Some(self.worker_id.to_string()),
                lease_until: Some(self.lease_end()),
            })
            .await?;
        let platform = self.clone();
        let run = id.clone();
        tokio::spawn(async move {
            let heartbeat = tokio::spawn(platform.clone().keep_action_lease(run.clone()));
            let outcome = platform.run_action(call).await;
            platform.record_action_end(&run, outcome).await;
            heartbeat.abort();
        });
        Ok(id)
    }

    /// Where a background action run is.
    pub async fn action_outcome(&self, environment: i64, id: &str) -> Result<ActionOutcome> {
        let Some(run) = self.store.action_run(environment, id).await? else {
            return Err(PlatformError::new(
                ErrorCode::UnknownAction,
                format!("no action run `{id}` in this environment"),
            ));
        };
        Ok(match run.status {
            ActionStatus::Queued | ActionStatus::Running => ActionOutcome::Running,
            ActionStatus::Success => ActionOutcome::Success(run.output.unwrap_or(Value::Null)),
            ActionStatus::Error => {
                ActionOutcome::Failed(read_stored_error(run.error.unwrap_or(Value::Null)))
            }
        })
    }
}

/// A failed run's error as kept: `{error: {code, message, payload?, upstream?}}`. A server
/// failure keeps its details in the log, not in the run.
fn stored_error(error: &PlatformError) -> Value {
    if error.code == ErrorCode::Internal {
        tracing::error!("a background action failed: {}", error.message);
        return json!({ "error": { "code": error.code.as_str(), "message": "the server failed while running the action" } });
    }
    let mut detail = json!({ "code": error.code.as_str(), "message": error.message });
    if let Some(payload) = &error.payload {
        detail["payload"] = payload.clone();
    }
    if let Some(upstream) = &error.upstream {
        detail["upstream"] = upstream.clone();
    }
    json!({ "error": detail })
}

fn read_stored_error(stored: Value) -> PlatformError {
    let detail = &stored["error"];
    let code = detail["code"]
        .as_str()
        .and_then(ErrorCode::parse)
        .unwrap_or(ErrorCode::Internal);
    let message = detail["message"].as_str().unwrap_or("the action failed");
    let mut error = PlatformError::new(code, message);
    error.payload = detail.get("payload").cloned();
    error.upstream = detail.get("upstream").cloned();
    error
}

/// How a failed run is answered.
fn action_error(error: RunError) -> PlatformError {
    match error {
        RunError::Action { payload } => PlatformError::new(
            ErrorCode::ActionScriptFailure,
            payload
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or("the action failed")
                .to_string(),
        )
        .with_payload(payload),
        RunError::Http { status, data } => {
            let mut error = PlatformError::new(
                ErrorCode::ActionScriptHttpError,
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
        } => PlatformError::new(
            ErrorCode::ActionScriptRuntimeError,
            format!("the action threw {name}: {message}"),
        )
        .with_payload(json!({ "name": name, "message": message, "stack": stack })),
        RunError::Limit { message, .. } => {
            PlatformError::new(ErrorCode::ScriptLimitExceeded, message)
        }
        RunError::InvalidScript(message) => PlatformError::new(ErrorCode::InvalidScript, message),
        RunError::Internal(message) => PlatformError::internal(message),
    }
}

/// A random id for a background run.
fn run_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
