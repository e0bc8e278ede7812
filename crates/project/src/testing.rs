//! `nango test`: runs scripts against their recorded API responses, offline, and compares what
//! they save or return with the recorded expectations. Recordings are a script's `.test.json`
//! fixture (`<integration>/tests/<script>.test.json`, the 0.71 line's format) when it has one,
//! else the `<integration>/mocks/` folder (the 0.60 line's); see `nango-mocks` for both.
//!
//! The scripts run in the same sandbox and SDK as everywhere else; only the host differs: proxy
//! calls are answered from the recordings, `getConnection`/`getMetadata` from
//! `mocks/nango/*.json`, and records are collected. What is compared:
//! - an action: its output with `mocks/<script>/output.json`;
//! - a sync: for each model it outputs, the records of all its `batchSave` calls, in order, with
//!   `mocks/<script>/<Model>/batchSave.json`; when `batchDelete.json` is not empty, one
//!   `batchDelete` call must have passed exactly those records.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use nango_build::Bundler;
use nango_config::{Config, ScriptKind as ConfigKind, ScriptRef};
use nango_mocks::{Difference, Expectation, Identity, MockError, Mocks, TestFixture};
use nango_providers::Catalog;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunError, RunRequest, SavedRecord, ScriptContext,
    ScriptKind, Validation,
};
use serde_json::{Value, json};

use crate::dryrun::{compile_script, model_definitions, script_kind};
use crate::layout::Project;

/// The connection id scripts see in tests.
pub const TEST_CONNECTION_ID: &str = "test-connection";

/// What `getWebhookURL()` returns in tests, as in Nango's harness.
pub const TEST_WEBHOOK_URL: &str = "https://example.com/webhook";

/// Wall time a test may take: recordings answer at once, so only a runaway script gets near it.
const TEST_WALL_TIME: Duration = Duration::from_secs(120);

/// Which scripts to test, and how.
#[derive(Debug, Clone, Default)]
pub struct TestOptions {
    /// Script names (empty: every script that has recordings).
    pub scripts: Vec<String>,
    /// Only this integration.
    pub integration: Option<String>,
    /// A fixed `Date.now()` in milliseconds since the epoch.
    pub now: Option<i64>,
    /// Records that do not match their model fail the test (otherwise they are not checked).
    pub validation: bool,
    /// A providers.yaml adding to the built-in catalog (`NANGO_PROVIDERS_FILE`).
    pub providers_file: Option<PathBuf>,
    /// A path prefix for the mocks folders (`NANGO_MOCKS_RESPONSE_DIRECTORY`; see [`mocks_of`]).
    pub mocks_directory: Option<String>,
}

/// How one test went.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Everything matched.
    Passed,
    /// The script ran, and what it produced differs from the recordings.
    Mismatch(Vec<Mismatch>),
    /// The script failed, or could not run (it does not compile, a mock file is unreadable…).
    Error(String),
}

/// A difference in one expectation file.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// What was compared: `output.json`, `Contact/batchSave.json`…
    pub file: String,
    /// The differences (empty: see `note`).
    pub differences: Vec<Difference>,
    /// An explanation when there are no value differences to show.
    pub note: Option<String>,
}

/// One script's test.
#[derive(Debug, Clone)]
pub struct TestResult {
    /// Its integration.
    pub integration: String,
    /// The script.
    pub script: String,
    /// Sync or action.
    pub kind: ScriptKind,
    /// The result.
    pub outcome: Outcome,
    /// Records saved (syncs), for the report.
    pub records: usize,
    /// Proxy calls answered from recordings.
    pub requests: usize,
    /// The script's log lines, to show when it fails.
    pub logs: Vec<(LogLevel, String)>,
    /// Time taken (compile included).
    pub elapsed: Duration,
}

/// The whole run.
#[derive(Debug, Clone, Default)]
pub struct TestReport {
    /// One per script tested, in nango.yaml order.
    pub results: Vec<TestResult>,
    /// Scripts left out because they have no recordings (`integration/script`).
    pub without_recordings: Vec<String>,
}

impl TestReport {
    /// Tests that did not pass.
    pub fn failures(&self) -> usize {
        self.results
            .iter()
            .filter(|r| r.outcome != Outcome::Passed)
            .count()
    }
}

