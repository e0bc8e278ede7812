//! `nango dryrun <script> <connection-id>`: runs one sync or action locally against a real
//! connection and reports what it would save or return, persisting nothing.
//!
//! The connection (with its credentials) and the integration come from the Nango server named by
//! `NANGO_HOSTPORT`. Proxy calls go one of two ways:
//! - **local** (default when the server returned the connection's credentials and the provider
//!   is in the catalog): sent straight to the provider by nango-rs, with the catalog's base URL,
//!   the credentials, retries and rate-limit waits;
//! - **server**: through the server's `/proxy/*`, as the real Nango CLI does (for providers we do
//!   not know, or when `--proxy server` is given).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use indexmap::IndexMap;
use nango_build::Bundler;
use nango_client::NangoClient;
use nango_config::{Config, ScriptKind as ConfigKind, ScriptRef};
use nango_diagnostics::Diagnostic;
use nango_providers::Catalog;
use nango_proxy::ProviderClient;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunError, RunRequest, SavedRecord, Script, ScriptContext,
    ScriptKind, Validation,
};
use serde::Serialize;
use serde_json::{Value, json};

use crate::layout::Project;

/// How proxy calls leave the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProxyMode {
    /// Local when possible, else through the server.
    Auto,
    /// Straight to the provider, with the connection's credentials.
    Local,
    /// Through the server's `/proxy`.
    Server,
}

/// What to run.
#[derive(Debug, Clone)]
pub struct DryrunOptions {
    /// Script name.
    pub script: String,
    /// Connection id on the server.
    pub connection_id: String,
    /// Integration, when the script name exists in several.
    pub integration: Option<String>,
    /// An action's input.
    pub input: Option<Value>,
    /// Metadata the script sees instead of the connection's.
    pub metadata: Option<Value>,
    /// The checkpoint the script starts from (`--checkpoint`).
    pub checkpoint: Option<Value>,
    /// `lastSyncDate` for an incremental sync (RFC 3339).
    pub last_sync_date: Option<String>,
    /// Proxy path.
    pub proxy: ProxyMode,
    /// Reject records, input and output that do not match their models (otherwise: warnings).
    pub validation: bool,
    /// Record responses, connection, input and results under `<integration>/mocks/` (the
    /// format `nango test` replays).
    pub save_responses: bool,
    /// A providers.yaml adding to the built-in catalog (`NANGO_PROVIDERS_FILE`), for local proxy
    /// calls.
    pub providers_file: Option<PathBuf>,
    /// A path prefix for the mocks folders `save_responses` writes
    /// (`NANGO_MOCKS_RESPONSE_DIRECTORY`; see [`crate::testing::mocks_of`]).
    pub mocks_directory: Option<String>,
}

/// Where the server is.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// `NANGO_HOSTPORT`.
    pub host: String,
    /// The environment's secret key.
    pub secret_key: String,
}

/// Something to show while the script runs.
#[derive(Debug, Clone)]
pub enum DryrunEvent {
    /// A log line of the script.
    Log(LogLevel, String),
    /// A proxy call finished.
    Request(RequestRecord),
    /// Records were passed to a batch call.
    Records {
        /// `save`, `update` or `delete`.
        op: RecordOp,
        /// The model.
        model: String,
        /// How many.
        count: usize,
    },
}

/// One proxy call of the run.
#[derive(Debug, Clone, Serialize)]
pub struct RequestRecord {
    /// Method.
    pub method: String,
    /// Endpoint as the script wrote it.
    pub endpoint: String,
    /// Status, when the provider answered.
    pub status: Option<u16>,
    /// Time taken, retries included.
    pub millis: u64,
}

/// Records of one model.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ModelRecords {
    /// Passed to `batchSave`.
    pub saved: Vec<Value>,
    /// Passed to `batchUpdate`.
    pub updated: Vec<Value>,
    /// Passed to `batchDelete`.
    pub deleted: Vec<Value>,
}

