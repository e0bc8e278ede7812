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

#[derive(Clone)]
pub(crate) struct Api {
    pub(crate) http: reqwest::Client,
    pub(crate) base: String,
}

impl Api {
    pub(crate) async fn call(
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

/// What one pass of [`measure`] found.
pub(crate) struct Figures {
    /// Records/s: 100k new, the same 100k unchanged, 900k more (1M in the cache after it).
    pub(crate) new: f64,
    pub(crate) unchanged: f64,
    pub(crate) more: f64,
    /// `/records` pages of 100 walking the cursor from the start, with 1M records cached (ms).
    pub(crate) pages: Vec<f64>,
    /// `/records` pages of 100 after 10k records, with `modified_after` (ms).
    pub(crate) deep_pages: Vec<f64>,
    /// 100 connections × 1,000 records at once: wall time, and the server's RSS before and at
    /// its peak (MiB).
    pub(crate) many: Duration,
    pub(crate) rss_before_many: f64,
    pub(crate) rss_peak_many: f64,
    /// The server's RSS right after it started, before any work (MiB).
    pub(crate) rss_idle: f64,
}

/// Prints the sync rows of the benchmark table.
pub fn run(nango: &std::path::Path) {
    let f = measure(nango);
    let rate = |n: f64, r: f64| format!("{:.2} s | {r:.0} records/s", n / r);
    println!(
        "| sync ingest, 100k new 1 kB records (mock API on loopback → cache) | {} |",
        rate(1e5, f.new)
    );
    println!(
        "| sync ingest, the same 100k again, unchanged (not rewritten) | {} |",
        rate(1e5, f.unchanged)
    );
    println!(
        "| sync ingest, 900k new records (1M in the cache after it) | {} |",
        rate(9e5, f.more)
    );
    let (p50, p99) = quantiles(&f.pages);
    println!(
        "| `/records` page of 100, walking the cursor from the start (1M records cached) | p50 {p50:.2} ms | p99 {p99:.2} ms |"
    );
    let (p50, p99) = quantiles(&f.deep_pages);
    println!(
        "| `/records` page of 100 after 10k records, with `modified_after` | p50 {p50:.2} ms | p99 {p99:.2} ms |"
    );
    println!(
        "| 100 connections × 1,000 records, triggered at once | {:.2} s | RSS {:.0} MiB before, peak {:.0} MiB |",
        f.many.as_secs_f64(),
        f.rss_before_many,
        f.rss_peak_many
    );
}

/// The median and the 99th percentile of some latencies.
pub(crate) fn quantiles(latencies: &[f64]) -> (f64, f64) {
    let mut sorted = latencies.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted[((sorted.len() as f64 - 1.0) * q) as usize];
    (at(0.5), at(0.99))
}

/// One pass: ingest, 1M records cached, `/records` pages, 100 connections at once, through a
/// fresh server.
pub(crate) fn measure(nango: &std::path::Path) -> Figures {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    let figures = tokio.block_on(bench(nango));
    forget_pages();
    figures
}

async fn bench(nango: &std::path::Path) -> Figures {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = provider().await;
    let server = ServerProcess::start(nango, dir.path(), &provider);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let rss_idle = server.memory_kib("VmRSS:") / 1024.0;
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

    // 1M records in the cache (the ingest connection's 100k plus 900k more), then pages.
    api.connection("big", 900_000, 100_000, 0).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let (big, result) = api.run("big").await;
    assert_eq!(result["Contact"]["added"], 900_000, "{result}");
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mut pages = Vec::new();
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
        pages.push(ms(at.elapsed()));
        assert_eq!(page["records"].as_array().map(Vec::len), Some(100));
        cursor = page["next_cursor"].as_str().unwrap_or_default().to_string();
    }
    // Deep pages: the last ones of the 900k.
    let mut deep_pages = Vec::new();
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
        deep_pages.push(ms(at.elapsed()));
    }

    // 100 connections of 1,000 records each, syncing at once.
    let (many, before, peak, _) = many_at_once(&api, &server, 2_000_000).await;
    Figures {
        new: 1e5 / new.as_secs_f64(),
        unchanged: 1e5 / same.as_secs_f64(),
        more: 9e5 / big.as_secs_f64(),
        pages,
        deep_pages,
        many,
        rss_before_many: before / 1024.0,
        rss_peak_many: peak / 1024.0,
        rss_idle,
    }
}

/// 100 new connections of 1,000 new records each (ids from `first_record`), their sync
/// triggered at once: how long until every run has ended, the server's RSS before and at its
/// peak (KiB), and the CPU time the server used meanwhile (s).
pub(crate) async fn many_at_once(
    api: &Api,
    server: &ServerProcess,
    first_record: usize,
) -> (Duration, f64, f64, f64) {
    let before = server.memory_kib("VmRSS:");
    for i in 0..100 {
        api.connection(&format!("many-{i}"), 1000, first_record + i * 1000, 0)
            .await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let started = Instant::now();
    let cpu = server.cpu_seconds();
    // Each of the 100 connections is triggered by name: a trigger of the integration's sync
    // without a connection would also run the server's other connections again (the 100k
    // `ingest` one, say), which is not what is measured. (Until 2026-12-07 it did, and the
    // phase counted 100k records while the server processed 200k or more.)
    let mut triggers = tokio::task::JoinSet::new();
    for i in 0..100 {
        let api = api.clone();
        triggers.spawn(async move {
            api.call(
                reqwest::Method::POST,
                "/sync/trigger",
                Some(json!({ "syncs": ["contacts"], "provider_config_key": "bench", "connection_id": format!("many-{i}") })),
                None,
            )
            .await
        });
    }
    while let Some(triggered) = triggers.join_next().await {
        triggered.expect("trigger");
    }
    let mut peak = before;
    // One connection's status at a time, in the order the runs were queued (and so claimed):
    // a status of all 100 syncs counts every one's records, and polling it would weigh on what
    // is measured. Every connection is still seen done before the clock stops.
    let mut finished = 0;
    while finished < 100 {
        peak = peak.max(server.memory_kib("VmRSS:"));
        let (_, sync) = api.finished_at(&format!("many-{finished}")).await;
        if sync["latestResult"]["Contact"]["added"] == 1000 {
            finished += 1;
        } else {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    (started.elapsed(), before, peak, server.cpu_seconds() - cpu)
}
