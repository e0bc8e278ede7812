//! Runtime benchmarks: cold start of a run, and a sync saving 100k records over 1,000 pages,
//! twice: with the provider in-process (no sockets: the runtime's own cost) and with the provider
//! an HTTP server on 127.0.0.1 reached through `nango-proxy` (what a dry run against a real API
//! costs, minus the network).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use nango_providers::{Catalog, Provider};
use nango_proxy::{Connection, ProviderClient};
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunRequest, SavedRecord, Script, ScriptContext,
    ScriptKind,
};
use serde_json::Value;

const PAGES: usize = 1000;
const PER_PAGE: usize = 100;

/// One page of the mock provider's contacts (`cursor` is the page number).
fn page_body(page: usize) -> Vec<u8> {
    let items: Vec<Value> = (0..PER_PAGE)
        .map(|i| {
            let id = page * PER_PAGE + i;
            serde_json::json!({ "id": id, "name": format!("Contact {id}"), "email": format!("c{id}@example.com"), "company": { "id": id % 97, "name": "Acme" }, "tags": ["a", "b"], "updated": "2024-05-01T10:00:00Z" })
        })
        .collect();
    let next = if page + 1 < PAGES {
        Value::from((page + 1).to_string())
    } else {
        Value::Null
    };
    serde_json::json!({ "items": items, "next": next })
        .to_string()
        .into_bytes()
}

/// The provider in-process.
struct Pages;

#[async_trait]
impl Proxy for Pages {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        let page: usize = request
            .params
            .iter()
            .find(|(k, _)| k == "cursor")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        Ok(ProxyResponse {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: page_body(page),
            ..ProxyResponse::default()
        })
    }
}

/// The provider over HTTP on loopback, with the connection's API key injected by `nango-proxy`.
struct Loopback {
    client: ProviderClient,
    provider: Provider,
    connection: Connection,
}

#[async_trait]
impl Proxy for Loopback {
    async fn request(&self, request: ProxyRequest) -> Result<ProxyResponse, HostError> {
        self.client
            .send(&self.provider, &self.connection, &request)
            .await
            .map_err(|e| HostError::new(e.code, e.message))
    }
}

