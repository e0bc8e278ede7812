//! Server benchmarks: action round trips through a real `nango server` process (a no-op action,
//! and one that makes a proxied call to a provider on loopback), at 1 and 16 concurrent clients,
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

/// Prints the server rows of the benchmark table.
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
    tokio::time::sleep(Duration::from_millis(300)).await;
    let idle = server.memory_kib("VmRSS:") / 1024.0;

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

    for name in ["noop", "proxied"] {
        for clients in [1usize, 16] {
            let per_client = if clients == 1 { 400 } else { 100 };
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
                            .json(&json!({ "action_name": name, "input": {} }))
                            .send()
                            .await
                            .expect("trigger");
                        assert!(response.status().is_success(), "{}", response.status());
                        let _ = response.bytes().await;
                        latencies.push(at.elapsed());
                    }
                    latencies
                }));
            }
            let mut latencies = Vec::new();
            for task in tasks {
                latencies.extend(task.await.expect("client"));
            }
            let wall = started.elapsed();
            latencies.sort();
            let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q) as usize];
            let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1e3);
            println!(
                "| action `{name}`, {clients} client{} | {} | {} | {} | {:.0}/s |",
                if clients == 1 { "" } else { "s" },
                latencies.len(),
                ms(at(0.5)),
                ms(at(0.99)),
                latencies.len() as f64 / wall.as_secs_f64()
            );
        }
    }
    println!(
        "\nserver RSS: {idle:.1} MiB idle, {:.1} MiB after the runs",
        server.memory_kib("VmRSS:") / 1024.0
    );
}
