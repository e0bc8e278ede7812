//! `kill -9` of a `nango server` (one process, on SQLite and on PostgreSQL) in the middle of a deploy, of actions and
//! of a webhook delivery, then a restart on the same data folder:
//!
//! - a deploy is all or nothing: after each kill the deployed scripts are exactly the previous
//!   deploy's or exactly the new one's;
//! - a caller waiting on an action gets an error when the server dies, never a hung request; an
//!   async action that was acknowledged keeps its answer (its result, or `worker_stopped` once
//!   its lease ends: never "unknown");
//! - a webhook whose delivery was cut is delivered again, with the same `X-Nango-Delivery-Id`
//!   and signature, so a receiver can drop the repeat.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::platform::{
    Server, api, github_connection, mock_provider, must, providers_file, serve, start_server_with,
};
use common::postgres::Database;
use serde_json::{Value, json};

const KEY: &str = "dev-secret";

/// Where the killed servers keep their data: their folder's SQLite file, or a PostgreSQL
/// database of the test's own.
enum Backend {
    Sqlite,
    Postgres(Database),
}

impl Backend {
    /// The backend; `None` when PostgreSQL is wanted and cannot be reached (outside CI).
    fn of(postgres: bool) -> Option<Self> {
        if postgres {
            Database::create().map(Backend::Postgres)
        } else {
            Some(Backend::Sqlite)
        }
    }

    fn start(&self, dir: &Path, providers: &Path) -> Server {
        let url = match self {
            Backend::Sqlite => String::new(),
            Backend::Postgres(database) => database.url(),
        };
        let mut variables = vec![
            ("NANGO_SYNC_LEASE", "3"),
            ("NANGO_WEBHOOK_LEASE", "3"),
            ("NANGO_DASHBOARD", "false"),
        ];
        if !url.is_empty() {
            variables.push(("DATABASE_URL", url.as_str()));
        }
        let (server, log) = start_server_with(dir, providers, &variables);
        assert!(log.iter().all(|l| !l.contains("error")), "{log:?}");
        server
    }
}

fn kill_9(server: Server) {
    assert!(
        Command::new("kill")
            .args(["-9", &server.pid().to_string()])
            .status()
            .unwrap()
            .success()
    );
    // Dropping waits for the process (it is dead already).
    drop(server);
}

fn flow(name: &str, kind: &str, version: &str, js: &str) -> Value {
    json!({
        "syncName": name, "providerConfigKey": "gh", "type": kind, "models": ["Item"],
        "version": version, "runs": if kind == "sync" { json!("every day") } else { Value::Null },
        "auto_start": true, "track_deletes": false, "attributes": {},
        "metadata": { "description": "", "scopes": [] },
        "fileBody": { "js": js, "ts": "" }, "endpoints": []
    })
}

/// The deployed `(name, version)`s.
async fn deployed(server: &Server) -> BTreeSet<(String, String)> {
    let (status, config) = api(server, KEY, "GET", "/scripts/config", None, &[]).await;
    assert_eq!(status, 200, "{config}");
    let mut scripts = BTreeSet::new();
    for integration in config.as_array().unwrap() {
        for kind in ["syncs", "actions"] {
            for script in integration[kind].as_array().unwrap() {
                scripts.insert((
                    script["name"].as_str().unwrap().to_string(),
                    script["version"].as_str().unwrap_or_default().to_string(),
                ));
            }
        }
    }
    scripts
}

const QUICK: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) { return { answered: input.n }; };
"#;