/// Serves the pages on 127.0.0.1 (checking the key); returns the base URL.
async fn serve_pages() -> String {
    async fn contacts(
        axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
        headers: axum::http::HeaderMap,
    ) -> axum::response::Response {
        use axum::response::IntoResponse;
        if headers.get("x-api-key").and_then(|v| v.to_str().ok()) != Some("bench-key") {
            return axum::http::StatusCode::UNAUTHORIZED.into_response();
        }
        let page = query
            .get("cursor")
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        ([("content-type", "application/json")], page_body(page)).into_response()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let app = axum::Router::new().route("/contacts", axum::routing::get(contacts));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

#[derive(Default)]
pub(crate) struct Count(pub(crate) AtomicUsize);

#[async_trait]
impl RecordSink for Count {
    async fn records(
        &self,
        _: RecordOp,
        _: &str,
        records: Vec<SavedRecord>,
    ) -> Result<(), HostError> {
        self.0.fetch_add(records.len(), Ordering::Relaxed);
        Ok(())
    }
}

pub(crate) struct Nothing;

#[async_trait]
impl ConnectionSource for Nothing {
    async fn call(&self, _: HostCall) -> Result<Value, HostError> {
        Ok(Value::Null)
    }
}

impl LogSink for Nothing {
    fn log(&self, _: LogLevel, _: &str) {}
}

pub(crate) fn request(kind: ScriptKind, code: &str) -> RunRequest {
    RunRequest {
        script: Script {
            name: "bench.js".into(),
            code: code.into(),
            source_map: None,
        },
        kind,
        input: Some(serde_json::json!({ "n": 1 })),
        context: ScriptContext {
            connection_id: "c".into(),
            provider_config_key: "p".into(),
            ..ScriptContext::default()
        },
        limits: Limits::sync(),
        models: None,
        validation: nango_runtime::Validation::Off,
    }
}

/// A runtime of 2 workers, and a host with the in-process provider whose sink counts records.
pub(crate) fn in_process() -> (tokio::runtime::Runtime, Arc<Count>, Host) {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    let sink = Arc::new(Count::default());
    let host = Host {
        proxy: Arc::new(Pages),
        records: sink.clone(),
        connection: Arc::new(Nothing),
        logs: Arc::new(Nothing),
    };
    (tokio, sink, host)
}

/// Prints the runtime rows of the benchmark table.
pub fn run() {
    let (tokio, sink, host) = in_process();

    let action = "\"use strict\";\nmodule.exports.default = async function runAction(nango, input) { return { ok: input.n + 1 }; };\n";
    let mut times = Vec::new();
    for _ in 0..200 {
        let started = Instant::now();
        let out = tokio
            .block_on(nango_runtime::run(
                request(ScriptKind::Action, action),
                host.clone(),
            ))
            .expect("action");
        times.push(started.elapsed());
        assert!(out.output.is_some());
    }
    times.sort();
    let us = |d: Duration| format!("{:.0} µs", d.as_secs_f64() * 1e6);
    println!(
        "| runtime cold start: new sandbox + SDK + load bundle + trivial action | 200 | {} | {} | {} |",
        us(times[0]),
        us(times[100]),
        us(times[199])
    );

    let sync = "\"use strict\";\nmodule.exports.default = async function fetchData(nango) {\n  for await (const page of nango.paginate({ endpoint: '/contacts', paginate: { type: 'cursor', cursor_path_in_response: 'next', cursor_name_in_request: 'cursor', response_path: 'items' } })) {\n    await nango.batchSave(page.map((c) => ({ id: String(c.id), name: c.name, email: c.email, company: c.company.name, tags: c.tags, updated_at: new Date(c.updated).toISOString() })), 'Contact');\n  }\n};\n";
    sync_rows(&tokio, "in-process provider", &host, sync, &sink);

    let base = tokio.block_on(serve_pages());
    let yaml = format!(
        "bench:\n    auth_mode: API_KEY\n    proxy:\n        base_url: {base}\n        headers:\n            x-api-key: ${{apiKey}}\n"
    );
    let catalog = Catalog::from_yaml("bench.yaml", &yaml).expect("bench provider");
    let loopback = Host {
        proxy: Arc::new(Loopback {
            client: ProviderClient::new().expect("HTTP client"),
            provider: catalog.get("bench").expect("bench provider").clone(),
            connection: Connection {
                provider: "bench".into(),
                credentials: serde_json::json!({ "type": "API_KEY", "apiKey": "bench-key" }),
                connection_config: Value::Null,
                metadata: Value::Null,
                oauth1: None,
            },
        }),
        ..host
    };
    sync_rows(&tokio, "HTTP provider on 127.0.0.1", &loopback, sync, &sink);
    batch_1m_row();
    println!("\nprocess peak RSS (both syncs): {} MiB", peak_rss_mib());
}

/// Three runs of the sync; prints its row and its throughput.
fn sync_rows(
    tokio: &tokio::runtime::Runtime,
    provider: &str,
    host: &Host,
    sync: &str,
    sink: &Count,
) {
    let mut times = Vec::new();
    for _ in 0..3 {
        sink.0.store(0, Ordering::Relaxed);
        let started = Instant::now();
        tokio
            .block_on(nango_runtime::run(
                request(ScriptKind::Sync, sync),
                host.clone(),
            ))
            .expect("sync");
        times.push(started.elapsed());
        assert_eq!(sink.0.load(Ordering::Relaxed), PAGES * PER_PAGE);
    }
    times.sort();
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1e3);
    let records_per_sec = (PAGES * PER_PAGE) as f64 / times[1].as_secs_f64();
    println!(
        "| sync of {} records over {PAGES} pages ({provider}), {records_per_sec:.0} records/s at the median | 3 | {} | {} | {} |",
        PAGES * PER_PAGE,
        ms(times[0]),
        ms(times[1]),
        ms(times[2])
    );
}

/// Peak resident memory of this process, from /proc (Linux).
fn peak_rss_mib() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_string())
        })
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or("?".into(), |kb| format!("{:.0}", kb as f64 / 1024.0))
}

/// `nango-bench batch-1m <build|save>`: in this process alone, a sync that builds 1M small
/// records in one array and (`save`) hands them to one `batchSave` call; prints the process's
/// peak RSS in MiB. What saving adds to building is what the host holds on the way out.
pub fn batch_1m(mode: &str) {
    let (tokio, sink, host) = in_process();
    let save = if mode == "save" {
        "await nango.batchSave(records, 'Contact');"
    } else {
        "if (records.length !== 1000000) throw new Error('built ' + records.length);"
    };
    let sync = format!(
        "\"use strict\";\nmodule.exports.default = async function fetchData(nango) {{\n  const records = [];\n  for (let i = 0; i < 1000000; i++) records.push({{ id: 'r' + i, name: 'Contact ' + i, n: i }});\n  {save}\n}};\n"
    );
    tokio
        .block_on(nango_runtime::run(request(ScriptKind::Sync, &sync), host))
        .expect("sync");
    let saved = sink.0.load(Ordering::Relaxed);
    assert_eq!(saved, if mode == "save" { 1_000_000 } else { 0 });
    println!("{}", peak_rss_mib());
}

/// The `batch-1m` row: the peak RSS of a process that builds 1M records, and of one that also
/// saves them in one `batchSave`.
pub fn batch_1m_row() {
    let peak = |mode: &str| -> f64 {
        let out = std::process::Command::new(std::env::current_exe().expect("this binary"))
            .args(["batch-1m", mode])
            .output()
            .expect("run batch-1m");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .unwrap_or(f64::NAN)
    };
    let (built, saved) = (peak("build"), peak("save"));
    println!(
        "| one `batchSave` of 1M records: peak RSS {saved:.0} MiB, against {built:.0} MiB to build the same array without saving it (+{:.0} MiB) | 1 | | | |",
        saved - built
    );
}
