//! Sync benchmarks through a real `nango server` process: ingest of 100k new and then 100k
//! unchanged 1 kB records from a mock API on loopback, `/records` page latency with 1M records
//! in the cache, and the server's memory while 100 connections sync.

use std::time::{Duration, Instant};

use axum::response::IntoResponse;
use serde_json::{Value, json};

use crate::process::{KEY, ServerProcess};

const PER_PAGE: usize = 100;

/// A record of about 1 kB.
fn record(id: usize, generation: u64) -> Value {
    json!({
        "id": format!("r{id}"),
        "name": format!("Contact {id}"),
        "email": format!("contact{id}@example.com"),
        "company": { "id": id % 997, "name": "Acme Corporation", "domain": "acme.example" },
        "tags": ["customer", "newsletter", "beta"],
        "generation": generation,
        "notes": "x".repeat(820),
    })
}

/// The JSON Schema of [`record`], as `nango compile` writes it for the model.
static CONTACT_SCHEMA: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({ "type": "object", "additionalProperties": false, "required": ["id", "name", "email", "company", "tags", "generation", "notes"], "properties": {
        "id": { "type": "string" }, "name": { "type": "string" }, "email": { "type": "string" },
        "company": { "type": "object", "additionalProperties": false, "required": ["id", "name", "domain"], "properties": { "id": { "type": "number" }, "name": { "type": "string" }, "domain": { "type": "string" } } },
        "tags": { "type": "array", "items": { "type": "string" } }, "generation": { "type": "number" }, "notes": { "type": "string" } } })
});

/// Which page of which data set: (page, total, offset, generation).
type PageKey = (usize, usize, usize, u64);

/// Pages built before a measurement ([`warm_pages`]), served as they are: the reference gets its
/// pages built before its clock starts, and so does the server.
static PAGES: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<PageKey, String>>> =
    std::sync::LazyLock::new(Default::default);

/// The body of a page of the mock API.
fn page_body((page, total, offset, generation): PageKey) -> String {
    let start = page * PER_PAGE;
    let end = (start + PER_PAGE).min(total);
    let records: Vec<Value> = (start..end)
        .map(|i| record(offset + i, generation))
        .collect();
    let next = if end < total {
        json!(page + 1)
    } else {
        Value::Null
    };
    json!({ "records": records, "next": next }).to_string()
}

/// Builds every page of a data set now, so that serving them costs no more than sending them.
pub(crate) fn warm_pages(total: usize, offset: usize, generation: u64) {
    let mut pages = PAGES.lock().unwrap_or_else(|e| e.into_inner());
    for page in 0..total.div_ceil(PER_PAGE) {
        let key = (page, total, offset, generation);
        pages.entry(key).or_insert_with(|| page_body(key));
    }
}

