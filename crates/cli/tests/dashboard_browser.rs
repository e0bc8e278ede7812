//! The dashboard in a real browser: headless Chromium (Debian's package) driven by
//! playwright-core (`tests/compat/dashboard.mjs`) against a real `nango server` process, walking
//! the seeds' path as a new user would: log in (a wrong password first), read the secret key on
//! Getting started, create the integration, add a connection, deploy the demo folder with the
//! CLI, see the sync on the Endpoints and Syncs & Actions tabs, run it and watch its status
//! and records, pause and resume it, find the run in Logs, set a webhook URL and a variable in
//! Environment Settings, switch to prod and see none of dev's data, log out and be refused.
//! Every page is saved as a screenshot in `target/screenshots/dashboard/`.
//!
//! What the browser did is then checked through the API with the secret key.

mod common;

use std::path::Path;

use common::node::{chromium, harness, modules};
use common::platform::{api, start_server_with, webhook_receiver};
use serde_json::{Value, json};

const KEY: &str = "dev-secret";
const PROD_KEY: &str = "prod-secret";
const USER: &str = "admin";
const PASSWORD: &str = "browser-test-password";

#[tokio::test(flavor = "multi_thread")]
async fn a_new_user_walks_the_seeds_path_in_the_dashboard() {
    let (Some(modules), Some(_)) = (modules("playwright-core"), chromium()) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // The demo sync reads GitHub: the catalog's `github` points at the bundled mock.
    let mock = nango_quickstart::start_mock().await.unwrap();
    let providers = dir.path().join("providers.yaml");
    std::fs::write(
        &providers,
        format!("github:\n    display_name: GitHub\n    auth_mode: OAUTH2\n    authorization_url: {mock}/login/oauth/authorize\n    token_url: {mock}/login/oauth/access_token\n    proxy:\n        base_url: {mock}\n"),
    )
    .unwrap();
    let (server, _) = start_server_with(
        dir.path(),
        &providers,
        &[
            ("NANGO_SECRET_KEY_PROD", PROD_KEY),
            ("NANGO_DASHBOARD_USERNAME", USER),
            ("NANGO_DASHBOARD_PASSWORD", PASSWORD),
        ],
    );
    let (hooks_url, _hooks) = webhook_receiver().await;
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots/dashboard");
    let work = dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let args: Vec<String> = vec![
        modules.display().to_string(),
        server.url.clone(),
        common::bin().to_string(),
        work.display().to_string(),
        shots.display().to_string(),
        USER.into(),
        PASSWORD.into(),
        hooks_url.clone(),
        nango_quickstart::MOCK_TOKEN.into(),
        KEY.into(),
        PROD_KEY.into(),
    ];
    let out = tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        harness("dashboard.mjs", &args)
    })
    .await
    .unwrap();
    eprintln!("{out:#}");

    // What the browser saw.
    // No step of the walk failed (a failed step records its error and a screenshot).
    for (step, seen) in out.as_object().unwrap() {
        assert!(seen.get("failed").is_none(), "step {step} failed: {out:#}");
    }
    assert_eq!(out["wrongPassword"]["refused"], true, "{out:#}");
    assert_eq!(out["gettingStarted"]["secretKey"], KEY, "{out:#}");
    assert_eq!(out["gettingStarted"]["nothingDeployed"], true, "{out:#}");
    assert_eq!(out["deploy"]["code"], 0, "{out:#}");
    assert_eq!(out["gettingStarted"]["deployedAfter"], true, "{out:#}");
    let endpoints = out["endpoints"].to_string();
    assert!(endpoints.contains("/example/github/issues"), "{out:#}");
    assert!(
        out["syncsTab"].to_string().contains("github-issue-example"),
        "{out:#}"
    );
    assert_eq!(out["keyboard"]["arrowSelects"], true, "{out:#}");
    assert_eq!(out["keyboard"]["titleFocused"], true, "{out:#}");
    let statuses: Vec<&str> = out["syncStatuses"]
        .as_array()
        .unwrap_or_else(|| panic!("{out:#}"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(statuses.last().copied(), Some("success"), "{out:#}");
    assert!(out["records"]["rows"].as_u64().unwrap_or(0) > 0, "{out:#}");
    assert!(
        out["records"]["json"].to_string().contains("title"),
        "{out:#}"
    );
    assert_eq!(out["pause"]["paused"], "paused", "{out:#}");
    assert_ne!(out["pause"]["resumed"], "paused", "{out:#}");
    assert!(out["logs"]["lines"].as_u64().unwrap_or(0) > 0, "{out:#}");
    assert_eq!(out["prod"]["integrations"], 0, "{out:#}");
    assert_eq!(out["prod"]["connections"], 0, "{out:#}");
    assert_eq!(out["csrf"]["status"], 403, "{out:#}");
    assert_eq!(out["loggedOut"]["onLogin"], true, "{out:#}");
    assert_eq!(out["loggedOut"]["apiStatus"], 401, "{out:#}");
    // No answer the dashboard got carried a credential or another environment's key.
    assert_eq!(out["leaks"], json!([]), "{out:#}");
    assert!(
        out["responsesChecked"].as_u64().unwrap_or(0) > 20,
        "{out:#}"
    );
    assert_eq!(out["consoleErrors"], json!([]), "{out:#}");
    // The only refusals are the two the walk provoked: the change without its CSRF token, and
    // the call after the logout.
    assert_eq!(
        out["failedRequests"],
        json!([
            "403 POST /environment-variables",
            "401 GET /dashboard/api/me"
        ]),
        "{out:#}"
    );

    // What the browser changed, read back through the API with the secret key.
    let (status, environment) = api(&server, KEY, "GET", "/environment", None, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        environment["webhook_url"],
        hooks_url.as_str(),
        "{environment}"
    );
    let (_, variables) = api(&server, KEY, "GET", "/environment-variables", None, &[]).await;
    assert!(
        variables
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["name"] == "DASHBOARD_VAR" && v["value"] == "set-in-the-browser"),
        "{variables}"
    );
    let (_, integrations) = api(&server, KEY, "GET", "/integrations", None, &[]).await;
    assert_eq!(
        integrations["data"][0]["unique_key"],
        "demo-github-integration"
    );
    let (_, records) = api(
        &server,
        KEY,
        "GET",
        "/records?model=GithubIssue",
        None,
        &[
            ("Connection-Id", "demo-connection"),
            ("Provider-Config-Key", "demo-github-integration"),
        ],
    )
    .await;
    assert_eq!(
        records["records"].as_array().map(Vec::len),
        out["records"]["total"].as_u64().map(|n| n as usize),
        "{records}"
    );
    // prod stayed empty.
    let (_, prod) = api(&server, PROD_KEY, "GET", "/integrations", None, &[]).await;
    assert_eq!(prod["data"], json!([]));
    // Every page has its screenshot.
    for page in [
        "login-error",
        "getting-started",
        "home",
        "integrations",
        "integration-endpoints",
        "integration-syncs",
        "integration-settings",
        "connections",
        "connection-authorization",
        "connection-syncs",
        "connection-records",
        "connection-metadata",
        "logs",
        "log-operation",
        "settings",
        "prod-integrations",
        "phone-connections",
    ] {
        let file = shots.join(format!("{page}.png"));
        assert!(file.is_file(), "no screenshot {}", file.display());
    }
}
