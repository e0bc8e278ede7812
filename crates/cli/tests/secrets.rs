//! No secret where it was not asked for: after a full run through the real binary (an OAuth
//! app's client secret, an OAuth connection's tokens, an API key, a webhook secret, the secret
//! key, the encryption key and the dashboard's password all in use: proxied calls, a sync run,
//! actions that succeed and fail, webhooks, errors), none of them appears in the server's log
//! at debug level, in an error body, in a webhook, in `nango logs` (also with `--debug`), in
//! the logs API or in the dashboard's API; the database's files hold no credential and no
//! record's text (sealed at rest). Left out, each named: `GET /connections/:id` and an import's answer (the connection with its
//! credentials, to the secret key's holder) and the dashboard's environment page (the secret
//! key, to the signed-in admin).

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::Request;
use axum::response::IntoResponse;
use common::platform::serve;
use serde_json::{Value, json};

const SECRET_KEY: &str = "sk-dev-4f1c9a7e-secret-key";
const ENCRYPTION_KEY: &str = "TUlTU0lPTi1zZWNyZXQtZW5jcnlwdGlvbi1rZXkhISE=";
const CLIENT_SECRET: &str = "cs-9b2d7e-client-secret";
const ACCESS_TOKEN: &str = "at-71e0c2-access-token";
const REFRESH_TOKEN: &str = "rt-5d3a8f-refresh-token";
const API_KEY: &str = "ak-0c6e4b-api-key";
const WEBHOOK_SECRET: &str = "whs-2a9f1d-webhook-secret";
const DASHBOARD_PASSWORD: &str = "dp-8e7b3c-dashboard-password";

const SECRETS: [(&str, &str); 8] = [
    ("the secret key", SECRET_KEY),
    ("the encryption key", ENCRYPTION_KEY),
    ("the client secret", CLIENT_SECRET),
    ("the access token", ACCESS_TOKEN),
    ("the refresh token", REFRESH_TOKEN),
    ("the API key", API_KEY),
    ("the webhook secret", WEBHOOK_SECRET),
    ("the dashboard password", DASHBOARD_PASSWORD),
];

/// A provider that wants the access token (or the API key) and answers without echoing it;
/// `/denied` answers 401 whatever is sent.
async fn provider() -> String {
    async fn answer(request: Request) -> axum::response::Response {
        let authorization = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let key = request
            .headers()
            .get("x-api-key")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let allowed = authorization == format!("Bearer {ACCESS_TOKEN}") || key == API_KEY;
        if request.uri().path() == "/denied" || !allowed {
            return (
                axum::http::StatusCode::UNAUTHORIZED,
                axum::Json(json!({ "message": "bad credentials" })),
            )
                .into_response();
        }
        axum::Json(json!({ "items": [{ "id": "1", "name": "one" }, { "id": "2", "name": "two" }] }))
            .into_response()
    }
    serve(Router::new().fallback(answer)).await
}

/// A webhook receiver keeping every request's headers and body as text.
async fn receiver() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let kept = got.clone();
    let app = Router::new().fallback(move |request: Request| {
        let kept = kept.clone();
        async move {
            let headers = format!("{:?}", request.headers());
            let body = axum::body::to_bytes(request.into_body(), usize::MAX)
                .await
                .unwrap_or_default();
            kept.lock()
                .unwrap()
                .push(format!("{headers}\n{}", String::from_utf8_lossy(&body)));
            "ok"
        }
    });
    (serve(app).await, got)
}

const SYNC: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const res = await nango.get({ endpoint: '/items' });
    await nango.log(`fetched ${res.data.items.length} items`);
    await nango.batchSave(res.data.items, 'Item');
    const connection = await nango.getConnection();
    await nango.log(`connection ${connection.connection_id}`);
};
"#;

const FAILING: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    await nango.get({ endpoint: '/denied' });
};
"#;

const WORKING: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    const res = await nango.get({ endpoint: '/items' });
    return { count: res.data.items.length };
};
"#;

struct Run {
    /// What each place showed, by name.
    seen: Vec<(String, String)>,
}

impl Run {
    fn keep(&mut self, place: impl Into<String>, text: impl Into<String>) {
        self.seen.push((place.into(), text.into()));
    }
}