/// Why tests could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum TestError {
    /// A script named on the command line does not exist.
    #[error("{0}")]
    UnknownScript(String),
    /// The provider catalog could not be loaded.
    #[error("provider catalog: {0}")]
    Catalog(String),
}

/// Runs the tests.
pub async fn run_tests(
    project: &Project,
    config: &Config,
    options: &TestOptions,
) -> Result<TestReport, TestError> {
    let catalog = Catalog::builtin_with_file(options.providers_file.as_deref())
        .map_err(|e| TestError::Catalog(e.to_string()))?;
    let scripts = select(project, config, options)?;
    let bundler = Bundler::new(project.root());
    let mut report = TestReport::default();
    for (script, explicit) in scripts {
        let mocks = match recordings_of(project, &script, options.mocks_directory.as_deref()) {
            Ok(recordings) => recordings,
            Err(e) => {
                report.results.push(TestResult {
                    integration: script.integration.provider_config_key.clone(),
                    script: script.name.to_string(),
                    kind: script_kind(script.kind),
                    outcome: Outcome::Error(e.to_string()),
                    records: 0,
                    requests: 0,
                    logs: Vec::new(),
                    elapsed: Duration::ZERO,
                });
                continue;
            }
        };
        if !explicit && !mocks.has_script(script.name) {
            report.without_recordings.push(format!(
                "{}/{}",
                script.integration.provider_config_key, script.name
            ));
            continue;
        }
        let models = model_definitions(config, &script);
        let started = Instant::now();
        let mut result = run_one(
            project, &bundler, &catalog, &models, &script, &mocks, options,
        )
        .await;
        result.elapsed = started.elapsed();
        report.results.push(result);
    }
    Ok(report)
}

/// The scripts to test, each with whether it was named (then it must have recordings).
fn select<'c>(
    project: &Project,
    config: &'c Config,
    options: &TestOptions,
) -> Result<Vec<(ScriptRef<'c>, bool)>, TestError> {
    let in_integration = |s: &ScriptRef<'_>| {
        options
            .integration
            .as_deref()
            .is_none_or(|i| s.integration.provider_config_key == i)
    };
    let all: Vec<ScriptRef<'c>> = config
        .scripts()
        .into_iter()
        .filter(|s| s.kind != nango_config::ScriptKind::OnEvent && in_integration(s))
        .collect();
    if options.scripts.is_empty() {
        return Ok(all.into_iter().map(|s| (s, false)).collect());
    }
    let mut chosen = Vec::new();
    for name in &options.scripts {
        let found: Vec<ScriptRef<'c>> = all.iter().filter(|s| s.name == name).copied().collect();
        if found.is_empty() {
            let scope = options
                .integration
                .as_deref()
                .map(|i| format!(" in integration `{i}`"))
                .unwrap_or_default();
            return Err(TestError::UnknownScript(format!(
                "no sync or action named `{name}`{scope} in {}",
                project.display(&project.config_path())
            )));
        }
        chosen.extend(found.into_iter().map(|s| (s, true)));
    }
    Ok(chosen)
}

/// `<integration folder>/mocks`, or `<prefix><integration>/mocks` when a prefix is given (the
/// user's `NANGO_MOCKS_RESPONSE_DIRECTORY`, a path prefix as Nango's CLI reads it).
pub fn mocks_of(project: &Project, script: &ScriptRef<'_>, prefix: Option<&str>) -> Mocks {
    let key = &script.integration.provider_config_key;
    let dir = match prefix {
        Some(prefix) if !prefix.is_empty() => PathBuf::from(format!("{prefix}{key}")),
        _ => PathBuf::from(key),
    };
    Mocks::of_integration(&project.root().join(dir))
}

/// A script's recordings: its `.test.json` fixture, else its integration's `mocks/` folder.
#[derive(Debug, Clone)]
pub enum Recordings {
    /// `<integration>/tests/<script>.test.json` (the 0.71 line).
    Fixture(Arc<TestFixture>),
    /// `<integration>/mocks/` (the 0.60 line).
    Mocks(Mocks),
}

