//! An in-memory host for runtime tests: a routed fake provider, a record sink, a connection
//! source and a log collector, all recording what the script did.
#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunError, RunOutput, RunRequest, SavedRecord, Script,
    ScriptContext, ScriptKind,
};
use serde_json::{Value, json};

type Route = dyn Fn(&ProxyRequest) -> ProxyResponse + Send + Sync;

/// What the fake world saw.
#[derive(Default)]
pub struct Seen {
    pub requests: Mutex<Vec<ProxyRequest>>,
    pub records: Mutex<Vec<(RecordOp, String, Vec<Value>)>>,
    pub logs: Mutex<Vec<(LogLevel, String)>>,
    pub calls: Mutex<Vec<HostCall>>,
}

pub struct Fake {
    pub seen: Arc<Seen>,
    route: Arc<Route>,
    connection: Value,
}

pub fn json_response(status: u16, body: Value) -> ProxyResponse {
    ProxyResponse {
        status,
        headers: vec![("content-type".into(), "application/json".into())],
        body: body.to_string().into_bytes(),
        ..ProxyResponse::default()
    }
}

impl Fake {
    pub fn new(route: impl Fn(&ProxyRequest) -> ProxyResponse + Send + Sync + 'static) -> Self {
        Self {
            seen: Arc::new(Seen::default()),
            route: Arc::new(route),
            connection: json!({
                "connection_id": "conn-1",
                "provider_config_key": "github",
                "metadata": { "team": "core" },
                "connection_config": { "subdomain": "acme" },
                "credentials": { "type": "OAUTH2", "access_token": "tok-123" }
            }),
        }
    }

    pub fn host(&self) -> Host {
        let seen = self.seen.clone();
        Host {
            proxy: Arc::new(FakeProxy {
                seen: seen.clone(),
                route: self.route.clone(),
            }),
            records: Arc::new(FakeSink { seen: seen.clone() }),
            connection: Arc::new(FakeConnection {
                seen: seen.clone(),
                connection: self.connection.clone(),
            }),
            logs: Arc::new(FakeLogs { seen }),
        }
    }

    pub async fn run(
        &self,
        kind: ScriptKind,
        code: &str,
        input: Option<Value>,
    ) -> Result<RunOutput, RunError> {
        self.run_with(kind, code, input, limits()).await
    }

    pub async fn run_with(
        &self,
        kind: ScriptKind,
        code: &str,
        input: Option<Value>,
        limits: Limits,
    ) -> Result<RunOutput, RunError> {
        self.run_full(kind, code, input, limits, context()).await
    }

    /// A run with its own context (`nango` fields, identities, clock).
    pub async fn run_in(
        &self,
        kind: ScriptKind,
        code: &str,
        context: ScriptContext,
    ) -> Result<RunOutput, RunError> {
        self.run_full(kind, code, None, limits(), context).await
    }

    async fn run_full(
        &self,
        kind: ScriptKind,
        code: &str,
        input: Option<Value>,
        limits: Limits,
        context: ScriptContext,
    ) -> Result<RunOutput, RunError> {
        let request = RunRequest {
            script: Script {
                name: "script.js".into(),
                code: code.into(),
                source_map: None,
            },
            kind,
            input,
            context,
            limits,
            models: None,
            validation: nango_runtime::Validation::Off,
        };
        nango_runtime::run(request, self.host()).await
    }

    pub fn logs(&self) -> Vec<String> {
        self.seen
            .logs
            .lock()
            .unwrap()
            .iter()
            .map(|(_, m)| m.clone())
            .collect()
    }
}

pub fn context() -> ScriptContext {
    ScriptContext {
        connection_id: "conn-1".into(),
        provider_config_key: "github".into(),
        provider: Some("github".into()),
        last_sync_date: Some("2024-05-01T10:00:00.000Z".into()),
        ..ScriptContext::default()
    }
}

pub fn limits() -> Limits {
    Limits {
        wall_time: Duration::from_secs(10),
        ..Limits::action()
    }
}