/// The result of a dry run (the script may have failed: see `error`).
#[derive(Debug, Clone)]
pub struct DryrunReport {
    /// Integration of the script.
    pub integration: String,
    /// The script.
    pub script: String,
    /// Sync or action.
    pub kind: ScriptKind,
    /// How proxy calls were sent.
    pub proxy: ProxyMode,
    /// An action's output.
    pub output: Option<Value>,
    /// A sync's records, by model.
    pub records: IndexMap<String, ModelRecords>,
    /// Log lines.
    pub logs: Vec<(LogLevel, String)>,
    /// Proxy calls.
    pub requests: Vec<RequestRecord>,
    /// Input or output that does not match its model (errors with `validation`, else warnings).
    pub mismatches: Vec<String>,
    /// Why the script failed.
    pub error: Option<RunError>,
    /// Wall time of the run.
    pub elapsed: Duration,
    /// With `save_responses`: what was written where.
    pub saved: Option<Saved>,
}

/// What `--save-responses` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// A yaml project's `<integration>/mocks/` folder.
    Mocks {
        /// The folder.
        dir: PathBuf,
        /// How many files were written there.
        files: usize,
    },
    /// A zero-yaml project's `<integration>/tests/<script>.test.json`.
    Fixture {
        /// The file.
        file: PathBuf,
        /// How many distinct responses it holds.
        responses: usize,
        /// False when the script failed and nothing was written.
        written: bool,
    },
}

/// Why a dry run could not start.
#[derive(Debug, thiserror::Error)]
pub enum DryrunError {
    /// No such script, or an ambiguous name.
    #[error("{0}")]
    Script(String),
    /// The script does not compile.
    #[error("the script does not compile")]
    Compile(Vec<Diagnostic>),
    /// The server refused or could not be reached.
    #[error("{0}")]
    Server(String),
    /// With `save_responses`: a mock file could not be written.
    #[error("cannot record the run: {0}")]
    Save(String),
}

/// Finds a script by name (and integration).
fn find_script<'c>(
    config: &'c Config,
    name: &str,
    integration: Option<&str>,
) -> Result<ScriptRef<'c>, DryrunError> {
    let scripts = config.scripts();
    let matches: Vec<ScriptRef<'c>> = scripts
        .into_iter()
        .filter(|s| {
            s.name == name && integration.is_none_or(|i| s.integration.provider_config_key == i)
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => {
            let known: Vec<String> = config
                .scripts()
                .iter()
                .map(|s| s.name.to_string())
                .collect();
            Err(DryrunError::Script(format!(
                "no script named `{name}`{} in nango.yaml (scripts: {})",
                integration
                    .map(|i| format!(" in integration `{i}`"))
                    .unwrap_or_default(),
                known.join(", ")
            )))
        }
        many => {
            let integrations: Vec<&str> = many
                .iter()
                .map(|s| s.integration.provider_config_key.as_str())
                .collect();
            Err(DryrunError::Script(format!(
                "script `{name}` exists in several integrations ({}): pass --integration-id",
                integrations.join(", ")
            )))
        }
    }
}

/// The runtime's kind of a script.
pub(crate) fn script_kind(kind: ConfigKind) -> ScriptKind {
    match kind {
        ConfigKind::Sync => ScriptKind::Sync,
        ConfigKind::Action => ScriptKind::Action,
        ConfigKind::OnEvent => ScriptKind::OnEvent,
    }
}

/// Bundles a script (with its source map) for the runtime.
pub(crate) fn compile_script(
    project: &Project,
    bundler: &Bundler,
    script: &ScriptRef<'_>,
) -> Result<Script, Vec<Diagnostic>> {
    let name = script.dist_file_name();
    let bundle = bundler.bundle(&project.script_path(script), &name)?;
    Ok(Script {
        name,
        code: bundle.code.into(),
        source_map: Some(bundle.map.into()),
    })
}