/// The recordings of a script: its `.test.json` when there is one, else [`mocks_of`].
pub fn recordings_of(
    project: &Project,
    script: &ScriptRef<'_>,
    prefix: Option<&str>,
) -> Result<Recordings, MockError> {
    let integration_dir = project.root().join(&script.integration.provider_config_key);
    let fixture = TestFixture::read(&TestFixture::path_of(&integration_dir, script.name))?;
    // A sync and an action of one integration may share a name, and so a `.test.json`: it
    // belongs to the kind it was recorded for.
    let other_kind = match script.kind {
        ConfigKind::Sync => nango_mocks::RecordedFor::Action,
        _ => nango_mocks::RecordedFor::Sync,
    };
    Ok(match fixture {
        Some(fixture) if fixture.recorded_for() != Some(other_kind) => {
            Recordings::Fixture(Arc::new(fixture))
        }
        _ => Recordings::Mocks(mocks_of(project, script, prefix)),
    })
}

impl Recordings {
    fn has_script(&self, script: &str) -> bool {
        match self {
            Recordings::Fixture(_) => true,
            Recordings::Mocks(mocks) => mocks.has_script(script),
        }
    }

    fn input(&self, script: &str) -> Result<Option<Value>, MockError> {
        match self {
            Recordings::Fixture(f) => Ok(f.input()),
            Recordings::Mocks(m) => m.input(script),
        }
    }

    fn output(&self, script: &str) -> Result<Option<Value>, MockError> {
        match self {
            Recordings::Fixture(f) => Ok(f.output()),
            Recordings::Mocks(m) => m.output(script),
        }
    }

    fn connection(&self) -> Result<Option<Value>, MockError> {
        match self {
            Recordings::Fixture(f) => Ok(f.connection()),
            Recordings::Mocks(m) => m.connection(),
        }
    }

    fn metadata(&self) -> Result<Option<Value>, MockError> {
        match self {
            Recordings::Fixture(f) => Ok(f.metadata()),
            Recordings::Mocks(m) => m.metadata(),
        }
    }

    fn expected_records(
        &self,
        script: &str,
        model: &str,
        which: Expectation,
    ) -> Result<Option<Value>, MockError> {
        match self {
            Recordings::Fixture(f) => Ok(f.expected_records(model, which)),
            Recordings::Mocks(m) => m.expected_records(script, model, which),
        }
    }

    /// Where an expectation is written, for messages.
    fn expectation_place(&self, script: &str, model: &str, which: Expectation) -> String {
        match self {
            Recordings::Fixture(f) => format!(
                "nango.{}.{model} of {}",
                match which {
                    Expectation::Save => "batchSave",
                    Expectation::Delete => "batchDelete",
                },
                f.path().display()
            ),
            Recordings::Mocks(m) => m
                .expectation_path(script, model, which)
                .display()
                .to_string(),
        }
    }

    fn response(
        &self,
        script: &str,
        identity: &Identity,
    ) -> Result<nango_mocks::Recorded, MockError> {
        match self {
            Recordings::Fixture(f) => f.response(identity),
            Recordings::Mocks(m) => m.response(script, identity),
        }
    }

    fn is_fixture(&self) -> bool {
        matches!(self, Recordings::Fixture(_))
    }

    fn fixture_value(&self) -> Option<Value> {
        match self {
            Recordings::Fixture(fixture) => Some(fixture.value().clone()),
            Recordings::Mocks(_) => None,
        }
    }
}

