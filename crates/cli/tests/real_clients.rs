//! Compatibility with the real Nango clients from npm, against a real `nango server` process:
//! `@nangohq/node` 0.60.5 and 0.71.10 (connections, metadata, actions, proxy, integrations,
//! variables, a wrong key), and the `nango` CLI 0.60.5 (deploy, then its bundles running on our
//! server, and dryrun against our server).
//!
//! The clients come from `NANGO_TEST_NODE_MODULES`, where `.ci/run` installs them
//! (`nango-node-060` and `nango-node-071` are npm aliases of the two client versions); the CLI
//! from `nango-cli/node_modules` beside that folder (its own prefix: its ts-node must not find
//! the TypeScript 7 installed for the type-check tests). Without node or the packages the tests
//! say so and pass, or fail when `CI=true`.

mod common;

use std::path::Path;
use std::process::Command;

use common::Run;
use common::node::{chromium, harness, modules};
use common::platform::{
    Server, api, fixture_project, mock_provider, providers_file, start_server, webhook_receiver,
};
use serde_json::{Value, json};

const KEY: &str = "dev-secret";

const CREATE_ISSUE: &str = r#""use strict";
module.exports.default = async function runAction(nango, input) {
    const user = await nango.get({ endpoint: '/user' });
    return { id: 'i1', title: input.title, by: user.data.login };
};
"#;

const CONTACTS: &str = r#""use strict";
module.exports.default = async function fetchData(nango) {
    const res = await nango.get({ endpoint: '/contacts' });
    await nango.batchSave(res.data.contacts, 'Contact');
};
"#;

const FAIL: &str = r#""use strict";
module.exports.default = async function runAction(nango) {
    throw new nango.ActionError({ message: 'nope', code: 42 });
};
"#;

/// An integration `gh` with two actions and a variable.
async fn seed(server: &Server) {
    let (status, body) = api(
        server,
        KEY,
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "gh", "provider": "github" })),
        &[],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let flow = |name: &str, js: &str| {
        json!({
            "syncName": name, "providerConfigKey": "gh", "type": "action", "models": [], "version": "1.0.0",
            "runs": null, "track_deletes": false, "metadata": { "description": "", "scopes": [] },
            "fileBody": { "js": js, "ts": "" }, "endpoints": []
        })
    };
    let sync = json!({
        "syncName": "contacts", "providerConfigKey": "gh", "type": "sync", "models": ["Contact"], "version": "",
        "runs": "every day", "sync_type": "full", "track_deletes": true, "auto_start": false,
        "metadata": { "description": "", "scopes": [] }, "fileBody": { "js": CONTACTS, "ts": "" }, "endpoints": []
    });
    let payload = json!({ "flowConfigs": [flow("create-issue", CREATE_ISSUE), flow("fail", FAIL), sync], "reconcile": true, "singleDeployMode": false });
    let (status, body) = api(server, KEY, "POST", "/sync/deploy", Some(payload), &[]).await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = api(
        server,
        KEY,
        "POST",
        "/environment-variables",
        Some(json!({ "name": "REGION", "value": "eu" })),
        &[],
    )
    .await;
    assert_eq!(status, 200);
}

