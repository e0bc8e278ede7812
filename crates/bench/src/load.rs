//! Load held for a bounded time through one `nango server` (SQLite): 200 clients paging
//! `/records`, 50 clients triggering an action, and 20 connections' syncs triggered again as
//! soon as each run ends, each run rewriting its 500 records. It reports the latencies and
//! rates, and checks that nothing failed and nothing was lost: every request answered 2xx, every
//! sync run succeeded, and at the end each connection's cache holds its 500 records as the last
//! run saved them, each once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::process::{KEY, ServerProcess};
use crate::report::{Better, Row, Section};

pub(crate) const READERS: usize = 200;
pub(crate) const CALLERS: usize = 50;
pub(crate) const CONNECTIONS: usize = 20;
const RECORDS: usize = 500;

/// A sync that saves 500 records of about 200 bytes, each carrying the provider's generation
/// (a counter the mock API moves on every call), so that every run updates them all.
const SYNC: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const res = await nango.get({ endpoint: '/generation' });
    const generation = res.data.generation;
    const items = [];
    for (let i = 0; i < 500; i++) {
        items.push({ id: `item-${i}`, generation, text: `item ${i} of generation ${generation} `.repeat(4) });
    }
    await nango.batchSave(items, 'Item');
};
"#;

const NOOP: &str = "module.exports.default = async function runAction(nango, input) { return { ok: true, n: input.n }; };";

/// What a held load found.
pub(crate) struct Figures {
    pub(crate) seconds: f64,
    /// `/records` page latencies (ms).
    pub(crate) reads: Vec<f64>,
    /// Action round trips (ms).
    pub(crate) actions: Vec<f64>,
    /// Sync runs that ended during the load, and the records they wrote.
    pub(crate) runs: usize,
    pub(crate) records_written: usize,
    /// Requests answered with an error or not at all; failed sync runs; connections whose cache
    /// did not end as its last run left it.
    pub(crate) errors: usize,
    pub(crate) failed_runs: usize,
    pub(crate) lost: usize,
}

/// Holds the load for `seconds` through a fresh server.
pub(crate) fn measure(nango: &std::path::Path, seconds: u64) -> Figures {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    tokio.block_on(hold(nango, Duration::from_secs(seconds)))
}

/// Prints the figures (`nango-bench load [seconds]`).
pub fn run(nango: &std::path::Path, seconds: u64) {
    let figures = measure(nango, seconds);
    let (read_p50, read_p99) = crate::syncs::quantiles(&figures.reads);
    let (action_p50, action_p99) = crate::syncs::quantiles(&figures.actions);
    println!(
        "held {:.0} s: {} /records pages (p50 {read_p50:.1} ms, p99 {read_p99:.1} ms), {} actions (p50 {action_p50:.1} ms, p99 {action_p99:.1} ms), {} sync runs writing {} records ({:.0} records/s); errors {}, failed runs {}, connections with lost or stale records {}",
        figures.seconds,
        figures.reads.len(),
        figures.actions.len(),
        figures.runs,
        figures.records_written,
        figures.records_written as f64 / figures.seconds,
        figures.errors,
        figures.failed_runs,
        figures.lost
    );
    if figures.errors + figures.failed_runs + figures.lost > 0 {
        std::process::exit(1);
    }
}

/// The held load as a section of `nango-bench all`.
pub(crate) fn section(nango: &std::path::Path, seconds: u64) -> Section {
    let figures = measure(nango, seconds);
    let mut section = Section::new(
        "Load held",
        "none (our own figures)",
        format!(
            "One `nango server` (SQLite) for {seconds} s: {READERS} clients paging `/records` of 20 connections, {CALLERS} clients triggering a no-op action, and {CONNECTIONS} connections' syncs (500 records each, all updated every run) triggered again as soon as each run ends. Latencies over every request of the load; a run that fails, a request answered with an error and a connection whose cache did not end as its last run left it are counted."
        ),
    );
    let (read_p50, read_p99) = crate::syncs::quantiles(&figures.reads);
    let (action_p50, action_p99) = crate::syncs::quantiles(&figures.actions);
    let rate = |n: usize| n as f64 / figures.seconds;
    let rows = [
        ("`/records` page, p50", "ms", Better::Lower, read_p50),
        ("`/records` page, p99", "ms", Better::Lower, read_p99),
        (
            "`/records` pages",
            "requests/s",
            Better::Higher,
            rate(figures.reads.len()),
        ),
        ("action round trip, p50", "ms", Better::Lower, action_p50),
        ("action round trip, p99", "ms", Better::Lower, action_p99),
        (
            "actions",
            "requests/s",
            Better::Higher,
            rate(figures.actions.len()),
        ),
        (
            "records written by the syncs",
            "records/s",
            Better::Higher,
            rate(figures.records_written),
        ),
    ];
    for (name, unit, better, value) in rows {
        section.push(Row::ours(name, unit, better, vec![value]));
    }
    let mut failures = Row::ours(
        "errors, failed runs, lost records",
        "count",
        Better::Lower,
        vec![(figures.errors + figures.failed_runs + figures.lost) as f64],
    );
    failures.note = Some(format!(
        "{} requests answered with an error, {} failed runs, {} connections with lost or stale records ({} runs in all)",
        figures.errors, figures.failed_runs, figures.lost, figures.runs
    ));
    section.push(failures);
    section
}