async fn run_one(
    project: &Project,
    bundler: &Bundler,
    catalog: &Catalog,
    models: &Arc<Value>,
    script: &ScriptRef<'_>,
    mocks: &Recordings,
    options: &TestOptions,
) -> TestResult {
    let kind = script_kind(script.kind);
    let mut result = TestResult {
        integration: script.integration.provider_config_key.clone(),
        script: script.name.to_string(),
        kind,
        outcome: Outcome::Passed,
        records: 0,
        requests: 0,
        logs: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let fail = |mut result: TestResult, message: String| {
        result.outcome = Outcome::Error(message);
        result
    };
    if let Recordings::Mocks(folder) = mocks
        && !folder.has_script(script.name)
    {
        return fail(
            result,
            format!(
                "no recordings: {} does not exist (record them with `nango dryrun {} <connection-id> --save-responses`)",
                project.display(&folder.dir().join(script.name)),
                script.name
            ),
        );
    }
    let compiled = match compile_script(project, bundler, script) {
        Ok(compiled) => compiled,
        Err(diagnostics) => {
            let messages: Vec<String> = diagnostics.iter().map(|d| d.message.clone()).collect();
            return fail(
                result,
                format!("the script does not compile: {}", messages.join("; ")),
            );
        }
    };
    let Fixtures {
        connection,
        input,
        output: expected_output,
    } = match read_fixtures(mocks, script, kind) {
        Ok(fixtures) => fixtures,
        Err(e) => return fail(result, e.to_string()),
    };
    let provider = connection
        .as_ref()
        .and_then(|c| c.get("provider"))
        .and_then(Value::as_str)
        .unwrap_or(&script.integration.provider_config_key)
        .to_string();
    let state = Arc::new(Recorder::default());
    let host = Host {
        proxy: Arc::new(Replay {
            mocks: mocks.clone(),
            script: script.name.to_string(),
            state: state.clone(),
        }),
        records: state.clone(),
        connection: Arc::new(MockConnection {
            connection,
            as_recorded: matches!(mocks, Recordings::Fixture(_)),
            integration: script.integration.provider_config_key.clone(),
            provider: provider.clone(),
        }),
        logs: state.clone(),
    };
    let sync = script
        .integration
        .syncs
        .iter()
        .find(|s| s.name == script.name);
    let request = RunRequest {
        script: compiled,
        kind,
        input,
        context: ScriptContext {
            connection_id: TEST_CONNECTION_ID.to_string(),
            provider_config_key: script.integration.provider_config_key.clone(),
            provider: Some(provider.clone()),
            dry_run: true,
            track_deletes: sync.is_some_and(|s| s.track_deletes),
            pagination_defaults: catalog
                .get(&provider)
                .and_then(|p| p.proxy.as_ref())
                .and_then(|p| p.paginate.clone()),
            request_identity: true,
            unified_request_identity: mocks.is_fixture(),
            fixture: mocks.fixture_value(),
            frozen_time: options.now,
            ..ScriptContext::default()
        },
        limits: Limits {
            wall_time: TEST_WALL_TIME,
            ..Limits::action()
        },
        models: Some(models.clone()),
        validation: if options.validation {
            Validation::Strict
        } else {
            Validation::Off
        },
    };
    let run = nango_runtime::run(request, host).await;
    let taken = state.take();
    result.requests = taken.requests;
    result.logs = taken.logs;
    result.records = taken
        .batches
        .iter()
        .filter(|(op, _, _)| *op == RecordOp::Save)
        .map(|(_, _, records)| records.len())
        .sum();
    let output = match run {
        Ok(run) => run.output,
        Err(error) => return fail(result, describe_error(&error)),
    };
    let mismatches = match kind {
        ScriptKind::Action => compare_output(mocks, expected_output, output),
        _ => match compare_records(mocks, script, &taken.batches) {
            Ok(mismatches) => mismatches,
            Err(e) => return fail(result, e.to_string()),
        },
    };
    if !mismatches.is_empty() {
        result.outcome = Outcome::Mismatch(mismatches);
    }
    result
}

/// What a test starts from.
struct Fixtures {
    /// `getConnection.json`, with `getMetadata.json` as its metadata.
    connection: Option<Value>,
    /// `input.json`.
    input: Option<Value>,
    /// `output.json` (actions).
    output: Option<Value>,
}

fn read_fixtures(
    mocks: &Recordings,
    script: &ScriptRef<'_>,
    kind: ScriptKind,
) -> Result<Fixtures, MockError> {
    let mut connection = mocks.connection()?;
    if let Some(metadata) = mocks.metadata()? {
        let connection = connection.get_or_insert_with(|| json!({}));
        if let Some(object) = connection.as_object_mut() {
            object.insert("metadata".into(), metadata);
        }
    }
    let output = if kind == ScriptKind::Action {
        mocks.output(script.name)?
    } else {
        None
    };
    Ok(Fixtures {
        connection,
        input: mocks.input(script.name)?,
        output,
    })
}

fn describe_error(error: &RunError) -> String {
    match error {
        RunError::Script {
            name,
            message,
            stack,
        } if !stack.is_empty() => {
            format!(
                "the script failed: {name}: {message}\n    {}",
                stack.join("\n    ")
            )
        }
        other => format!("the script failed: {other}"),
    }
}

fn compare_output(
    recordings: &Recordings,
    expected: Option<Value>,
    actual: Option<Value>,
) -> Vec<Mismatch> {
    let file = if recordings.is_fixture() {
        "output"
    } else {
        "output.json"
    };
    let Some(expected) = expected else {
        return vec![Mismatch {
            file: file.into(),
            differences: Vec::new(),
            note: Some(format!(
                "there is no {file} to compare the action's output with; it returned {}",
                actual.map_or("nothing".to_string(), |v| v.to_string())
            )),
        }];
    };
    let actual = actual.unwrap_or(Value::Null);
    let differences = nango_mocks::compare(&expected, &actual);
    if differences.is_empty() {
        return Vec::new();
    }
    vec![Mismatch {
        file: file.into(),
        differences,
        note: None,
    }]
}

fn compare_records(
    mocks: &Recordings,
    script: &ScriptRef<'_>,
    batches: &[(RecordOp, String, Vec<Value>)],
) -> Result<Vec<Mismatch>, MockError> {
    let mut mismatches = Vec::new();
    for model in script.output {
        let saved: Vec<Value> = batches
            .iter()
            .filter(|(op, m, _)| *op == RecordOp::Save && m == model)
            .flat_map(|(_, _, records)| records.iter().cloned())
            .collect();
        let file = if mocks.is_fixture() {
            format!("nango.batchSave.{model}")
        } else {
            format!("{model}/batchSave.json")
        };
        match mocks.expected_records(script.name, model, Expectation::Save)? {
            None => mismatches.push(Mismatch {
                file,
                differences: Vec::new(),
                note: Some(format!(
                    "{} does not exist; the sync saved {} {model} records",
                    mocks.expectation_place(script.name, model, Expectation::Save),
                    saved.len()
                )),
            }),
            Some(expected) => {
                let differences = nango_mocks::compare(&expected, &Value::Array(saved));
                if !differences.is_empty() {
                    mismatches.push(Mismatch {
                        file,
                        differences,
                        note: None,
                    });
                }
            }
        }
        let expected_deletes = mocks.expected_records(script.name, model, Expectation::Delete)?;
        if let Some(expected) =
            expected_deletes.filter(|e| e.as_array().is_some_and(|a| !a.is_empty()))
        {
            let mut calls: Vec<Vec<Value>> = batches
                .iter()
                .filter(|(op, m, _)| *op == RecordOp::Delete && m == model)
                .map(|(_, _, records)| records.clone())
                .collect();
            // A `.test.json` expects all the deletes of the run together (as `nango/test`
            // compares them); a `mocks/` folder, the records of one call.
            if mocks.is_fixture() && !calls.is_empty() {
                calls = vec![calls.concat()];
            }
            let calls: Vec<&Vec<Value>> = calls.iter().collect();
            let matched = calls.iter().any(|records| {
                nango_mocks::compare(&expected, &Value::Array((*records).clone())).is_empty()
            });
            if !matched {
                let differences = calls
                    .first()
                    .map(|records| {
                        nango_mocks::compare(&expected, &Value::Array((*records).clone()))
                    })
                    .unwrap_or_default();
                mismatches.push(Mismatch {
                    file: if mocks.is_fixture() {
                        format!("nango.batchDelete.{model}")
                    } else {
                        format!("{model}/batchDelete.json")
                    },
                    differences,
                    note: Some(if calls.is_empty() {
                        format!("expected a batchDelete of {model} records, and there was none")
                    } else {
                        format!(
                            "no batchDelete call of {model} passed exactly the expected records ({} call{}; the first one differs as follows)",
                            calls.len(),
                            if calls.len() == 1 { "" } else { "s" }
                        )
                    }),
                });
            }
        }
    }
    Ok(mismatches)
}

/// What the script did, collected by the host.
#[derive(Default)]
struct Recorder {
    inner: Mutex<Taken>,
}

#[derive(Default)]
struct Taken {
    batches: Vec<(RecordOp, String, Vec<Value>)>,
    logs: Vec<(LogLevel, String)>,
    requests: usize,
}

impl Recorder {
    fn lock(&self) -> std::sync::MutexGuard<'_, Taken> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn take(&self) -> Taken {
        std::mem::take(&mut *self.lock())
    }
}