fn start_server(dir: &Path, providers: &Path, log: &Path) -> (std::process::Child, String) {
    let mut child = Command::new(common::bin())
        .args(["server", "--port", "0", "--data-dir"])
        .arg(dir.join("data"))
        .env("NANGO_SECRET_KEY_DEV", SECRET_KEY)
        .env_remove("NANGO_SECRET_KEY_PROD")
        .env("NANGO_ENCRYPTION_KEY", ENCRYPTION_KEY)
        .env("NANGO_PROVIDERS_FILE", providers)
        .env("NANGO_DASHBOARD_USERNAME", "admin")
        .env("NANGO_DASHBOARD_PASSWORD", DASHBOARD_PASSWORD)
        .env("NANGO_LOG", "debug")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if let Some(line) = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("nango server listening on "))
        {
            return (child, line.split(' ').next().unwrap().to_string());
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the server did not start: {text}"
        );
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the server exited ({status}): {text}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn no_secret_appears_where_it_was_not_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let provider = provider().await;
    let (hook, hooks) = receiver().await;
    let providers = dir.path().join("providers.yaml");
    std::fs::write(
        &providers,
        format!(
            "github:\n    auth_mode: OAUTH2\n    authorization_url: {provider}/authorize\n    token_url: {provider}/token\n    proxy:\n        base_url: {provider}\nkeyed:\n    auth_mode: API_KEY\n    proxy:\n        base_url: {provider}\n        headers:\n            x-api-key: ${{apiKey}}\n"
        ),
    )
    .unwrap();
    let log = dir.path().join("server.log");
    let (mut child, url) = start_server(dir.path(), &providers, &log);
    let http = reqwest::Client::new();
    let mut run = Run { seen: Vec::new() };

    // Every API call of the run; each answer is kept unless it hands a secret out on purpose.
    let call = async |run: &mut Run,
                      key: &str,
                      method: &str,
                      path: &str,
                      body: Option<Value>,
                      headers: &[(&str, &str)]|
           -> (u16, Value) {
        let mut request = http
            .request(method.parse().unwrap(), format!("{url}{path}"))
            .bearer_auth(key);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        // A connection as its credentials' holder asks for it: read, or as an import answers
        // it (the connection it created, as `GET /connections/:id` would show it).
        let asked_for = (method == "GET" && path.starts_with("/connections/"))
            || (method == "POST" && path == "/connections" && status == 200);
        if !asked_for {
            run.keep(format!("{method} {path} → {status}"), text.clone());
        }
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    };
    let connection = [("Connection-Id", "c1"), ("Provider-Config-Key", "gh")];
    let keyed = [("Connection-Id", "k1"), ("Provider-Config-Key", "keyed")];

    for (path, body) in [
        (
            "/integrations",
            json!({ "unique_key": "gh", "provider": "github", "credentials": { "type": "OAUTH2", "client_id": "cid", "client_secret": CLIENT_SECRET, "scopes": "repo" } }),
        ),
        (
            "/integrations",
            json!({ "unique_key": "keyed", "provider": "keyed" }),
        ),
        (
            "/connections",
            json!({ "provider_config_key": "gh", "connection_id": "c1", "access_token": ACCESS_TOKEN, "refresh_token": REFRESH_TOKEN, "expires_in": 3600 }),
        ),
        (
            "/connections",
            json!({ "provider_config_key": "keyed", "connection_id": "k1", "api_key": API_KEY }),
        ),
    ] {
        let (status, answer) = call(&mut run, SECRET_KEY, "POST", path, Some(body), &[]).await;
        assert_eq!(status, 200, "{path}: {answer}");
    }
    let (status, answer) = call(
        &mut run,
        SECRET_KEY,
        "PATCH",
        "/environment",
        Some(json!({ "webhook_url": format!("{hook}/hook"), "webhook_secret": WEBHOOK_SECRET })),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    // The credentials are handed to the secret key's holder who asks (not kept for the scan).
    let (status, answer) = call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/connections/c1?provider_config_key=gh",
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["credentials"]["access_token"], ACCESS_TOKEN);

    // Proxied calls, one the provider refuses.
    let (status, answer) = call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/proxy/items",
        None,
        &connection,
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let (status, answer) = call(&mut run, SECRET_KEY, "GET", "/proxy/items", None, &keyed).await;
    assert_eq!(status, 200, "{answer}");
    // (A 401 makes the proxy try to refresh the token, which the provider refuses too.)
    let (status, answer) = call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/proxy/denied",
        None,
        &connection,
    )
    .await;
    assert!(status >= 400, "{status} {answer}");

    // Scripts: a sync, an action that works and one that fails on the provider's refusal.
    let flow = |name: &str, kind: &str, js: &str| {
        json!({
            "syncName": name, "providerConfigKey": "gh", "type": kind, "models": ["Item"], "version": "1",
            "runs": if kind == "sync" { json!("every day") } else { Value::Null }, "auto_start": true,
            "track_deletes": false, "attributes": {}, "metadata": { "description": "", "scopes": [] },
            "fileBody": { "js": js, "ts": "" }, "endpoints": []
        })
    };
    let (status, answer) = call(
        &mut run,
        SECRET_KEY,
        "POST",
        "/sync/deploy",
        Some(json!({ "flowConfigs": [flow("items", "sync", SYNC), flow("works", "action", WORKING), flow("fails", "action", FAILING)], "reconcile": true })),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    for (action, expected) in [("works", 200), ("fails", 0)] {
        let (status, answer) = call(
            &mut run,
            SECRET_KEY,
            "POST",
            "/action/trigger",
            Some(json!({ "action_name": action, "input": {} })),
            &connection,
        )
        .await;
        if expected == 0 {
            assert!(status >= 400, "{action}: {status} {answer}");
        } else {
            assert_eq!(status, expected, "{action}: {answer}");
        }
    }
    let started = Instant::now();
    loop {
        let (_, status) = call(
            &mut run,
            SECRET_KEY,
            "GET",
            "/sync/status?syncs=items&provider_config_key=gh&connection_id=c1",
            None,
            &[],
        )
        .await;
        if status["syncs"][0]["status"] == "SUCCESS" && !hooks.lock().unwrap().is_empty() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the sync or its webhook did not happen: {status}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (status, _) = call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/records?model=Item",
        None,
        &connection,
    )
    .await;
    assert_eq!(status, 200);

    // Errors: a wrong key, another environment's connection, a bad body.
    call(&mut run, "not-the-key", "GET", "/connections", None, &[]).await;
    call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/proxy/items",
        None,
        &[("Connection-Id", "nope"), ("Provider-Config-Key", "gh")],
    )
    .await;
    call(
        &mut run,
        SECRET_KEY,
        "POST",
        "/connections",
        Some(json!({ "provider_config_key": "gh", "connection_id": "c2", "access_token": 7 })),
        &[],
    )
    .await;

    // The logs, through the API and through `nango logs` (with and without --debug).
    let (_, operations) = call(
        &mut run,
        SECRET_KEY,
        "GET",
        "/logs/operations?limit=100",
        None,
        &[],
    )
    .await;
    for operation in operations["data"].as_array().unwrap() {
        call(
            &mut run,
            SECRET_KEY,
            "GET",
            &format!("/logs/operations/{}", operation["id"]),
            None,
            &[],
        )
        .await;
    }
    for args in [
        vec!["logs", "--limit", "50"],
        vec!["logs", "--limit", "50", "--debug"],
    ] {
        let out = Command::new(common::bin())
            .args(&args)
            .current_dir(dir.path())
            .env("NANGO_SECRET_KEY_DEV", SECRET_KEY)
            .env("NANGO_HOSTPORT", &url)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        run.keep(
            format!("nango {}", args.join(" ")),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        );
    }

    // The dashboard's API, signed in (its environment page shows the secret key on purpose).
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = browser
        .post(format!("{url}/dashboard/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("username=admin&password={DASHBOARD_PASSWORD}"))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status().as_u16(), 303);
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    for path in [
        "/dashboard/api/me",
        "/dashboard/api/overview",
        "/dashboard/api/activity",
        "/dashboard/api/integrations",
        "/dashboard/api/integrations/gh",
        "/dashboard/api/connection?provider_config_key=gh&connection_id=c1",
        "/dashboard/api/connection?provider_config_key=keyed&connection_id=k1",
        "/dashboard/",
        "/dashboard/login",
    ] {
        let response = browser
            .get(format!("{url}{path}"))
            .header("cookie", &cookie)
            .header("x-nango-environment", "dev")
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        assert!(status < 400, "{path}: {status} {text}");
        run.keep(format!("dashboard {path}"), text);
    }

    // Webhooks as received (headers and bodies), and the server's whole log.
    for (n, hook) in hooks.lock().unwrap().iter().enumerate() {
        run.keep(format!("webhook {n}"), hook.clone());
    }
    let _ = child.kill();
    let _ = child.wait();
    let server_log = std::fs::read_to_string(&log).unwrap();
    assert!(server_log.lines().count() > 50, "a debug log: {server_log}");
    run.keep("the server's log (debug)", server_log);

    // At rest: the database's files (the WAL too) hold no credential and no record's text.
    // (The environment's secret key and webhook secret are kept as they are: requests are
    // matched to their environment by the key's value.)
    for file in ["nango.db", "nango.db-wal"] {
        let bytes = std::fs::read(dir.path().join("data").join(file)).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        for (what, secret) in [
            ("the client secret", CLIENT_SECRET),
            ("the access token", ACCESS_TOKEN),
            ("the refresh token", REFRESH_TOKEN),
            ("the API key", API_KEY),
            ("the dashboard password", DASHBOARD_PASSWORD),
            ("a record's text", "\"name\":\"one\""),
        ] {
            assert!(!text.contains(secret), "{what} in the database file {file}");
        }
    }

    let mut leaks = Vec::new();
    for (place, text) in &run.seen {
        for (what, secret) in SECRETS {
            if text.contains(secret) {
                leaks.push(format!("{what} in {place}"));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "secrets where they were not asked for:\n{}",
        leaks.join("\n")
    );
    println!(
        "{} places scanned for {} secrets: none found",
        run.seen.len(),
        SECRETS.len()
    );
}
