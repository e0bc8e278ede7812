//! Server benchmarks: action round trips through a real `nango server` process (a no-op action,
//! and one that makes a proxied call to a provider on loopback), at 1, 16 and 64 concurrent clients,
//! and the server's resident memory idle and after the load.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::process::{KEY, ServerProcess};

async fn provider() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let app = axum::Router::new().route(
        "/user",
        axum::routing::get(|| async { axum::Json(json!({ "login": "octo" })) }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// One load of [`measure`]: an action triggered by `clients` concurrent clients.
pub(crate) struct ActionLoad {
    pub(crate) action: &'static str,
    pub(crate) clients: usize,
    /// Each request's round trip (ms).
    pub(crate) latencies: Vec<f64>,
    /// Requests/s over the load's wall time.
    pub(crate) throughput: f64,
}

/// What one pass of [`measure`] found.
pub(crate) struct Figures {
    pub(crate) loads: Vec<ActionLoad>,
    /// The server's RSS when idle, and after the loads (MiB).
    pub(crate) rss_idle: f64,
    pub(crate) rss_after: f64,
}

/// The concurrent clients each action is measured at.
pub(crate) const CLIENTS: [usize; 3] = [1, 16, 64];

/// Prints the server rows of the benchmark table.
pub fn run(nango: &std::path::Path) {
    let figures = measure(nango);
    for load in &figures.loads {
        let (p50, p99) = crate::syncs::quantiles(&load.latencies);
        println!(
            "| action `{}`, {} client{} | {} | {p50:.2} ms | {p99:.2} ms | {:.0}/s |",
            load.action,
            load.clients,
            if load.clients == 1 { "" } else { "s" },
            load.latencies.len(),
            load.throughput
        );
    }
    println!(
        "\nserver RSS: {:.1} MiB idle, {:.1} MiB after the runs",
        figures.rss_idle, figures.rss_after
    );
}

/// One pass through a fresh server: every action at every client count.
pub(crate) fn measure(nango: &std::path::Path) -> Figures {
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio");
    tokio.block_on(bench(nango))
}

async fn bench(nango: &std::path::Path) -> Figures {
    let dir = tempfile::tempdir().expect("temp dir");
    let provider = provider().await;
    let server = ServerProcess::start(nango, dir.path(), &provider);
    let base = server.base.clone();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let rss_idle = server.memory_kib("VmRSS:") / 1024.0;

    let http = reqwest::Client::new();
    let call = |method: reqwest::Method, path: &str, body: Value| {
        http.request(method, format!("{base}{path}"))
            .bearer_auth(KEY)
            .json(&body)
    };
    call(
        reqwest::Method::POST,
        "/integrations",
        json!({ "unique_key": "bench", "provider": "bench" }),
    )
    .send()
    .await
    .expect("integration");
    call(
        reqwest::Method::POST,
        "/connections",
        json!({ "provider_config_key": "bench", "connection_id": "c1", "api_key": "k" }),
    )
    .send()
    .await
    .expect("connection");
    let action = |name: &str, js: &str| json!({ "syncName": name, "providerConfigKey": "bench", "type": "action", "models": [], "version": "1", "runs": null, "fileBody": { "js": js }, "endpoints": [] });
    let deploy = json!({ "flowConfigs": [
        action("noop", "module.exports.default = async function runAction() { return { ok: true }; };"),
        action("proxied", "module.exports.default = async function runAction(nango) { const r = await nango.get({ endpoint: '/user' }); return r.data; };"),
    ], "reconcile": true });
    let deployed = call(reqwest::Method::POST, "/sync/deploy", deploy)
        .send()
        .await
        .expect("deploy");
    assert!(deployed.status().is_success(), "deploy failed");

    let mut loads = Vec::new();
    for action in ["noop", "proxied"] {
        for clients in CLIENTS {
            // About 1,600 requests a load, at least 25 a client.
            let per_client = (1600 / clients).max(25);
            let started = Instant::now();
            let mut tasks = Vec::new();
            for _ in 0..clients {
                let http = http.clone();
                let url = format!("{base}/action/trigger");
                tasks.push(tokio::spawn(async move {
                    let mut latencies = Vec::with_capacity(per_client);
                    for _ in 0..per_client {
                        let at = Instant::now();
                        let response = http
                            .post(&url)
                            .bearer_auth(KEY)
                            .header("connection-id", "c1")
                            .header("provider-config-key", "bench")
                            .json(&json!({ "action_name": action, "input": {} }))
                            .send()
                            .await
                            .expect("trigger");
                        assert!(response.status().is_success(), "{}", response.status());
                        let _ = response.bytes().await;
                        latencies.push(at.elapsed().as_secs_f64() * 1e3);
                    }
                    latencies
                }));
            }
            let mut latencies = Vec::new();
            for task in tasks {
                latencies.extend(task.await.expect("client"));
            }
            let wall = started.elapsed();
            loads.push(ActionLoad {
                action,
                clients,
                throughput: latencies.len() as f64 / wall.as_secs_f64(),
                latencies,
            });
        }
    }
    Figures {
        loads,
        rss_idle,
        rss_after: server.memory_kib("VmRSS:") / 1024.0,
    }
}