const SLOW: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    await new Promise((resolve) => setTimeout(resolve, 60000));
    return { finished: true };
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_deploy_cut_by_kill_9_is_all_or_nothing_on_sqlite() {
    deploy_cut(false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deploy_cut_by_kill_9_is_all_or_nothing_on_postgres() {
    deploy_cut(true).await;
}

async fn deploy_cut(postgres: bool) {
    let Some(backend) = Backend::of(postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let mut server = backend.start(dir.path(), &providers);
    github_connection(&server, "tok-123").await;
    // Each version: 150 actions of about 30 kB each (a deploy of 4.5 MB), all named with it.
    let version = |v: usize| -> (Value, BTreeSet<(String, String)>) {
        let padding = format!("/* {} */\n", "x".repeat(30_000));
        let flows: Vec<Value> = (0..150)
            .map(|i| {
                flow(
                    &format!("a{i}"),
                    "action",
                    &v.to_string(),
                    &format!("{padding}{QUICK}"),
                )
            })
            .collect();
        let names = (0..150).map(|i| (format!("a{i}"), v.to_string())).collect();
        (json!({ "flowConfigs": flows, "reconcile": true }), names)
    };
    let (first, mut current) = version(0);
    must(&server, "POST", "/sync/deploy", first).await;
    assert_eq!(deployed(&server).await, current);
    let (mut landed, mut cut) = (0, 0);
    for trial in 1..=8 {
        let (payload, next) = version(trial);
        let url = server.url.clone();
        let deploy = tokio::spawn(async move {
            reqwest::Client::new()
                .post(format!("{url}/sync/deploy"))
                .bearer_auth(KEY)
                .json(&payload)
                .send()
                .await
                .map(|r| r.status().as_u16())
        });
        // Kill at a different point of the request each time.
        tokio::time::sleep(Duration::from_millis(20 * trial as u64)).await;
        kill_9(server);
        let answered = deploy.await.unwrap();
        server = backend.start(dir.path(), &providers);
        let now = deployed(&server).await;
        if now == next {
            landed += 1;
            current = next;
        } else {
            assert_eq!(
                now, current,
                "trial {trial}: neither the previous deploy nor the new one (the request answered {answered:?})"
            );
            assert!(
                !matches!(answered, Ok(200)),
                "trial {trial}: acknowledged, then lost"
            );
            cut += 1;
        }
    }
    println!(
        "{}: deploys cut by kill -9: {cut} left the previous deploy whole, {landed} landed whole",
        if postgres { "PostgreSQL" } else { "SQLite" }
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn actions_cut_by_kill_9_leave_no_caller_hanging_and_no_acknowledged_result_lost_on_sqlite() {
    actions_cut(false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn actions_cut_by_kill_9_leave_no_caller_hanging_and_no_acknowledged_result_lost_on_postgres()
{
    actions_cut(true).await;
}

async fn actions_cut(postgres: bool) {
    let Some(backend) = Backend::of(postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let server = backend.start(dir.path(), &providers);
    github_connection(&server, "tok-123").await;
    must(
        &server,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [flow("quick", "action", "1", QUICK), flow("slow", "action", "1", SLOW)], "reconcile": true }),
    )
    .await;
    let headers = [
        ("Connection-Id", "c1"),
        ("Provider-Config-Key", "gh"),
        ("X-Async", "true"),
    ];
    let trigger = async |name: &str, n: i64| -> String {
        let (status, started) = api(
            &server,
            KEY,
            "POST",
            "/action/trigger",
            Some(json!({ "action_name": name, "input": { "n": n } })),
            &headers,
        )
        .await;
        assert_eq!(status, 202, "{started}");
        started["statusUrl"].as_str().unwrap().to_string()
    };
    let quick = trigger("quick", 7).await;
    let clock = Instant::now();
    while api(&server, KEY, "GET", &quick, None, &[]).await.0 != 200 {
        assert!(
            clock.elapsed() < Duration::from_secs(20),
            "quick never ended"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let slow = trigger("slow", 1).await;
    // A caller waiting on the slow action, synchronously.
    let url = server.url.clone();
    let waiting = tokio::spawn(async move {
        let started = Instant::now();
        let answer = reqwest::Client::new()
            .post(format!("{url}/action/trigger"))
            .bearer_auth(KEY)
            .header("Connection-Id", "c1")
            .header("Provider-Config-Key", "gh")
            .json(&json!({ "action_name": "slow", "input": { "n": 2 } }))
            .send()
            .await;
        (answer.map(|r| r.status().as_u16()), started.elapsed())
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    kill_9(server);
    let (answer, waited) = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("the caller of an action hung after the server died")
        .unwrap();
    assert!(answer.is_err(), "{answer:?}");

    let server = backend.start(dir.path(), &providers);
    let (status, result) = api(&server, KEY, "GET", &quick, None, &[]).await;
    assert_eq!((status, result.clone()), (200, json!({ "answered": 7 })));
    // The acknowledged slow action: failed once its lease ends, not forgotten.
    let clock = Instant::now();
    let (status, answer) = loop {
        let (status, answer) = api(&server, KEY, "GET", &slow, None, &[]).await;
        if answer["error"]["code"] != "action_not_finished" {
            break (status, answer);
        }
        assert!(
            clock.elapsed() < Duration::from_secs(20),
            "the cut action never ended"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (503, Some("worker_stopped")),
        "{answer}"
    );
    println!(
        "a waiting caller got its error {waited:?} after the kill; the cut async action answered worker_stopped {:?} after the restart",
        clock.elapsed()
    );
}

/// A receiver that holds the first request (until the sender dies) and answers the others.
#[derive(Clone, Default)]
struct Receiver {
    /// `(delivery id, signature, body)` of every request, as it arrived.
    seen: Arc<Mutex<Vec<(String, String, String)>>>,
}

async fn receive(
    axum::extract::State(receiver): axum::extract::State<Receiver>,
    headers: axum::http::HeaderMap,
    body: String,
) -> &'static str {
    let header = |name: &str| {
        headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let first = {
        let mut seen = receiver.seen.lock().unwrap();
        seen.push((
            header("x-nango-delivery-id"),
            header("x-nango-hmac-sha256"),
            body,
        ));
        seen.len() == 1
    };
    if first {
        tokio::time::sleep(Duration::from_secs(30)).await;
    }
    "ok"
}

const SAVE: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    await nango.batchSave([{ id: '1', name: 'one' }], 'Item');
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_cut_by_kill_9_is_delivered_again_with_the_same_id_on_sqlite() {
    webhook_cut(false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webhook_cut_by_kill_9_is_delivered_again_with_the_same_id_on_postgres() {
    webhook_cut(true).await;
}

async fn webhook_cut(postgres: bool) {
    let Some(backend) = Backend::of(postgres) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let receiver = Receiver::default();
    let app = axum::Router::new()
        .fallback(receive)
        .with_state(receiver.clone());
    let hook = format!("{}/hook", serve(app).await);

    let server = backend.start(dir.path(), &providers);
    github_connection(&server, "tok-123").await;
    let (status, body) = api(
        &server,
        KEY,
        "PATCH",
        "/environment",
        Some(json!({ "webhook_url": hook })),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    must(
        &server,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [flow("save", "sync", "1", SAVE)], "reconcile": true }),
    )
    .await;
    let clock = Instant::now();
    while receiver.seen.lock().unwrap().is_empty() {
        assert!(
            clock.elapsed() < Duration::from_secs(30),
            "no webhook was sent"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The receiver holds the delivery: the sender dies before it hears back.
    kill_9(server);
    let _server = backend.start(dir.path(), &providers);
    let clock = Instant::now();
    while receiver.seen.lock().unwrap().len() < 2 {
        assert!(
            clock.elapsed() < Duration::from_secs(30),
            "the cut delivery was not sent again"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let seen = receiver.seen.lock().unwrap().clone();
    assert_eq!(
        seen[0], seen[1],
        "the same delivery: id, signature and body"
    );
    assert_eq!(seen[0].0.len(), 32, "{:?}", seen[0]);
    let body: Value = serde_json::from_str(&seen[0].2).unwrap();
    assert_eq!(
        (body["syncName"].as_str(), body["success"].as_bool()),
        (Some("save"), Some(true))
    );
    println!(
        "the cut delivery came again {:?} after the restart",
        clock.elapsed()
    );
}