/// Forgets the built pages.
pub(crate) fn forget_pages() {
    PAGES.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// The mock API: `GET /records?page=N&total=T&generation=G` pages through T records.
pub(crate) async fn provider() -> String {
    async fn page(
        axum::extract::Query(q): axum::extract::Query<std::collections::HashMap<String, String>>,
    ) -> axum::response::Response {
        let number = |k: &str, d: usize| q.get(k).and_then(|v| v.parse().ok()).unwrap_or(d);
        let key = (
            number("page", 0),
            number("total", 100_000),
            number("offset", 0),
            number("generation", 0) as u64,
        );
        let built = PAGES
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        let body = built.unwrap_or_else(|| page_body(key));
        (
            [(axum::http::header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response()
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let app = axum::Router::new().route("/records", axum::routing::get(page));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The sync: its size and the generation of its data come from the connection's metadata.
const SYNC: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const { total, offset, generation } = await nango.getMetadata();
    for await (const page of nango.paginate({ endpoint: '/records', params: { total, offset, generation }, paginate: { type: 'cursor', cursor_path_in_response: 'next', cursor_name_in_request: 'page', response_path: 'records' } })) {
        await nango.batchSave(page, 'Contact');
    }
};
"#;

pub(crate) struct Api {
    pub(crate) http: reqwest::Client,
    pub(crate) base: String,
}

impl Api {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        connection: Option<&str>,
    ) -> Value {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(KEY);
        if let Some(connection) = connection {
            request = request
                .header("connection-id", connection)
                .header("provider-config-key", "bench");
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let value: Value = response.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "{path}: {status} {value}");
        value
    }

    /// Creates the `bench` integration and deploys the `contacts` sync ([`SYNC`]).
    pub(crate) async fn deploy(&self) {
        self.call(
            reqwest::Method::POST,
            "/integrations",
            Some(json!({ "unique_key": "bench", "provider": "bench" })),
            None,
        )
        .await;
        let flow = json!({ "syncName": "contacts", "providerConfigKey": "bench", "type": "sync", "models": ["Contact"], "version": "1", "runs": "every day", "sync_type": "incremental", "auto_start": false, "fileBody": { "js": SYNC }, "endpoints": [] });
        self.call(
            reqwest::Method::POST,
            "/sync/deploy",
            // The model's JSON Schema, as a CLI deploy sends it: records are checked against it.
            Some(json!({ "flowConfigs": [flow], "reconcile": true, "jsonSchema": { "$schema": "http://json-schema.org/draft-07/schema#", "definitions": { "Contact": CONTACT_SCHEMA.clone() } } })),
            None,
        )
        .await;
    }

    /// Creates a connection whose sync reads `total` records from `offset`, their pages built now.
    pub(crate) async fn connection(&self, id: &str, total: usize, offset: usize, generation: u64) {
        warm_pages(total, offset, generation);
        self.call(
            reqwest::Method::POST,
            "/connections",
            Some(json!({ "provider_config_key": "bench", "connection_id": id, "api_key": "k", "metadata": { "total": total, "offset": offset, "generation": generation } })),
            None,
        )
        .await;
    }

    async fn finished_at(&self, connection: &str) -> (String, Value) {
        let status = self
            .call(
                reqwest::Method::GET,
                &format!("/sync/status?syncs=contacts&provider_config_key=bench&connection_id={connection}"),
                None,
                None,
            )
            .await;
        let sync = status["syncs"][0].clone();
        (
            sync["status"].as_str().unwrap_or_default().to_string(),
            sync,
        )
    }

    /// Triggers a run and waits for it; returns its duration and result.
    pub(crate) async fn run(&self, connection: &str) -> (Duration, Value) {
        let (_, before) = self.finished_at(connection).await;
        let started = Instant::now();
        self.call(
            reqwest::Method::POST,
            "/sync/trigger",
            Some(json!({ "syncs": ["contacts"], "provider_config_key": "bench", "connection_id": connection })),
            None,
        )
        .await;
        loop {
            let (status, sync) = self.finished_at(connection).await;
            if status != "RUNNING" && sync["finishedAt"] != before["finishedAt"] {
                assert_ne!(status, "ERROR", "{sync}");
                return (started.elapsed(), sync["latestResult"].clone());
            }
            // Often enough for a run of seconds (±1%), not so often that the status calls
            // (each counts the records) weigh on what is measured.
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Prints the sync rows of the benchmark table.
pub fn run(nango: &std::path::Path) {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    tokio.block_on(bench(nango));
}

async fn bench(nango: &std::path::Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = provider().await;
    let server = ServerProcess::start(nango, dir.path(), &provider);
    let base = server.base.clone();
    let api = Api {
        http: reqwest::Client::new(),
        base,
    };
    api.deploy().await;

    // Ingest: 100k new records, then the same 100k again (unchanged).
    api.connection("ingest", 100_000, 0, 0).await;
    tokio::time::sleep(Duration::from_millis(1500)).await; // the scheduler creates the schedule
    let (new, result) = api.run("ingest").await;
    assert_eq!(result["Contact"]["added"], 100_000, "{result}");
    let (same, result) = api.run("ingest").await;
    assert_eq!(result["Contact"]["added"], 0, "{result}");
    println!(
        "| sync ingest, 100k new 1 kB records (mock API on loopback → cache) | {:.2} s | {:.0} records/s |",
        new.as_secs_f64(),
        100_000.0 / new.as_secs_f64()
    );
    println!(
        "| sync ingest, the same 100k again, unchanged (not rewritten) | {:.2} s | {:.0} records/s |",
        same.as_secs_f64(),
        100_000.0 / same.as_secs_f64()
    );

    // 1M records in the cache (the ingest connection's 100k plus 900k more), then pages.
    api.connection("big", 900_000, 100_000, 0).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let (big, _) = api.run("big").await;
    println!(
        "| sync ingest, 900k new records (1M in the cache after it) | {:.2} s | {:.0} records/s |",
        big.as_secs_f64(),
        900_000.0 / big.as_secs_f64()
    );
    let mut latencies = Vec::new();
    let mut cursor = String::new();
    for _ in 0..500 {
        let at = Instant::now();
        let page = api
            .call(
                reqwest::Method::GET,
                &format!("/records?model=Contact&limit=100&cursor={cursor}"),
                None,
                Some("big"),
            )
            .await;
        latencies.push(at.elapsed());
        cursor = page["next_cursor"].as_str().unwrap_or_default().to_string();
    }
    // Deep pages: the last ones of the 900k.
    let mut deep = Vec::new();
    let tail = api
        .call(
            reqwest::Method::GET,
            "/records?model=Contact&limit=10000&filter=added",
            None,
            Some("big"),
        )
        .await;
    let deep_cursor = tail["records"][9_999]["_nango_metadata"]["cursor"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    for _ in 0..200 {
        let at = Instant::now();
        api.call(reqwest::Method::GET, &format!("/records?model=Contact&limit=100&cursor={deep_cursor}&modified_after=2000-01-01T00:00:00Z"), None, Some("big"))
            .await;
        deep.push(at.elapsed());
    }
    let quantiles = |mut l: Vec<Duration>| {
        l.sort();
        let at = |q: f64| l[((l.len() as f64 - 1.0) * q) as usize].as_secs_f64() * 1e3;
        (at(0.5), at(0.99))
    };
    let (p50, p99) = quantiles(latencies);
    println!(
        "| `/records` page of 100, walking the cursor from the start (1M records cached) | p50 {p50:.2} ms | p99 {p99:.2} ms |"
    );
    let (p50, p99) = quantiles(deep);
    println!(
        "| `/records` page of 100 after 10k records, with `modified_after` | p50 {p50:.2} ms | p99 {p99:.2} ms |"
    );

    // 100 connections of 1,000 records each, syncing at once.
    let (elapsed, before, peak) = many_at_once(&api, &server, 2_000_000).await;
    println!(
        "| 100 connections × 1,000 records, triggered at once | {:.2} s | RSS {:.0} MiB before, peak {:.0} MiB |",
        elapsed.as_secs_f64(),
        before / 1024.0,
        peak / 1024.0
    );
}

/// 100 new connections of 1,000 new records each (ids from `first_record`), their sync
/// triggered at once: how long until every run has ended, and the server's RSS before and at
/// its peak (KiB).
pub(crate) async fn many_at_once(
    api: &Api,
    server: &ServerProcess,
    first_record: usize,
) -> (Duration, f64, f64) {
    let before = server.memory_kib("VmRSS:");
    for i in 0..100 {
        api.connection(&format!("many-{i}"), 1000, first_record + i * 1000, 0)
            .await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let started = Instant::now();
    api.call(
        reqwest::Method::POST,
        "/sync/trigger",
        Some(json!({ "syncs": ["contacts"], "provider_config_key": "bench" })),
        None,
    )
    .await;
    let mut peak = before;
    loop {
        peak = peak.max(server.memory_kib("VmRSS:"));
        let status = api
            .call(
                reqwest::Method::GET,
                "/sync/status?syncs=contacts&provider_config_key=bench",
                None,
                None,
            )
            .await;
        let done = status["syncs"]
            .as_array()
            .map(|s| {
                s.iter()
                    .filter(|s| s["latestResult"]["Contact"]["added"] == 1000)
                    .count()
            })
            .unwrap_or(0);
        if done >= 100 {
            break;
        }
        // Each status call counts every sync's records: polled less often than one run's.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (started.elapsed(), before, peak)
}