async fn provider() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let generation = Arc::new(AtomicUsize::new(0));
    let app = axum::Router::new().route(
        "/generation",
        axum::routing::get(move || {
            let generation = generation.fetch_add(1, Ordering::SeqCst);
            async move { axum::Json(json!({ "generation": generation })) }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

async fn hold(nango: &std::path::Path, duration: Duration) -> Figures {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = provider().await;
    let server = ServerProcess::start(nango, dir.path(), &provider);
    let base = server.base.clone();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(READERS + CALLERS)
        .build()
        .expect("client");
    let send = |method: reqwest::Method, path: &str, body: Option<Value>| {
        let mut request = http
            .request(method, format!("{base}{path}"))
            .bearer_auth(KEY);
        if let Some(body) = body {
            request = request.json(&body);
        }
        request
    };
    let must = async |method: reqwest::Method, path: &str, body: Value| {
        let response = send(method, path, Some(body)).send().await.expect("setup");
        assert!(
            response.status().is_success(),
            "setup {path}: {}",
            response.status()
        );
    };
    must(
        reqwest::Method::POST,
        "/integrations",
        json!({ "unique_key": "bench", "provider": "bench" }),
    )
    .await;
    for c in 0..CONNECTIONS {
        must(
            reqwest::Method::POST,
            "/connections",
            json!({ "provider_config_key": "bench", "connection_id": format!("c{c}"), "api_key": "k" }),
        )
        .await;
    }
    let flow = |name: &str, kind: &str, js: &str, models: &[&str]| json!({ "syncName": name, "providerConfigKey": "bench", "type": kind, "models": models, "version": "1", "runs": if kind == "sync" { json!("every day") } else { Value::Null }, "auto_start": true, "fileBody": { "js": js }, "endpoints": [] });
    must(
        reqwest::Method::POST,
        "/sync/deploy",
        json!({ "flowConfigs": [flow("items", "sync", SYNC, &["Item"]), flow("noop", "action", NOOP, &[])], "reconcile": true }),
    )
    .await;
    // Every connection's first run, before the clock starts.
    let mut first_runs = Vec::new();
    for c in 0..CONNECTIONS {
        first_runs.push(run_after(&http, &base, c, None).await["finishedAt"].clone());
    }

    let holding = Arc::new(AtomicBool::new(true));
    let errors = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let readers = (0..READERS).map(|r| {
        let request = send(reqwest::Method::GET, "/records", None);
        let (holding, errors) = (holding.clone(), errors.clone());
        tokio::spawn(async move {
            let mut took = Vec::new();
            let connection = format!("c{}", r % CONNECTIONS);
            let mut cursor: Option<String> = None;
            while holding.load(Ordering::Relaxed) {
                let mut query = vec![("model", "Item".to_string()), ("limit", "100".into())];
                if let Some(cursor) = &cursor {
                    query.push(("cursor", cursor.clone()));
                }
                let at = Instant::now();
                let answer = request
                    .try_clone()
                    .expect("a GET clones")
                    .query(&query)
                    .header("Connection-Id", &connection)
                    .header("Provider-Config-Key", "bench")
                    .send()
                    .await;
                let page: Option<Value> = match answer {
                    Ok(response) if response.status().is_success() => response.json().await.ok(),
                    _ => None,
                };
                took.push(at.elapsed().as_secs_f64() * 1000.0);
                match page {
                    // Caught up: from the start again.
                    Some(page) => {
                        cursor = page["next_cursor"].as_str().map(str::to_string);
                    }
                    None => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            took
        })
    });
    let readers: Vec<_> = readers.collect();
    let callers: Vec<_> = (0..CALLERS)
        .map(|c| {
            let request = send(reqwest::Method::POST, "/action/trigger", None);
            let (holding, errors) = (holding.clone(), errors.clone());
            tokio::spawn(async move {
                let mut took = Vec::new();
                let connection = format!("c{}", c % CONNECTIONS);
                let mut n = 0;
                while holding.load(Ordering::Relaxed) {
                    n += 1;
                    let at = Instant::now();
                    let answer = request
                        .try_clone()
                        .expect("a JSON request clones")
                        .header("Connection-Id", &connection)
                        .header("Provider-Config-Key", "bench")
                        .json(&json!({ "action_name": "noop", "input": { "n": n } }))
                        .send()
                        .await;
                    let ok = match answer {
                        Ok(response) if response.status().is_success() => response
                            .json::<Value>()
                            .await
                            .is_ok_and(|out| out["n"] == n),
                        _ => false,
                    };
                    took.push(at.elapsed().as_secs_f64() * 1000.0);
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
                took
            })
        })
        .collect();
    // Each connection's sync, again as soon as its run ends.
    let writers: Vec<_> = first_runs
        .into_iter()
        .enumerate()
        .map(|(c, first)| {
            let (holding, errors) = (holding.clone(), errors.clone());
            let (base, http) = (base.clone(), http.clone());
            tokio::spawn(async move {
                let mut runs = 0;
                let mut failed = 0;
                let mut last = Some(first);
                while holding.load(Ordering::Relaxed) {
                    let triggered = http
                        .post(format!("{base}/sync/trigger"))
                        .bearer_auth(KEY)
                        .json(&json!({ "syncs": ["items"], "provider_config_key": "bench", "connection_id": format!("c{c}") }))
                        .send()
                        .await;
                    if !triggered.is_ok_and(|r| r.status().is_success()) {
                        errors.fetch_add(1, Ordering::Relaxed);
                        continue;
                    }
                    let status = run_after(&http, &base, c, last.as_ref()).await;
                    last = Some(status["finishedAt"].clone());
                    runs += 1;
                    if status["status"] != "SUCCESS" {
                        failed += 1;
                    }
                }
                (runs, failed)
            })
        })
        .collect();
    tokio::time::sleep(duration).await;
    holding.store(false, Ordering::Relaxed);
    let mut reads = Vec::new();
    for reader in readers {
        reads.extend(reader.await.expect("reader"));
    }
    let mut actions = Vec::new();
    for caller in callers {
        actions.extend(caller.await.expect("caller"));
    }
    let (mut runs, mut failed_runs) = (0, 0);
    for writer in writers {
        let (r, f) = writer.await.expect("writer");
        runs += r;
        failed_runs += f;
    }
    let seconds = started.elapsed().as_secs_f64();

    // Nothing lost: each connection's 500 records, once each, all of one generation (its last
    // run's), read from the start.
    let mut lost = 0;
    for c in 0..CONNECTIONS {
        let mut cursor: Option<String> = None;
        let mut ids = std::collections::HashSet::new();
        let mut generations = std::collections::HashSet::new();
        let mut pages = 0;
        loop {
            let mut request = http
                .get(format!("{base}/records"))
                .bearer_auth(KEY)
                .header("Connection-Id", format!("c{c}"))
                .header("Provider-Config-Key", "bench")
                .query(&[("model", "Item"), ("limit", "1000")]);
            if let Some(cursor) = &cursor {
                request = request.query(&[("cursor", cursor)]);
            }
            let page: Value = request
                .send()
                .await
                .expect("final read")
                .json()
                .await
                .expect("a page");
            for record in page["records"].as_array().into_iter().flatten() {
                let fresh = ids.insert(record["id"].as_str().unwrap_or_default().to_string());
                if !fresh {
                    lost += 1;
                }
                generations.insert(record["generation"].as_i64());
            }
            cursor = page["next_cursor"].as_str().map(str::to_string);
            pages += 1;
            if cursor.is_none() || pages > 10 {
                break;
            }
        }
        if ids.len() != RECORDS || generations.len() != 1 {
            lost += 1;
        }
    }
    drop(server);
    Figures {
        seconds,
        reads,
        actions,
        runs,
        records_written: runs * RECORDS,
        errors: errors.load(Ordering::Relaxed),
        failed_runs,
        lost,
    }
}

/// The sync status of connection `c` once a run that ended after `after` is recorded.
async fn run_after(http: &reqwest::Client, base: &str, c: usize, after: Option<&Value>) -> Value {
    loop {
        let answer = http
            .get(format!(
                "{base}/sync/status?syncs=items&provider_config_key=bench&connection_id=c{c}"
            ))
            .bearer_auth(KEY)
            .send()
            .await;
        if let Ok(response) = answer
            && let Ok(body) = response.json::<Value>().await
        {
            let status = body["syncs"][0].clone();
            if status["status"] != "RUNNING"
                && !status["finishedAt"].is_null()
                && Some(&status["finishedAt"]) != after
            {
                return status;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
