//! Several `nango server` processes on one PostgreSQL database (issue 14): an API process and
//! two workers, each a real process of the `nango` binary. Every test creates its own database
//! and drops it.
//!
//! - 50 connections × 1 sync on a 30-second schedule: every schedule runs exactly once per
//!   period across the two workers, the records are complete, and the real `@nangohq/node`
//!   client drives syncs and reads records through the API process while workers run them.
//! - The OAuth popup's result reaches the frontend's websocket held by one API process when the
//!   provider's callback lands on another (relayed with `LISTEN/NOTIFY`).
//! - `kill -9` of the worker in the middle of a long paginated sync, three times in a row:
//!   another worker runs it again once the lease ends; the final records equal an undisturbed
//!   run's (none lost or duplicated, no `last_modified_at` moved for an unchanged record), one
//!   webhook for the run that finished and none for the abandoned ones, and a reader paging
//!   `/records` on the API process throughout saw every change once.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::node::{harness, modules};
use common::platform::{Server, api, github_connection, must, start_server_with, webhook_receiver};
use common::postgres::Database;
use serde_json::{Value, json};

const KEY: &str = "dev-secret";

/// One process of the cluster.
fn start(dir: &Path, providers: &Path, database: &Database, role: &str) -> Server {
    let url = database.url();
    let (server, log) = start_server_with(
        dir,
        providers,
        &[
            ("DATABASE_URL", url.as_str()),
            ("NANGO_SERVER_ROLE", role),
            ("NANGO_SYNC_LEASE", "3"),
            ("NANGO_SECRET_KEY_PROD", "prod-secret"),
            ("NANGO_DASHBOARD_USERNAME", "admin"),
            ("NANGO_DASHBOARD_PASSWORD", "cluster-password"),
        ],
    );
    assert!(log.iter().all(|l| !l.contains("error")), "{role}: {log:?}");
    server
}

fn providers_file(dir: &Path, provider: &str) -> std::path::PathBuf {
    let path = dir.join("providers.yaml");
    std::fs::write(
        &path,
        format!("github:\n    auth_mode: OAUTH2\n    authorization_url: https://github.com/login/oauth/authorize\n    token_url: https://github.com/login/oauth/access_token\n    proxy:\n        base_url: {provider}\n"),
    )
    .unwrap();
    path
}

/// `/contacts` lists three contacts; `/__contacts` (the node harness) sets them. Any token.
const PULSE: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const res = await nango.get({ endpoint: '/contacts' });
    await nango.batchSave(res.data.contacts, 'Contact');
};
"#;

const ECHO: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    const res = await nango.get({ endpoint: '/contacts' });
    return { echoed: input, contacts: res.data.contacts.length };
};
"#;

const CONTACTS: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const res = await nango.get({ endpoint: '/contacts' });
    await nango.batchSave(res.data.contacts, 'Contact');
};
"#;