/// A script as a CommonJS module whose default export is `body`.
pub fn script(body: &str) -> String {
    format!("\"use strict\";\nmodule.exports.default = {body};\n")
}

struct FakeProxy {
    seen: Arc<Seen>,
    route: Arc<Route>,
}

#[async_trait]
impl Proxy for FakeProxy {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        self.seen.requests.lock().unwrap().push(request.clone());
        if request.endpoint == "/network-error" {
            return Err(HostError::new("network_error", "connection refused"));
        }
        Ok((self.route)(&request))
    }
}

struct FakeSink {
    seen: Arc<Seen>,
}

#[async_trait]
impl RecordSink for FakeSink {
    async fn records(
        &self,
        op: RecordOp,
        model: &str,
        records: Vec<SavedRecord>,
    ) -> Result<(), HostError> {
        let records = records.iter().map(SavedRecord::value).collect();
        self.seen
            .records
            .lock()
            .unwrap()
            .push((op, model.to_string(), records));
        Ok(())
    }
}

struct FakeConnection {
    seen: Arc<Seen>,
    connection: Value,
}

#[async_trait]
impl ConnectionSource for FakeConnection {
    async fn call(&self, call: HostCall) -> Result<Value, HostError> {
        self.seen.calls.lock().unwrap().push(call.clone());
        Ok(match call {
            HostCall::GetConnection {
                connection_id: Some(id),
                ..
            } if id == "missing" => {
                return Err(HostError::new(
                    "unknown_connection",
                    "connection missing not found",
                ));
            }
            HostCall::GetConnection { .. } => self.connection.clone(),
            HostCall::SetMetadata { metadata } | HostCall::UpdateMetadata { metadata } => {
                json!({ "metadata": metadata })
            }
            HostCall::EnvironmentVariables => json!([{ "name": "REGION", "value": "eu" }]),
            HostCall::GetIntegration { include } => {
                json!({ "unique_key": "github", "provider": "github", "webhook_url": include.contains(&"webhook".to_string()).then_some("https://hooks.test/x") })
            }
            HostCall::TriggerAction {
                action_name, input, ..
            } => json!({ "ran": action_name, "input": input }),
            HostCall::RecordsByIds { ids, .. } => Value::Array(
                ids.into_iter()
                    .map(|id| json!({ "id": id, "title": "t" }))
                    .collect(),
            ),
            HostCall::SetMergingStrategy { .. } => Value::Null,
            HostCall::GetCheckpoint => json!({ "page": 2 }),
            HostCall::ListRecords { cursor, .. } => match cursor.as_deref() {
                None => json!({ "records": [{ "id": "1" }], "nextCursor": "c1" }),
                Some(_) => json!({ "records": [{ "id": "2" }], "nextCursor": null }),
            },
            HostCall::SaveCheckpoint { .. } => Value::Null,
        })
    }
}

struct FakeLogs {
    seen: Arc<Seen>,
}

impl LogSink for FakeLogs {
    fn log(&self, level: LogLevel, message: &str) {
        self.seen
            .logs
            .lock()
            .unwrap()
            .push((level, message.to_string()));
    }
}

/// Writes TypeScript files into a temporary project, bundles `entry` with nango-build (source map
/// included) and runs it against a fake host answering `{}`.
pub async fn run_typescript(
    files: &[(&str, &str)],
    entry: &str,
    kind: ScriptKind,
    input: Option<Value>,
) -> Result<RunOutput, RunError> {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let name = "bundle.js";
    let bundle = nango_build::Bundler::new(dir.path())
        .bundle(&dir.path().join(entry), name)
        .unwrap();
    let request = RunRequest {
        script: Script {
            name: name.into(),
            code: bundle.code.as_str().into(),
            source_map: Some(bundle.map.as_str().into()),
        },
        kind,
        input,
        context: context(),
        limits: limits(),
        models: None,
        validation: nango_runtime::Validation::Off,
    };
    let fake = Fake::new(|_| json_response(200, json!({})));
    nango_runtime::run(request, fake.host()).await
}
