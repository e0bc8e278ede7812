//! Runtime benchmarks: cold start of a run, and a sync saving 100k records over 1,000 pages.
//! The provider is in-process (no sockets), so the figures are the runtime's own cost.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use nango_runtime::{
    ConnectionSource, Host, HostCall, HostError, Limits, LogLevel, LogSink, Proxy, ProxyRequest,
    ProxyResponse, RecordOp, RecordSink, RunRequest, Script, ScriptContext, ScriptKind,
};
use serde_json::Value;

const PAGES: usize = 1000;
const PER_PAGE: usize = 100;

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
        let body = serde_json::json!({ "items": items, "next": next })
            .to_string()
            .into_bytes();
        Ok(ProxyResponse {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body,
            ..ProxyResponse::default()
        })
    }
}

#[derive(Default)]
struct Count(AtomicUsize);

#[async_trait]
impl RecordSink for Count {
    async fn records(&self, _: RecordOp, _: &str, records: Vec<Value>) -> Result<(), HostError> {
        self.0.fetch_add(records.len(), Ordering::Relaxed);
        Ok(())
    }
}

struct Nothing;

#[async_trait]
impl ConnectionSource for Nothing {
    async fn call(&self, _: HostCall) -> Result<Value, HostError> {
        Ok(Value::Null)
    }
}

impl LogSink for Nothing {
    fn log(&self, _: LogLevel, _: &str) {}
}

fn request(kind: ScriptKind, code: &str) -> RunRequest {
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

/// Prints the runtime rows of the benchmark table.
pub fn run() {
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
    println!(
        "| sync of {} records over {PAGES} pages (in-process provider) | 3 | {} | {} | {} |",
        PAGES * PER_PAGE,
        ms(times[0]),
        ms(times[1]),
        ms(times[2])
    );
    let records_per_sec = (PAGES * PER_PAGE) as f64 / times[1].as_secs_f64();
    println!(
        "\nsync throughput (median): {records_per_sec:.0} records/s; process peak RSS: {} MiB",
        peak_rss_mib()
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