fn sync(key: &str, name: &str, js: &str, runs: &str, auto_start: bool, model: &str) -> Value {
    json!({
        "syncName": name, "providerConfigKey": key, "type": "sync", "models": [model], "version": "",
        "runs": runs, "sync_type": "full", "track_deletes": false, "auto_start": auto_start,
        "metadata": { "description": "", "scopes": [] }, "fileBody": { "js": js, "ts": "" }, "endpoints": []
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn an_api_process_and_two_workers_run_each_schedule_once_per_period() {
    let Some(database) = Database::create() else {
        return;
    };
    let node = modules("nango-node-071");
    let dir = tempfile::tempdir().unwrap();
    let provider = common::platform::mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let api_process = start(dir.path(), &providers, &database, "api");
    let _workers = [
        start(dir.path(), &providers, &database, "worker"),
        start(dir.path(), &providers, &database, "worker"),
    ];
    // A worker serves no API.
    let worker_api = reqwest::get(format!("{}/integrations", _workers[0].url))
        .await
        .unwrap();
    assert_eq!(worker_api.status().as_u16(), 404);
    let health = reqwest::get(format!("{}/health", _workers[0].url))
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
    reqwest::Client::new()
        .post(format!("{provider}/__contacts"))
        .json(&json!([{ "id": "1", "name": "a" }, { "id": "2", "name": "b" }, { "id": "3", "name": "c" }]))
        .send()
        .await
        .unwrap();
    for key in ["gh", "hub"] {
        must(
            &api_process,
            "POST",
            "/integrations",
            json!({ "unique_key": key, "provider": "github" }),
        )
        .await;
    }
    for n in 0..50 {
        must(
            &api_process,
            "POST",
            "/connections",
            json!({ "provider_config_key": "hub", "connection_id": format!("c{n}"), "access_token": "tok-123" }),
        )
        .await;
    }
    let deployed_at = Instant::now();
    must(
        &api_process,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [
            sync("hub", "pulse", PULSE, "every 30s", true, "Contact"),
            sync("gh", "contacts", CONTACTS, "every day", false, "Contact"),
            json!({
                "syncName": "echo", "providerConfigKey": "hub", "type": "action", "models": [], "version": "",
                "runs": null, "metadata": { "description": "", "scopes": [] },
                "fileBody": { "js": ECHO, "ts": "" }, "endpoints": [{ "method": "POST", "path": "/echo" }]
            }),
        ], "reconcile": true }),
    )
    .await;

    // Every connection's first run, on one worker or the other, woken by the deploy.
    let runs = |database: &Database| -> BTreeMap<String, usize> {
        let text = database.query(
            "SELECT c.connection_id, COUNT(*) FROM sync_jobs j JOIN sync_schedules s ON s.id = j.sync_id JOIN connections c ON c.id = s.connection WHERE s.name = 'pulse' AND j.status = 'success' GROUP BY c.connection_id",
        );
        text.lines()
            .filter_map(|l| l.split_once('|'))
            .map(|(id, n)| (id.to_string(), n.parse().unwrap()))
            .collect()
    };
    let first_runs = loop {
        let done = runs(&database);
        if done.len() == 50 {
            break deployed_at.elapsed();
        }
        assert!(
            deployed_at.elapsed() < Duration::from_secs(25),
            "not every connection ran within 25 s: {done:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    eprintln!("50 first runs within {first_runs:?} of the deploy");
    let workers_used = database
        .query("SELECT COUNT(DISTINCT lease_owner) FROM sync_jobs WHERE status = 'success'");
    eprintln!("runs were held by {workers_used} worker(s)");
    // Records complete, read through the API process.
    for n in [0, 17, 49] {
        let (status, page) = api(
            &api_process,
            KEY,
            "GET",
            "/records?model=Contact",
            None,
            &[
                ("Connection-Id", &format!("c{n}")),
                ("Provider-Config-Key", "hub"),
            ],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(page["records"].as_array().unwrap().len(), 3, "{page}");
    }

    // Actions triggered on the API process run on a worker (the API process runs no scripts),
    // and an async run's result is read from another API process.
    let second_api = start(dir.path(), &providers, &database, "api");
    let trigger = |n: i64| json!({ "action_name": "echo", "input": { "n": n } });
    let (status, output) = api(
        &api_process,
        KEY,
        "POST",
        "/action/trigger",
        Some(trigger(1)),
        &[("Connection-Id", "c3"), ("Provider-Config-Key", "hub")],
    )
    .await;
    assert_eq!(status, 200, "{output}");
    assert_eq!(output, json!({ "echoed": { "n": 1 }, "contacts": 3 }));
    let (status, started) = api(
        &api_process,
        KEY,
        "POST",
        "/action/trigger",
        Some(trigger(2)),
        &[
            ("Connection-Id", "c3"),
            ("Provider-Config-Key", "hub"),
            ("X-Async", "true"),
        ],
    )
    .await;
    assert_eq!(status, 202, "{started}");
    let status_url = started["statusUrl"].as_str().unwrap().to_string();
    let result = loop {
        let (status, result) = api(&second_api, KEY, "GET", &status_url, None, &[]).await;
        if status == 200 {
            break result;
        }
        // Not finished yet (Nango's answer for a run in progress).
        assert_eq!(result["error"]["code"], "action_not_finished", "{result}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(result, json!({ "echoed": { "n": 2 }, "contacts": 3 }));
    // A script's error comes back from the worker as the API's error.
    let (status, error) = api(
        &api_process,
        KEY,
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "nope", "input": {} })),
        &[("Connection-Id", "c3"), ("Provider-Config-Key", "hub")],
    )
    .await;
    assert_eq!(
        (status, error["error"]["code"].as_str()),
        (404, Some("unknown_action")),
        "{error}"
    );
    assert_eq!(
        database
            .query("SELECT COUNT(*) FROM action_runs WHERE worker IS NULL OR status <> 'success'"),
        "1",
        "every action ran on a worker (the unknown one failed there)"
    );

    // The real node client, through the API process: the run happens on a worker.
    if let Some(node) = node {
        let args = [
            node.join("nango-node-071").display().to_string(),
            api_process.url.clone(),
            KEY.to_string(),
            provider.clone(),
            "sync-071".to_string(),
        ];
        let out = tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            harness("node-syncs.mjs", &args)
        })
        .await
        .unwrap();
        assert_eq!(
            out["trigger"]["ok"],
            json!({ "status": "PAUSED", "type": "INITIAL", "result": { "Contact": { "added": 3, "updated": 0, "deleted": 0 } } }),
            "{out:#}"
        );
        assert_eq!(
            out["records"]["ok"]["ids"],
            json!(["1", "2", "3"]),
            "{out:#}"
        );
    }

    // One period later (30 s after each first run), each schedule ran once more: not twice,
    // though two workers each look every second.
    let wait_until = deployed_at + first_runs + Duration::from_secs(38);
    tokio::time::sleep_until(tokio::time::Instant::from_std(wait_until)).await;
    let done = runs(&database);
    let counts: HashMap<usize, usize> = done.values().fold(HashMap::new(), |mut m, n| {
        *m.entry(*n).or_default() += 1;
        m
    });
    assert_eq!(
        counts,
        HashMap::from([(2, 50)]),
        "runs per connection: {done:?}"
    );
    let duplicates = database.query(
        "SELECT COUNT(*) FROM (SELECT sync_id FROM sync_jobs WHERE status IN ('queued', 'running') GROUP BY sync_id HAVING COUNT(*) > 1) d",
    );
    assert_eq!(duplicates, "0");
}

/// `GET /pages?page=N`: 20 pages of 50 items, slowly (a long paginated sync).
async fn paged_provider() -> String {
    async fn page(
        axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
    ) -> axum::Json<Value> {
        let n: u64 = query.get("page").and_then(|p| p.parse().ok()).unwrap_or(0);
        tokio::time::sleep(Duration::from_millis(150)).await;
        let items: Vec<Value> = (0..50)
            .map(|i| json!({ "id": format!("item-{}", n * 50 + i), "n": n * 50 + i }))
            .collect();
        axum::Json(
            json!({ "items": items, "next": if n + 1 < 20 { json!(n + 1) } else { Value::Null } }),
        )
    }
    let app = axum::Router::new().route("/pages", axum::routing::get(page));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

const ITEMS: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    let page = 0;
    while (page !== null) {
        const res = await nango.get({ endpoint: '/pages', params: { page } });
        await nango.batchSave(res.data.items, 'Item');
        page = res.data.next;
    }
};
"#;

/// Pages `/records` of the API process from where it left off until told to stop: every
/// `(id, cursor)` it saw, in order.
async fn read_along(url: String, stop: Arc<std::sync::atomic::AtomicBool>) -> Vec<(String, i64)> {
    let client = reqwest::Client::new();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let stopping = stop.load(std::sync::atomic::Ordering::SeqCst);
        let mut request = client
            .get(format!("{url}/records"))
            .query(&[("model", "Item"), ("limit", "70")])
            .bearer_auth(KEY)
            .header("Connection-Id", "c1")
            .header("Provider-Config-Key", "gh");
        if let Some(cursor) = &cursor {
            request = request.query(&[("cursor", cursor)]);
        }
        let page: Value = request.send().await.unwrap().json().await.unwrap();
        let records = page["records"].as_array().cloned().unwrap_or_default();
        for record in &records {
            let meta = &record["_nango_metadata"];
            let position =
                nango_server::platform::decode_cursor(meta["cursor"].as_str().unwrap()).unwrap();
            seen.push((record["id"].as_str().unwrap().to_string(), position));
            cursor = Some(meta["cursor"].as_str().unwrap().to_string());
        }
        if records.is_empty() {
            if stopping {
                return seen;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_whose_worker_is_killed_three_times_ends_as_if_undisturbed() {
    let Some(database) = Database::create() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = paged_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let api_process = start(dir.path(), &providers, &database, "api");
    let mut workers = vec![
        start(dir.path(), &providers, &database, "worker"),
        start(dir.path(), &providers, &database, "worker"),
    ];
    let (hooks_url, hooks) = webhook_receiver().await;
    must(
        &api_process,
        "PATCH",
        "/environment",
        json!({ "webhook_url": hooks_url }),
    )
    .await;
    github_connection(&api_process, "tok").await;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = tokio::spawn(read_along(api_process.url.clone(), stop.clone()));
    must(
        &api_process,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [sync("gh", "items", ITEMS, "every day", true, "Item")], "reconcile": true }),
    )
    .await;

    // Three times: once the run has been going a while, kill -9 the worker that holds it, and
    // start another worker in its place.
    let started = Instant::now();
    let mut killed: Vec<String> = Vec::new();
    for round in 0..3 {
        // The run, held by a live worker (a dead one's stays `running` until its lease ends
        // and another worker claims it).
        let holder = loop {
            let owner =
                database.query("SELECT lease_owner FROM sync_jobs WHERE status = 'running'");
            if !owner.is_empty() && !killed.contains(&owner) {
                break owner;
            }
            assert!(
                started.elapsed() < Duration::from_secs(90),
                "round {round}: no run started"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        tokio::time::sleep(Duration::from_millis(1200)).await;
        let pid: u32 = holder.rsplit('-').nth(1).unwrap().parse().unwrap();
        let index = workers
            .iter()
            .position(|w| w.pid() == pid)
            .unwrap_or_else(|| panic!("round {round}: {holder} is not one of the workers"));
        let still = database.query("SELECT lease_owner FROM sync_jobs WHERE status = 'running'");
        assert_eq!(
            still, holder,
            "round {round}: the run ended before the kill"
        );
        let status = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        drop(workers.remove(index));
        workers.push(start(dir.path(), &providers, &database, "worker"));
        eprintln!(
            "round {round}: killed {holder} after {:?}",
            started.elapsed()
        );
        killed.push(holder);
    }
    let ended = loop {
        let state = database.query("SELECT status || '|' || attempt FROM sync_jobs");
        if state.starts_with("success") || state.starts_with("error") {
            break state;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the run never ended: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    // Three runs abandoned by a dead worker, then one that finished.
    assert_eq!(ended, "success|3");
    assert_eq!(database.query("SELECT COUNT(*) FROM sync_jobs"), "1");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let seen = reader.await.unwrap();

    // The records are those of an undisturbed run: 1,000 items, each added once, none of them
    // changed by the runs that saved it again.
    let mut all = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/records?model=Item&limit=1000&cursor={c}"),
            None => "/records?model=Item&limit=1000".to_string(),
        };
        let (status, page) = api(
            &api_process,
            KEY,
            "GET",
            &path,
            None,
            &[("Connection-Id", "c1"), ("Provider-Config-Key", "gh")],
        )
        .await;
        assert_eq!(status, 200);
        all.extend(page["records"].as_array().unwrap().clone());
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(all.len(), 1000);
    let ids: std::collections::HashSet<&str> =
        all.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 1000);
    for record in &all {
        let meta = &record["_nango_metadata"];
        assert_eq!(meta["last_action"], "ADDED", "{record}");
        assert_eq!(meta["first_seen_at"], meta["last_modified_at"], "{record}");
    }
    // The reader on the API process saw each change once, in order, and every one of them.
    let positions: Vec<i64> = seen.iter().map(|(_, p)| *p).collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "a cursor went back or repeated"
    );
    let final_positions: std::collections::HashSet<(String, i64)> = all
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                nango_server::platform::decode_cursor(
                    r["_nango_metadata"]["cursor"].as_str().unwrap(),
                )
                .unwrap(),
            )
        })
        .collect();
    let seen_set: std::collections::HashSet<(String, i64)> = seen.into_iter().collect();
    assert!(
        final_positions.is_subset(&seen_set),
        "the reader missed changes"
    );
    // One webhook, for the run that finished; none for the abandoned runs.
    let got = hooks.lock().unwrap().clone();
    let syncs: Vec<&Value> = got.iter().filter(|h| h["type"] == "sync").collect();
    assert_eq!(syncs.len(), 1, "{got:#?}");
    assert_eq!(syncs[0]["success"], true);
    assert_eq!(syncs[0]["model"], "Item");
}