/// The models a script's records, input and output are validated against, as JSON Schema
/// definitions: a zero-yaml script's own, or every model of nango.yaml (`.nango/schema.json`).
pub(crate) fn model_definitions(config: &Config, script: &ScriptRef<'_>) -> Arc<Value> {
    if let Some(own) = config.zero_yaml.as_ref().and_then(|z| {
        z.script(
            &script.integration.provider_config_key,
            script.kind,
            script.name,
        )
    }) {
        return Arc::new(
            own.json_schema
                .get("definitions")
                .cloned()
                .unwrap_or_default(),
        );
    }
    Arc::new(
        nango_config::codegen::schema_json(config, crate::VERSION)
            .get("definitions")
            .cloned()
            .unwrap_or_default(),
    )
}

/// Runs the dry run. `on_event` is called from the runtime's tasks.
pub async fn dryrun(
    project: &Project,
    config: &Config,
    options: &DryrunOptions,
    server: &ServerSettings,
    on_event: Arc<dyn Fn(DryrunEvent) + Send + Sync>,
) -> Result<DryrunReport, DryrunError> {
    let script = find_script(config, &options.script, options.integration.as_deref())?;
    let kind = script_kind(script.kind);
    let integration = script.integration.provider_config_key.clone();
    let compiled = compile_script(project, &Bundler::new(project.root()), &script)
        .map_err(DryrunError::Compile)?;
    let models = model_definitions(config, &script);
    let client = NangoClient::new(&server.host, &server.secret_key)
        .map_err(|e| DryrunError::Server(e.to_string()))?
        .dry_run();
    let connection = client
        .get_connection(&integration, &options.connection_id, false)
        .await
        .map_err(|e| {
            DryrunError::Server(format!(
                "cannot get connection `{}` of integration `{integration}`: {e}",
                options.connection_id
            ))
        })?;
    let integration_data = client
        .get_integration(&integration, &[])
        .await
        .map_err(|e| DryrunError::Server(format!("cannot get integration `{integration}`: {e}")))?;
    let provider_name = integration_data
        .get("provider")
        .and_then(Value::as_str)
        .or_else(|| connection.get("provider").and_then(Value::as_str))
        .unwrap_or_default()
        .to_string();
    let catalog = Catalog::builtin_with_file(options.providers_file.as_deref())
        .map_err(|e| DryrunError::Server(format!("provider catalog: {e}")))?;
    let provider = catalog.get(&provider_name).cloned();

    let credentials = connection
        .get("credentials")
        .cloned()
        .unwrap_or(Value::Null);
    let mode = match (options.proxy, &provider, credentials.is_object()) {
        (ProxyMode::Local, None, _) => {
            return Err(DryrunError::Script(format!(
                "--proxy local: provider `{provider_name}` is not in the provider catalog (add it with NANGO_PROVIDERS_FILE)"
            )));
        }
        (ProxyMode::Local, _, false) => {
            return Err(DryrunError::Script(
                "--proxy local: the server did not return the connection's credentials".into(),
            ));
        }
        (ProxyMode::Auto, Some(_), true) | (ProxyMode::Local, _, _) => ProxyMode::Local,
        _ => ProxyMode::Server,
    };

    let state = Arc::new(RunState::default());
    let route = match (mode, provider.clone()) {
        (ProxyMode::Local, Some(provider)) => ProxyRoute::Local {
            client: ProviderClient::new().map_err(|e| DryrunError::Server(e.to_string()))?,
            provider: Box::new(provider),
            connection: Box::new(nango_proxy::Connection {
                provider: provider_name.clone(),
                credentials: credentials.clone(),
                connection_config: connection
                    .get("connection_config")
                    .cloned()
                    .unwrap_or(Value::Null),
                metadata: connection.get("metadata").cloned().unwrap_or(Value::Null),
                // The CLI has no app keys to sign OAuth 1 requests with: those go through the
                // server's proxy.
                oauth1: None,
            }),
        },
        _ => ProxyRoute::Server {
            client: client.clone(),
            integration: integration.clone(),
            connection_id: options.connection_id.clone(),
        },
    };
    let mut connection_for_script = connection.clone();
    if let Some(metadata) = &options.metadata {
        connection_for_script["metadata"] = metadata.clone();
    }
    let saver = if options.save_responses {
        let target = if project.is_zero_yaml() {
            let integration_dir = project.root().join(&script.integration.provider_config_key);
            SaveTarget::Fixture {
                file: nango_mocks::TestFixture::path_of(&integration_dir, script.name),
                writer: Mutex::default(),
                run: Box::default(),
            }
        } else {
            SaveTarget::Mocks(crate::testing::mocks_of(
                project,
                &script,
                options.mocks_directory.as_deref(),
            ))
        };
        let saver = Saver {
            target,
            script: script.name.to_string(),
            written: AtomicUsize::new(0),
        };
        saver
            .start(&connection_for_script, options.input.as_ref())
            .map_err(|e| DryrunError::Save(e.to_string()))?;
        Some(Arc::new(saver))
    } else {
        None
    };
    let proxy = Arc::new(RecordingProxy {
        route,
        state: state.clone(),
        on_event: on_event.clone(),
        saver: saver.clone(),
    });
    let host = Host {
        proxy,
        records: Arc::new(Sink {
            state: state.clone(),
            on_event: on_event.clone(),
        }),
        connection: Arc::new(Remote {
            client,
            integration: integration.clone(),
            connection_id: options.connection_id.clone(),
            connection: connection_for_script,
            checkpoint: options.checkpoint.clone(),
        }),
        logs: Arc::new(Logs {
            state: state.clone(),
            on_event,
        }),
    };
    let sync = script
        .integration
        .syncs
        .iter()
        .find(|s| s.name == script.name);
    let request = RunRequest {
        script: compiled,
        kind,
        input: options.input.clone(),
        context: ScriptContext {
            connection_id: options.connection_id.clone(),
            provider_config_key: integration.clone(),
            provider: Some(provider_name),
            dry_run: true,
            last_sync_date: options.last_sync_date.clone(),
            track_deletes: sync.is_some_and(|s| s.track_deletes),
            pagination_defaults: provider
                .as_ref()
                .and_then(|p| p.proxy.as_ref())
                .and_then(|p| p.paginate.clone()),
            request_identity: options.save_responses,
            ..ScriptContext::default()
        },
        limits: if kind == ScriptKind::Action {
            Limits::action()
        } else {
            Limits::sync()
        },
        models: Some(models.clone()),
        validation: if options.validation {
            Validation::Strict
        } else {
            Validation::Log
        },
    };
    let action = script
        .integration
        .actions
        .iter()
        .find(|a| a.name == script.name);
    let mut mismatches = Vec::new();
    if let (Some(model), Some(input)) = (action.and_then(|a| a.input.as_deref()), &options.input)
        && let Some(problem) = nango_runtime::validate::check(&models, model, input)
    {
        if options.validation {
            return Err(DryrunError::Script(format!(
                "the input does not match model `{model}`: {problem}"
            )));
        }
        mismatches.push(format!(
            "the input does not match model `{model}`: {problem}"
        ));
    }
    let started = Instant::now();
    let result = nango_runtime::run(request, host).await;
    let elapsed = started.elapsed();
    let (output, error) = match result {
        Ok(run) => (run.output, None),
        Err(error) => (None, Some(error)),
    };
    if let (Some(model), Some(output)) = (action.and_then(|a| a.output.first()), &output)
        && let Some(problem) = nango_runtime::validate::check(&models, model, output)
    {
        mismatches.push(format!(
            "the output does not match model `{model}`: {problem}"
        ));
    }
    let records = std::mem::take(&mut *state.records.lock().unwrap_or_else(|e| e.into_inner()));
    let saved = match &saver {
        Some(saver) => {
            if error.is_none() {
                saver
                    .finish(&script, output.as_ref(), &records)
                    .map_err(|e| DryrunError::Save(e.to_string()))?;
            }
            Some(saver.saved(error.is_none()))
        }
        None => None,
    };
    let logs = std::mem::take(&mut *state.logs.lock().unwrap_or_else(|e| e.into_inner()));
    let requests = std::mem::take(&mut *state.requests.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(DryrunReport {
        integration,
        script: script.name.to_string(),
        kind,
        proxy: mode,
        output,
        records,
        logs,
        requests,
        mismatches,
        error,
        elapsed,
        saved,
    })
}

#[derive(Default)]
struct RunState {
    records: Mutex<IndexMap<String, ModelRecords>>,
    logs: Mutex<Vec<(LogLevel, String)>>,
    requests: Mutex<Vec<RequestRecord>>,
}

impl RunState {
    fn request(
        &self,
        on_event: &dyn Fn(DryrunEvent),
        request: &ProxyRequest,
        started: Instant,
        status: Option<u16>,
    ) {
        let record = RequestRecord {
            method: request.method.clone(),
            endpoint: request.endpoint.clone(),
            status,
            millis: started.elapsed().as_millis() as u64,
        };
        on_event(DryrunEvent::Request(record.clone()));
        self.requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(record);
    }
}

/// Where proxy calls go.
enum ProxyRoute {
    /// Straight to the provider with the connection's credentials.
    Local {
        client: ProviderClient,
        provider: Box<nango_providers::Provider>,
        connection: Box<nango_proxy::Connection>,
    },
    /// Through the server's `/proxy`.
    Server {
        client: NangoClient,
        integration: String,
        connection_id: String,
    },
}

/// Sends proxy calls along a route and records each one (and, with `--save-responses`, saves
/// its response).
struct RecordingProxy {
    route: ProxyRoute,
    state: Arc<RunState>,
    on_event: Arc<dyn Fn(DryrunEvent) + Send + Sync>,
    saver: Option<Arc<Saver>>,
}

/// Writes a run as `nango test` reads it and Nango's CLI writes it: into the mocks folder (yaml
/// projects, as the 0.60 line) or as the script's `.test.json` (zero-yaml projects, as the 0.71
/// line).
struct Saver {
    target: SaveTarget,
    script: String,
    written: AtomicUsize,
}

enum SaveTarget {
    Mocks(nango_mocks::Mocks),
    Fixture {
        file: PathBuf,
        writer: Mutex<nango_mocks::FixtureWriter>,
        run: Box<Mutex<nango_mocks::FixtureRun>>,
    },
}

impl Saver {
    fn save(&self, relative: &str, value: &Value) -> Result<(), nango_mocks::MockError> {
        if let SaveTarget::Mocks(mocks) = &self.target {
            mocks.save(relative, value)?;
            self.written.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }

    /// The connection (without its credentials), the metadata and the input.
    fn start(
        &self,
        connection: &Value,
        input: Option<&Value>,
    ) -> Result<(), nango_mocks::MockError> {
        let field = |name: &str| connection.get(name).cloned().unwrap_or(Value::Null);
        let without_credentials = serde_json::json!({ "metadata": field("metadata"), "connection_config": field("connection_config") });
        if let SaveTarget::Fixture { run, .. } = &self.target {
            // Nango's 0.71 CLI writes `{connectionId, provider}` read from the wrong fields of
            // the connection (so mostly empty); the fields scripts read are more use to a test.
            let mut run = run.lock().unwrap_or_else(|e| e.into_inner());
            run.connection = Some(without_credentials);
            run.metadata = Some(field("metadata"));
            run.input = input.cloned();
            return Ok(());
        }
        self.save("nango/getConnection.json", &without_credentials)?;
        self.save("nango/getMetadata.json", &field("metadata"))?;
        if let Some(input) = input {
            self.save(&format!("{}/input.json", self.script), input)?;
        }
        Ok(())
    }

    /// What the run wrote, once it is over.
    fn saved(&self, succeeded: bool) -> Saved {
        match &self.target {
            SaveTarget::Mocks(mocks) => Saved::Mocks {
                dir: mocks.dir().to_path_buf(),
                files: self.written.load(Ordering::Relaxed),
            },
            SaveTarget::Fixture { file, writer, .. } => Saved::Fixture {
                file: file.clone(),
                responses: writer.lock().unwrap_or_else(|e| e.into_inner()).responses(),
                written: succeeded,
            },
        }
    }

    /// The action's output, or the sync's records of each of its models.
    fn finish(
        &self,
        script: &ScriptRef<'_>,
        output: Option<&Value>,
        records: &IndexMap<String, ModelRecords>,
    ) -> Result<(), nango_mocks::MockError> {
        if let SaveTarget::Fixture { file, writer, run } = &self.target {
            let mut run = std::mem::take(&mut *run.lock().unwrap_or_else(|e| e.into_inner()));
            if script.kind == ConfigKind::Action {
                run.output = Some(output.cloned().unwrap_or(Value::Null));
            } else {
                for model in script.output {
                    let of_model = records.get(model);
                    let list = |pick: fn(&ModelRecords) -> &Vec<Value>| {
                        of_model.map(pick).cloned().unwrap_or_default()
                    };
                    run.saved.push((model.clone(), list(|r| &r.saved)));
                    run.deleted.push((model.clone(), list(|r| &r.deleted)));
                }
            }
            return writer
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .write(file, run);
        }
        if script.kind == ConfigKind::Action {
            return self.save(
                &format!("{}/output.json", self.script),
                output.unwrap_or(&Value::Null),
            );
        }
        for model in script.output {
            let of_model = records.get(model);
            let list = |pick: fn(&ModelRecords) -> &Vec<Value>| {
                Value::Array(of_model.map(pick).cloned().unwrap_or_default())
            };
            self.save(
                &format!("{}/{model}/batchSave.json", self.script),
                &list(|r| &r.saved),
            )?;
            self.save(
                &format!("{}/{model}/batchDelete.json", self.script),
                &list(|r| &r.deleted),
            )?;
        }
        Ok(())
    }

    /// One response, named by the request's identity.
    fn response(&self, request: &ProxyRequest, response: &ProxyResponse) -> Result<(), String> {
        let identity = request
            .identity
            .as_deref()
            .ok_or("the request has no identity")?;
        let identity = nango_mocks::Identity::parse(identity).map_err(|e| e.to_string())?;
        let mocks = match &self.target {
            SaveTarget::Mocks(mocks) => mocks,
            SaveTarget::Fixture { writer, .. } => {
                writer
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .response(&identity, response);
                return Ok(());
            }
        };
        mocks
            .save_response(&self.script, &identity, response)
            .map_err(|e| e.to_string())?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

#[async_trait]
impl Proxy for RecordingProxy {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        let started = Instant::now();
        let result = match &self.route {
            ProxyRoute::Local {
                client,
                provider,
                connection,
            } => client
                .send(provider, connection, &request)
                .await
                .map_err(|e| HostError::new(e.code, e.message)),
            ProxyRoute::Server {
                client,
                integration,
                connection_id,
            } => client
                .proxy(integration, connection_id, &request)
                .await
                .map_err(|e| HostError::new("proxy_failed", e.to_string())),
        };
        self.state.request(
            self.on_event.as_ref(),
            &request,
            started,
            result.as_ref().ok().map(|r| r.status),
        );
        if let (Some(saver), Ok(response)) = (&self.saver, &result)
            && let Err(e) = saver.response(&request, response)
        {
            (self.on_event)(DryrunEvent::Log(
                LogLevel::Warn,
                format!(
                    "--save-responses: the response to {} {} was not recorded: {e}",
                    request.method, request.endpoint
                ),
            ));
        }
        result
    }
}

struct Sink {
    state: Arc<RunState>,
    on_event: Arc<dyn Fn(DryrunEvent) + Send + Sync>,
}

#[async_trait]
impl RecordSink for Sink {
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<SavedRecord>,
    ) -> Result<(), HostError> {
        let records: Vec<Value> = records.iter().map(SavedRecord::value).collect();
        (self.on_event)(DryrunEvent::Records {
            op,
            model: model.to_string(),
            count: records.len(),
        });
        let mut all = self.state.records.lock().unwrap_or_else(|e| e.into_inner());
        let entry = all.entry(model.to_string()).or_default();
        match op {
            RecordOp::Save => entry.saved.extend(records),
            RecordOp::Update => entry.updated.extend(records),
            RecordOp::Delete => entry.deleted.extend(records),
        }
        Ok(())
    }
}

struct Logs {
    state: Arc<RunState>,
    on_event: Arc<dyn Fn(DryrunEvent) + Send + Sync>,
}

impl LogSink for Logs {
    fn log(&self, level: LogLevel, message: &str) {
        (self.on_event)(DryrunEvent::Log(level, message.to_string()));
        self.state
            .logs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((level, message.to_string()));
    }
}

/// Connection calls answered by the server; `getConnection` of the run's own connection uses the
/// one fetched at start (with `--metadata` applied).
struct Remote {
    client: NangoClient,
    integration: String,
    connection_id: String,
    connection: Value,
    /// `--checkpoint`.
    checkpoint: Option<Value>,
}

#[async_trait]
impl ConnectionSource for Remote {
    async fn call(&self, call: HostCall) -> Result<Value, HostError> {
        let failed = |e: nango_client::ClientError| HostError::new("server_error", e.to_string());
        match call {
            HostCall::GetConnection {
                provider_config_key,
                connection_id,
                force_refresh,
            } => {
                let key = provider_config_key.unwrap_or_else(|| self.integration.clone());
                let id = connection_id.unwrap_or_else(|| self.connection_id.clone());
                if key == self.integration && id == self.connection_id && !force_refresh {
                    return Ok(self.connection.clone());
                }
                self.client
                    .get_connection(&key, &id, force_refresh)
                    .await
                    .map_err(failed)
            }
            HostCall::SetMetadata { metadata } => self
                .client
                .set_metadata(&self.integration, &self.connection_id, &metadata, false)
                .await
                .map_err(failed),
            HostCall::UpdateMetadata { metadata } => self
                .client
                .set_metadata(&self.integration, &self.connection_id, &metadata, true)
                .await
                .map_err(failed),
            HostCall::EnvironmentVariables => {
                self.client.environment_variables().await.map_err(failed)
            }
            HostCall::GetIntegration { include } => self
                .client
                .get_integration(&self.integration, &include)
                .await
                .map_err(failed),
            HostCall::TriggerAction {
                provider_config_key,
                connection_id,
                action_name,
                input,
            } => self
                .client
                .trigger_action(
                    &provider_config_key,
                    &connection_id,
                    &action_name,
                    &input.unwrap_or(Value::Null),
                )
                .await
                .map_err(failed),
            HostCall::RecordsByIds { ids, model } => self
                .client
                .records_by_ids(&self.integration, &self.connection_id, &model, &ids)
                .await
                .map(Value::Array)
                .map_err(failed),
            // A dry run saves nothing, so there is nothing to merge.
            HostCall::SetMergingStrategy { .. } => Ok(Value::Null),
            // A dry run starts from the `--checkpoint` given, if any, and saves nothing: the
            // SDK keeps what the script saves for the rest of the run.
            HostCall::GetCheckpoint => Ok(self.checkpoint.clone().unwrap_or(Value::Null)),
            // The connection's records as the server's cache holds them.
            HostCall::ListRecords { model, cursor } => self
                .client
                .records_page(
                    &self.integration,
                    &self.connection_id,
                    &model,
                    cursor.as_deref(),
                )
                .await
                .map(|page| {
                    json!({
                        "records": page.get("records").cloned().unwrap_or_else(|| json!([])),
                        "nextCursor": page.get("next_cursor").cloned().unwrap_or(Value::Null),
                    })
                })
                .map_err(failed),
            HostCall::SaveCheckpoint { .. } => Ok(Value::Null),
        }
    }
}

/// Counts of a report: `{"Model": {"added": n, "updated": n, "deleted": n}}`.
pub fn summary(report: &DryrunReport) -> HashMap<String, HashMap<&'static str, usize>> {
    report
        .records
        .iter()
        .map(|(model, records)| {
            let counts = HashMap::from([
                ("added", records.saved.len()),
                ("updated", records.updated.len()),
                ("deleted", records.deleted.len()),
            ]);
            (model.clone(), counts)
        })
        .collect()
}