/// Runs one of the harnesses of `tests/compat` and reads its JSON.
#[tokio::test(flavor = "multi_thread")]
async fn both_node_client_versions_work_against_our_server() {
    let (Some(old), Some(new)) = (modules("nango-node-060"), modules("nango-node-071")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let (server, _) = start_server(dir.path(), &providers_file(dir.path(), &provider));
    seed(&server).await;
    for (package, connection) in [
        (old.join("nango-node-060"), "conn-060"),
        (new.join("nango-node-071"), "conn-071"),
    ] {
        let out = tokio::task::spawn_blocking({
            let package = package.clone();
            let server_url = server.url.clone();
            let connection = connection.to_string();
            move || {
                harness(
                    "node-client.mjs",
                    &[
                        &package.display().to_string(),
                        &server_url,
                        KEY,
                        &connection,
                    ],
                )
            }
        })
        .await
        .unwrap();
        let version = package.display().to_string();
        let ok = |step: &str| -> Value {
            out[step]
                .get("ok")
                .cloned()
                .unwrap_or_else(|| panic!("{version} {step}: {}", out[step]))
        };
        let error = |step: &str| -> Value {
            out[step]
                .get("error")
                .cloned()
                .unwrap_or_else(|| panic!("{version} {step} should fail: {}", out[step]))
        };
        assert_eq!(ok("import"), 200, "{version}");
        assert!(
            ok("listConnections")
                .as_array()
                .unwrap()
                .contains(&json!(connection)),
            "{version}"
        );
        assert_eq!(ok("listConnectionsById"), 1, "{version}");
        assert_eq!(
            ok("getConnection"),
            json!({ "id": connection, "key": "gh", "token": "tok-123" }),
            "{version}"
        );
        assert_eq!(ok("getToken"), "tok-123", "{version}");
        assert_eq!(ok("setMetadata"), 200, "{version}");
        assert_eq!(ok("updateMetadata"), 200, "{version}");
        assert_eq!(ok("getMetadata"), json!({ "a": 1, "b": 2 }), "{version}");
        assert_eq!(
            ok("triggerAction"),
            json!({ "id": "i1", "title": "Hi", "by": "octo" }),
            "{version}"
        );
        let failed = error("actionError");
        assert_eq!(failed["status"], 400, "{version}");
        assert_eq!(
            failed["data"]["error"]["payload"],
            json!({ "message": "nope", "code": 42 }),
            "{version}"
        );
        let asynchronous = ok("triggerActionAsync");
        assert_eq!(
            asynchronous["started"],
            json!(["id", "statusUrl"]),
            "{version}"
        );
        assert_eq!(asynchronous["result"]["title"], "Later", "{version}");
        assert_eq!(
            ok("proxyGet"),
            json!({ "status": 200, "data": { "login": "octo", "custom": "yes" } }),
            "{version}"
        );
        assert_eq!(
            ok("proxyPost"),
            json!({ "status": 200, "data": { "received": { "title": "t" } } }),
            "{version}"
        );
        assert_eq!(ok("listIntegrations"), json!(["gh"]), "{version}");
        assert_eq!(ok("getIntegration"), "github", "{version}");
        assert_eq!(
            ok("getEnvironmentVariables"),
            json!([{ "name": "REGION", "value": "eu" }]),
            "{version}"
        );
        assert_eq!(
            ok("createConnectSession"),
            json!({ "prefix": true, "expiresAt": "string", "status": 200, "endUser": "eu-1", "allowed": ["gh"] }),
            "{version}"
        );
        assert_eq!(ok("createReconnectSession"), true, "{version}");
        assert_eq!(error("wrongKey")["status"], 401, "{version}");
        assert_eq!(ok("deleteConnection"), 200, "{version}");
        assert_eq!(error("getDeleted")["status"], 404, "{version}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_real_frontend_connects_an_api_key_integration_through_a_session() {
    let Some(modules) = modules("@nangohq/frontend") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let (server, _) = start_server(dir.path(), &providers_file(dir.path(), &provider));
    for (key, provider) in [("pat", "github-pat"), ("not-allowed", "gitlab-pat")] {
        let (status, body) = api(
            &server,
            KEY,
            "POST",
            "/integrations",
            Some(json!({ "unique_key": key, "provider": provider })),
            &[],
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, session) = api(
        &server,
        KEY,
        "POST",
        "/connect/sessions",
        Some(json!({ "end_user": { "id": "eu-7" }, "allowed_integrations": ["pat"] })),
        &[],
    )
    .await;
    assert_eq!(status, 201, "{session}");
    let token = session["data"]["token"].as_str().unwrap().to_string();
    let package = modules.join("@nangohq/frontend").display().to_string();
    let url = server.url.clone();
    let out = tokio::task::spawn_blocking(move || {
        harness(
            "frontend-auth.mjs",
            &[&package, &url, &token, "pat", "ghp-secret"],
        )
    })
    .await
    .unwrap();
    let connected = &out["ok"];
    assert_eq!(connected["providerConfigKey"], "pat", "{out}");
    let id = connected["connectionId"]
        .as_str()
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        out["notAllowed"]["type"], "integration_not_allowed",
        "the promise rejects with the server's code: {out}"
    );
    let (status, connection) = api(
        &server,
        KEY,
        "GET",
        &format!("/connections/{id}?provider_config_key=pat"),
        None,
        &[],
    )
    .await;
    assert_eq!(status, 200, "{connection}");
    assert_eq!(connection["credentials"]["apiKey"], "ghp-secret");
    assert_eq!(connection["connection_config"], json!({ "region": "eu" }));
    assert_eq!(connection["end_user"]["id"], "eu-7");
}

#[tokio::test(flavor = "multi_thread")]
async fn end_users_connect_in_a_real_browser_with_the_real_frontend() {
    let (Some(modules), Some(_), Some(_), Some(_)) = (
        modules("@nangohq/frontend"),
        modules("playwright-core"),
        modules("nango-node-071"),
        chromium(),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mock = nango_mock_oauth::MockOAuth::start().await;
    let providers = dir.path().join("providers.yaml");
    std::fs::write(&providers, mock.providers_yaml()).unwrap();
    let (server, _) = start_server(dir.path(), &providers);
    let (hooks_url, hooks) = webhook_receiver().await;
    let (status, _) = api(
        &server,
        KEY,
        "PATCH",
        "/environment",
        Some(json!({ "webhook_url": hooks_url })),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    for body in [
        json!({ "unique_key": "mo", "provider": "mock-oauth2", "credentials": { "type": "OAUTH2", "client_id": nango_mock_oauth::CLIENT_ID, "client_secret": nango_mock_oauth::CLIENT_SECRET, "scopes": "profile" } }),
        json!({ "unique_key": "key", "provider": "mock-apikey", "display_name": "Key Service" }),
    ] {
        let (status, created) = api(&server, KEY, "POST", "/integrations", Some(body), &[]).await;
        assert_eq!(status, 200, "{created}");
    }
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots/connect");
    let url = server.url.clone();
    let modules = modules.display().to_string();
    let shots_arg = shots.display().to_string();
    let out = tokio::task::spawn_blocking(move || {
        harness("browser-auth.mjs", &[&modules, &url, KEY, &shots_arg])
    })
    .await
    .unwrap();

    // Approved in the popup: nango.auth() resolves with the connection.
    let approved = &out["approved"]["ok"];
    assert_eq!(approved["providerConfigKey"], "mo", "{out:#}");
    let id = approved["connectionId"].as_str().unwrap().to_string();
    // Denied: it rejects with the server's error.
    assert_eq!(out["denied"]["error"]["type"], "oauth_denied", "{out:#}");
    assert!(
        out["denied"]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("access_denied"),
        "{out:#}"
    );
    // An API key, without a popup.
    assert_eq!(out["apiKey"]["ok"]["providerConfigKey"], "key", "{out:#}");
    // The real node client reads the token, and a proxied call carries it.
    let afterwards = &out["afterwards"];
    let token = afterwards["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("{out:#}"));
    assert!(token.starts_with("access-"), "{out:#}");
    assert_eq!(afterwards["proxied"]["token"], token, "{out:#}");
    assert_eq!(afterwards["end_user"]["id"], "eu-42", "{out:#}");
    // The Connect UI: an error event (denied), then a connect event, then close.
    let events: Vec<&str> = out["connectUI"]["events"]
        .as_array()
        .unwrap_or_else(|| panic!("{out:#}"))
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["ready", "error", "connect", "close"], "{out:#}");
    let connect = &out["connectUI"]["events"][2]["payload"];
    assert_eq!(connect["providerConfigKey"], "mo");
    assert_ne!(connect["connectionId"], id.as_str(), "a new connection");
    // Auth webhooks: creations (popup, API key, Connect UI) and the failures (two denials).
    let mut received = Vec::new();
    for _ in 0..200 {
        received = hooks.lock().unwrap().clone();
        if received.len() >= 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let created: Vec<&Value> = received.iter().filter(|h| h["success"] == true).collect();
    assert_eq!(created.len(), 3, "{received:#?}");
    assert!(
        created
            .iter()
            .all(|h| h["type"] == "auth" && h["operation"] == "creation")
    );
    assert!(
        created
            .iter()
            .any(|h| h["connectionId"] == id.as_str() && h["endUser"]["endUserId"] == "eu-42")
    );
    assert_eq!(
        received.iter().filter(|h| h["success"] == false).count(),
        2,
        "{received:#?}"
    );
    for shot in [
        "popup-approve-1-provider-consent.png",
        "connect-ui-1-list.png",
        "connect-ui-2-api-key-form.png",
        "connect-ui-3-error.png",
        "connect-ui-4-success.png",
    ] {
        assert!(shots.join(shot).is_file(), "{shot} was not saved");
    }
}

fn real_cli(modules: &Path, project: &Path, server_url: &str, args: &[&str]) -> Run {
    Command::new(modules.join(".bin/nango"))
        .args(args)
        .current_dir(project)
        .env("NANGO_CLI_UPGRADE_MODE", "ignore")
        .env("NANGO_HOSTPORT", server_url)
        .env("NANGO_SECRET_KEY_DEV", KEY)
        .env("NO_COLOR", "1")
        .env_remove("NANGO_SECRET_KEY_PROD")
        .output()
        .unwrap()
        .into()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_real_cli_deploys_to_our_server_and_dryruns_against_it() {
    let Some(modules) = modules("nango") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let (server, _) = start_server(dir.path(), &providers_file(dir.path(), &provider));
    let project = fixture_project(dir.path());
    let (status, _) = api(
        &server,
        KEY,
        "POST",
        "/integrations",
        Some(json!({ "unique_key": "demo-github-integration", "provider": "github" })),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = api(&server, KEY, "POST", "/connections", Some(json!({ "provider_config_key": "demo-github-integration", "connection_id": "conn-1", "access_token": "tok-123" })), &[]).await;
    assert_eq!(status, 200);

    let run = {
        let (modules, project, url) = (modules.clone(), project.clone(), server.url.clone());
        tokio::task::spawn_blocking(move || {
            real_cli(
                &modules,
                &project,
                &url,
                &["deploy", "dev", "--auto-confirm"],
            )
        })
        .await
        .unwrap()
    };
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(
        run.stdout.contains("Successfully deployed the scripts"),
        "{}",
        run.all()
    );
    let (_, config) = api(&server, KEY, "GET", "/scripts/config", None, &[]).await;
    let names = |list: &str| -> Vec<String> {
        config[0][list]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("syncs"), ["github-issue-example"]);
    assert_eq!(names("actions"), ["create-issue", "probe"]);
    assert_eq!(
        config[0]["onEventScripts"]["post-connection-creation"],
        json!(["setup-webhook"])
    );

    // The real CLI's bundle (esbuild CommonJS) runs in our runtime.
    let headers = [
        ("connection-id", "conn-1"),
        ("provider-config-key", "demo-github-integration"),
    ];
    let (status, output) = api(
        &server,
        KEY,
        "POST",
        "/action/trigger",
        Some(json!({ "action_name": "create-issue", "input": { "title": "Hello" } })),
        &headers,
    )
    .await;
    assert_eq!(status, 200, "{output}");
    assert_eq!(
        output,
        json!({ "id": 1, "title": "Hello", "state": "200", "labels": [] })
    );

    // Its sync runs on schedule (now, after the deploy) and on trigger; its records are served.
    let sync_status = || async {
        let (_, body) = api(&server, KEY, "GET", "/sync/status?syncs=github-issue-example&provider_config_key=demo-github-integration&connection_id=conn-1", None, &[]).await;
        body["syncs"][0].clone()
    };
    let finished = |before: Value| async move {
        for _ in 0..1200 {
            let status = sync_status().await;
            if status["status"] == "SUCCESS" && status["finishedAt"] != before {
                return status;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("the sync did not run: {}", sync_status().await);
    };
    let first = finished(Value::Null).await;
    assert_eq!(
        first["latestResult"],
        json!({ "GithubIssue": { "added": 1, "updated": 0, "deleted": 0 } })
    );
    let (status, records) = api(
        &server,
        KEY,
        "GET",
        "/records?model=GithubIssue",
        None,
        &headers,
    )
    .await;
    assert_eq!(status, 200, "{records}");
    assert_eq!(records["records"][0]["id"], 1001);
    assert_eq!(records["records"][0]["author"], "octo");
    let (status, _) = api(&server, KEY, "POST", "/sync/trigger", Some(json!({ "syncs": ["github-issue-example"], "provider_config_key": "demo-github-integration", "connection_id": "conn-1" })), &[]).await;
    assert_eq!(status, 200);
    let second = finished(first["finishedAt"].clone()).await;
    assert_eq!(
        second["latestResult"],
        json!({ "GithubIssue": { "added": 0, "updated": 0, "deleted": 0 } })
    );

    // And its dryrun talks to our server: connection, /config, /proxy.
    let dryrun = |args: &'static [&'static str]| {
        let (modules, project, url) = (modules.clone(), project.clone(), server.url.clone());
        tokio::task::spawn_blocking(move || real_cli(&modules, &project, &url, args))
    };
    let run = dryrun(&["dryrun", "github-issue-example", "conn-1", "--auto-confirm"])
        .await
        .unwrap();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("\"added\": 1"), "{}", run.all());
    assert!(run.stdout.contains("\"title\": \"Bug\""), "{}", run.all());
    let run = dryrun(&[
        "dryrun",
        "create-issue",
        "conn-1",
        "--input",
        "{\"title\":\"x\"}",
    ])
    .await
    .unwrap();
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("\"title\": \"x\""), "{}", run.all());
}

type Received = std::sync::Arc<std::sync::Mutex<Vec<(Option<String>, Option<String>, String)>>>;

/// A webhook receiver: `(X-Nango-Hmac-Sha256, X-Nango-Signature, body)` of each delivery.
async fn receiver() -> (String, Received) {
    async fn receive(
        axum::extract::State(got): axum::extract::State<Received>,
        request: axum::extract::Request,
    ) -> &'static str {
        let headers = request.headers().clone();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (hmac, legacy) = (header("x-nango-hmac-sha256"), header("x-nango-signature"));
        let body = axum::body::to_bytes(request.into_body(), 1 << 20)
            .await
            .unwrap();
        got.lock()
            .unwrap()
            .push((hmac, legacy, String::from_utf8_lossy(&body).into_owned()));
        "ok"
    }
    let got = Received::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = axum::Router::new()
        .fallback(receive)
        .with_state(got.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

#[tokio::test(flavor = "multi_thread")]
async fn both_node_client_versions_drive_syncs_records_and_webhooks() {
    let (Some(old), Some(new)) = (modules("nango-node-060"), modules("nango-node-071")) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let provider = mock_provider().await;
    let (server, _) = start_server(dir.path(), &providers_file(dir.path(), &provider));
    seed(&server).await;
    let (hooks, got) = receiver().await;
    let (status, _) = api(
        &server,
        KEY,
        "PATCH",
        "/environment",
        Some(json!({ "webhook_url": hooks })),
        &[],
    )
    .await;
    assert_eq!(status, 200);
    let packages = [
        (old.join("nango-node-060"), "sync-060"),
        (new.join("nango-node-071"), "sync-071"),
    ];
    for (package, connection) in &packages {
        let args = [
            package.display().to_string(),
            server.url.clone(),
            KEY.to_string(),
            provider.clone(),
            connection.to_string(),
        ];
        let out = tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            harness("node-syncs.mjs", &args)
        })
        .await
        .unwrap();
        let version = package.display().to_string();
        let ok = |step: &str| -> Value {
            out[step]
                .get("ok")
                .cloned()
                .unwrap_or_else(|| panic!("{version} {step}: {}", out[step]))
        };
        assert_eq!(
            ok("trigger"),
            // `auto_start: false`: it ran on trigger, and its schedule stays paused.
            json!({ "status": "PAUSED", "type": "INITIAL", "result": { "Contact": { "added": 3, "updated": 0, "deleted": 0 } } }),
            "{version}"
        );
        assert_eq!(
            ok("records"),
            json!({ "ids": ["1", "2", "3"], "metadata": ["cursor", "deleted_at", "first_seen_at", "last_action", "last_modified_at"] }),
            "{version}"
        );
        assert_eq!(
            ok("fullRefresh"),
            json!({ "status": "PAUSED", "result": { "Contact": { "added": 1, "updated": 1, "deleted": 1 } }, "records": { "Contact": 3 } }),
            "{version}"
        );
        assert_eq!(ok("added"), json!(["1", "4"]), "{version}");
        assert_eq!(ok("updated"), json!(["2"]), "{version}");
        assert_eq!(ok("deleted"), json!(["3"]), "{version}");
        assert_eq!(ok("addedUpdated"), json!(["1", "2", "4"]), "{version}");
        assert_eq!(ok("modifiedAfter"), json!(["2", "4", "3"]), "{version}");
        assert_eq!(ok("pages"), json!(["1", "2", "4", "3"]), "{version}");
        assert_eq!(ok("pause"), "PAUSED", "{version}");
        assert_eq!(ok("start"), "SUCCESS", "{version}");
        assert_eq!(
            ok("frequency"),
            json!({ "frequency": "every 5 minutes" }),
            "{version}"
        );
        assert_eq!(ok("statusFrequency"), "every 5 minutes", "{version}");
    }

    // The webhooks of those runs pass the clients' own checks.
    for _ in 0..800 {
        if got.lock().unwrap().len() >= 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let delivered = got.lock().unwrap().clone();
    assert!(delivered.len() >= 4, "{delivered:?}");
    let (hmac, legacy, body) = delivered[0].clone();
    let check = format!(
        "const {{ Nango }} = await import({new:?});\nconst {{ Nango: Old }} = await import({old:?});\nconst body = {body:?};\nconst fresh = new Nango({{ host: 'http://127.0.0.1:1', secretKey: {KEY:?} }});\nconst legacy = new Old({{ host: 'http://127.0.0.1:1', secretKey: {KEY:?} }});\nconsole.log(JSON.stringify([fresh.verifyIncomingWebhookRequest(body, {{ 'X-Nango-Hmac-Sha256': {hmac:?} }}), fresh.verifyIncomingWebhookRequest(body + ' ', {{ 'X-Nango-Hmac-Sha256': {hmac:?} }}), legacy.verifyWebhookSignature({legacy:?}, JSON.parse(body))]));\n",
        new = format!(
            "file://{}",
            new.join("nango-node-071/dist/index.js").display()
        ),
        old = format!(
            "file://{}",
            old.join("nango-node-060/dist/index.js").display()
        ),
        hmac = hmac.unwrap_or_default(),
        legacy = legacy.unwrap_or_default(),
    );
    let run: Run = Command::new("node")
        .args(["--input-type=module", "-e", &check])
        .output()
        .unwrap()
        .into();
    assert_eq!(run.stdout.trim(), "[true,false,true]", "{}", run.all());
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["syncName"], "contacts");
    assert_eq!(body["model"], "Contact");
}