/// Cuts every connection the server holds to its database (as a database failover or a
/// network blip does): `pg_terminate_backend` of each session on the test's database.
fn cut_connections(database: &Database) -> usize {
    database
        .query(&format!(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{}' AND pid <> pg_backend_pid()",
            database.name
        ))
        .parse()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_process_whose_database_connections_are_cut_keeps_working() {
    let Some(database) = Database::create() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = paged_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let mut server = start(dir.path(), &providers, &database, "all");
    let (hooks_url, hooks) = webhook_receiver().await;
    must(
        &server,
        "PATCH",
        "/environment",
        json!({ "webhook_url": hooks_url }),
    )
    .await;
    github_connection(&server, "tok").await;
    must(
        &server,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [sync("gh", "items", ITEMS, "every day", true, "Item")], "reconcile": true }),
    )
    .await;

    // While the 20-page run goes on (about 3 s), every connection of the process (its pool, its
    // LISTEN session) is cut four times.
    let started = Instant::now();
    while database.query("SELECT COUNT(*) FROM sync_jobs WHERE status = 'running'") != "1" {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no run started"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut cut = 0;
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        cut += cut_connections(&database);
    }
    assert!(cut >= 4, "only {cut} sessions were cut");
    assert!(server.is_running(), "the process died with its connections");

    // The run ends (retried if a write was cut), with every record once.
    let ended = loop {
        let state = database.query("SELECT status FROM sync_jobs");
        if state == "success" || state == "error" {
            break state;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the run never ended: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(ended, "success");
    eprintln!(
        "cut {cut} sessions; the run: {}",
        database.query("SELECT attempt || ' ' || COALESCE(error, '') FROM sync_jobs")
    );
    let (status, health) = api(&server, KEY, "GET", "/health", None, &[]).await;
    assert_eq!(
        (status, &health["database"]),
        (200, &json!("ok")),
        "{health}"
    );
    let (status, page) = api(
        &server,
        KEY,
        "GET",
        "/records?model=Item&limit=1000",
        None,
        &[("Connection-Id", "c1"), ("Provider-Config-Key", "gh")],
    )
    .await;
    assert_eq!(status, 200);
    let ids: std::collections::HashSet<&str> = page["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 1000);

    // Everything still works afterwards, the wake-ups between processes included: a trigger
    // is run at once, not at the next poll.
    must(
        &server,
        "POST",
        "/sync/trigger",
        json!({ "provider_config_key": "gh", "connection_id": "c1", "syncs": ["items"] }),
    )
    .await;
    let again = Instant::now();
    while database.query("SELECT COUNT(*) FROM sync_jobs WHERE status = 'success'") != "2" {
        assert!(
            again.elapsed() < Duration::from_secs(30),
            "the triggered run did not end"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The run that ended owes one webhook; the one whose end was cut owes none.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let got = hooks.lock().unwrap().clone();
    let syncs = got.iter().filter(|h| h["type"] == "sync").count();
    assert_eq!(syncs, 1, "{got:#?}");
    assert!(server.is_running());
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// The next message of the frontend's websocket, as JSON.
async fn next_message(socket: &mut Socket) -> Value {
    use futures_util::StreamExt as _;
    let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
        .await
        .expect("a message within 10 s")
        .unwrap()
        .unwrap();
    serde_json::from_str(message.to_text().unwrap()).unwrap()
}

/// GET without following redirects: (status, Location).
async fn visit(url: &str) -> (u16, Option<String>) {
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(url)
        .send()
        .await
        .unwrap();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string());
    (response.status().as_u16(), location)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_oauth_result_reaches_a_websocket_held_by_another_api_process() {
    let Some(database) = Database::create() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mock = nango_mock_oauth::MockOAuth::start().await;
    let providers = dir.path().join("providers.yaml");
    std::fs::write(&providers, mock.providers_yaml()).unwrap();
    let first = start(dir.path(), &providers, &database, "api");
    let second = start(dir.path(), &providers, &database, "api");
    must(
        &first,
        "POST",
        "/integrations",
        json!({ "unique_key": "mo", "provider": "mock-oauth2", "credentials": { "type": "OAUTH2", "client_id": nango_mock_oauth::CLIENT_ID, "client_secret": nango_mock_oauth::CLIENT_SECRET, "scopes": "profile" } }),
    )
    .await;
    let session = must(
        &first,
        "POST",
        "/connect/sessions",
        json!({ "end_user": { "id": "u1" }, "allowed_integrations": ["mo"] }),
    )
    .await;
    let token = session["data"]["token"].as_str().unwrap().to_string();
    // The browser's websocket is held by the first process…
    let (mut socket, _) =
        tokio_tungstenite::connect_async(first.url.replace("http://", "ws://") + "/")
            .await
            .unwrap();
    let ack = next_message(&mut socket).await;
    let ws = ack["ws_client_id"].as_str().unwrap().to_string();
    // …the popup starts there, and the provider's callback lands on the second process.
    let (status, authorize) = visit(&format!(
        "{}/oauth/connect/mo?connect_session_token={token}&ws_client_id={ws}",
        first.url
    ))
    .await;
    assert_eq!(status, 302);
    let decide = authorize
        .unwrap()
        .replacen("/authorize?", "/decide?decision=approve&", 1);
    let (_, callback) = visit(&decide).await;
    let callback = callback.unwrap().replacen(&first.url, &second.url, 1);
    assert!(callback.starts_with(&second.url), "{callback}");
    let (status, _) = visit(&callback).await;
    assert_eq!(status, 200);
    let result = next_message(&mut socket).await;
    assert_eq!(result["message_type"], "success", "{result}");
    assert_eq!(result["provider_config_key"], "mo");
    let id = result["connection_id"].as_str().unwrap();
    let (status, _) = api(
        &first,
        KEY,
        "GET",
        &format!("/connections/{id}?provider_config_key=mo"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200);
}

const SLOW_ACTION: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    await new Promise((resolve) => setTimeout(resolve, 20000));
    return { finished: true };
};
"#;

#[tokio::test(flavor = "multi_thread")]
async fn an_action_whose_worker_dies_fails_and_is_not_run_again() {
    let Some(database) = Database::create() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = common::platform::mock_provider().await;
    let providers = providers_file(dir.path(), &provider);
    let api_process = start(dir.path(), &providers, &database, "api");
    let mut workers = vec![
        start(dir.path(), &providers, &database, "worker"),
        start(dir.path(), &providers, &database, "worker"),
    ];
    github_connection(&api_process, "tok-123").await;
    must(
        &api_process,
        "POST",
        "/sync/deploy",
        json!({ "flowConfigs": [{
            "syncName": "slow", "providerConfigKey": "gh", "type": "action", "models": [], "version": "",
            "runs": null, "metadata": { "description": "", "scopes": [] },
            "fileBody": { "js": SLOW_ACTION, "ts": "" }, "endpoints": []
        }], "reconcile": true }),
    )
    .await;
    let (status, started) = api(
        &api_process,
        KEY,
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "slow", "input": {} })),
        &[
            ("Connection-Id", "c1"),
            ("Provider-Config-Key", "gh"),
            ("X-Async", "true"),
        ],
    )
    .await;
    assert_eq!(status, 202, "{started}");
    let status_url = started["statusUrl"].as_str().unwrap().to_string();
    let clock = Instant::now();
    let holder = loop {
        let owner = database.query("SELECT worker FROM action_runs WHERE status = 'running'");
        if !owner.is_empty() {
            break owner;
        }
        assert!(
            clock.elapsed() < Duration::from_secs(20),
            "no worker took the action"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let pid: u32 = holder.rsplit('-').nth(1).unwrap().parse().unwrap();
    let index = workers.iter().position(|w| w.pid() == pid).unwrap();
    assert!(
        Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap()
            .success()
    );
    drop(workers.remove(index));
    // The other worker fails it once the lease (3 s) has ended; it does not run it again.
    let answer = loop {
        let (status, answer) = api(&api_process, KEY, "GET", &status_url, None, &[]).await;
        if answer["error"]["code"] != "action_not_finished" {
            break (status, answer);
        }
        assert!(
            clock.elapsed() < Duration::from_secs(15),
            "the abandoned action never failed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(answer.0, 503, "{}", answer.1);
    assert_eq!(answer.1["error"]["code"], "worker_stopped", "{}", answer.1);
    assert_eq!(
        database.query("SELECT status || '|' || worker FROM action_runs"),
        format!("error|{holder}"),
        "failed where it ran, not run again"
    );
}