#[async_trait]
impl RecordSink for Recorder {
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<SavedRecord>,
    ) -> Result<(), HostError> {
        let records = records.iter().map(SavedRecord::value).collect();
        self.lock().batches.push((op, model.to_string(), records));
        Ok(())
    }
}

impl LogSink for Recorder {
    fn log(&self, level: LogLevel, message: &str) {
        self.lock().logs.push((level, message.to_string()));
    }
}

/// Proxy calls answered from the recordings.
struct Replay {
    mocks: Recordings,
    script: String,
    state: Arc<Recorder>,
}

#[async_trait]
impl Proxy for Replay {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        self.state.lock().requests += 1;
        let Some(identity) = request.identity.as_deref() else {
            return Err(HostError::new(
                "internal",
                "the request has no identity to look its recording up by",
            ));
        };
        let identity =
            Identity::parse(identity).map_err(|e| HostError::new("internal", e.to_string()))?;
        self.mocks
            .response(&self.script, &identity)
            .map(nango_mocks::Recorded::into_response)
            .map_err(|e| HostError::new("no_recorded_response", e.to_string()))
    }
}

/// The connection as recorded in `mocks/nango/`.
struct MockConnection {
    connection: Option<Value>,
    /// A `.test.json`'s connection is returned as it is, as `nango/test` does (scripts tell a
    /// test run by the ids it lacks); `mocks/` gain the test's ids.
    as_recorded: bool,
    integration: String,
    provider: String,
}

#[async_trait]
impl ConnectionSource for MockConnection {
    async fn call(&self, call: HostCall) -> Result<Value, HostError> {
        match call {
            HostCall::GetConnection { .. } => {
                let Some(connection) = &self.connection else {
                    return Err(HostError::new(
                        "no_recorded_connection",
                        "the script reads the connection, and mocks/nango/getConnection.json (or getMetadata.json) does not exist",
                    ));
                };
                let mut connection = connection.clone();
                if let Some(object) = connection.as_object_mut().filter(|_| !self.as_recorded) {
                    for (key, value) in [
                        ("connection_id", TEST_CONNECTION_ID),
                        ("provider_config_key", self.integration.as_str()),
                        ("provider", self.provider.as_str()),
                    ] {
                        object
                            .entry(key)
                            .or_insert_with(|| Value::String(value.into()));
                    }
                }
                Ok(connection)
            }
            // Nothing is persisted in a test.
            HostCall::SetMetadata { .. }
            | HostCall::UpdateMetadata { .. }
            | HostCall::SetMergingStrategy { .. } => Ok(Value::Null),
            HostCall::EnvironmentVariables => Ok(json!([])),
            HostCall::GetIntegration { .. } => Ok(json!({
                "unique_key": self.integration,
                "provider": self.provider,
                "webhook_url": TEST_WEBHOOK_URL,
            })),
            HostCall::RecordsByIds { .. } => Ok(json!([])),
            // As `nango/test`'s mocks: no checkpoint at the start, and saves kept for the run
            // only (the SDK keeps the last one).
            HostCall::GetCheckpoint => Ok(Value::Null),
            // As `nango/test`'s mocks: the cache is empty in a test.
            HostCall::ListRecords { .. } => Ok(json!({ "records": [], "nextCursor": null })),
            HostCall::SaveCheckpoint { .. } => Ok(Value::Null),
            HostCall::TriggerAction { action_name, .. } => Err(HostError::new(
                "not_available_in_tests",
                format!(
                    "triggerAction('{action_name}') cannot run in a test: there are no recordings of other scripts' runs"
                ),
            )),
        }
    }
}
